#include "eventblocks.h"

#include "eventcache.h"

#include <algorithm>
#include <cstring>

namespace omnimap::sim {

namespace {

constexpr unsigned char kFormat = 1;

char *putVarint(char *out, std::uint64_t v)
{
    while (v >= 0x80) {
        *out++ = char(v | 0x80);
        v >>= 7;
    }
    *out++ = char(v);
    return out;
}

/// The most one event takes: six varints of at most 10 bytes and the revenue.
constexpr std::size_t kMaxEventBytes = 6 * 10 + 8;

std::uint64_t zigzag(std::int64_t v)
{
    return (std::uint64_t(v) << 1) ^ std::uint64_t(v >> 63);
}

std::int64_t unzigzag(std::uint64_t v)
{
    return std::int64_t(v >> 1) ^ -std::int64_t(v & 1);
}

/// Reads one varint; false past the end or beyond 64 bits.
inline bool getVarint(const unsigned char *&p, const unsigned char *end, std::uint64_t &v)
{
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (p == end)
            return false;
        const unsigned char byte = *p++;
        v |= std::uint64_t(byte & 0x7F) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

} // namespace

void EventBlockEncoder::add(const EventRecord &row)
{
    // Grown as needed (kept by clear()): a small import, every fuzz input, should not
    // touch the ~800 KB a full block takes.
    if (m_buffer.size() - m_size < kMaxEventBytes + 1)
        m_buffer.resize(std::max<std::size_t>(4096, m_buffer.size() * 2));
    if (m_size == 0) {
        m_buffer[0] = char(kFormat);
        m_size = 1;
    }
    char *p = m_buffer.data() + m_size;
    // The same narrowing as the row reader (eventcache.cpp): ids are 16-bit there.
    const std::int64_t customer = std::int64_t(std::uint32_t(row.customer));
    p = putVarint(p, zigzag(customer - m_customer));
    p = putVarint(p, zigzag(std::int64_t(std::uint64_t(row.ts) - std::uint64_t(m_ts))));
    p = putVarint(p, std::uint16_t(row.channel));
    p = putVarint(p, std::uint16_t(row.touchpoint));
    p = putVarint(p, std::uint16_t(row.stage));
    // A zero revenue is stored by SQLite as the integer 0 and read back as +0.0, so -0.0
    // is left out too: both ways give the same column.
    const bool hasRevenue = row.revenue != 0.0;
    p = putVarint(p, (std::uint64_t(std::uint16_t(row.eventType)) << 1) | (hasRevenue ? 1u : 0u));
    if (hasRevenue) {
        std::uint64_t bits;
        std::memcpy(&bits, &row.revenue, 8);
        for (int i = 0; i < 8; ++i)
            *p++ = char(bits >> (8 * i));
    }
    m_size = std::size_t(p - m_buffer.data());
    m_customer = customer;
    m_ts = row.ts;
    ++m_count;
}

void EventBlockEncoder::clear()
{
    m_size = 0;
    m_count = 0;
    m_customer = 0;
    m_ts = 0;
}

bool decodeEventBlock(const unsigned char *data, std::size_t size, std::size_t count, EventColumns &out, std::size_t at)
{
    if (size < 1 || data[0] != kFormat || at > out.size() || count > out.size() - at)
        return false;
    const unsigned char *p = data + 1;
    const unsigned char *const end = data + size;
    std::int64_t customer = 0;
    std::int64_t ts = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        std::uint64_t c, t, channel, touchpoint, stage, type;
        if (!getVarint(p, end, c) || !getVarint(p, end, t) || !getVarint(p, end, channel) || !getVarint(p, end, touchpoint)
            || !getVarint(p, end, stage) || !getVarint(p, end, type))
            return false;
        customer += unzigzag(c);
        ts = std::int64_t(std::uint64_t(ts) + std::uint64_t(unzigzag(t)));
        if (customer < 0 || customer > 0xFFFFFFFFLL || channel > 0xFFFF || touchpoint > 0xFFFF || stage > 0xFFFF || (type >> 1) > 0xFFFF)
            return false;
        double revenue = 0.0;
        if (type & 1) {
            if (end - p < 8)
                return false;
            std::uint64_t bits = 0;
            for (int b = 0; b < 8; ++b)
                bits |= std::uint64_t(p[b]) << (8 * b);
            p += 8;
            std::memcpy(&revenue, &bits, 8);
        }
        out.customer[i] = std::uint32_t(customer);
        out.ts[i] = ts;
        out.channel[i] = std::uint16_t(channel);
        out.touchpoint[i] = std::uint16_t(touchpoint);
        out.stage[i] = std::uint16_t(stage);
        out.eventType[i] = std::uint16_t(type >> 1);
        out.revenue[i] = revenue;
    }
    return p == end;
}

SqliteStatement prepareEventBlockInsert(SqliteDb &db)
{
    return db.prepare("INSERT INTO event_blocks (first_id, last_id, count, data) VALUES (?, ?, ?, ?)");
}

bool insertEventBlock(SqliteStatement &insert, std::int64_t firstId, const EventBlockEncoder &encoder)
{
    if (encoder.count() == 0)
        return true;
    const auto n = std::int64_t(encoder.count());
    insert.bindInt(1, firstId);
    insert.bindInt(2, firstId + n - 1);
    insert.bindInt(3, n);
    sqlite3_bind_blob(insert.handle(), 4, encoder.data().data(), int(encoder.data().size()), SQLITE_STATIC);
    const int rc = insert.step();
    insert.reset();
    return rc == SQLITE_DONE;
}

bool rebuildEventBlocks(SqliteDb &db)
{
    if (!db.exec("DELETE FROM event_blocks"))
        return false;
    const std::int64_t count = db.queryInt("SELECT count(*) FROM events");
    const std::int64_t minId = db.queryInt("SELECT ifnull(min(id), 0) FROM events");
    const std::int64_t maxId = db.queryInt("SELECT ifnull(max(id), 0) FROM events");
    if (count == 0 || maxId - minId + 1 != count)
        return true; // no events, or ids with gaps: the loader reads rows
    SqliteStatement select = db.prepare(
        "SELECT id, customer_id, ts, channel_id, touchpoint_id, stage_id, event_type_id, revenue FROM events ORDER BY id");
    SqliteStatement insert = prepareEventBlockInsert(db);
    if (!select.isValid() || !insert.isValid())
        return false;
    EventBlockEncoder encoder;
    std::int64_t first = minId;
    std::int64_t expected = minId;
    int rc = SQLITE_ERROR;
    sqlite3_stmt *s = select.handle();
    while ((rc = select.step()) == SQLITE_ROW) {
        if (sqlite3_column_int64(s, 0) != expected)
            return db.exec("DELETE FROM event_blocks"); // changed under us: no blocks
        ++expected;
        EventRecord row;
        row.customer = sqlite3_column_int64(s, 1);
        row.ts = sqlite3_column_int64(s, 2);
        row.channel = sqlite3_column_int(s, 3);
        row.touchpoint = sqlite3_column_int(s, 4);
        row.stage = sqlite3_column_int(s, 5);
        row.eventType = sqlite3_column_int(s, 6);
        row.revenue = sqlite3_column_double(s, 7);
        encoder.add(row);
        if (encoder.count() == EventBlockEncoder::kEventsPerBlock) {
            if (!insertEventBlock(insert, first, encoder))
                return false;
            first += std::int64_t(encoder.count());
            encoder.clear();
        }
    }
    if (rc != SQLITE_DONE)
        return false;
    return insertEventBlock(insert, first, encoder);
}

} // namespace omnimap::sim
