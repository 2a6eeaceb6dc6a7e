#pragma once

#include "format/faultinjection.h"

#include <QString>

#include <sqlite3.h>

#include <cstdint>
#include <string_view>

namespace omnimap::sim {

/// A prepared statement that finalizes itself. Values are always bound, never spliced
/// into SQL text, so user data can not change the meaning of a query.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    sqlite3_stmt *handle() const { return m_stmt; }

    void bindInt(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindDouble(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }
    void bindText(int index, std::string_view text)
    {
        sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bindText(int index, const QString &text);

    /// SQLITE_ROW, SQLITE_DONE or an error code.
    /// (Tests can make the N-th step fail: format/faultinjection.h.)
    int step()
    {
        if (FaultInjection::fail(FaultInjection::Point::SqliteStep))
            return SQLITE_IOERR;
        return sqlite3_step(m_stmt);
    }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    std::int64_t columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
    double columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }
    bool columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QString columnText(int column) const;

private:
    sqlite3_stmt *m_stmt = nullptr;
};

/// Owns one sqlite3 connection.
class SqliteDb final
{
public:
    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    /// Opens (and with `create` creates) the file; returns false and sets errorString().
    bool open(const QString &path, bool create);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// Runs SQL without results (may hold several statements). Returns false on error.
    bool exec(const char *sql);
    SqliteStatement prepare(const char *sql) { return SqliteStatement(m_db, sql); }

    /// First column of the first row as an integer, `fallback` if there is none.
    std::int64_t queryInt(const char *sql, std::int64_t fallback = 0);

    QString lastError() const;

private:
    sqlite3 *m_db = nullptr;
    QString m_openError;
};

/// Rolls back unless commit() was called: every import is all rows or none.
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(SqliteDb &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    SqliteDb &m_db;
    bool m_active = false;
};

} // namespace omnimap::sim
