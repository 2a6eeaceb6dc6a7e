#pragma once

#include "chpushdown.h"
#include "eventsource.h"
#include "pgeventsource.h" // WarehouseTraffic
#include "warehouseconnection.h"

#include <QString>

#include <atomic>
#include <functional>

namespace omnimap::sim {

/// A ClickHouse table or Distributed table behind the EventSource interface, over the
/// HTTP interface with Qt Network (no client library). Read only: every request carries
/// readonly=1. Table and columns come from system.tables / system.columns and are
/// quoted; values are literals made by chLiteral() (18.16 has no query parameters).
/// Results are TabSeparated, parsed line by line as bytes arrive. Each query has its
/// own query_id, max_execution_time on the server and a client-side limit; cancel()
/// sends KILL QUERY for that id. Used from one thread at a time (it runs a local event
/// loop while waiting); cancel flags may be set from any thread.
class ChEventSource final : public EventSource
{
public:
    ChEventSource();
    ~ChEventSource() override;

    /// Checks the server, the credentials, the table and the mapping; a clear
    /// translated message on failure.
    bool open(const WarehouseConnection &connection, const QString &password, QString *error);
    void close();
    bool isOpen() const { return m_open; }

    void setCancelFlag(const std::atomic<bool> *flag) { m_externalCancel = flag; }
    void setMaxRows(std::int64_t rows) { m_maxRows = rows; }

    QString description() const override { return m_connection.toUrl(); }
    const ChColumns &columns() const { return m_columns; }
    WarehouseTraffic traffic() const { return m_traffic; }
    QString serverVersion() const { return m_version; }
    std::int64_t eventRows(QString *error);
    QStringList catalogColumns() const { return m_catalog; }

    bool paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error) override;
    bool timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error) override;
    bool stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error) override;
    bool attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out,
                   QString *error) override;
    bool countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error) override;
    bool journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out,
                      QString *error) override;
    void cancel() override { m_cancel = true; }

    /// Runs one SELECT and hands every row (TabSeparated fields, unescaped) to `row`.
    /// Public for tests and the benchmark. `columns` is the expected field count.
    bool run(const QString &sql, int columns, const std::function<bool(const QStringList &)> &row, QString *error);

    /// One TabSeparated field as text (\t, \n, \\ … unescaped; \N is NULL → empty).
    static QString unescapeField(const QByteArray &field);

private:
    struct JourneyTotals
    {
        QString key;
        PathAggregate channel, touchpoint;
        TimeToConvert time;
    };
    bool journeys(const JourneyQuery &query, QString *error);
    bool resolveColumns(QString *error);
    QString explainError(int httpStatus, int networkError, const QString &body) const;
    bool cancelRequested() const;

    WarehouseConnection m_connection;
    QString m_password;
    QString m_version;
    bool m_open = false;
    ChColumns m_columns;
    QStringList m_catalog;
    JourneyTotals m_journeys;
    WarehouseTraffic m_traffic;
    const std::atomic<bool> *m_externalCancel = nullptr;
    std::atomic<bool> m_cancel{false};
    bool m_cancelledByUs = false;
    bool m_timedOut = false;
    std::int64_t m_maxRows = 2000000;
};

} // namespace omnimap::sim
