#include "warehouseconnection.h"

#include "eventimporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace omnimap::sim {

namespace {

struct WarehouseconnectionTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::WarehouseConnection) };

} // namespace

QStringList WarehouseConnection::fields()
{
    return eventFields() << QStringLiteral("sequence");
}

QStringList WarehouseConnection::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
            QStringLiteral("verify-full")};
}

bool WarehouseConnection::isWarehouseUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("clickhouse://"), Qt::CaseInsensitive);
}

QString WarehouseConnection::toUrl() const
{
    QUrl url;
    url.setScheme(isClickHouse() ? QStringLiteral("clickhouse") : QStringLiteral("postgres"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("table"), table);
    if (isClickHouse()) {
        if (sslMode != QLatin1String("disable") && sslMode != QLatin1String("prefer"))
            query.addQueryItem(QStringLiteral("secure"), QStringLiteral("1"));
        if (skipUnavailableShards)
            query.addQueryItem(QStringLiteral("skip_unavailable_shards"), QStringLiteral("1"));
    } else if (sslMode != QLatin1String("prefer")) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    // The time limit travels with the address: the session and the project keep only the
    // URL, and the dashboard's queries must use the limit the user set.
    if (timeoutSeconds != WarehouseConnection().timeoutSeconds)
        query.addQueryItem(QStringLiteral("timeout"), QString::number(timeoutSeconds));
    QStringList keys = mapping.keys();
    keys.sort();
    for (const QString &key : keys)
        query.addQueryItem(QStringLiteral("map.") + key, mapping.value(key));
    url.setQuery(query);
    return url.toString();
}

bool WarehouseConnection::fromUrl(const QString &text, WarehouseConnection &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!isWarehouseUrl(text))
        return fail(WarehouseconnectionTr::tr("Not a warehouse address (postgres://user@host:port/database?table=…): %1").arg(text));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(WarehouseconnectionTr::tr("Not a valid address: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return fail(WarehouseconnectionTr::tr("Put the password in PGPASSWORD (CLICKHOUSE_PASSWORD for ClickHouse) or type it when asked, not in the address."));
    WarehouseConnection c;
    c.user = url.userName();
    c.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    if (url.scheme().compare(QLatin1String("clickhouse"), Qt::CaseInsensitive) == 0) {
        c.kind = QStringLiteral("clickhouse");
        c.sslMode = QStringLiteral("disable");
    }
    c.port = url.port(c.isClickHouse() ? 8123 : 5432);
    c.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("table"))
            c.table = value;
        else if (key == QLatin1String("sslmode") && !c.isClickHouse())
            c.sslMode = value;
        else if (key == QLatin1String("secure") && c.isClickHouse())
            c.sslMode = value == QLatin1String("1") || value == QLatin1String("true") ? QStringLiteral("verify-full") : QStringLiteral("disable");
        else if (key == QLatin1String("skip_unavailable_shards") && c.isClickHouse())
            c.skipUnavailableShards = value == QLatin1String("1") || value == QLatin1String("true");
        else if (key == QLatin1String("timeout"))
            c.timeoutSeconds = value.toInt();
        else if (key.startsWith(QLatin1String("map.")) && fields().contains(key.mid(4)))
            c.mapping.insert(key.mid(4), value);
        else if (key.startsWith(QLatin1String("map.attr:")))
            c.mapping.insert(key.mid(4), value);
        else
            return fail(WarehouseconnectionTr::tr("Unknown option in the address: %1").arg(key));
    }
    if (c.user.isEmpty() || c.database.isEmpty() || c.table.isEmpty())
        return fail(WarehouseconnectionTr::tr("The address needs a user, a database and ?table=…"));
    if (!sslModes().contains(c.sslMode))
        return fail(WarehouseconnectionTr::tr("sslmode must be one of %1").arg(sslModes().join(QStringLiteral(", "))));
    if (c.timeoutSeconds <= 0)
        return fail(WarehouseconnectionTr::tr("timeout must be a positive number of seconds"));
    c.name = c.user + QLatin1Char('@') + c.host + QLatin1Char('/') + c.database;
    out = c;
    return true;
}

QJsonObject WarehouseConnection::toJson() const
{
    QJsonObject map;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        map.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("skipUnavailableShards"), skipUnavailableShards},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("port"), port},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("sslmode"), sslMode},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("timeout"), timeoutSeconds},
                       {QStringLiteral("mapping"), map}};
}

WarehouseConnection WarehouseConnection::fromJson(const QJsonObject &json)
{
    WarehouseConnection c;
    c.name = json.value(QStringLiteral("name")).toString();
    c.kind = json.value(QStringLiteral("kind")).toString() == QLatin1String("clickhouse") ? QStringLiteral("clickhouse") : QStringLiteral("postgres");
    c.skipUnavailableShards = json.value(QStringLiteral("skipUnavailableShards")).toBool();
    c.host = json.value(QStringLiteral("host")).toString(c.host);
    c.port = json.value(QStringLiteral("port")).toInt(c.port);
    c.database = json.value(QStringLiteral("database")).toString();
    c.user = json.value(QStringLiteral("user")).toString();
    c.sslMode = json.value(QStringLiteral("sslmode")).toString(c.sslMode);
    c.table = json.value(QStringLiteral("table")).toString();
    c.timeoutSeconds = json.value(QStringLiteral("timeout")).toInt(c.timeoutSeconds);
    const QJsonObject map = json.value(QStringLiteral("mapping")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        c.mapping.insert(it.key(), it.value().toString());
    return c;
}

QString WarehouseConnection::keychainKey() const
{
    return QStringLiteral("omnimap/%1/%2@%3:%4/%5").arg(kind, user, host).arg(port).arg(database);
}

} // namespace omnimap::sim
