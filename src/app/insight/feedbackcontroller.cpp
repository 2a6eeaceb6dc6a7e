#include "feedbackcontroller.h"

#include "backgroundjob.h"
#include "insightsession.h"

#include "feedbackplancheck.h"

#include "app/plan/planchecksview.h"
#include "document/document.h"
#include "app/shell/appcontext.h"

#include <QMainWindow>
#include <QTimer>

namespace omnimap::insight {

namespace {

/// The engine work: runs on the job's thread with its own connection.
void compute(const QString &path, const Project &project, std::shared_ptr<const sim::FeedbackTable> cached,
             FeedbackController::Results &out)
{
    sim::DataSet dataSet;
    if (!dataSet.open(path)) {
        out.error = dataSet.errorString();
        return;
    }
    // The table is read again only when an import changed the data set.
    if (!cached || cached->generation != dataSet.generation()) {
        auto table = std::make_shared<sim::FeedbackTable>();
        if (!sim::loadFeedbackTable(dataSet, *table, &out.error))
            return;
        cached = table;
    }
    out.table = cached;
    if (cached->size() == 0)
        return;
    const sim::FeedbackTable &table = *cached;
    out.byStage = sim::feedbackByDimension(table, sim::FeedbackBy::Stage);
    out.byTouchpoint = sim::feedbackByDimension(table, sim::FeedbackBy::Touchpoint);
    out.byChannel = sim::feedbackByDimension(table, sim::FeedbackBy::Channel);
    sim::FeedbackAccumulator overall;
    for (std::size_t i = 0; i < table.size(); ++i)
        overall.add(table, i);
    out.overall = overall.finish();
    if (!sim::detractorPaths(dataSet, table, 10, out.detractorPaths, &out.error))
        return;
    auto store = [&](const Journey &journey, const Persona *persona, const QList<sim::MeasuredEmotion> &points) {
        const Id personaId = persona ? persona->id : Id();
        for (int s = 0; s < journey.stages.size() && s < points.size(); ++s) {
            const sim::MeasuredEmotion &m = points.at(s);
            if (m.n > 0)
                out.measured[journey.stages.at(s).id].insert(personaId, {m.mean, m.low95, m.high95, m.n, m.enough});
        }
    };
    sim::measureProject(project, dataSet, table, out.findings, store, &out.error);
}

} // namespace

FeedbackController::FeedbackController(InsightSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_job(new BackgroundJob(this))
    , m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(m_delay, &QTimer::timeout, this, &FeedbackController::recompute);
    connect(&m_session, &InsightSession::dataSetChanged, this, &FeedbackController::recompute);
    auto follow = [this](Document *doc) {
        m_delay->start();
        if (doc) {
            connect(doc, &Document::changed, this, [this](const ChangeEvent &e) {
                // Only what the measured line and the check read: stages, personas, touchpoints.
                if (e.kind == ItemKind::Stage || e.kind == ItemKind::Persona || e.kind == ItemKind::Touchpoint
                    || e.kind == ItemKind::Journey || e.kind == ItemKind::Project)
                    m_delay->start();
            });
        }
    };
    connect(&m_session.context(), &AppContext::documentReplaced, this, follow);
    connect(m_job, &BackgroundJob::finished, this, [this] {
        if (m_pending)
            m_results = std::move(*m_pending);
        m_pending.reset();
        publish();
        if (m_again) {
            m_again = false;
            recompute();
        }
    });
    follow(m_session.document());
}

FeedbackController::~FeedbackController()
{
    m_job->wait();
}

bool FeedbackController::isComputing() const
{
    return m_job->isRunning();
}

void FeedbackController::recompute()
{
    m_delay->stop();
    Document *doc = m_session.document();
    // Feedback lives in the local data set only; a warehouse holds events.
    if (!doc || !m_session.hasDataSet() || m_session.isWarehouse() || m_session.dataSetPath().isEmpty()) {
        m_results = Results();
        publish();
        return;
    }
    if (m_job->isRunning()) {
        m_again = true;
        return;
    }
    auto pending = std::make_shared<Results>();
    m_pending = pending;
    const QString path = m_session.dataSetPath();
    const Project project = doc->project();
    const std::shared_ptr<const sim::FeedbackTable> cached = m_results.table;
    m_job->start([pending, path, project, cached](BackgroundJob &) { compute(path, project, cached, *pending); });
}

void FeedbackController::publish()
{
    MapDecorations decorations = m_session.context().mapDecorations();
    decorations.measuredEmotion = m_results.measured;
    m_session.context().setMapDecorations(decorations);
    // The plan checks list the emotion gaps beside the plan's own findings.
    if (QWidget *window = m_session.context().window()) {
        for (PlanChecksView *checks : window->findChildren<PlanChecksView *>())
            checks->setDataFindings(m_results.findings);
    }
    emit updated();
}

} // namespace omnimap::insight
