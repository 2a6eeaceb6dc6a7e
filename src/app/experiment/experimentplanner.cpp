#include "experimentplanner.h"

#include "app/insight/backgroundjob.h"
#include "app/insight/insightsession.h"
#include "app/canvas/mapscene.h"
#include "app/plan/planchecksview.h"
#include "app/shell/appcontext.h"

#include "document/document.h"
#include "model/lookup.h"
#include "plan/experimentplan.h"

#include <QLocale>
#include <QMainWindow>
#include <QTimer>

#include <cmath>

namespace omnimap {

namespace {

/// The engine work, on the job's thread with its own connection and its own copy of the plan.
void compute(const QString &path, const Project &project, QHash<Id, sim::ExperimentPlan> &plans, QString &error)
{
    sim::DataSet dataSet;
    if (!dataSet.open(path)) {
        error = dataSet.errorString();
        return;
    }
    const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &error);
    if (!events)
        return;
    for (const ExperimentPlace &place : experimentsOf(project)) {
        if (experimentDesignProblems(project, *place.experiment).isEmpty())
            plans.insert(place.experiment->id, sim::planExperiment(project, place, *events));
    }
}

int wholeDays(double days)
{
    return int(std::min(1e6, std::ceil(days - 1e-9)));
}

} // namespace

ExperimentPlanner::ExperimentPlanner(insight::InsightSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_job(new insight::BackgroundJob(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &ExperimentPlanner::recompute);
    connect(&m_session, &insight::InsightSession::dataSetChanged, this, &ExperimentPlanner::recompute);
    auto follow = [this](Document *doc) {
        m_delay->start();
        if (doc) {
            connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
                // The plan reads the experiment, its KPIs and the touchpoint titles.
                if (e.kind == ItemKind::Touchpoint || e.kind == ItemKind::Handoff || e.kind == ItemKind::Kpi
                    || e.kind == ItemKind::Journey || e.kind == ItemKind::Stage || e.type == ChangeEvent::Type::Reset) {
                    publish(); // the badges' states at once, the numbers when computed
                    m_delay->start();
                }
            });
        }
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(&m_session.context(), &AppContext::currentJourneyChanged, this, &ExperimentPlanner::publish);
    connect(m_job, &insight::BackgroundJob::finished, this, [this] {
        if (m_pending) {
            m_plans = std::move(m_pending->plans);
            m_status = m_pending->error;
        }
        m_pending.reset();
        publish();
        if (m_again) {
            m_again = false;
            recompute();
        }
    });
    follow(m_session.document());
}

ExperimentPlanner::~ExperimentPlanner()
{
    m_job->wait();
}

bool ExperimentPlanner::isComputing() const
{
    return m_job->isRunning() || m_delay->isActive();
}

void ExperimentPlanner::recompute()
{
    m_delay->stop();
    Document *doc = m_session.document();
    if (!doc || experimentsOf(doc->project()).isEmpty() || !m_session.hasDataSet() || m_session.isWarehouse()
        || m_session.dataSetPath().isEmpty()) {
        if (m_job->isRunning()) {
            m_again = true;
            return;
        }
        m_plans.clear();
        m_status = !m_session.hasDataSet() ? tr("Open a data set to see how long this test needs at current traffic.")
                 : m_session.isWarehouse() ? tr("Experiments are read from a local data set, not from a warehouse.")
                                           : QString();
        publish();
        return;
    }
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    auto pending = std::make_shared<Pending>();
    m_pending = pending;
    const QString path = m_session.dataSetPath();
    const Project project = doc->project();
    m_job->start([pending, path, project](insight::BackgroundJob &) {
        compute(path, project, pending->plans, pending->error);
    });
}

QString ExperimentPlanner::planText(const Experiment &x) const
{
    Document *doc = m_session.document();
    if (doc) {
        const QStringList problems = experimentDesignProblems(doc->project(), x);
        if (!problems.isEmpty())
            return tr("Complete the design to see the sample size and the duration.");
    }
    if (!m_session.hasDataSet())
        return tr("Open a data set to see how long this test needs at current traffic.");
    if (m_session.isWarehouse())
        return tr("Experiments are read from a local data set, not from a warehouse.");
    const auto plan = m_plans.constFind(x.id);
    if (plan == m_plans.cend())
        return m_status.isEmpty() ? (isComputing() ? tr("Working out the sample size…") : tr("No plan yet.")) : m_status;
    const QLocale locale;
    if (!plan->perVariant)
        return plan->note;
    QString text = tr("Needs %1 customers per variant to detect %2 points from a baseline of %3 % (%4) at α %5 and power %6.")
                       .arg(locale.toString(qint64(*plan->perVariant)))
                       .arg(locale.toString(x.minimumDetectableEffect * 100.0, 'g', 3))
                       .arg(locale.toString(plan->baseline * 100.0, 'f', 1))
                       .arg(plan->baselineMeasured ? tr("measured in the data set") : tr("the KPI's baseline"))
                       .arg(locale.toString(plan->alphaPerComparison, 'g', 3))
                       .arg(locale.toString(x.power, 'g', 3));
    if (plan->days)
        text += QLatin1Char(' ')
            + tr("At the %1 customers a day who reach it in the data set, this test needs %n day(s).", nullptr,
                 wholeDays(*plan->days))
                  .arg(locale.toString(plan->exposuresPerDay, 'f', 1));
    else if (!plan->note.isEmpty())
        text += QLatin1Char(' ') + plan->note;
    return text;
}

QString ExperimentPlanner::badgeText(const Experiment &x, const QDate &today) const
{
    const QDate start = QDate::fromString(x.start, Qt::ISODate), end = QDate::fromString(x.end, Qt::ISODate);
    const bool launched = start.isValid() && start <= today;
    if (launched)
        return end.isValid() && end < today ? tr("A/B · ended") : tr("A/B · running");
    if (Document *doc = m_session.document(); doc && !experimentDesignProblems(doc->project(), x).isEmpty())
        return tr("A/B · design incomplete");
    const auto plan = m_plans.constFind(x.id);
    if (plan != m_plans.cend() && plan->days)
        return tr("A/B · needs %n day(s)", nullptr, wholeDays(*plan->days));
    return start.isValid() ? tr("A/B · starts %1").arg(QLocale().toString(start, QLocale::ShortFormat)) : tr("A/B · draft");
}

RuleFindings ExperimentPlanner::findings() const
{
    RuleFindings findings;
    Document *doc = m_session.document();
    if (!doc)
        return findings;
    const QLocale locale;
    for (const ExperimentPlace &place : experimentsOf(doc->project())) {
        const Experiment &x = *place.experiment;
        const auto plan = m_plans.constFind(x.id);
        if (plan == m_plans.cend())
            continue;
        RuleFinding f;
        f.ruleId = QStringLiteral("experiment.duration");
        f.itemId = place.handoff ? place.handoff->id : place.touchpoint ? place.touchpoint->id : Id();
        f.journeyId = place.journey->id;
        if (plan->days) {
            const int days = wholeDays(*plan->days);
            // Longer than eight weeks: seasons and campaigns change the traffic under the test.
            f.severity = days > 56 ? Diagnostic::Severity::Warning : Diagnostic::Severity::Info;
            f.message = tr("Experiment “%1” at %2: this test needs %n day(s) at current traffic.", nullptr, days)
                            .arg(x.name, place.targetName);
            f.explanation = tr("%1 customers per variant; %2 customers a day reach it in the data set, split as planned. "
                               "A larger minimum detectable effect or more traffic makes it shorter; a test much "
                               "longer than eight weeks runs through changing seasons and campaigns.")
                                .arg(locale.toString(qint64(plan->perVariant.value_or(0))))
                                .arg(locale.toString(plan->exposuresPerDay, 'f', 1));
        } else {
            f.severity = Diagnostic::Severity::Warning;
            f.message = tr("Experiment “%1” at %2: its duration can not be worked out.").arg(x.name, place.targetName);
            f.explanation = plan->note;
        }
        findings.append(f);
    }
    return findings;
}

void ExperimentPlanner::publish()
{
    Document *doc = m_session.document();
    m_badges.clear();
    if (doc) {
        const QDate today = QDate::currentDate();
        for (const ExperimentPlace &place : experimentsOf(doc->project())) {
            const Id id = place.handoff ? place.handoff->id : place.touchpoint ? place.touchpoint->id : Id();
            if (!id.isEmpty())
                m_badges.insert(id, badgeText(*place.experiment, today));
        }
    }
    // Every map of the window (ids are unique across journeys); a map opened later gets
    // them when it becomes the current one.
    if (QWidget *window = m_session.context().window()) {
        for (MapScene *scene : window->findChildren<MapScene *>())
            scene->setExperimentBadges(m_badges);
    }
    // The plan checks re-run the rules on every new list: only when it changed (a card
    // dragged on the map publishes the badges again, with the same findings).
    const RuleFindings now = findings();
    QStringList key;
    for (const RuleFinding &f : now)
        key << f.ruleId + QLatin1Char('|') + f.itemId + QLatin1Char('|') + QString::number(int(f.severity))
                   + QLatin1Char('|') + f.message + QLatin1Char('|') + f.explanation;
    if (QWidget *window = m_session.context().window(); window && key != m_findingsKey) {
        m_findingsKey = key;
        for (PlanChecksView *checks : window->findChildren<PlanChecksView *>())
            checks->setDataFindings(QStringLiteral("experiments"), now);
    }
    emit updated();
}

} // namespace omnimap
