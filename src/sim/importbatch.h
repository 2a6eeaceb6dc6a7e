#pragma once

#include "dataset.h"
#include "eventwriter.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace omnimap::sim {

/// The hand-over between an importer's parse thread and its writer (events and feedback,
/// ImportPipeline): encoded rows plus the names and customers they introduced, which the
/// writer stores first.

struct NewName
{
    Dimension dimension;
    int id;
    std::string name;
};

struct NewCustomer
{
    std::int64_t id = 0;
    std::string external;
    std::string fields[4]; ///< age band, gender, region, signup date ("" = NULL)
    std::vector<std::pair<std::size_t, std::string>> custom; ///< attribute column index, value
};

/// Rows of one hand-over from the parse thread to the writer.
template <typename Row>
struct ImportBatch
{
    std::vector<Row> rows;
    std::vector<NewName> names;
    std::vector<NewCustomer> customers;
    std::string text;       ///< bytes the rows refer to by offset (feedback texts)
    std::int64_t bytes = 0; ///< input consumed up to the end of this batch

    /// Empties the batch but keeps its buffers, for the next hand-over.
    void clear()
    {
        rows.clear();
        names.clear();
        customers.clear();
        text.clear();
        bytes = 0;
    }
};

/// A small bounded queue: the parser runs at most a few batches ahead, so memory stays
/// flat whatever the file size.
template <typename Batch>
class BoundedQueue final
{
public:
    bool push(Batch &&batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kCapacity || m_aborted; });
        if (m_aborted)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    bool pop(Batch &batch)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed || m_aborted; });
        if (m_batches.empty() || m_aborted)
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    /// The writer gives a written batch back; the parser refills it (takeSpare) instead
    /// of allocating new buffers. Fresh buffers of this size are fresh pages to the
    /// kernel: page faults and zeroing on one thread, unmapping on the other (perf).
    void recycle(Batch &&batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_spare.size() < kCapacity)
            m_spare.push_back(std::move(batch));
    }
    /// An empty batch with the buffers of a written one, if there is one.
    bool takeSpare(Batch &batch)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_spare.empty())
            return false;
        batch = std::move(m_spare.back());
        m_spare.pop_back();
        batch.clear();
        return true;
    }
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    void abort()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t kCapacity = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spare;
    bool m_closed = false;
    bool m_aborted = false;
};

/// Turns foreign-key enforcement off for a bulk load and restores what it was afterwards.
/// The importer writes only ids it has just created or read, so the checks (one B-tree
/// probe per reference, five per event) would cost ~30 % and find nothing.
/// Through sqlite3_db_config, not PRAGMA foreign_keys: setting that pragma expires every
/// prepared statement of the connection even when the value does not change (pragma.c
/// adds OP_Expire to every flag pragma); sqlite3_db_config expires them only on a real
/// change, so a connection that already runs without enforcement (the fuzz harness's)
/// keeps its statements. Like the pragma, it changes nothing inside a transaction.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(SqliteDb &db)
        : m_db(db)
    {
        int on = 0;
        sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, -1, &on);
        m_restore = on != 0 && sqlite3_get_autocommit(m_db.handle()) != 0;
        if (m_restore)
            sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
    }
    ~ForeignKeysOff()
    {
        if (m_restore)
            sqlite3_db_config(m_db.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, 1, nullptr);
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    SqliteDb &m_db;
    bool m_restore = false;
};

} // namespace omnimap::sim
