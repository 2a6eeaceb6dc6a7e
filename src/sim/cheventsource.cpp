#include "cheventsource.h"

#include "cellchain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <map>

namespace omnimap::sim {

namespace {

struct CheventsourceTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::ChEventSource) };

/// Column candidates of a field when the mapping does not name one (as the CSV import
/// and PgEventSource).
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

/// Distinct paths as names become ids in name order (as PgEventSource does).
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

ChEventSource::ChEventSource() = default;

ChEventSource::~ChEventSource()
{
    close();
}

void ChEventSource::close()
{
    m_open = false;
    m_password.clear();
}

bool ChEventSource::cancelRequested() const
{
    return m_cancel || (m_externalCancel && *m_externalCancel);
}

QString ChEventSource::unescapeField(const QByteArray &field)
{
    if (field == "\\N")
        return {};
    if (!field.contains('\\'))
        return QString::fromUtf8(field);
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field.at(i);
        if (c != '\\' || i + 1 == field.size()) {
            out.append(c);
            continue;
        }
        const char n = field.at(++i);
        switch (n) {
        case 't': out.append('\t'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case '0': out.append('\0'); break;
        default: out.append(n); // \\ \' and anything else stand for themselves
        }
    }
    return QString::fromUtf8(out);
}

QString ChEventSource::explainError(int status, int networkError, const QString &body) const
{
    const QString where = m_connection.host + QLatin1Char(':') + QString::number(m_connection.port);
    static const QRegularExpression codeRe(QStringLiteral("Code: (\\d+)"));
    const QRegularExpressionMatch m = codeRe.match(body);
    const int code = m.hasMatch() ? m.captured(1).toInt() : 0;
    // The server's sentence without its C++ decoration.
    QString text = body.trimmed();
    text.remove(QRegularExpression(QStringLiteral("^Code: \\d+, e\\.displayText\\(\\) = (DB::Exception: )?")));
    text.remove(QRegularExpression(QStringLiteral(",? e\\.what\\(\\) = DB::Exception$")));
    text.remove(QRegularExpression(QStringLiteral("^Code: \\d+\\. DB::Exception: ")));
    text = text.left(600);
    if (code == 192 || code == 193 || code == 516 || status == 401 || status == 403)
        return CheventsourceTr::tr("The server at %1 refused the user \"%2\" or the password.").arg(where, m_connection.user);
    if (m_timedOut)
        return CheventsourceTr::tr("No answer from the server at %1 for %2 s (the time limit of %3 s plus %4 s): the network or the server "
                  "stopped responding. Omnimap closed the connection and asked the server to stop the query (KILL QUERY).")
            .arg(where)
            .arg(std::max(1, m_connection.timeoutSeconds) + WarehouseConnection::kNoAnswerGraceSeconds)
            .arg(std::max(1, m_connection.timeoutSeconds))
            .arg(WarehouseConnection::kNoAnswerGraceSeconds);
    if (code == 159)
        return CheventsourceTr::tr("The query took longer than the time limit (%1 s) and was stopped on the server.").arg(m_connection.timeoutSeconds);
    if (code == 394)
        return m_cancelledByUs ? CheventsourceTr::tr("Cancelled; the query was stopped on the server too.")
                               : CheventsourceTr::tr("The query was stopped on the server (KILL QUERY by an administrator?): %1").arg(text);
    if (code == 279 || code == 209 || code == 210 || code == 32 || code == 519) {
        static const QRegularExpression hostRe(QStringLiteral("([A-Za-z0-9_.\\-\\[\\]:]+:\\d+)"));
        QStringList hosts;
        auto it = hostRe.globalMatch(text);
        while (it.hasNext()) {
            const QString host = it.next().captured(1);
            if (!hosts.contains(host) && host != where)
                hosts.append(host);
        }
        return CheventsourceTr::tr("A shard of the cluster did not answer (%1). Start it, or let the connection skip unavailable shards "
                  "(skip_unavailable_shards=1: the answers then leave that shard's customers out). Server: %2")
            .arg(hosts.isEmpty() ? CheventsourceTr::tr("unknown host") : hosts.join(QStringLiteral(", ")), text);
    }
    if (code == 81)
        return CheventsourceTr::tr("The server has no database \"%1\".").arg(m_connection.database);
    if (code == 60)
        return CheventsourceTr::tr("There is no table \"%1\" in database \"%2\".").arg(m_connection.table, m_connection.database);
    if (code == 164)
        return CheventsourceTr::tr("The session is read-only: %1").arg(text);
    if (code == 241)
        return CheventsourceTr::tr("The server ran out of memory for this query; narrow the period or the segment: %1").arg(text);
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return CheventsourceTr::tr("Could not reach the server at %1 (is it running, is the address right?): %2").arg(where, text);
    case QNetworkReply::RemoteHostClosedError:
        return CheventsourceTr::tr("The server at %1 ended the connection during the query (was it stopped or restarted?).").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        return CheventsourceTr::tr("The TLS connection to %1 failed: %2").arg(where, text);
    default:
        break;
    }
    return CheventsourceTr::tr("The warehouse reported: %1").arg(text.isEmpty() ? CheventsourceTr::tr("HTTP status %1").arg(status) : text);
}

bool ChEventSource::run(const QString &sql, int columns, const std::function<bool(const QStringList &)> &row, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_connection.host.isEmpty())
        return fail(CheventsourceTr::tr("Not connected to the warehouse."));
    m_cancelledByUs = false;
    m_timedOut = false;
    const bool tls = m_connection.sslMode != QLatin1String("disable") && m_connection.sslMode != QLatin1String("prefer");
    const QString queryId = QStringLiteral("omnimap-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto endpoint = [&](const QString &id) {
        QUrl url;
        url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(m_connection.host);
        url.setPort(m_connection.port);
        url.setPath(QStringLiteral("/"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("database"), m_connection.database);
        if (!id.isEmpty())
            q.addQueryItem(QStringLiteral("query_id"), id);
        q.addQueryItem(QStringLiteral("max_execution_time"), QString::number(std::max(1, m_connection.timeoutSeconds)));
        if (m_connection.skipUnavailableShards)
            q.addQueryItem(QStringLiteral("skip_unavailable_shards"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("readonly"), QStringLiteral("1")); // last: nothing after it changes settings
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Basic " + (m_connection.user + QLatin1Char(':') + m_password).toUtf8().toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain; charset=UTF-8"));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        return request;
    };

    QNetworkAccessManager network;
    QEventLoop loop;
    QNetworkReply *reply = network.post(endpoint(queryId), (sql + QStringLiteral("\nFORMAT TabSeparated")).toUtf8());
    ++m_traffic.queries;
    QByteArray pending;      // an incomplete last line, nothing more: memory stays flat
    QString badLine;         // a line that is not a row (an exception appended by the server)
    bool stop = false, tooMany = false;
    std::int64_t rows = 0;
    auto consume = [&](bool atEnd) {
        const QByteArray chunk = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
        m_traffic.bytes += chunk.size();
        pending += chunk;
        qsizetype start = 0;
        for (;;) {
            qsizetype end = pending.indexOf('\n', start);
            if (end < 0) {
                if (!atEnd || start >= pending.size())
                    break;
                end = pending.size();
            }
            const QByteArray line = pending.mid(start, end - start);
            start = end + 1;
            if (stop || line.isEmpty())
                continue;
            const QList<QByteArray> fields = line.split('\t');
            if (columns > 0 && fields.size() != columns) {
                badLine = QString::fromUtf8(line.left(2000));
                stop = true;
                continue;
            }
            QStringList values;
            values.reserve(columns);
            for (const QByteArray &f : fields)
                values.append(unescapeField(f));
            ++m_traffic.rows;
            if (++rows > m_maxRows && m_maxRows > 0) {
                tooMany = true;
                stop = true;
            } else if (!row(values)) {
                stop = true;
            }
        }
        pending.remove(0, std::min(start, pending.size()));
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
            consume(false);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool killSent = false;
    auto kill = [&] {
        if (killSent)
            return;
        killSent = true;
        // The query runs on the server whatever happens to this connection: stop it by id.
        QNetworkReply *k = network.post(endpoint(QString()),
                                        (QStringLiteral("KILL QUERY WHERE query_id = ") + chLiteral(queryId) + QStringLiteral(" ASYNC FORMAT TabSeparated")).toUtf8());
        QObject::connect(k, &QNetworkReply::finished, k, &QObject::deleteLater);
        // The server answers the query with "cancelled" soon; give up waiting after a while
        // (a frozen network or server never answers).
        QTimer::singleShot(WarehouseConnection::kNoAnswerGraceSeconds * 1000 / 2, reply, [reply] { reply->abort(); });
    };
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!killSent && cancelRequested()) {
            m_cancelledByUs = true;
            kill();
        }
        if (!killSent && stop && !reply->isFinished())
            kill(); // a huge result or a bad line: no need to let the server finish
    });
    poll.start(25);
    QTimer limit; // the server's max_execution_time should come first; this catches a silent server
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&] {
        m_timedOut = true;
        kill();
    });
    limit.start((std::max(1, m_connection.timeoutSeconds) + WarehouseConnection::kNoAnswerGraceSeconds) * 1000);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    limit.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    QString body;
    if (status == 200) {
        consume(true);
    } else {
        const QByteArray text = reply->readAll();
        m_traffic.bytes += text.size();
        body = QString::fromUtf8(text.left(4000));
    }
    reply->deleteLater();
    if (m_cancelledByUs)
        return fail(CheventsourceTr::tr("Cancelled; the query was stopped on the server too."));
    if (tooMany)
        return fail(CheventsourceTr::tr("The events have more than %1 distinct paths: narrow the period or the segment.").arg(m_maxRows));
    if (!badLine.isEmpty())
        return fail(badLine.contains(QLatin1String("Code: ")) ? explainError(status, 0, badLine)
                                                             : CheventsourceTr::tr("The server's answer could not be read: %1").arg(badLine.left(200)));
    if (status != 200 || (networkError != QNetworkReply::NoError && networkError != QNetworkReply::OperationCanceledError)
        || (networkError == QNetworkReply::OperationCanceledError && !stop)) {
        if (body.isEmpty() && networkError != QNetworkReply::NoError && !m_timedOut)
            body = reply->errorString();
        return fail(explainError(status, int(networkError), body));
    }
    return true;
}

bool ChEventSource::open(const WarehouseConnection &connection, const QString &password, QString *error)
{
    close();
    m_connection = connection;
    m_password = password;
    m_traffic = {};
    m_catalog.clear();
    m_journeys = JourneyTotals();
    auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    if (!run(QStringLiteral("SELECT version()"), 1, [this](const QStringList &r) { m_version = r.value(0); return true; }, error)) {
        close();
        return false;
    }
    QString reason;
    if (!resolveColumns(&reason))
        return fail(reason);
    m_open = true;
    return true;
}

bool ChEventSource::resolveColumns(QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // "db.table" or "table" in the connection's database.
    QString database = m_connection.database, table = m_connection.table;
    const qsizetype dot = table.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        database = table.left(dot);
        table = table.mid(dot + 1);
    }
    QString foundDb, foundTable;
    if (!run(QStringLiteral("SELECT database, name FROM system.tables WHERE database = ") + chLiteral(database) + QStringLiteral(" AND name = ")
                 + chLiteral(table),
             2, [&](const QStringList &r) { foundDb = r.value(0); foundTable = r.value(1); return true; }, error))
        return false;
    if (foundTable.isEmpty())
        return fail(CheventsourceTr::tr("There is no table or view \"%1\" in database \"%2\".").arg(table, database));
    std::vector<std::pair<QString, QString>> catalog;
    if (!run(QStringLiteral("SELECT name, type FROM system.columns WHERE database = ") + chLiteral(foundDb) + QStringLiteral(" AND table = ")
                 + chLiteral(foundTable),
             2, [&](const QStringList &r) { catalog.emplace_back(r.value(0), r.value(1)); return true; }, error))
        return false;
    for (const auto &c : catalog)
        m_catalog.append(c.first);
    m_columns = ChColumns();
    m_columns.table = chIdentifier(foundDb) + QLatin1Char('.') + chIdentifier(foundTable);
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
                return fail(CheventsourceTr::tr("Column \"%1\" (mapped to %2) is not in %3.").arg(mapped, field, m_connection.table));
        } else if (!field.startsWith(QLatin1String("attr:"))) {
            for (const QString &name : candidates(field)) {
                if ((column = find(name)))
                    break;
            }
        }
        if (!column)
            continue;
        m_columns.column.insert(field, chIdentifier(column->first));
        m_columns.type.insert(field, column->second);
    }
    for (const char *required : {"customer", "ts", "event_type"}) {
        if (!m_columns.column.contains(QString::fromLatin1(required)))
            return fail(CheventsourceTr::tr("No column of %1 is mapped to %2; map one in the connection.").arg(m_connection.table, QString::fromLatin1(required)));
    }
    return ChPushdown(m_columns, JourneyQuery()).isValid(error);
}

std::int64_t ChEventSource::eventRows(QString *error)
{
    std::int64_t count = -1;
    run(QStringLiteral("SELECT count() FROM ") + m_columns.table, 1, [&count](const QStringList &r) { count = r.value(0).toLongLong(); return true; }, error);
    return count;
}

bool ChEventSource::journeys(const JourneyQuery &query, QString *error)
{
    const ChPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    const QString statement = sql.journeys();
    if (statement == m_journeys.key)
        return true;
    m_journeys = JourneyTotals();
    std::vector<std::pair<QStringList, PathStat>> rows[2];
    std::int64_t withoutTouches[2] = {0, 0};
    const bool ok = run(statement, 7, [&](const QStringList &r) {
        const int kind = r.value(0).toInt();
        if (kind == 3) {
            if (r.value(1).toInt() == 0)
                return true; // the stats come with the touched group
            TimeToConvert &t = m_journeys.time;
            t = sim::timeToConvert(sim::Journeys());
            const QStringList numbers = r.value(6).split(QLatin1Char(','));
            t.conversions = std::int64_t(numbers.value(0).toDouble());
            const int bins = int(t.bins.size());
            for (int b = 0; b < bins; ++b)
                t.bins[std::size_t(b)].count = std::int64_t(numbers.value(2 + b).toDouble());
            if (t.conversions > 0) {
                t.meanDays = numbers.value(1).toDouble() / double(t.conversions);
                t.medianDays = numbers.value(2 + bins).toDouble();
                t.p90Days = numbers.value(3 + bins).toDouble();
            }
            return true;
        }
        const int level = kind == 1 ? 0 : 1;
        if (r.value(1).toInt() == 0) {
            withoutTouches[level] += r.value(4).toLongLong();
            return true;
        }
        PathStat stat;
        stat.journeys = r.value(3).toLongLong();
        stat.conversions = r.value(4).toLongLong();
        stat.value = r.value(5).toDouble();
        rows[level].emplace_back(r.value(2).split(QChar(0x1F)), stat);
        return true;
    }, error);
    if (!ok)
        return false;
    if (m_journeys.time.bins.empty())
        m_journeys.time = sim::timeToConvert(sim::Journeys());
    assignIds(rows[0], m_journeys.channel);
    assignIds(rows[1], m_journeys.touchpoint);
    m_journeys.channel.conversionsWithoutTouches = withoutTouches[0];
    m_journeys.touchpoint.conversionsWithoutTouches = withoutTouches[1];
    m_journeys.key = statement;
    return true;
}

bool ChEventSource::paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error)
{
    if (!journeys(query, error))
        return false;
    out = level == PathLevel::Channel ? m_journeys.channel : m_journeys.touchpoint;
    return true;
}

bool ChEventSource::timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error)
{
    if (!journeys(query, error))
        return false;
    out = m_journeys.time;
    return true;
}

bool ChEventSource::stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error)
{
    const ChPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    out = StageCounts();
    return run(sql.stageCustomers(), 2, [&out](const QStringList &r) {
        out.stages.append(r.value(0));
        out.customers.push_back(r.value(1).toLongLong());
        return true;
    }, error);
}

bool ChEventSource::attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out, QString *error)
{
    PathAggregate channelPaths;
    if (!paths(query, PathLevel::Channel, channelPaths, error))
        return false;
    const PathSet set = pathSetFromAggregate(channelPaths);
    if (options.model != AttributionModel::TimeDecay) {
        out = sim::attribute(set, options);
    } else {
        // As PgEventSource: totals from the paths, per-touch credits summed on the server.
        AttributionOptions linear = options;
        linear.model = AttributionModel::Linear;
        linear.bootstrap = 0;
        out = sim::attribute(set, linear);
        out.model = AttributionModel::TimeDecay;
        std::map<QString, std::pair<double, double>> credits;
        const ChPushdown sql(m_columns, query);
        if (!run(sql.timeDecayCredits(options.halfLifeDays), 3, [&credits](const QStringList &r) {
                credits[r.value(0)] = {r.value(1).toDouble(), r.value(2).toDouble()};
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

bool ChEventSource::countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error)
{
    const ChPushdown sql(m_columns, JourneyQuery());
    std::int64_t events = 0, latest = 0;
    if (!run(sql.latestEvent(), 2, [&](const QStringList &r) { events = r.value(0).toLongLong(); latest = r.value(1).toLongLong(); return true; }, error))
        return false;
    counts.assign(filters.size(), 0.0);
    if (events == 0 || filters.empty())
        return true;
    return run(sql.countEvents(filters, latest), int(filters.size()), [&counts](const QStringList &r) {
        for (std::size_t i = 0; i < counts.size(); ++i)
            counts[i] = r.value(int(i)).toDouble();
        return true;
    }, error);
}

bool ChEventSource::journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out, QString *error)
{
    const ChPushdown sql(m_columns, query);
    if (!sql.isValid(error))
        return false;
    CellSteps cells;
    auto step = [&cells](const QStringList &r) {
        CellSteps::Step s;
        s.previousStage = r.value(0);
        s.previousChannel = r.value(1);
        s.stage = r.value(2);
        s.channel = r.value(3);
        s.first = r.value(4) == QLatin1String("1");
        s.last = r.value(5) == QLatin1String("1");
        s.converted = r.value(6) == QLatin1String("1");
        s.touches = r.value(7).toDouble();
        s.dwellDays = r.value(8).toDouble();
        s.dwellToEndDays = r.value(9).toDouble();
        s.value = r.value(10).toDouble();
        cells.steps.push_back(s);
        return true;
    };
    auto type = [&cells](const QStringList &r) {
        cells.eventTypes.push_back({r.value(0), r.value(1), r.value(2), r.value(3).toDouble()});
        return true;
    };
    if (!run(sql.chainCells(), 11, step, error) || !run(sql.chainEventTypes(), 4, type, error))
        return false;
    out = chainFromCellSteps(cells, journey, query.conversionEventTypes);
    return true;
}

} // namespace omnimap::sim
