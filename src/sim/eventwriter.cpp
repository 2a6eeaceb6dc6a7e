#include "eventwriter.h"

#include "eventblocks.h"

#include <string>

namespace omnimap::sim {

namespace {

constexpr int kRowsPerStatement = 128;
constexpr int kColumns = 8; ///< bound per row; the import run is ?1, bound once

/// `rows` VALUES tuples numbered from ?2 on, each ending with ?1, the import run: one
/// bind per statement instead of one per row.
std::string numberedValues(int rows)
{
    std::string out;
    for (int r = 0; r < rows; ++r) {
        out += r == 0 ? "(" : ",(";
        for (int k = 0; k < kColumns; ++k)
            out += "?" + std::to_string(2 + r * kColumns + k) + ",";
        out += "?1)";
    }
    return out;
}

// OR FAIL, not the default ABORT: an ABORT statement of many rows keeps a statement
// journal, a copy of every page it touches in a temporary file, so that it can undo its
// own rows; the import rolls the whole transaction back on any error anyway.
const char kInsert[] = "INSERT OR FAIL INTO events (customer_id, ts, channel_id, touchpoint_id, stage_id, "
                       "event_type_id, revenue, cost, import_run_id) VALUES ";

} // namespace

EventWriter::EventWriter(SqliteDb &db, std::int64_t importRunId)
    : m_db(db)
    , m_runId(importRunId)
    , m_block(std::make_unique<EventBlockEncoder>())
{
    m_one = db.prepare((kInsert + numberedValues(1)).c_str());
    if (m_one.isValid())
        m_one.bindInt(1, m_runId);
    m_insertBlock = prepareEventBlockInsert(db);
    m_pending.reserve(kRowsPerStatement);
    // Rows get max(id) + 1, one after the other (nothing else writes inside the
    // transaction); write() checks that, and a block is only written for ids it knows.
    // Read past the fault injection, like BulkLoad's settings: without it the import
    // still writes every row, only without blocks.
    m_nextId = -1;
    SqliteStatement next = db.prepare("SELECT ifnull(max(id), 0) + 1 FROM events");
    if (next.isValid() && sqlite3_step(next.handle()) == SQLITE_ROW)
        m_nextId = next.columnInt(0);
    m_blockFirst = m_nextId;
    m_blocks = m_nextId > 0 && m_insertBlock.isValid();
}

EventWriter::~EventWriter() = default;

bool EventWriter::add(const EventRecord &row)
{
    m_pending.push_back(row);
    if (m_pending.size() < std::size_t(kRowsPerStatement))
        return true;
    const bool ok = write(m_pending.data(), kRowsPerStatement);
    m_pending.clear();
    return ok;
}

bool EventWriter::add(const EventRecord *rows, std::size_t count)
{
    // Rows go in file order: what is queued first, then whole statements from `rows`
    // (no copy), the rest queued.
    while (!m_pending.empty() && count > 0) {
        const bool ok = add(*rows++);
        --count;
        if (!ok)
            return false;
    }
    for (; count >= std::size_t(kRowsPerStatement); count -= kRowsPerStatement, rows += kRowsPerStatement) {
        if (!write(rows, kRowsPerStatement))
            return false;
    }
    m_pending.insert(m_pending.end(), rows, rows + count);
    return true;
}

bool EventWriter::flush()
{
    bool ok = true;
    for (std::size_t i = 0; i < m_pending.size() && ok; ++i)
        ok = write(m_pending.data() + i, 1);
    m_pending.clear();
    return ok && writeBlock();
}

bool EventWriter::write(const EventRecord *rows, int count)
{
    // The 128-row statement (1 152 placeholders) is prepared when first needed: parsing
    // it was most of a small import's time (perf, under ASan: half of each fuzz run).
    if (count > 1 && !m_many.isValid()) {
        m_many = m_db.prepare((kInsert + numberedValues(kRowsPerStatement)).c_str());
        if (m_many.isValid())
            m_many.bindInt(1, m_runId);
    }
    SqliteStatement &stmt = count == 1 ? m_one : m_many;
    sqlite3_stmt *s = stmt.handle();
    for (int r = 0; r < count; ++r) {
        const EventRecord &row = rows[r];
        const int base = 2 + r * kColumns;
        sqlite3_bind_int64(s, base, row.customer);
        sqlite3_bind_int64(s, base + 1, row.ts);
        const int ids[3] = {row.channel, row.touchpoint, row.stage};
        for (int k = 0; k < 3; ++k) {
            if (ids[k] > 0)
                sqlite3_bind_int(s, base + 2 + k, ids[k]);
            else
                sqlite3_bind_null(s, base + 2 + k);
        }
        sqlite3_bind_int(s, base + 5, row.eventType);
        sqlite3_bind_double(s, base + 6, row.revenue);
        sqlite3_bind_double(s, base + 7, row.cost);
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE)
        return false;
    if (!m_blocks)
        return true;
    m_nextId += count;
    if (sqlite3_last_insert_rowid(m_db.handle()) != m_nextId - 1) {
        m_blocks = false; // not the ids the blocks assume: the loader reads rows instead
        return true;
    }
    for (int r = 0; r < count; ++r) {
        m_block->add(rows[r]);
        if (m_block->count() == EventBlockEncoder::kEventsPerBlock && !writeBlock())
            return false;
    }
    return true;
}

bool EventWriter::writeBlock()
{
    if (!m_blocks || m_block->count() == 0)
        return true;
    if (!insertEventBlock(m_insertBlock, m_blockFirst, *m_block))
        return false;
    m_blockFirst += std::int64_t(m_block->count());
    m_block->clear();
    return true;
}

} // namespace omnimap::sim
