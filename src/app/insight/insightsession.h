#pragma once

#include "simadapter.h"

#include "document/insight/simulationsummary.h"

#include <QObject>

#include <memory>

namespace omnimap {
class AppContext;
class Document;
}

namespace omnimap::insight {

class BackgroundJob;
class InsightPrompts;

/// The insight tools' shared state for one window: which data set is open, what it
/// holds, and the one data-set job (import, sample) that may be running. Panels follow
/// its signals; all engine work happens on BackgroundJob threads.
class InsightSession final : public QObject
{
    Q_OBJECT

public:
    InsightSession(AppContext &context, std::unique_ptr<InsightPrompts> prompts, QObject *parent = nullptr);
    ~InsightSession() override;

    AppContext &context() { return m_context; }
    Document *document();
    InsightPrompts &prompts() { return *m_prompts; }

    QString dataSetPath() const { return m_info.path; }
    const DataSetInfo &info() const { return m_info; }
    bool hasDataSet() const { return m_info.ok; }
    bool isInfoLoading() const;

    /// Opens (creating when asked) a data set, reads its summary off the GUI thread and
    /// remembers it in the project (undoable).
    void openDataSet(const QString &path, bool create = false);
    /// Uses a warehouse as the data set (Data ▸ Connect to Warehouse…): the password is
    /// held in memory for this window's queries only; the project remembers the
    /// connection's name and mapping (undoable), never the password.
    void openWarehouse(const sim::WarehouseConnection &connection, const QString &password);
    bool isWarehouse() const { return sim::WarehouseConnection::isWarehouseUrl(m_info.path); }
    QString warehousePassword() const { return m_password; }
    /// Starts an event import into the open data set. Returns the job (null if busy).
    BackgroundJob *importCsv(const QString &csvPath, const QHash<QString, QString> &mapping, bool skipBadRows);
    /// Starts a feedback import (rows naming a touchpoint or stage the plan lacks are bad).
    BackgroundJob *importFeedbackCsv(const QString &csvPath, const QHash<QString, QString> &mapping, bool skipBadRows);
    /// Fills the open data set with the engine's sample for the current journey.
    BackgroundJob *generateSample(qint64 events, quint64 seed);
    BackgroundJob *dataJob() { return m_dataJob; }
    const sim::ImportResult &lastImport() const { return m_lastImport; }
    QString lastError() const { return m_lastError; }

    /// True when a stored result was computed on other data than the open data set.
    bool isStale(const ScenarioRecord &record) const;

signals:
    void dataSetChanged();
    void dataJobStarted(omnimap::insight::BackgroundJob *job);
    void dataJobFinished(bool ok, const QString &message);

private:
    using ImportWork = std::function<sim::ImportResult(const QString &dataSetPath, const sim::ImportOptions &options)>;
    BackgroundJob *startImport(const QString &csvPath, const QHash<QString, QString> &mapping, bool skipBadRows,
                               ImportWork work);
    void refreshInfo(bool remember);
    void rememberInProject();

    AppContext &m_context;
    std::unique_ptr<InsightPrompts> m_prompts;
    BackgroundJob *m_infoJob;
    BackgroundJob *m_dataJob;
    DataSetInfo m_info;
    std::shared_ptr<DataSetInfo> m_pendingInfo;
    sim::ImportResult m_lastImport;
    QString m_lastError;
    QString m_password;      ///< the open warehouse's; never saved
    QString m_warehouseName; ///< what the project calls it
};

} // namespace omnimap::insight
