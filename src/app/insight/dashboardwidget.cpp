#include "dashboardwidget.h"

#include "backgroundjob.h"
#include "chartpanel.h"
#include "insightcharts.h"
#include "insightpalette.h"

#include "app/settings/appearance.h"
#include "insightsession.h"
#include "kpibulletview.h"
#include "sankeyview.h"
#include "kpitrendview.h"
#include "warehousequeryprogress.h"

#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "sim/kpirecords.h"
#include "model/lookup.h"
#include "plan/money.h"
#include "app/shell/appcontext.h"

#include <QChartView>
#include <QActionGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QToolButton>
#include <QVBoxLayout>

namespace omnimap::insight {

DashboardWidget::DashboardWidget(InsightSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_data(std::make_shared<DashboardData>())
    , m_debounce(new QTimer(this))
    , m_models({sim::AttributionModel::FirstTouch, sim::AttributionModel::LastTouch, sim::AttributionModel::Linear,
                sim::AttributionModel::Markov})
    , m_journey(new QComboBox(this))
    , m_persona(new QComboBox(this))
    , m_allDates(new QCheckBox(tr("All dates"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_state(new QLabel(this))
    , m_funnelView(makeChartView(funnelChart({})))
    , m_attributionView(makeChartView(attributionChart({}, {}, {})))
    , m_timeView(makeChartView(timeToConvertChart({})))
    , m_flow(new SankeyView)
    , m_kpis(new KpiBulletView)
    , m_paths(new QTableWidget)
{
    setObjectName(QStringLiteral("insightDashboard"));
    setAutoFillBackground(true);
    // The dashboard is a light report sheet (white cards, print-like charts) in every
    // appearance, like the map's paper: the whole light palette, so no label inherits a
    // dark appearance's white text onto the light sheet.
    QPalette pal = lightPalette();
    pal.setColor(QPalette::Window, QColor(0xF5, 0xF6, 0xF8));
    setPalette(pal);
    m_progress = new WarehouseQueryProgress(m_job, this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &DashboardWidget::refresh);

    // Filter bar.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Journey"), this));
    filters->addWidget(m_journey, 1);
    filters->addWidget(new QLabel(tr("Persona"), this));
    filters->addWidget(m_persona, 1);
    m_allDates->setChecked(true);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    filters->addWidget(m_allDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Compute the charts again (F5)"));
    filters->addWidget(refreshButton);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardWidget::refresh);
    connect(m_journey, &QComboBox::currentIndexChanged, this, &DashboardWidget::scheduleRefresh);
    connect(m_persona, &QComboBox::currentIndexChanged, this, &DashboardWidget::scheduleRefresh);
    connect(m_allDates, &QCheckBox::toggled, this, [this](bool all) {
        m_from->setEnabled(!all);
        m_to->setEnabled(!all);
        scheduleRefresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardWidget::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardWidget::scheduleRefresh);

    // Headline figures.
    auto *tiles = new QHBoxLayout;
    tiles->addWidget(headline(tr("Journeys"), &m_journeysValue));
    tiles->addWidget(headline(tr("Conversions"), &m_conversionsValue));
    tiles->addWidget(headline(tr("Conversion rate"), &m_rateValue));
    tiles->addWidget(headline(tr("Revenue"), &m_revenueValue));
    tiles->addWidget(headline(tr("Median days to convert"), &m_medianValue));

    // Chart cards.
    InsightPrompts *prompts = &m_session.prompts();
    m_funnelView->setObjectName(QStringLiteral("funnelChart"));
    m_attributionView->setObjectName(QStringLiteral("attributionChart"));
    m_timeView->setObjectName(QStringLiteral("timeChart"));
    m_paths->setObjectName(QStringLiteral("topPaths"));
    m_paths->setColumnCount(5);
    m_paths->setHorizontalHeaderLabels({tr("Path"), tr("Journeys"), tr("Conversions"), tr("Conv. rate"), tr("Revenue")});
    m_paths->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_paths->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_paths->verticalHeader()->setVisible(false);
    m_paths->verticalHeader()->setDefaultSectionSize(22);
    m_paths->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_paths->setFrameShape(QFrame::NoFrame);
    m_paths->setAlternatingRowColors(true);
    m_paths->setMinimumHeight(220);

    auto *funnelPanel = new ChartPanel(tr("Stage funnel"), m_funnelView, prompts);
    auto *flowPanel = new ChartPanel(tr("Channel flow"), m_flow, prompts);
    flowPanel->setSubtitle(tr("moves between consecutive touches"));
    // The attribution card: the chart, then what the Markov model did and why (wrapped).
    auto *attributionCard = new QWidget;
    auto *attributionLayout = new QVBoxLayout(attributionCard);
    attributionLayout->setContentsMargins(0, 0, 0, 0);
    attributionLayout->setSpacing(2);
    attributionLayout->addWidget(m_attributionView, 1);
    m_attributionNote = new QLabel(attributionCard);
    m_attributionNote->setObjectName(QStringLiteral("attributionNote"));
    m_attributionNote->setWordWrap(true);
    m_attributionNote->setStyleSheet(QStringLiteral("color: #606b76;"));
    attributionLayout->addWidget(m_attributionNote);
    auto *attributionPanel = new ChartPanel(tr("Attribution by model"), attributionCard, prompts);
    auto *kpiPanel = new ChartPanel(tr("KPI status"), m_kpis, prompts);
    kpiPanel->setSubtitle(tr("measured on the data set"));
    m_timePanel = new ChartPanel(tr("Time to convert"), m_timeView, prompts);
    m_pathsPanel = new ChartPanel(tr("Top paths"), m_paths, prompts);

    m_modelButton = new QToolButton(attributionPanel);
    m_modelButton->setText(tr("Models ▾"));
    m_modelButton->setToolTip(tr("Choose the attribution models to compare"));
    m_modelButton->setPopupMode(QToolButton::InstantPopup);
    auto *modelMenu = new QMenu(m_modelButton);
    for (sim::AttributionModel model : {sim::AttributionModel::FirstTouch, sim::AttributionModel::LastTouch,
                                        sim::AttributionModel::Linear, sim::AttributionModel::TimeDecay,
                                        sim::AttributionModel::PositionBased, sim::AttributionModel::Markov}) {
        QAction *action = modelMenu->addAction(attributionModelTitle(model));
        action->setCheckable(true);
        action->setChecked(m_models.contains(model));
        connect(action, &QAction::toggled, this, [this, model](bool on) {
            QList<sim::AttributionModel> models = m_models;
            models.removeAll(model);
            if (on)
                models.append(model);
            std::sort(models.begin(), models.end());
            setAttributionModels(models);
        });
    }
    m_modelButton->setMenu(modelMenu);
    attributionPanel->headerLayout()->insertWidget(2, m_modelButton);

    // The Markov model's order and variant: a view setting like the models shown.
    m_markovButton = new QToolButton(attributionPanel);
    m_markovButton->setObjectName(QStringLiteral("markovOptions"));
    m_markovButton->setText(tr("Markov ▾"));
    m_markovButton->setToolTip(tr("Choose the Markov model's order and how it counts repeated touches"));
    m_markovButton->setPopupMode(QToolButton::InstantPopup);
    auto *markovMenu = new QMenu(m_markovButton);
    auto *orders = new QActionGroup(markovMenu);
    for (int order = 1; order <= 5; ++order) {
        QAction *action = markovMenu->addAction(order <= 4 ? tr("Order %1").arg(order) : tr("Choose the order by cross-validation"));
        action->setCheckable(true);
        action->setActionGroup(orders);
        const int value = order <= 4 ? order : 0;
        action->setChecked(value == m_markovOrder);
        connect(action, &QAction::triggered, this, [this, value] { setMarkovOptions(value, m_collapseRepeats); });
        m_orderActions.append(action);
    }
    markovMenu->addSeparator();
    m_collapseAction = markovMenu->addAction(tr("Count repeated touches once (older variant)"));
    m_collapseAction->setCheckable(true);
    connect(m_collapseAction, &QAction::triggered, this, [this](bool on) { setMarkovOptions(m_markovOrder, on); });
    m_markovButton->setMenu(markovMenu);
    attributionPanel->headerLayout()->insertWidget(3, m_markovButton);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    grid->addWidget(funnelPanel, 0, 0);
    grid->addWidget(flowPanel, 0, 1);
    grid->addWidget(attributionPanel, 1, 0);
    grid->addWidget(kpiPanel, 1, 1);
    grid->addWidget(m_timePanel, 2, 0);
    grid->addWidget(m_pathsPanel, 2, 1);
    for (int r = 0; r < 3; ++r)
        grid->setRowMinimumHeight(r, 300);
    // KPIs over time: the whole width under the other cards (period chosen in its header).
    m_trends = new KpiTrendView;
    m_trendPeriod = new QComboBox;
    m_trendPeriod->setObjectName(QStringLiteral("trendPeriod"));
    m_trendPeriod->addItem(tr("By day"), int(sim::TrendPeriod::Day));
    m_trendPeriod->addItem(tr("By week"), int(sim::TrendPeriod::Week));
    m_trendPeriod->addItem(tr("By month"), int(sim::TrendPeriod::Month));
    m_trendPeriod->setCurrentIndex(1);
    m_trendPeriod->setToolTip(tr("Period of the KPI trends: days, ISO weeks (Monday to Sunday) or months, in UTC"));
    connect(m_trendPeriod, &QComboBox::currentIndexChanged, this, &DashboardWidget::scheduleRefresh);
    auto *trendPanel = new ChartPanel(tr("KPIs over time"), m_trends, prompts);
    trendPanel->setSubtitle(tr("each bound KPI per period; dashed: target; shaded: campaign dates"));
    trendPanel->headerLayout()->insertWidget(2, m_trendPeriod);
    // Measure → record → revise → measure again: the values shown go into the plan's
    // KPI history in one undo step.
    m_recordTrends = new QToolButton;
    m_recordTrends->setObjectName(QStringLiteral("recordTrendValues"));
    m_recordTrends->setText(tr("Record these values"));
    m_recordTrends->setToolTip(tr("Record each KPI's value of its last complete period into the plan's KPI history "
                                  "(one undo step; see Plan ▸ KPIs › History…)"));
    m_recordTrends->setEnabled(false);
    connect(m_recordTrends, &QToolButton::clicked, this, &DashboardWidget::recordTrendValues);
    trendPanel->headerLayout()->insertWidget(3, m_recordTrends);
    grid->addWidget(trendPanel, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    m_pageLayout = pageLayout;
    pageLayout->addLayout(tiles);
    pageLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_state->setObjectName(QStringLiteral("dashboardState"));
    m_state->setStyleSheet(QStringLiteral("color: #606b76;"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_state);
    layout->addWidget(scroll, 1);

    connect(m_job, &BackgroundJob::finished, this, [this] {
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
            return;
        }
        const bool cancelled = m_progress->wasCancelled();
        m_progress->finish();
        if (cancelled && !m_data->ok) {
            m_state->setText(tr("Cancelled; the warehouse stopped the query too. Change a filter or press Refresh to ask again."));
            return;
        }
        show(*m_data);
    });
    connect(&m_session, &InsightSession::dataSetChanged, this, [this] {
        const DataSetInfo &info = m_session.info();
        if (info.ok && info.first.isValid()) {
            QSignalBlocker a(m_from), b(m_to);
            m_from->setDateRange(info.first.date(), info.last.date());
            m_to->setDateRange(info.first.date(), info.last.date());
            m_from->setDate(info.first.date());
            m_to->setDate(info.last.date());
        }
        scheduleRefresh();
    });
    auto follow = [this](Document *doc) {
        rebuildFilters();
        if (!doc)
            return;
        connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
            if (e.kind == ItemKind::Journey || e.kind == ItemKind::Persona || e.type == ChangeEvent::Type::Reset)
                rebuildFilters();
            if (e.kind == ItemKind::Kpi)
                showKpis();
            if (e.kind == ItemKind::Kpi || e.kind == ItemKind::Campaign)
                showTrends(); // targets and campaign dates are drawn from the plan
            if (e.kind == ItemKind::Channel)
                scheduleRefresh();
        });
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session.context(), &AppContext::currentJourneyChanged, this, &DashboardWidget::setJourney);
    follow(m_session.document());
    show(*m_data);
}

void DashboardWidget::appendSection(QWidget *section)
{
    m_pageLayout->addWidget(section);
}

DashboardWidget::~DashboardWidget()
{
    m_job->cancel();
    m_job->wait();
}

QWidget *DashboardWidget::headline(const QString &title, QLabel **value)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("headlineTile"));
    tile->setStyleSheet(QStringLiteral("#headlineTile { background: white; border: 1px solid #dfe3e8; border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(14, 8, 14, 8);
    auto *caption = new QLabel(title, tile);
    caption->setStyleSheet(QStringLiteral("color: #606b76;"));
    *value = new QLabel(QStringLiteral("—"), tile);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    (*value)->setFont(big);
    (*value)->setStyleSheet(QStringLiteral("color: #263238;"));
    layout->addWidget(caption);
    layout->addWidget(*value);
    return tile;
}

void DashboardWidget::rebuildFilters()
{
    Document *doc = m_session.document();
    const Id journey = m_journey->currentData().toString();
    const Id persona = m_persona->currentData().toString();
    {
        QSignalBlocker a(m_journey), b(m_persona);
        m_journey->clear();
        m_persona->clear();
        m_persona->addItem(tr("All customers"), QString());
        if (doc) {
            for (const Journey &j : doc->project().journeys)
                m_journey->addItem(j.name, j.id);
            for (const Persona &p : doc->project().personas)
                m_persona->addItem(p.name, p.id);
        }
        const int j = m_journey->findData(journey.isEmpty() ? m_session.context().currentJourneyId() : journey);
        m_journey->setCurrentIndex(j >= 0 ? j : 0);
        m_persona->setCurrentIndex(std::max(0, m_persona->findData(persona)));
    }
    scheduleRefresh();
}

void DashboardWidget::setJourney(const Id &journeyId)
{
    const int at = m_journey->findData(journeyId);
    if (at >= 0)
        m_journey->setCurrentIndex(at);
}

void DashboardWidget::setPersona(const Id &personaId)
{
    m_persona->setCurrentIndex(std::max(0, m_persona->findData(personaId)));
}

void DashboardWidget::setAttributionModels(const QList<sim::AttributionModel> &models)
{
    m_models = models;
    showAttribution();
}

void DashboardWidget::setMarkovOptions(int order, bool collapseRepeats)
{
    order = std::clamp(order, 0, 4);
    if (order == m_markovOrder && collapseRepeats == m_collapseRepeats)
        return;
    m_markovOrder = order;
    m_collapseRepeats = collapseRepeats;
    for (int i = 0; i < m_orderActions.size(); ++i)
        m_orderActions[i]->setChecked((i < 4 ? i + 1 : 0) == order);
    m_collapseAction->setChecked(collapseRepeats);
    scheduleRefresh();
}

QString DashboardWidget::attributionSubtitle() const
{
    const QLocale locale;
    QStringList parts;
    for (const sim::AttributionResult &r : m_data->attribution) {
        if (r.model != sim::AttributionModel::Markov || !r.ok)
            continue;
        const sim::OrderChoice &choice = r.orderChoice;
        if (choice.ok) {
            QStringList scores;
            for (const sim::OrderScore &s : choice.scores)
                scores.append(locale.toString(s.logLikelihood, 'f', 3));
            parts.append(tr("Markov order %1, chosen by %2-fold cross-validation: the highest held-out log-likelihood "
                            "per journey (orders 1–%3: %4)")
                             .arg(r.markovOrder)
                             .arg(choice.folds)
                             .arg(choice.scores.size())
                             .arg(scores.join(QStringLiteral(" · "))));
        } else {
            parts.append(tr("Markov order %1").arg(r.markovOrder));
        }
        parts.append(r.collapseRepeats ? tr("repeated touches counted once") : tr("every touch counted"));
    }
    for (const sim::AttributionResult &r : m_data->attribution) {
        if (r.ok && r.bootstrap > 0) {
            parts.append(tr("whiskers: 90 % intervals from %1 bootstrap replicates").arg(r.bootstrap));
            break;
        }
    }
    return parts.join(QStringLiteral(" — "));
}

DashboardQuery DashboardWidget::query() const
{
    DashboardQuery q;
    q.markovOrder = m_markovOrder;
    q.collapseRepeats = m_collapseRepeats;
    q.trendPeriod = sim::TrendPeriod(m_trendPeriod->currentData().toInt());
    q.dataSetPath = m_session.dataSetPath();
    q.password = m_session.warehousePassword();
    q.journeyId = m_journey->currentData().toString();
    q.personaId = m_persona->currentData().toString();
    if (!m_allDates->isChecked()) {
        q.fromMs = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        q.toMs = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    return q;
}

bool DashboardWidget::isComputing() const
{
    return m_job->isRunning() || m_debounce->isActive();
}

void DashboardWidget::scheduleRefresh()
{
    m_debounce->start();
}

void DashboardWidget::refresh()
{
    m_debounce->stop();
    Document *doc = m_session.document();
    if (!doc || !m_session.hasDataSet()) {
        m_state->setText(tr("Open a data set (Data ▸ Open data set…) to see the charts."));
        return;
    }
    if (m_job->isRunning()) {
        m_refreshAgain = true;
        m_job->cancel();
        return;
    }
    const DashboardQuery q = query();
    const Project project = doc->project(); // a snapshot: editing goes on meanwhile
    auto data = std::make_shared<DashboardData>();
    m_data = data;
    m_state->setText(tr("Computing…"));
    // A warehouse answers in seconds to minutes: a progress dialog names the running
    // query and can cancel it (on the server too); a local data set needs none.
    WarehouseQueryProgress *progress = m_session.isWarehouse() ? m_progress : nullptr;
    if (progress)
        progress->start();
    m_job->start([data, q, project, progress](BackgroundJob &job) {
        *data = computeDashboard(project, q, job.cancelFlag(), [progress](DashboardStep step) {
            if (progress)
                progress->stepStarted(step);
        });
    });
}

void DashboardWidget::show(const DashboardData &data)
{
    const QLocale locale;
    if (!data.ok) {
        if (!data.error.isEmpty())
            m_state->setText(tr("Could not compute the charts: %1").arg(data.error));
        return;
    }
    const QString currency = m_session.document() ? m_session.document()->project().currency : QString();
    if (m_session.isWarehouse())
        m_state->setText(tr("Warehouse %1 · %2 distinct paths, computed by the warehouse").arg(m_session.dataSetPath().section(QLatin1Char('?'), 0, 0), locale.toString(data.summary.distinctPaths)));
    else
        m_state->setText(tr("Data set %1 · %2 distinct paths").arg(QFileInfo(m_session.dataSetPath()).fileName(), locale.toString(data.summary.distinctPaths)));
    m_journeysValue->setText(locale.toString(data.summary.journeys));
    m_conversionsValue->setText(locale.toString(data.summary.conversions));
    m_rateValue->setText(locale.toString(100.0 * data.summary.conversionRate(), 'f', 1) + QStringLiteral(" %"));
    // Revenue in the plan's currency, written as the plan's language writes money.
    m_revenueValue->setText(m_session.document() ? formatMoney(data.summary.value, currency, planLocale(m_session.document()->project()))
                                                 : locale.toString(data.summary.value, 'f', 0));
    m_medianValue->setText(locale.toString(data.timeToConvert.medianDays, 'f', 1));

    replaceChart(m_funnelView, funnelChart(data.funnel));
    m_flow->setMatrix(data.transitions, m_session.document()->project());
    showAttribution();
    replaceChart(m_timeView, timeToConvertChart(data.timeToConvert));
    m_timePanel->setSubtitle(tr("mean %1 d · median %2 d · 90 % within %3 d")
                                 .arg(locale.toString(data.timeToConvert.meanDays, 'f', 1),
                                      locale.toString(data.timeToConvert.medianDays, 'f', 1),
                                      locale.toString(data.timeToConvert.p90Days, 'f', 1)));
    m_paths->setRowCount(int(data.topPaths.size()));
    for (int r = 0; r < int(data.topPaths.size()); ++r) {
        const sim::PathStat &p = data.topPaths[std::size_t(r)];
        auto cell = [&](int c, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_paths->setItem(r, c, item);
        };
        cell(0, p.label, false);
        m_paths->item(r, 0)->setToolTip(p.label);
        cell(1, locale.toString(p.journeys), true);
        cell(2, locale.toString(p.conversions), true);
        cell(3, locale.toString(100.0 * p.conversionRate(), 'f', 1) + QStringLiteral(" %"), true);
        cell(4, locale.toString(p.value, 'f', 0), true);
    }
    m_pathsPanel->setSubtitle(tr("by journeys, of %1").arg(locale.toString(data.summary.distinctPaths)));
    showKpis();
    showTrends();
    m_session.context().setAttribution(std::make_shared<const std::vector<sim::AttributionResult>>(data.attribution));
    emit computed();
}

void DashboardWidget::showAttribution()
{
    Document *doc = m_session.document();
    replaceChart(m_attributionView, attributionChart(m_data->attribution, m_models, doc ? doc->project() : Project{}));
    m_attributionNote->setText(attributionSubtitle());
}

void DashboardWidget::showKpis()
{
    Document *doc = m_session.document();
    if (!doc)
        return;
    const Project &project = doc->project();
    const Id journeyId = m_journey->currentData().toString();
    QList<KpiBulletView::Row> rows;
    for (const Kpi &kpi : project.kpis) {
        if (!kpi.journeyId.isEmpty() && kpi.journeyId != journeyId)
            continue;
        KpiBulletView::Row row;
        row.name = kpi.name;
        row.unit = kpi.unit == KpiUnit::Percent ? QStringLiteral("%")
                   : kpi.unit == KpiUnit::Duration ? tr("d") : QString();
        if (kpi.unit == KpiUnit::Currency) {
            row.currency = kpi.currency.isEmpty() ? project.currency : kpi.currency;
            row.moneyLocale = planLocale(project);
        }
        row.baseline = kpi.baseline;
        row.target = kpi.target;
        row.actual = kpi.actual;
        for (const sim::KpiValue &v : m_data->kpis) {
            if (v.kpiId == kpi.id) {
                if (v.measured)
                    row.actual = v.value;
                else
                    row.note = v.note;
            }
        }
        if (!row.actual && !kpi.binding)
            row.note = tr("no data binding");
        row.status = kpiStatus(kpi, row.actual);
        rows.append(row);
    }
    m_kpis->setRows(rows);
}

void DashboardWidget::showTrends()
{
    Document *doc = m_session.document();
    if (!doc)
        return;
    const Project &project = doc->project();
    QList<TrendChart> charts;
    for (std::size_t k = 0; k < m_data->trends.kpis.size(); ++k)
        charts.append(makeTrendChart(project, m_data->trends, k));
    QString message;
    if (!m_data->trendsError.isEmpty())
        message = m_data->trendsError;
    else if (charts.isEmpty())
        message = tr("No KPI is bound to the data set: bind one in the KPI table (Data binding…) to see it over time.");
    m_trends->setCharts(charts, message);
    m_recordTrends->setEnabled(!charts.isEmpty() && !doc->isReadOnly());
}

int DashboardWidget::recordTrendValues()
{
    Document *doc = m_session.document();
    if (!doc || doc->isReadOnly())
        return 0;
    const QString source = QFileInfo(m_session.info().path).fileName();
    QList<QPair<Id, KpiMeasurement>> records;
    for (const sim::KpiRecord &r : sim::lastPeriodRecords(m_data->trends, source, {}))
        records.append({r.kpiId, r.measurement});
    if (records.isEmpty()) {
        m_state->setText(tr("No KPI has a measured period to record."));
        return 0;
    }
    doc->undoStack()->push(recordMeasurements(doc, records));
    m_state->setText(tr("Recorded %n KPI value(s) into the plan's history (Edit ▸ Undo takes them back).", nullptr,
                        int(records.size())));
    return int(records.size());
}

} // namespace omnimap::insight
