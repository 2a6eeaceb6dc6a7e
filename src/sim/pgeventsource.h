#pragma once

#include "eventsource.h"
#include "pgpushdown.h"
#include "warehouseconnection.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>

namespace omnimap::sim {

/// Traffic of the last requests, for the benchmark and the progress text.
struct WarehouseTraffic
{
    std::int64_t queries = 0;
    std::int64_t rows = 0;
    std::int64_t bytes = 0; ///< text bytes of the values received
};

/// A PostgreSQL-dialect warehouse (PostgreSQL, Citus, managed services) behind the
/// EventSource interface, through Qt's QPSQL driver. Read only: the session is set to
/// read-only transactions and only SELECTs are sent. Table and columns are checked
/// against the catalog and quoted by the driver; values are bound. Every query has a
/// statement timeout and can be cancelled on the server (PQcancel) from another thread.
class PgEventSource final : public EventSource
{
public:
    PgEventSource();
    ~PgEventSource() override;
    PgEventSource(const PgEventSource &) = delete;
    PgEventSource &operator=(const PgEventSource &) = delete;

    /// Connects, makes the session read-only, checks the table and mapping against the
    /// catalog. A clear translated message on failure (wrong password, server down, …).
    bool open(const WarehouseConnection &connection, const QString &password, QString *error);
    void close();
    bool isOpen() const;

    /// Also polled while a query runs: setting it cancels the query on the server.
    void setCancelFlag(const std::atomic<bool> *flag) { m_externalCancel = flag; }
    /// Refuses results with more distinct paths than this (a "huge result").
    void setMaxRows(std::int64_t rows) { m_maxRows = rows; }

    QString description() const override { return m_connection.toUrl(); }
    const PgColumns &columns() const { return m_columns; }
    WarehouseTraffic traffic() const { return m_traffic; }
    std::int64_t eventRows(QString *error);
    /// The planner's row estimate (cheap on any size; partitions summed); -1 if unknown.
    std::int64_t estimatedRows(QString *error);
    /// Columns of the table as the catalog lists them, also after open() failed on the
    /// mapping (the connection dialog offers them).
    QStringList catalogColumns() const { return m_catalog; }

    bool paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error) override;
    bool timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error) override;
    bool stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error) override;
    bool attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out,
                   QString *error) override;
    bool countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error) override;
    bool journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out,
                      QString *error) override;
    void cancel() override;

    /// Runs one statement and hands every row to `row` (values as QVariants).
    /// Public for the EXPLAIN tool and the benchmark's naive fetch.
    bool run(const PgStatement &statement, const std::function<bool(const QVariantList &)> &row, QString *error);

    /// The server's plan of a push-down statement (EXPLAIN, with ANALYZE when asked): the
    /// statement is prepared with its values so the plan is the one Omnimap's query gets.
    bool explain(const PgStatement &statement, bool analyze, QString &plan, QString *error);

private:
    /// Paths at both levels and the time to convert come from one query; the last
    /// answer is kept, so the dashboard's paths, transitions and five attribution models
    /// cost one pass.
    struct JourneyTotals
    {
        QString key;
        PathAggregate channel, touchpoint;
        TimeToConvert time;
    };
    bool journeys(const JourneyQuery &query, QString *error);
    bool resolveColumns(QString *error);
    QString explainError(const QString &driverText, const QString &sqlState) const;

    struct Private;
    std::unique_ptr<Private> d;
    WarehouseConnection m_connection;
    PgColumns m_columns;
    QStringList m_catalog;
    JourneyTotals m_journeys;
    WarehouseTraffic m_traffic;
    const std::atomic<bool> *m_externalCancel = nullptr;
    std::atomic<bool> m_cancel{false};
    std::int64_t m_maxRows = 2000000;
};

} // namespace omnimap::sim
