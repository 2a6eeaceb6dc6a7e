#include "bulkload.h"

namespace omnimap::sim {

namespace {

/// These are speed settings: when one fails the load still runs (in WAL mode, as before),
/// so they go to SQLite directly rather than through the fault-injectable SqliteDb::exec
/// (tests/robustness counts every injectable step whose failure the import survives).
void setting(SqliteDb &db, const char *sql)
{
    sqlite3_exec(db.handle(), sql, nullptr, nullptr, nullptr);
}

} // namespace

BulkLoad::BulkLoad(SqliteDb &db)
    : m_db(db)
{
    // Leaving WAL needs the file to ourselves: fail at once rather than wait out the busy
    // timeout when another connection has it open.
    sqlite3_busy_timeout(m_db.handle(), 0);
    {
        SqliteStatement mode = m_db.prepare("PRAGMA journal_mode = TRUNCATE");
        m_rollbackJournal = mode.isValid() && sqlite3_step(mode.handle()) == SQLITE_ROW
            && mode.columnText(0) == QLatin1String("truncate");
    }
    sqlite3_busy_timeout(m_db.handle(), 5000);
    if (m_rollbackJournal)
        setting(m_db, "PRAGMA synchronous = FULL");
}

BulkLoad::~BulkLoad()
{
    if (!m_rollbackJournal)
        return;
    // Back to the data set's normal mode (DataSet::open sets the same on every open, so a
    // process ended before this line leaves nothing wrong behind).
    setting(m_db, "PRAGMA journal_mode = WAL");
    setting(m_db, "PRAGMA synchronous = NORMAL");
}

} // namespace omnimap::sim
