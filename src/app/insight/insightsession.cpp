#include "insightsession.h"

#include "feedbacknames.h"

#include "backgroundjob.h"
#include "insightprompts.h"

#include "document/document.h"
#include "document/insight/insightcommands.h"
#include "app/shell/appcontext.h"

#include <QFileInfo>

namespace omnimap::insight {

InsightSession::InsightSession(AppContext &context, std::unique_ptr<InsightPrompts> prompts, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_prompts(prompts ? std::move(prompts) : std::make_unique<InsightPrompts>())
    , m_infoJob(new BackgroundJob(this))
    , m_dataJob(new BackgroundJob(this))
{
}

InsightSession::~InsightSession()
{
    m_dataJob->cancel();
    m_infoJob->cancel();
    m_dataJob->wait();
    m_infoJob->wait();
}

Document *InsightSession::document()
{
    return m_context.document();
}

bool InsightSession::isInfoLoading() const
{
    return m_infoJob->isRunning();
}

void InsightSession::openDataSet(const QString &path, bool create)
{
    if (path.isEmpty())
        return;
    if (create || !QFileInfo::exists(path)) {
        const QString error = createDataSet(path);
        if (!error.isEmpty()) {
            m_lastError = error;
            emit dataJobFinished(false, error);
            return;
        }
    }
    m_info = DataSetInfo{};
    m_info.path = path;
    m_password.clear();
    refreshInfo(true);
}

void InsightSession::openWarehouse(const sim::WarehouseConnection &connection, const QString &password)
{
    m_info = DataSetInfo{};
    m_info.path = connection.toUrl();
    m_password = password;
    m_warehouseName = connection.name;
    refreshInfo(true);
}

void InsightSession::refreshInfo(bool remember)
{
    if (m_infoJob->isRunning()) {
        m_infoJob->cancel();
        m_infoJob->wait();
    }
    auto pending = std::make_shared<DataSetInfo>();
    const QString path = m_info.path;
    const QString password = m_password;
    disconnect(m_infoJob, &BackgroundJob::finished, this, nullptr);
    connect(m_infoJob, &BackgroundJob::finished, this, [this, pending, remember] {
        m_info = *pending;
        if (!m_info.ok)
            m_lastError = m_info.error;
        else if (remember)
            rememberInProject();
        m_context.setDataSetVocabulary(m_info.ok ? DataSetVocabulary{m_info.path, m_info.eventTypes, m_info.channels,
                                                                     m_info.stages}
                                                   : DataSetVocabulary{});
        emit dataSetChanged();
    });
    m_infoJob->start([pending, path, password](BackgroundJob &) { *pending = readDataSetInfo(path, password); });
}

void InsightSession::rememberInProject()
{
    Document *doc = document();
    if (!doc)
        return;
    const bool warehouse = isWarehouse();
    const QString path = warehouse ? m_info.path : QFileInfo(m_info.path).absoluteFilePath();
    for (const DataSetRef &ref : doc->project().dataSets) {
        if (ref.path == path && ref.fingerprint == m_info.fingerprint)
            return; // already known as it is: no empty undo step
    }
    DataSetRef ref;
    ref.name = warehouse ? m_warehouseName : QFileInfo(path).completeBaseName();
    ref.path = path; // a warehouse: its URL with the mapping, no password
    ref.fingerprint = m_info.fingerprint;
    doc->undoStack()->push(new AddDataSetRefCommand(doc, ref));
}

BackgroundJob *InsightSession::importCsv(const QString &csvPath, const QHash<QString, QString> &mapping, bool skipBadRows)
{
    return startImport(csvPath, mapping, skipBadRows, [csvPath](const QString &dataSetPath, const sim::ImportOptions &options) {
        return importEvents(dataSetPath, csvPath, options);
    });
}

BackgroundJob *InsightSession::importFeedbackCsv(const QString &csvPath, const QHash<QString, QString> &mapping,
                                                 bool skipBadRows)
{
    const sim::FeedbackPlanNames names = document() ? sim::feedbackPlanNames(document()->project()) : sim::FeedbackPlanNames();
    return startImport(csvPath, mapping, skipBadRows, [csvPath, names](const QString &dataSetPath, const sim::ImportOptions &options) {
        sim::DataSet dataSet;
        if (!dataSet.open(dataSetPath)) {
            sim::ImportResult failed;
            failed.error = dataSet.errorString();
            return failed;
        }
        return sim::importFeedbackCsv(dataSet, csvPath, options, names);
    });
}

BackgroundJob *InsightSession::startImport(const QString &csvPath, const QHash<QString, QString> &mapping,
                                           bool skipBadRows, ImportWork work)
{
    if (m_dataJob->isRunning() || m_info.path.isEmpty() || isWarehouse())
        return nullptr; // a warehouse is only ever read
    const QString dataSetPath = m_info.path;
    auto result = std::make_shared<sim::ImportResult>();
    disconnect(m_dataJob, &BackgroundJob::finished, this, nullptr);
    connect(m_dataJob, &BackgroundJob::finished, this, [this, result, csvPath] {
        m_lastImport = *result;
        QString message;
        if (result->ok) {
            message = tr("Imported %1 rows from %2 (%3 skipped).")
                          .arg(result->rowsImported)
                          .arg(QFileInfo(csvPath).fileName())
                          .arg(result->rowsSkipped);
        } else if (result->cancelled) {
            message = tr("Import cancelled; the data set was left as it was.");
        } else {
            QStringList lines{result->error};
            for (const sim::ImportProblem &p : result->problems.mid(0, 5))
                lines.append(p.toString(QFileInfo(csvPath).fileName()));
            message = lines.join(QLatin1Char('\n'));
        }
        m_lastError = result->ok ? QString() : message;
        refreshInfo(result->ok);
        emit dataJobFinished(result->ok, message);
    });
    m_dataJob->start([result, dataSetPath, mapping, skipBadRows, work](BackgroundJob &job) {
        sim::ImportOptions options;
        options.mapping = mapping;
        options.skipBadRows = skipBadRows;
        options.cancel = job.cancelFlag();
        options.progress = [&job](std::int64_t done, std::int64_t total) { job.reportProgress(done, total); };
        *result = work(dataSetPath, options);
        result->cancelled = result->cancelled || job.isCancelled();
    });
    emit dataJobStarted(m_dataJob);
    return m_dataJob;
}

BackgroundJob *InsightSession::generateSample(qint64 events, quint64 seed)
{
    Document *doc = document();
    if (m_dataJob->isRunning() || m_info.path.isEmpty() || !doc || isWarehouse())
        return nullptr;
    const QString dataSetPath = m_info.path;
    const Project project = doc->project(); // a snapshot: the user keeps editing meanwhile
    const Id journeyId = m_context.currentJourneyId();
    auto error = std::make_shared<QString>();
    disconnect(m_dataJob, &BackgroundJob::finished, this, nullptr);
    connect(m_dataJob, &BackgroundJob::finished, this, [this, error, events] {
        const bool ok = error->isEmpty();
        m_lastError = *error;
        refreshInfo(ok);
        emit dataJobFinished(ok, ok ? tr("Generated %1 sample events.").arg(events) : *error);
    });
    m_dataJob->start([=](BackgroundJob &job) {
        *error = generateSampleData(dataSetPath, project, journeyId, events, seed,
                                    [&job](std::int64_t done, std::int64_t total) { job.reportProgress(done, total); },
                                    job.cancelFlag());
    });
    emit dataJobStarted(m_dataJob);
    return m_dataJob;
}

bool InsightSession::isStale(const ScenarioRecord &record) const
{
    if (record.isEmpty())
        return false;
    if (record.fingerprint.isEmpty())
        return m_info.ok; // simulated on the plan alone; data has arrived since
    if (!m_info.ok)
        return false; // nothing to compare with
    return QFileInfo(record.dataSetPath).absoluteFilePath() != QFileInfo(m_info.path).absoluteFilePath()
           || record.fingerprint != m_info.fingerprint;
}

} // namespace omnimap::insight
