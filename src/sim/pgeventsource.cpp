#include "pgeventsource.h"

#include "cellchain.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <libpq-fe.h>

#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>

namespace omnimap::sim {

namespace {

struct PgeventsourceTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::PgEventSource) };

std::atomic<int> g_connections{0};

/// work_mem of Omnimap's session (docs/warehouse.md, "Speed"): a SET, it writes nothing.
constexpr int kSortMemoryKb = 256 * 1024;

/// Column candidates of a field when the mapping does not name one (as the CSV import).
QStringList candidates(const QString &field)
{
    QStringList names{field};
    if (field == QLatin1String("customer"))
        names << QStringLiteral("customer_id") << QStringLiteral("user_id");
    else if (field == QLatin1String("ts"))
        names << QStringLiteral("timestamp") << QStringLiteral("event_time") << QStringLiteral("time");
    else if (field == QLatin1String("event_type"))
        names << QStringLiteral("event") << QStringLiteral("type");
    else if (field == QLatin1String("revenue"))
        names << QStringLiteral("value");
    return names;
}

} // namespace

struct PgEventSource::Private
{
    QString connectionName;
    std::mutex mutex;
    PGconn *conn = nullptr; ///< the driver's connection: for cancel requests and closing a silent socket
    std::atomic<bool> cancelled{false}; ///< the running query was cancelled by us (not by the timeout)
    std::atomic<bool> noAnswer{false};  ///< the server said nothing past the limit: we closed the socket
};

namespace {

/// Asks the server to cancel the running statement, on a thread of its own: PQcancel
/// opens a new connection and waits for the server to close it, which never happens
/// when the network or the server is frozen.
void sendCancel(PGconn *conn)
{
    PGcancel *handle = conn ? PQgetCancel(conn) : nullptr;
    if (!handle)
        return;
    std::thread([handle] {
        char buffer[256] = {};
        if (!PQcancel(handle, buffer, sizeof buffer))
            qWarning("omnimap: cancelling the warehouse query failed: %s", buffer);
        PQfreeCancel(handle);
    }).detach();
}

} // namespace

PgEventSource::PgEventSource()
    : d(std::make_unique<Private>())
{
}

PgEventSource::~PgEventSource()
{
    close();
}

bool PgEventSource::isOpen() const
{
    return !d->connectionName.isEmpty() && QSqlDatabase::database(d->connectionName, false).isOpen();
}

void PgEventSource::close()
{
    {
        std::lock_guard<std::mutex> lock(d->mutex);
        d->conn = nullptr;
    }
    if (d->connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
}

QString PgEventSource::explainError(const QString &text, const QString &state) const
{
    const QString where = m_connection.host + QLatin1Char(':') + QString::number(m_connection.port);
    if (state == QLatin1String("28P01") || text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no password supplied")))
        return PgeventsourceTr::tr("The server at %1 refused the password for user \"%2\".").arg(where, m_connection.user);
    if (state == QLatin1String("57014"))
        return d->cancelled ? PgeventsourceTr::tr("Cancelled; the query was stopped on the server too.")
                            : PgeventsourceTr::tr("The query took longer than the time limit (%1 s) and was stopped on the server.")
                                  .arg(m_connection.timeoutSeconds);
    if (state.startsWith(QLatin1String("57P")) || text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("no connection to the server")))
        return PgeventsourceTr::tr("The server at %1 ended the connection during the query (was it stopped or restarted?): %2").arg(where, text.trimmed());
    if (text.contains(QLatin1String("Connection refused")) || text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("could not translate host name")) || text.contains(QLatin1String("timeout expired")))
        return PgeventsourceTr::tr("Could not reach the server at %1 (is it running, is the address right?): %2").arg(where, text.trimmed());
    if (state == QLatin1String("3D000"))
        return PgeventsourceTr::tr("The server has no database \"%1\".").arg(m_connection.database);
    if (state == QLatin1String("42501"))
        return PgeventsourceTr::tr("User \"%1\" may not read this table: %2").arg(m_connection.user, text.trimmed());
    return PgeventsourceTr::tr("The warehouse reported: %1").arg(text.trimmed());
}

bool PgEventSource::open(const WarehouseConnection &connection, const QString &password, QString *error)
{
    close();
    m_connection = connection;
    m_traffic = {};
    m_catalog.clear();
    auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(PgeventsourceTr::tr("The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed."));
    d->connectionName = QStringLiteral("omnimap-warehouse-%1").arg(g_connections.fetch_add(1));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->connectionName);
        db.setHostName(connection.host);
        db.setPort(connection.port);
        db.setDatabaseName(connection.database);
        db.setUserName(connection.user);
        db.setPassword(password);
        // sslmode comes from a fixed list (WarehouseConnection::sslModes).
        const QString ssl = WarehouseConnection::sslModes().contains(connection.sslMode) ? connection.sslMode : QStringLiteral("prefer");
        // Keepalives: a server or network that vanishes mid-query is noticed within about a
        // minute instead of the query waiting forever.
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=omnimap;"
                                            "keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3")
                                 .arg(ssl));
        if (!db.open()) {
            failure = explainError(db.lastError().text(), db.lastError().nativeErrorCode());
        } else {
            db.setPassword(QString()); // not kept in memory longer than needed
            QSqlQuery q(db);
            // Read only for the whole session; the timeout is our own integer, not user text.
            const QString timeout = QStringLiteral("SET statement_timeout = %1").arg(qint64(std::max(1, connection.timeoutSeconds)) * 1000);
            // The journeys sort every event by customer: more sort memory for this session
            // only (never less than the server gives) keeps more of it off the disk.
            const QString sortMemory = QStringLiteral("SELECT set_config('work_mem', '%1kB', false) WHERE pg_size_bytes(current_setting('work_mem')) < %2")
                                           .arg(kSortMemoryKb)
                                           .arg(qint64(kSortMemoryKb) * 1024);
            for (const QString &sql : {QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), timeout, sortMemory}) {
                if (failure.isEmpty() && !q.exec(sql))
                    failure = explainError(q.lastError().text(), q.lastError().nativeErrorCode());
            }
            const QVariant handle = db.driver()->handle();
            // Qt names the type after libpq's struct (pg_conn*) or its typedef (PGconn*).
            if (handle.isValid() && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
                d->conn = *static_cast<PGconn *const *>(handle.data());
            }
        }
    }
    if (!failure.isEmpty())
        return fail(failure);
    QString reason;
    if (resolveColumns(&reason))
        return true;
    return fail(reason);
}

bool PgEventSource::resolveColumns(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString schema, relation;
    PgStatement rel{QStringLiteral("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                                   " WHERE c.oid = pg_catalog.to_regclass(?::text) AND c.relkind IN ('r', 'v', 'm', 'p', 'f')"),
                    {m_connection.table}};
    if (!run(rel, [&](const QVariantList &row) { schema = row.value(0).toString(); relation = row.value(1).toString(); return true; }, error))
        return false;
    if (relation.isEmpty())
        return fail(PgeventsourceTr::tr("There is no table or view \"%1\" in database \"%2\".").arg(m_connection.table, m_connection.database));
    std::vector<std::pair<QString, QString>> catalog; // name, type
    PgStatement cols{QStringLiteral("SELECT attname, pg_catalog.format_type(atttypid, NULL) FROM pg_catalog.pg_attribute"
                                    " WHERE attrelid = pg_catalog.to_regclass(?::text) AND attnum > 0 AND NOT attisdropped ORDER BY attnum"),
                     {m_connection.table}};
    if (!run(cols, [&](const QVariantList &row) { catalog.emplace_back(row.value(0).toString(), row.value(1).toString()); return true; }, error))
        return false;
    m_catalog.clear();
    for (const auto &c : catalog)
        m_catalog.append(c.first);
    QSqlDriver *driver = QSqlDatabase::database(d->connectionName, false).driver();
    auto quote = [driver](const QString &name, QSqlDriver::IdentifierType type) { return driver->escapeIdentifier(name, type); };
    auto unsafe = [](const QString &name) { return name.contains(QLatin1Char('.')) || name.contains(QLatin1Char('"')); };
    if (unsafe(schema) || unsafe(relation))
        return fail(PgeventsourceTr::tr("Table names with a dot or a double quote are not supported: %1").arg(m_connection.table));
    m_columns = PgColumns();
    m_columns.table = quote(schema, QSqlDriver::TableName) + QLatin1Char('.') + quote(relation, QSqlDriver::TableName);
    auto find = [&catalog](const QString &name) -> const std::pair<QString, QString> * {
        for (const auto &c : catalog) {
            if (c.first == name)
                return &c;
        }
        for (const auto &c : catalog) {
            if (c.first.compare(name, Qt::CaseInsensitive) == 0)
                return &c;
        }
        return nullptr;
    };
    QStringList fields = WarehouseConnection::fields();
    for (auto it = m_connection.mapping.cbegin(); it != m_connection.mapping.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("attr:")))
            fields.append(it.key());
    }
    for (const QString &field : fields) {
        const QString mapped = m_connection.mapping.value(field).trimmed();
        const std::pair<QString, QString> *column = nullptr;
        if (!mapped.isEmpty()) {
            column = find(mapped);
            if (!column)
                return fail(PgeventsourceTr::tr("Column \"%1\" (mapped to %2) is not in %3.").arg(mapped, field, m_connection.table));
        } else if (!field.startsWith(QLatin1String("attr:"))) {
            for (const QString &name : candidates(field)) {
                if ((column = find(name)))
                    break;
            }
        }
        if (!column)
            continue;
        if (unsafe(column->first))
            return fail(PgeventsourceTr::tr("Column names with a dot or a double quote are not supported: %1").arg(column->first));
        m_columns.column.insert(field, quote(column->first, QSqlDriver::FieldName));
        m_columns.type.insert(field, column->second);
    }
    for (const char *required : {"customer", "ts", "event_type"}) {
        if (!m_columns.column.contains(QString::fromLatin1(required)))
            return fail(PgeventsourceTr::tr("No column of %1 is mapped to %2; map one in the connection.").arg(m_connection.table, QString::fromLatin1(required)));
    }
    PgPushdown check(m_columns, JourneyQuery());
    return check.isValid(error);
}

void PgEventSource::cancel()
{
    m_cancel = true;
}

bool PgEventSource::run(const PgStatement &statement, const std::function<bool(const QVariantList &)> &row, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
    if (!db.isOpen()) {
        if (error)
            *error = PgeventsourceTr::tr("Not connected to the warehouse.");
        return false;
    }
    d->cancelled = false;
    d->noAnswer = false;
    // A watchdog asks the server to cancel the statement when the user cancels: the
    // driver blocks in libpq until the server answers. It also gives up on a server
    // that stays silent past the time limit (kNoAnswerGraceSeconds): it shuts the socket
    // down, which ends the driver's wait; the server's statement_timeout stops the query.
    std::atomic<bool> done{false};
    std::thread watchdog([this, &done] {
        using Clock = std::chrono::steady_clock;
        Clock::time_point giveUp = Clock::now() + std::chrono::seconds(std::max(1, m_connection.timeoutSeconds)
                                                                        + WarehouseConnection::kNoAnswerGraceSeconds);
        bool cancelSent = false;
        while (!done) {
            if (!cancelSent && (m_cancel || (m_externalCancel && *m_externalCancel))) {
                std::lock_guard<std::mutex> lock(d->mutex);
                d->cancelled = true; // before the server's answer can arrive
                sendCancel(d->conn);
                cancelSent = true;
                // The server confirms a cancel at once; a silent one is given up on sooner.
                giveUp = std::min(giveUp, Clock::now() + std::chrono::seconds(WarehouseConnection::kNoAnswerGraceSeconds));
            }
            if (Clock::now() >= giveUp) {
                std::lock_guard<std::mutex> lock(d->mutex);
                d->noAnswer = true;
                const int socket = d->conn ? PQsocket(d->conn) : -1;
                if (socket >= 0)
                    ::shutdown(socket, SHUT_RDWR);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    });
    bool ok = true;
    QString message;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = q.prepare(statement.sql);
        for (const QVariant &value : statement.values)
            q.addBindValue(value);
        ok = ok && q.exec();
        ++m_traffic.queries;
        if (ok) {
            const int columns = q.record().count();
            QVariantList values;
            while (q.next()) {
                values.clear();
                for (int c = 0; c < columns; ++c) {
                    values.append(q.value(c));
                    m_traffic.bytes += q.value(c).toString().size();
                }
                ++m_traffic.rows;
                if (!row(values))
                    break;
            }
        }
        if (q.lastError().isValid()) {
            ok = false;
            message = explainError(q.lastError().text(), q.lastError().nativeErrorCode());
        }
    }
    done = true;
    watchdog.join();
    if (!ok && d->noAnswer) {
        const QString where = m_connection.host + QLatin1Char(':') + QString::number(m_connection.port);
        message = d->cancelled ? PgeventsourceTr::tr("Cancelled; the server at %1 did not confirm within %2 s (is the network down?), so Omnimap closed the connection.")
                                     .arg(where).arg(WarehouseConnection::kNoAnswerGraceSeconds)
                               : PgeventsourceTr::tr("No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server "
                                    "stopped responding. Omnimap closed the connection; the server's own time limit stops the query there.")
                                     .arg(where)
                                     .arg(std::max(1, m_connection.timeoutSeconds) + WarehouseConnection::kNoAnswerGraceSeconds)
                                     .arg(std::max(1, m_connection.timeoutSeconds))
                                     .arg(WarehouseConnection::kNoAnswerGraceSeconds);
    }
    if (ok && d->cancelled && (m_cancel || (m_externalCancel && *m_externalCancel))) {
        ok = false;
        message = PgeventsourceTr::tr("Cancelled; the query was stopped on the server too.");
    }
    if (!ok && error)
        *error = message.isEmpty() ? PgeventsourceTr::tr("The query failed.") : message;
    return ok;
}

std::int64_t PgEventSource::eventRows(QString *error)
{
    std::int64_t count = -1;
    PgStatement st{QStringLiteral("SELECT count(*) FROM ") + m_columns.table, {}};
    run(st, [&count](const QVariantList &row) { count = row.value(0).toLongLong(); return true; }, error);
    return count;
}

bool PgEventSource::explain(const PgStatement &statement, bool analyze, QString &plan, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(d->connectionName, false);
    if (!db.isOpen()) {
        if (error)
            *error = PgeventsourceTr::tr("Not connected to the warehouse.");
        return false;
    }
    // EXPLAIN can not take parameters in PostgreSQL 15: prepare the statement as Omnimap
    // runs it and explain its execution with the values as literals the driver quotes.
    QString sql = statement.sql;
    int n = 0;
    for (qsizetype at = sql.indexOf(QLatin1Char('?')); at >= 0; at = sql.indexOf(QLatin1Char('?'), at)) {
        const QString mark = QLatin1Char('$') + QString::number(++n);
        sql.replace(at, 1, mark);
        at += mark.size();
    }
    QStringList literals;
    for (const QVariant &value : statement.values) {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        literals.append(db.driver()->formatValue(field));
    }
    QSqlQuery q(db);
    const bool prepared = q.exec(QStringLiteral("PREPARE omnimap_explain AS ") + sql);
    bool ok = prepared
        && q.exec(QStringLiteral("EXPLAIN (COSTS OFF%1) EXECUTE omnimap_explain").arg(analyze ? QStringLiteral(", ANALYZE, TIMING OFF") : QString())
                  + (literals.isEmpty() ? QString() : QLatin1Char('(') + literals.join(QStringLiteral(", ")) + QLatin1Char(')')));
    QStringList lines;
    while (ok && q.next())
        lines.append(q.value(0).toString());
    if (!ok && error)
        *error = explainError(q.lastError().text(), q.lastError().nativeErrorCode());
    if (prepared)
        QSqlQuery(db).exec(QStringLiteral("DEALLOCATE omnimap_explain"));
    plan = lines.join(QLatin1Char('\n'));
    return ok;
}

std::int64_t PgEventSource::estimatedRows(QString *error)
{
    std::int64_t rows = -1;
    PgStatement st{QStringLiteral("SELECT sum(greatest(c.reltuples, 0))::int8 FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(?::text)"
                                  " OR c.oid IN (SELECT inhrelid FROM pg_catalog.pg_inherits WHERE inhparent = pg_catalog.to_regclass(?::text))"),
                   {m_connection.table, m_connection.table}};
    run(st, [&rows](const QVariantList &row) { rows = row.value(0).isNull() ? -1 : row.value(0).toLongLong(); return true; }, error);
    return rows;
}

namespace {

/// Distinct paths as names become ids in name order, so the same events give the same
/// ids on every run.
void assignIds(const std::vector<std::pair<QStringList, PathStat>> &rows, PathAggregate &out)
{
    QStringList names;
    for (const auto &row : rows)
        names.append(row.first);
    names.removeAll(QString());
    names.sort();
    names.removeDuplicates();
    names.prepend(QString());
    QHash<QString, std::uint16_t> id;
    for (qsizetype i = 0; i < names.size(); ++i)
        id.insert(names.at(i), std::uint16_t(i));
    out.names = names;
    for (const auto &[steps, outcome] : rows) {
        PathStat stat = outcome;
        for (const QString &step : steps)
            stat.ids.push_back(id.value(step));
        out.summary.journeys += stat.journeys;
        out.summary.conversions += stat.conversions;
        out.summary.value += stat.value;
        out.paths.push_back(std::move(stat));
    }
    out.summary.distinctPaths = std::int64_t(out.paths.size());
}

} // namespace

bool PgEventSource::journeys(const JourneyQuery &query, QString *error)
{
    const PgPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    const PgStatement statement = sql.journeys();
    QString key = statement.sql;
    for (const QVariant &value : statement.values)
        key += QChar(0x1F) + value.toString();
    if (key == m_journeys.key)
        return true;
    m_journeys = JourneyTotals();
    std::vector<std::pair<QStringList, PathStat>> rows[2];
    std::int64_t withoutTouches[2] = {0, 0};
    bool tooMany = false;
    const bool ok = run(statement, [&](const QVariantList &r) {
        const int kind = r.value(0).toInt();
        if (kind == 3) {
            TimeToConvert &t = m_journeys.time;
            t = sim::timeToConvert(sim::Journeys());
            t.conversions = r.value(3).toLongLong();
            const QStringList numbers = r.value(5).toString().split(QLatin1Char(','));
            const int bins = int(t.bins.size());
            for (int b = 0; b < bins; ++b)
                t.bins[std::size_t(b)].count = numbers.value(b).toLongLong();
            if (t.conversions > 0) {
                t.meanDays = r.value(4).toDouble() / double(t.conversions);
                t.medianDays = numbers.value(bins).toDouble();
                t.p90Days = numbers.value(bins + 1).toDouble();
            }
            return true;
        }
        const int level = kind == 1 ? 0 : 1;
        if (r.value(1).isNull()) {
            withoutTouches[level] += r.value(3).toLongLong();
            return true;
        }
        if (std::int64_t(rows[level].size()) >= m_maxRows) {
            tooMany = true;
            return false;
        }
        PathStat stat;
        stat.journeys = r.value(2).toLongLong();
        stat.conversions = r.value(3).toLongLong();
        stat.value = r.value(4).toDouble();
        rows[level].emplace_back(r.value(1).toString().split(QChar(0x1F)), stat);
        return true;
    }, error);
    if (!ok)
        return false;
    if (tooMany) {
        if (error)
            *error = PgeventsourceTr::tr("The events have more than %1 distinct paths: narrow the period or the segment.").arg(m_maxRows);
        return false;
    }
    assignIds(rows[0], m_journeys.channel);
    assignIds(rows[1], m_journeys.touchpoint);
    m_journeys.channel.conversionsWithoutTouches = withoutTouches[0];
    m_journeys.touchpoint.conversionsWithoutTouches = withoutTouches[1];
    m_journeys.key = key;
    return true;
}

bool PgEventSource::paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error)
{
    if (!journeys(query, error))
        return false;
    out = level == PathLevel::Channel ? m_journeys.channel : m_journeys.touchpoint;
    return true;
}

bool PgEventSource::timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error)
{
    if (!journeys(query, error))
        return false;
    out = m_journeys.time;
    return true;
}

bool PgEventSource::stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error)
{
    const PgPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    out = StageCounts();
    return run(sql.stageCustomers(), [&out](const QVariantList &r) {
        out.stages.append(r.value(0).toString());
        out.customers.push_back(r.value(1).toLongLong());
        return true;
    }, error);
}

bool PgEventSource::attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out, QString *error)
{
    PathAggregate channelPaths;
    if (!paths(query, PathLevel::Channel, channelPaths, error))
        return false;
    const PathSet set = pathSetFromAggregate(channelPaths);
    if (options.model != AttributionModel::TimeDecay) {
        out = sim::attribute(set, options);
    } else {
        // Time decay needs each touch's age: the credits are summed on the server, the
        // totals and the channels present come from the paths.
        AttributionOptions linear = options;
        linear.model = AttributionModel::Linear;
        // The bootstrap resamples whole journeys, which the server-side credits do not
        // keep: no intervals for time decay on a warehouse rather than linear's ones.
        linear.bootstrap = 0;
        out = sim::attribute(set, linear);
        out.model = AttributionModel::TimeDecay;
        std::map<QString, std::pair<double, double>> credits;
        const PgPushdown sql(m_columns, query);
        if (!run(sql.timeDecayCredits(options.halfLifeDays), [&credits](const QVariantList &r) {
                credits[r.value(0).toString()] = {r.value(1).toDouble(), r.value(2).toDouble()};
                return true;
            }, error))
            return false;
        for (ChannelCredit &credit : out.channels) {
            const auto found = credits.find(credit.channel);
            credit.conversions = found == credits.end() ? 0.0 : found->second.first;
            credit.value = found == credits.end() ? 0.0 : found->second.second;
        }
    }
    if (!out.ok && error)
        *error = out.error;
    return out.ok;
}

bool PgEventSource::countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error)
{
    const PgPushdown sql(m_columns, JourneyQuery());
    QVariant latest;
    if (!run(sql.latestEvent(), [&latest](const QVariantList &r) { latest = r.value(0); return true; }, error))
        return false;
    counts.assign(filters.size(), 0.0);
    if (latest.isNull() || filters.empty())
        return true; // no events: every count is 0
    return run(sql.countEvents(filters, latest.toLongLong()), [&counts](const QVariantList &r) {
        for (std::size_t i = 0; i < counts.size(); ++i)
            counts[i] = r.value(int(i)).toDouble();
        return true;
    }, error);
}

bool PgEventSource::journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out, QString *error)
{
    const PgPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    CellSteps cells;
    auto step = [&cells](const QVariantList &r) {
        CellSteps::Step s;
        s.previousStage = r.value(0).toString();
        s.previousChannel = r.value(1).toString();
        s.stage = r.value(2).toString();
        s.channel = r.value(3).toString();
        s.first = r.value(4).toBool();
        s.last = r.value(5).toBool();
        s.converted = r.value(6).toBool();
        s.touches = r.value(7).toDouble();
        s.dwellDays = r.value(8).toDouble();
        s.dwellToEndDays = r.value(9).toDouble();
        s.value = r.value(10).toDouble();
        cells.steps.push_back(s);
        return true;
    };
    auto type = [&cells](const QVariantList &r) {
        cells.eventTypes.push_back({r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toDouble()});
        return true;
    };
    if (!run(sql.chainCells(), step, error) || !run(sql.chainEventTypes(), type, error))
        return false;
    out = chainFromCellSteps(cells, journey, query.conversionEventTypes);
    return true;
}

} // namespace omnimap::sim
