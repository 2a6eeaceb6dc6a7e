#include "bulkload.h"

namespace omnimap::sim {

BulkLoad::BulkLoad(SqliteDb &db)
    : m_db(db)
{
    // Leaving WAL needs the file to ourselves: fail at once rather than wait out the busy
    // timeout when another connection has it open.
    sqlite3_busy_timeout(m_db.handle(), 0);
    {
        SqliteStatement mode = m_db.prepare("PRAGMA journal_mode = TRUNCATE");
        m_rollbackJournal = mode.isValid() && mode.step() == SQLITE_ROW && mode.columnText(0) == QLatin1String("truncate");
    }
    sqlite3_busy_timeout(m_db.handle(), 5000);
    if (m_rollbackJournal)
        m_db.exec("PRAGMA synchronous = FULL");
}

BulkLoad::~BulkLoad()
{
    if (!m_rollbackJournal)
        return;
    // Back to the data set's normal mode (DataSet::open sets the same on every open, so a
    // process ended before this line leaves nothing wrong behind).
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
}

} // namespace omnimap::sim
