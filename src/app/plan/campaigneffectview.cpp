#include "campaigneffectview.h"

#include "campaigntimeline.h"

#include "app/insight/backgroundjob.h"
#include "app/insight/jobprogressstrip.h"
#include "app/insight/insightsession.h"
#include "app/insight/insighttools.h"
#include "app/shell/appcontext.h"

#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/campaigncomparison.h"
#include "model/lookup.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace omnimap {

namespace {

/// Combo data: "channel:<id>", "segment:<id>" or empty.
QString comparisonKey(const Campaign &c)
{
    const CampaignComparison stored = campaignComparison(c);
    if (!stored.channelId.isEmpty())
        return QStringLiteral("channel:") + stored.channelId;
    if (!stored.personaId.isEmpty())
        return QStringLiteral("segment:") + stored.personaId;
    return {};
}

QString number(double v, KpiUnit unit)
{
    const QLocale locale;
    switch (unit) {
    case KpiUnit::Percent:
        return locale.toString(v, 'f', 2) + QStringLiteral(" %");
    case KpiUnit::Count:
        return locale.toString(v, 'f', std::abs(v - std::round(v)) < 1e-9 ? 0 : 1);
    default:
        return locale.toString(v, 'f', 2);
    }
}

QString signedNumber(double v, KpiUnit unit)
{
    const QLocale locale;
    const QString sign = v > 0 ? QStringLiteral("+") : QString();
    if (unit == KpiUnit::Percent)
        return sign + CampaignEffectView::tr("%1 pts").arg(locale.toString(v, 'f', 2));
    return sign + locale.toString(v, 'f', unit == KpiUnit::Count ? 1 : 2);
}

QString estimate(const std::optional<sim::EffectEstimate> &e, KpiUnit unit)
{
    if (!e)
        return {};
    return QStringLiteral("%1 (%2 … %3)%4")
        .arg(signedNumber(e->value, unit), signedNumber(e->interval.low, unit), signedNumber(e->interval.high, unit),
             e->significant() ? QStringLiteral(" *") : QString());
}

QString cellText(const sim::EffectCell &c, KpiUnit unit)
{
    return c.measured ? number(c.value, unit) : QString();
}

QString methodText(sim::EffectMethod m)
{
    switch (m) {
    case sim::EffectMethod::TwoProportion:
        return CampaignEffectView::tr("Two proportions (Newcombe)");
    case sim::EffectMethod::Rate:
        return CampaignEffectView::tr("Rate (Poisson)");
    case sim::EffectMethod::Count:
        return CampaignEffectView::tr("Count (Poisson)");
    }
    return {};
}

QTableWidgetItem *item(const QString &text, bool number)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

struct CampaignEffectView::Pending
{
    sim::CampaignEffect effect;
    QString error;
    bool done = false;
};

CampaignEffectView::CampaignEffectView(insight::InsightSession &session, CampaignTimeline *timeline, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_timeline(timeline)
    , m_job(new insight::BackgroundJob(this))
    , m_compare(new QComboBox(this))
    , m_compute(new QPushButton(tr("&Compute"), this))
    , m_jobStrip(new insight::JobProgressStrip(m_job, 3, this))
    , m_summary(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("campaignEffect"));
    m_compare->setObjectName(QStringLiteral("campaignComparison"));
    m_compare->setAccessibleName(tr("Compare with"));
    // Not as wide as its longest name: the campaign view must not push the docks aside,
    // nor squeeze the budget table beside it (a Korean plan with six channels did).
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(9);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("Compare &with:"), this);
    label->setBuddy(m_compare);
    top->addWidget(label);
    top->addWidget(m_compare);
    top->addWidget(m_compute);
    top->addWidget(m_jobStrip);
    top->addStretch();
    m_table->setMinimumWidth(120);
    for (QLabel *l : {m_summary, m_notes}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText); // names come from the plan and the data set
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_table->setObjectName(QStringLiteral("campaignEffectTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);

    connect(m_compare, &QComboBox::activated, this, &CampaignEffectView::pickComparison);
    connect(m_compute, &QPushButton::clicked, this, &CampaignEffectView::compute);
    connect(m_job, &insight::BackgroundJob::finished, this, [this] {
        m_compute->setEnabled(true);
        const std::shared_ptr<Pending> pending = std::move(m_pending);
        if (!pending || !pending->done) {
            showMessage(pending && !pending->error.isEmpty() ? pending->error : tr("Cancelled: nothing was computed."));
        } else {
            m_effect = pending->effect;
            showEffect();
        }
        emit computeFinished();
    });
    connect(m_timeline, &CampaignTimeline::campaignShown, this, &CampaignEffectView::showCampaign);
    connect(&m_session, &insight::InsightSession::dataSetChanged, this, [this] {
        if (!m_effect.campaignName.isEmpty())
            compute(); // the numbers shown were of the data set before
    });
    showCampaign(m_timeline->campaignId());
}

CampaignEffectView::~CampaignEffectView()
{
    m_job->cancel();
    m_job->wait();
}

bool CampaignEffectView::isComputing() const
{
    return m_job->isRunning();
}

QString CampaignEffectView::message() const
{
    return m_summary->text();
}

void CampaignEffectView::showCampaign(const Id &campaignId)
{
    const bool other = campaignId != m_campaignId;
    m_campaignId = campaignId;
    fillComparisons();
    if (other) {
        if (m_job->isRunning()) {
            m_job->cancel();
            m_job->wait(); // of the campaign before: dropped
            m_pending.reset();
            m_jobStrip->end();
        }
        showMessage(campaignId.isEmpty() ? tr("The plan has no campaign: add one with New campaign.")
                                         : tr("Compute compares the campaign's KPIs with the same number of days before it."));
    }
}

void CampaignEffectView::fillComparisons()
{
    Document *doc = m_session.document();
    const Campaign *c = doc ? findById(doc->project().campaigns, m_campaignId) : nullptr;
    m_filling = true;
    m_compare->clear();
    m_compare->addItem(tr("Nothing (before and after only)"), QString());
    if (c) {
        const Project &p = doc->project();
        const QList<Id> touched = sim::touchedChannels(p, *c);
        // Only what the campaign does not touch can be compared with.
        for (const Channel &ch : p.channels) {
            if (!touched.contains(ch.id))
                m_compare->addItem(tr("Channel: %1").arg(ch.name), QString(QStringLiteral("channel:") + ch.id));
        }
        for (const Persona &persona : p.personas) {
            if (persona.id != c->personaId && !persona.segmentRule.conditions.isEmpty())
                m_compare->addItem(tr("Segment: %1").arg(persona.name), QString(QStringLiteral("segment:") + persona.id));
        }
        const QString key = comparisonKey(*c);
        int at = m_compare->findData(key);
        if (at < 0 && !key.isEmpty()) {
            // Stored but no longer valid (the campaign now touches it): shown, so the error is understood.
            m_compare->addItem(tr("%1 (touched by the campaign)").arg(key.section(QLatin1Char(':'), 1)), key);
            at = m_compare->count() - 1;
        }
        m_compare->setCurrentIndex(std::max(0, at));
    }
    m_compare->setEnabled(c && !doc->isReadOnly());
    m_compute->setEnabled(c && !m_job->isRunning());
    m_filling = false;
}

void CampaignEffectView::pickComparison()
{
    Document *doc = m_session.document();
    const Campaign *c = doc ? findById(doc->project().campaigns, m_campaignId) : nullptr;
    if (m_filling || !c || doc->isReadOnly())
        return;
    const QString key = m_compare->currentData().toString();
    if (key == comparisonKey(*c))
        return;
    Campaign changed = *c;
    CampaignComparison comparison;
    if (key.startsWith(QLatin1String("channel:")))
        comparison.channelId = key.mid(8);
    else if (key.startsWith(QLatin1String("segment:")))
        comparison.personaId = key.mid(8);
    setCampaignComparison(changed, comparison);
    doc->undoStack()->push(changeCampaign(doc, changed, tr("Change campaign comparison")));
    if (m_session.hasDataSet())
        compute();
}

void CampaignEffectView::compute()
{
    Document *doc = m_session.document();
    const Campaign *c = doc ? findById(doc->project().campaigns, m_campaignId) : nullptr;
    if (!c) {
        showMessage(tr("The plan has no campaign: add one with New campaign."));
        return;
    }
    if (!m_session.hasDataSet() || m_session.dataSetPath().isEmpty()) {
        showMessage(tr("No data set is open: open or import one (Data ▸ Open Data Set…) to measure the campaign's KPIs."));
        return;
    }
    if (m_session.isWarehouse()) {
        showMessage(tr("The campaign effect is computed on a local data set, not on a warehouse."));
        return;
    }
    // Problems of the plan (no dates, no KPI, a touched comparison) are said at once.
    {
        sim::EffectSetup check;
        QString why;
        if (!sim::prepareCampaignEffect(doc->project(), *c, check, &why)) {
            showMessage(why);
            return;
        }
    }
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
        m_pending.reset();
    }
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    const QString path = m_session.dataSetPath();
    const Project project = doc->project();
    const Id id = m_campaignId;
    m_jobStrip->begin();
    m_compute->setEnabled(false);
    m_summary->setText(tr("Computing…"));
    m_job->start([pending, path, project, id](insight::BackgroundJob &job) {
        job.reportProgress(0, 3);
        const Campaign *campaign = findById(project.campaigns, id);
        sim::EffectSetup setup;
        if (!campaign || !sim::prepareCampaignEffect(project, *campaign, setup, &pending->error))
            return;
        sim::DataSet dataSet;
        if (!dataSet.open(path)) {
            pending->error = dataSet.errorString();
            return;
        }
        const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &pending->error);
        if (!events || job.isCancelled())
            return;
        job.reportProgress(1, 3);
        if (!sim::loadEffectSegments(dataSet, setup, events->customerLimit, &pending->error) || job.isCancelled())
            return;
        job.reportProgress(2, 3);
        if (!sim::campaignEffect(setup, *events, pending->effect, &pending->error, job.cancelFlag()))
            return;
        pending->done = true;
        job.reportProgress(3, 3);
    });
}

void CampaignEffectView::showMessage(const QString &text)
{
    m_effect = {};
    m_summary->setText(text);
    m_notes->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
}

void CampaignEffectView::showEffect()
{
    const sim::CampaignEffect &e = m_effect;
    const QLocale locale;
    QString summary = tr("%1 to %2 (%n day(s)) against %3 to %4: %5 events during, %6 before.", nullptr, e.days)
                          .arg(e.first.toString(Qt::ISODate), e.last.toString(Qt::ISODate),
                               e.beforeFirst.toString(Qt::ISODate), e.beforeLast.toString(Qt::ISODate),
                               locale.toString(qint64(e.eventsDuring)), locale.toString(qint64(e.eventsBefore)));
    if (e.comparison != sim::ComparisonKind::None)
        summary += QLatin1Char('\n')
            + tr("Difference-in-differences: treated (%1) against %2.").arg(e.treatedName, e.comparisonName);
    m_summary->setText(summary);
    QStringList notes = e.notes;
    notes << tr("Intervals are 95 %; * marks a difference whose interval excludes zero.");
    m_notes->setText(notes.join(QLatin1Char('\n')));

    const bool did = e.comparison != sim::ComparisonKind::None;
    QStringList headers{tr("KPI"), tr("Before"), tr("During"), tr("Difference (95 % interval)")};
    if (did)
        headers << tr("Treated change") << tr("Comparison change") << tr("Difference-in-differences (95 % interval)");
    headers << tr("Method") << tr("Note");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(e.kpis.size()));
    for (int r = 0; r < int(e.kpis.size()); ++r) {
        const sim::KpiEffect &k = e.kpis[std::size_t(r)];
        QStringList row{k.name, cellText(k.before, k.unit), cellText(k.during, k.unit), estimate(k.difference, k.unit)};
        QStringList why{k.differenceNote};
        if (did) {
            const bool treated = k.treatedBefore.measured && k.treatedDuring.measured;
            const bool comparison = k.comparisonBefore.measured && k.comparisonDuring.measured;
            row << (treated ? signedNumber(k.treatedDuring.value - k.treatedBefore.value, k.unit) : QString())
                << (comparison ? signedNumber(k.comparisonDuring.value - k.comparisonBefore.value, k.unit) : QString())
                << estimate(k.did, k.unit);
            if (!k.didNote.isEmpty() && k.didNote != k.differenceNote)
                why << k.didNote;
        }
        const bool measured = k.before.measured || k.during.measured;
        row << (measured ? methodText(k.method) : QString());
        why.removeAll(QString());
        row << why.join(QStringLiteral(" · "));
        for (int col = 0; col < row.size(); ++col)
            m_table->setItem(r, col, item(row.at(col), col > 0 && col < row.size() - 2));
    }
}

void installCampaignEffect(AppContext &context)
{
    auto *insight = context.findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    auto *timeline = context.window() ? context.window()->findChild<CampaignTimeline *>(QStringLiteral("campaignTimeline")) : nullptr;
    if (!insight || !timeline)
        return;
    auto *view = new CampaignEffectView(insight->session(), timeline, timeline);
    timeline->addSidePanel(view, CampaignEffectView::tr("Effect"));
}

} // namespace omnimap
