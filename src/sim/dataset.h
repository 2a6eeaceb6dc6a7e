#pragma once

#include "sqlitedb.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace omnimap::sim {

/// The dimension tables: names stored once, events refer to them by integer id.
enum class Dimension { Channel, Touchpoint, Stage, EventType };

/// One local SQLite data set (docs/data-set.md): customers, events, aggregated paths and
/// the log of import runs. WAL mode, foreign keys on, schema migrated on open.
class DataSet final
{
public:
    enum class OpenMode { ReadWrite, Create };

    DataSet() = default;
    DataSet(const DataSet &) = delete;
    DataSet &operator=(const DataSet &) = delete;

    /// Opens the file (creating it with OpenMode::Create), refusing network file systems
    /// and newer schema versions. Returns false and sets errorString().
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const { return m_db.isOpen(); }

    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    SqliteDb &db() { return m_db; }

    /// Counter raised by every committed import; caches compare it to know they are stale.
    std::int64_t generation();
    /// Raises the generation inside the caller's transaction.
    bool bumpGeneration();

    /// Names of a dimension indexed by id (index 0 and gaps are empty strings).
    QStringList names(Dimension dimension);
    /// Table name of a dimension; a fixed whitelist, never user text.
    static const char *tableName(Dimension dimension);

    std::int64_t eventCount();
    std::int64_t customerCount();
    std::int64_t pathCount();

private:
    SqliteDb m_db;
    QString m_path;
    QString m_error;
};

} // namespace omnimap::sim
