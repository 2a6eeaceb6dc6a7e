#pragma once

#include "sqlitedb.h"

#include <cstdint>

namespace omnimap::sim {

/// Connection settings for loading many rows in one transaction, put back afterwards.
/// Construct before the transaction (the journal mode can not change inside one) and
/// keep it alive until after the commit or rollback.
///
/// When no other connection has the data set open, the load runs with a rollback journal
/// instead of the WAL: pages appended past the end of the file need no journal entry
/// (a rollback truncates them away), so every page is written once, where in WAL mode it
/// is written to the log and then copied again by the checkpoint. Still all rows or none,
/// also after a crash (the hot journal is rolled back on the next open), with
/// `synchronous = FULL` for the duration. With another connection open — the app showing
/// the same data set — the mode stays WAL and those readers keep their snapshot.
class BulkLoad final
{
public:
    explicit BulkLoad(SqliteDb &db);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    /// Whether the load runs with the rollback journal (else in WAL mode, as before).
    bool rollbackJournal() const { return m_rollbackJournal; }

    /// Asks the kernel to start writing the pages written so far to disk (Linux:
    /// sync_file_range, which does not wait). Without it the whole file stays dirty in
    /// the page cache until the commit's sync, which then waits for all of it (0.65 s of
    /// a 10 M-event import, strace). Changes no guarantee: only when the bytes reach the
    /// disk, never what the journal can undo.
    void startWriteback();

private:
    SqliteDb &m_db;
    bool m_rollbackJournal = false;
    std::int64_t m_cacheSize = 0; ///< to put back (PRAGMA cache_size's value; 0: unknown)
    int m_files[2] = {-1, -1};    ///< the data set and its WAL, read-only, for startWriteback
};

} // namespace omnimap::sim
