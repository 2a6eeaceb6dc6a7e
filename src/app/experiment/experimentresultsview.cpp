#include "experimentresultsview.h"

#include "app/insight/backgroundjob.h"
#include "app/insight/jobprogressstrip.h"
#include "app/insight/insightsession.h"
#include "app/shell/appcontext.h"

#include "document/document.h"
#include "plan/experimentplan.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMutex>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap {

namespace {

/// The customers' arms of the last data set read, reused while its generation holds
/// (a warm read touches no SQLite: the events are cached by sim::cachedEventColumns).
struct VariantsCache
{
    QMutex mutex;
    QString path;
    std::int64_t generation = -1;
    std::shared_ptr<const sim::CustomerVariants> variants;
};

VariantsCache &variantsCache()
{
    static VariantsCache cache;
    return cache;
}

std::shared_ptr<const sim::CustomerVariants> cachedVariants(sim::DataSet &dataSet, const QString &path, QString *error)
{
    VariantsCache &cache = variantsCache();
    const std::int64_t generation = dataSet.generation();
    {
        QMutexLocker lock(&cache.mutex);
        if (cache.variants && cache.path == path && cache.generation == generation)
            return cache.variants;
    }
    auto loaded = std::make_shared<sim::CustomerVariants>();
    if (!sim::loadCustomerVariants(dataSet, *loaded, error))
        return nullptr;
    QMutexLocker lock(&cache.mutex);
    cache.path = path;
    cache.generation = generation;
    cache.variants = loaded;
    return loaded;
}

QString percent(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 2) + QStringLiteral(" %");
}

QString points(double difference)
{
    return (difference > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(difference * 100.0, 'f', 2);
}

QTableWidgetItem *cell(const QString &text, bool number = true)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return t;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

struct ExperimentResultsView::Pending
{
    sim::ExperimentReadout readout;
    QString error;
    bool done = false;
};

ExperimentResultsView::ExperimentResultsView(insight::InsightSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new insight::BackgroundJob(this))
    , m_pick(new QComboBox(this))
    , m_read(new QPushButton(tr("&Read Results"), this))
    , m_jobStrip(new insight::JobProgressStrip(m_job, 4, this))
    , m_verdict(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_design(new QLabel(this))
{
    setObjectName(QStringLiteral("experimentResults"));
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Experiment:"), this));
    m_pick->setObjectName(QStringLiteral("experimentPicker"));
    m_pick->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_pick);
    top->addWidget(m_read);
    top->addWidget(m_jobStrip);
    top->addStretch();
    outer->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setObjectName(QStringLiteral("experimentVerdict"));
    for (QLabel *label : {m_verdict, m_reason, m_notes, m_design}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // names come from the plan and the data set
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    layout->addWidget(m_verdict);
    layout->addWidget(m_reason);
    layout->addWidget(m_notes);
    layout->addWidget(m_design);
    layout->addWidget(heading(tr("Variants"), body));
    m_variants = table(body, {tr("Variant"), tr("Customers"), tr("Exposed"), tr("Converted"), tr("Rate (95 % interval)"),
                              tr("Lift, points (95 % interval)"), tr("Relative lift"), tr("z"), tr("p"), tr("Probability best")});
    m_variants->setObjectName(QStringLiteral("experimentVariants"));
    layout->addWidget(m_variants);
    layout->addWidget(heading(tr("Guard-rails"), body));
    m_guardrails = table(body, {tr("Guard-rail KPI"), tr("Variant"), tr("Control rate"), tr("Variant rate"), tr("p"), tr("Verdict")});
    m_guardrails->setObjectName(QStringLiteral("experimentGuardrails"));
    layout->addWidget(m_guardrails);
    layout->addWidget(heading(tr("Funnel per variant (customers reaching each stage)"), body));
    m_funnel = table(body, {tr("Stage")});
    m_funnel->setObjectName(QStringLiteral("experimentFunnel"));
    layout->addWidget(m_funnel);
    layout->addStretch();
    scroll->setWidget(body);
    outer->addWidget(scroll);

    connect(m_read, &QPushButton::clicked, this, &ExperimentResultsView::read);
    connect(m_job, &insight::BackgroundJob::finished, this, [this] {
        m_read->setEnabled(true);
        const std::shared_ptr<Pending> pending = std::move(m_pending);
        if (!pending || !pending->done) {
            showMessage(pending && !pending->error.isEmpty() ? pending->error : tr("Cancelled: nothing was read."));
        } else {
            m_readout = pending->readout;
            showReadout();
        }
        emit readFinished();
    });
    auto follow = [this](Document *doc) {
        fillPicker();
        if (doc) {
            connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
                if (e.kind == ItemKind::Touchpoint || e.kind == ItemKind::Handoff || e.type == ChangeEvent::Type::Reset
                    || e.kind == ItemKind::Journey)
                    fillPicker();
            });
        }
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session, &insight::InsightSession::dataSetChanged, this, [this] {
        if (!m_readout.name.isEmpty())
            read(); // the numbers shown were of the data set before
    });
    follow(m_session.document());
    showMessage(tr("Pick an experiment and read it on the open data set."));
}

ExperimentResultsView::~ExperimentResultsView()
{
    m_job->cancel();
    m_job->wait();
}

bool ExperimentResultsView::isReading() const
{
    return m_job->isRunning();
}

QString ExperimentResultsView::message() const
{
    return m_reason->text();
}

void ExperimentResultsView::fillPicker()
{
    const Id current = m_pick->currentData().toString();
    m_pick->clear();
    if (Document *doc = m_session.document()) {
        for (const ExperimentPlace &place : experimentsOf(doc->project()))
            m_pick->addItem(tr("%1 — %2").arg(place.experiment->name, place.targetName), place.experiment->id);
    }
    m_pick->setCurrentIndex(std::max(0, m_pick->findData(current)));
    m_read->setEnabled(m_pick->count() > 0 && !m_job->isRunning());
}

void ExperimentResultsView::showExperiment(const Id &experimentId)
{
    fillPicker();
    const int index = m_pick->findData(experimentId);
    if (index >= 0)
        m_pick->setCurrentIndex(index);
    read();
}

void ExperimentResultsView::read()
{
    Document *doc = m_session.document();
    const Id id = m_pick->currentData().toString();
    if (!doc || id.isEmpty()) {
        showMessage(tr("The plan has no experiment. Add one from a touchpoint's or a hand-off's context menu."));
        return;
    }
    if (!m_session.hasDataSet() || m_session.dataSetPath().isEmpty()) {
        showMessage(tr("No data set is open: open one whose customers carry a “variant” attribute (Data ▸ Open Data Set…)."));
        return;
    }
    if (m_session.isWarehouse()) {
        showMessage(tr("Experiments are read from a local data set, not from a warehouse."));
        return;
    }
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait(); // its result is of the previous pick: dropped
        m_pending.reset();
    }
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    const QString path = m_session.dataSetPath();
    const Project project = doc->project();
    m_jobStrip->begin();
    m_read->setEnabled(false);
    m_verdict->setText(tr("Reading…"));
    m_job->start([pending, path, project, id](insight::BackgroundJob &job) {
        job.reportProgress(0, 4);
        sim::DataSet dataSet;
        if (!dataSet.open(path)) {
            pending->error = dataSet.errorString();
            return;
        }
        const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &pending->error);
        if (!events || job.isCancelled())
            return;
        job.reportProgress(2, 4);
        const auto variants = cachedVariants(dataSet, path, &pending->error);
        if (!variants || job.isCancelled())
            return;
        job.reportProgress(3, 4);
        QString why;
        const auto place = findExperiment(project, id, &why);
        if (!place) {
            pending->error = why;
            return;
        }
        pending->readout = sim::readExperiment(project, *place, *events, *variants);
        pending->done = true;
        job.reportProgress(4, 4);
    });
}

void ExperimentResultsView::showMessage(const QString &text)
{
    m_readout = {};
    m_verdict->setText(QString());
    m_reason->setText(text);
    m_notes->clear();
    m_design->clear();
    m_variants->setRowCount(0);
    m_guardrails->setRowCount(0);
    m_funnel->setRowCount(0);
}

void ExperimentResultsView::showReadout()
{
    const sim::ExperimentReadout &r = m_readout;
    const QLocale locale;
    m_verdict->setText(r.verdictText);
    m_reason->setText(r.reason);
    QStringList notes;
    for (const QString &p : r.problems)
        notes << QStringLiteral("• ") + p;
    for (const QString &w : r.warnings)
        notes << QStringLiteral("⚠ ") + w;
    if (!r.unknownLabels.isEmpty())
        notes << QStringLiteral("⚠ ") + tr("Labels in the data that are not variants: %1").arg(r.unknownLabels.join(QStringLiteral(", ")));
    m_notes->setText(notes.join(QLatin1Char('\n')));

    QStringList design;
    design << tr("Primary KPI: %1 · tested at %2").arg(r.kpiName, r.target);
    if (r.plan.perVariant) {
        design << tr("Planned sample: %1 per variant (baseline %2, %3 a day reach it)")
                      .arg(locale.toString(qint64(*r.plan.perVariant)), percent(r.plan.baseline),
                           locale.toString(r.plan.exposuresPerDay, 'f', 1));
    } else if (!r.plan.note.isEmpty()) {
        design << r.plan.note;
    }
    if (r.sampleRatio) {
        design << (r.sampleRatio->mismatch
                       ? tr("Sample ratio check FAILED: χ² = %1 (df %2), p = %3 — the split is broken.")
                       : tr("Sample ratio check passed: χ² = %1 (df %2), p = %3."))
                      .arg(locale.toString(r.sampleRatio->chiSquare, 'f', 2))
                      .arg(r.sampleRatio->degreesOfFreedom)
                      .arg(locale.toString(r.sampleRatio->pValue, 'g', 3));
    }
    m_design->setText(design.join(QLatin1Char('\n')));

    m_variants->setRowCount(int(r.variants.size()));
    for (int i = 0; i < int(r.variants.size()); ++i) {
        const sim::VariantResult &v = r.variants[std::size_t(i)];
        QStringList row;
        row << (i == 0 ? tr("%1 (control)").arg(v.label) : v.label) << locale.toString(qint64(v.assigned))
            << locale.toString(qint64(v.outcome.trials)) << locale.toString(qint64(v.outcome.successes))
            << (v.outcome.trials > 0 && v.rateInterval
                    ? QStringLiteral("%1 (%2 – %3)").arg(percent(v.outcome.rate()), percent(v.rateInterval->low), percent(v.rateInterval->high))
                    : QString())
            << (v.lift ? QStringLiteral("%1 (%2 – %3)")
                             .arg(points(v.lift->absolute), points(v.lift->absoluteInterval.low), points(v.lift->absoluteInterval.high))
                       : QString())
            << (v.lift && v.lift->relative ? QString((*v.lift->relative > 0 ? QStringLiteral("+") : QString()) + percent(*v.lift->relative))
                                           : QString())
            << (v.test ? locale.toString(v.test->z, 'f', 3) : QString())
            << (v.test ? QString(locale.toString(v.test->pValue, 'g', 4) + (v.significant ? QStringLiteral(" *") : QString()))
                       : v.testNote)
            << (v.outcome.trials > 0 ? percent(v.probabilityBest) : QString());
        for (int c = 0; c < row.size(); ++c)
            m_variants->setItem(i, c, cell(row.at(c), c > 0));
    }

    m_guardrails->setRowCount(0);
    for (std::size_t i = 1; i < r.variants.size(); ++i) {
        for (const sim::GuardrailResult &g : r.variants[i].guardrails) {
            const int row = m_guardrails->rowCount();
            m_guardrails->insertRow(row);
            m_guardrails->setItem(row, 0, cell(g.kpiName, false));
            m_guardrails->setItem(row, 1, cell(r.variants[i].label, false));
            m_guardrails->setItem(row, 2, cell(percent(g.controlRate)));
            m_guardrails->setItem(row, 3, cell(percent(g.variantRate)));
            m_guardrails->setItem(row, 4, cell(g.test ? locale.toString(g.test->pValue, 'g', 4) : g.note));
            m_guardrails->setItem(row, 5, cell(g.harmed ? tr("Hurt") : tr("Not hurt"), false));
        }
    }

    QStringList headers{tr("Stage")};
    for (const sim::VariantResult &v : r.variants)
        headers << v.label;
    m_funnel->setColumnCount(int(headers.size()));
    m_funnel->setHorizontalHeaderLabels(headers);
    m_funnel->setRowCount(int(r.funnelStages.size()));
    for (int s = 0; s < r.funnelStages.size(); ++s) {
        m_funnel->setItem(s, 0, cell(r.funnelStages.at(s), false));
        for (std::size_t v = 0; v < r.variants.size(); ++v) {
            const auto &funnel = r.variants[v].funnel;
            const std::int64_t n = std::size_t(s) < funnel.size() ? funnel[std::size_t(s)] : 0;
            const std::int64_t base = r.variants[v].assigned;
            m_funnel->setItem(s, int(v) + 1,
                              cell(base > 0 ? tr("%1 (%2)").arg(locale.toString(qint64(n)), percent(double(n) / double(base)))
                                            : locale.toString(qint64(n))));
        }
    }
}

} // namespace omnimap
