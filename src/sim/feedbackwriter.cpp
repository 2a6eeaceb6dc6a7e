#include "feedbackwriter.h"
#include "sqlvalues.h"

namespace omnimap::sim {

namespace {

constexpr int kRowsPerStatement = 64;
constexpr int kColumns = 11;

} // namespace

FeedbackWriter::FeedbackWriter(SqliteDb &db, std::int64_t importRunId)
    : m_runId(importRunId)
{
    // OR FAIL: no statement journal for the multi-row insert (see EventWriter).
    const std::string insert = "INSERT OR FAIL INTO feedback (customer_id, ts, channel_id, touchpoint_id, stage_id, kind, score, "
                               "text, source, import_run_id, id) VALUES ";
    m_many = db.prepare((insert + repeatedValues("(?,?,?,?,?,?,?,?,?,?,NULL)", kRowsPerStatement)).c_str());
    m_one = db.prepare((insert + "(?,?,?,?,?,?,?,?,?,?,NULL)").c_str());
    // The pending rows keep their string buffers between batches: no allocation per row
    // once the texts have reached their longest.
    m_pending.resize(kRowsPerStatement);
}

bool FeedbackWriter::add(const FeedbackRecord &row)
{
    Pending &pending = m_pending[m_used++];
    pending.row = row;
    pending.text.assign(row.text);
    pending.source.assign(row.source);
    if (m_used < std::size_t(kRowsPerStatement))
        return true;
    m_used = 0;
    return write(0, kRowsPerStatement);
}

bool FeedbackWriter::flush()
{
    bool ok = true;
    for (std::size_t i = 0; i < m_used && ok; ++i)
        ok = write(i, 1);
    m_used = 0;
    return ok;
}

bool FeedbackWriter::write(std::size_t first, int rows)
{
    SqliteStatement &stmt = rows == 1 ? m_one : m_many;
    if (!stmt.isValid())
        return false;
    sqlite3_stmt *s = stmt.handle();
    for (int r = 0; r < rows; ++r) {
        const Pending &pending = m_pending[first + std::size_t(r)];
        const FeedbackRecord &row = pending.row;
        const int base = r * (kColumns - 1);
        if (row.customer > 0)
            sqlite3_bind_int64(s, base + 1, row.customer);
        else
            sqlite3_bind_null(s, base + 1);
        sqlite3_bind_int64(s, base + 2, row.ts);
        const int ids[3] = {row.channel, row.touchpoint, row.stage};
        for (int k = 0; k < 3; ++k) {
            if (ids[k] > 0)
                sqlite3_bind_int(s, base + 3 + k, ids[k]);
            else
                sqlite3_bind_null(s, base + 3 + k);
        }
        sqlite3_bind_text(s, base + 6, feedbackKindName(row.kind), -1, SQLITE_STATIC);
        if (row.kind == FeedbackKind::Text)
            sqlite3_bind_null(s, base + 7);
        else
            sqlite3_bind_double(s, base + 7, row.score);
        // The buffers live until the next add() after this statement ran: no copy.
        sqlite3_bind_text(s, base + 8, pending.text.data(), int(pending.text.size()), SQLITE_STATIC);
        sqlite3_bind_text(s, base + 9, pending.source.data(), int(pending.source.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, base + 10, m_runId);
    }
    const int rc = stmt.step();
    sqlite3_reset(s);
    return rc == SQLITE_DONE;
}

} // namespace omnimap::sim
