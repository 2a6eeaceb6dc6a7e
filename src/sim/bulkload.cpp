#include "bulkload.h"

#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif

#include <string>

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
    // A smaller page cache for the load: an import appends, so the pages it keeps
    // coming back to are few (the right edges of the B-trees), and every page of a bigger
    // cache is fresh memory the first time (the data set's 64 MiB were ~16 000 page faults
    // of the writer thread, ~10 % of its time on this VM; perf, issue 22).
    {
        SqliteStatement size = m_db.prepare("PRAGMA cache_size");
        if (size.isValid() && sqlite3_step(size.handle()) == SQLITE_ROW)
            m_cacheSize = sqlite3_column_int64(size.handle(), 0);
    }
    if (m_cacheSize != 0)
        setting(m_db, "PRAGMA cache_size = -16384");
#if defined(__linux__)
    if (const char *path = sqlite3_db_filename(m_db.handle(), "main"); path && *path) {
        m_files[0] = ::open(path, O_RDONLY | O_CLOEXEC);
        if (!m_rollbackJournal)
            m_files[1] = ::open((std::string(path) + "-wal").c_str(), O_RDONLY | O_CLOEXEC);
    }
#endif
}

void BulkLoad::startWriteback()
{
#if defined(__linux__)
    for (const int fd : m_files) {
        if (fd >= 0)
            sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); // a hint: failure is fine
    }
#endif
}

BulkLoad::~BulkLoad()
{
#if defined(__linux__)
    for (const int fd : m_files) {
        if (fd >= 0)
            ::close(fd);
    }
#endif
    if (m_cacheSize != 0) {
        const std::string pragma = "PRAGMA cache_size = " + std::to_string(m_cacheSize);
        setting(m_db, pragma.c_str());
    }
    if (!m_rollbackJournal)
        return;
    // Back to the data set's normal mode (DataSet::open sets the same on every open, so a
    // process ended before this line leaves nothing wrong behind).
    setting(m_db, "PRAGMA journal_mode = WAL");
    setting(m_db, "PRAGMA synchronous = NORMAL");
}

} // namespace omnimap::sim
