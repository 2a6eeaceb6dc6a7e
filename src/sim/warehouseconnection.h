#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace omnimap::sim {

/// Where a warehouse's events are and how its columns map to Omnimap's event fields
/// (the CSV import's logical fields: customer, ts, channel, …, "attr:NAME", plus
/// "sequence" to order events of one customer at the same time). Never holds the
/// password: that comes from the keychain, PGPASSWORD or a prompt, each time.
struct WarehouseConnection
{
    QString name;                          ///< what the user calls it; stored in the project
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); ///< libpq sslmode: disable, prefer, require, verify-ca, verify-full
    QString table;                         ///< "events" or "schema.events"
    QHash<QString, QString> mapping;       ///< logical field -> column; unmapped fields use their own name
    int timeoutSeconds = 300;              ///< statement_timeout of every query
    /// A server that says nothing this long after the time limit (a dead network, a
    /// paused or frozen server: the server's own limit would have answered by then) is
    /// given up on: the connection is closed with a clear message instead of waiting
    /// forever (TCP keepalives do not help when a middlebox or the paused host still
    /// acknowledges them).
    static constexpr int kNoAnswerGraceSeconds = 10;
    /// "postgres" or "clickhouse" (HTTP interface; TLS = https when sslMode is require
    /// or stricter; port 8123 by default).
    QString kind = QStringLiteral("postgres");
    /// ClickHouse: answer without shards that are down (skip_unavailable_shards=1) —
    /// the user's explicit choice; off by default, when a shard down is an error.
    bool skipUnavailableShards = false;

    bool isClickHouse() const { return kind == QLatin1String("clickhouse"); }

    /// postgres://user@host:port/db?table=…&sslmode=…&map.customer=user_id (no password);
    /// clickhouse://user@host:8123/db?table=…&secure=1&skip_unavailable_shards=1.
    QString toUrl() const;
    /// Parses such a URL (postgresql:// too). A password in it is refused: it would end up
    /// in shell history and process lists.
    static bool fromUrl(const QString &url, WarehouseConnection &out, QString *error);
    static bool isWarehouseUrl(const QString &text);

    /// The project keeps this: no password, nothing secret.
    QJsonObject toJson() const;
    static WarehouseConnection fromJson(const QJsonObject &json);

    /// Keychain entry of this connection's password: "omnimap/postgres/user@host:port/db".
    QString keychainKey() const;
    /// The logical fields a warehouse table can map (eventFields() + "sequence").
    static QStringList fields();
    static QStringList sslModes();
};

} // namespace omnimap::sim
