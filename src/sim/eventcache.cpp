#include "eventcache.h"

#include "eventblocks.h"

#include <QCoreApplication>

#include <algorithm>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

namespace omnimap::sim {

namespace {

std::mutex g_cacheMutex;
EventColumnsPtr g_cached; // one data set at a time: the app works on one

template<typename T>
void permute(Column<T> &values, const std::vector<std::uint32_t> &order)
{
    Column<T> sorted(values.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        sorted[i] = values[order[i]];
    values.swap(sorted);
}

} // namespace

namespace {

/// Reads the events with rowid in [first, last] through its own connection, so two
/// halves of the table can be read at once (WAL lets readers run side by side). Rows go
/// to index `rowid - base` of the pre-sized columns when `base` is given (rowids are
/// dense: events are never deleted), else they are appended.
bool readRange(const QString &path, std::int64_t first, std::int64_t last, std::optional<std::int64_t> base,
               EventColumns &out, QString *errorString, const std::atomic<bool> *cancel)
{
    SqliteDb db;
    if (!db.open(path, false)) {
        if (errorString)
            *errorString = db.lastError();
        return false;
    }
    SqliteStatement stmt = db.prepare("SELECT customer_id, ts, channel_id, touchpoint_id, stage_id, event_type_id, revenue, id "
                                      "FROM events WHERE id BETWEEN ? AND ?");
    if (!stmt.isValid()) {
        if (errorString)
            *errorString = db.lastError();
        return false;
    }
    stmt.bindInt(1, first);
    stmt.bindInt(2, last);
    sqlite3_stmt *raw = stmt.handle();
    int rc = 0;
    std::size_t n = 0;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto customer = std::uint32_t(sqlite3_column_int64(raw, 0));
        const std::int64_t ts = sqlite3_column_int64(raw, 1);
        const auto channel = std::uint16_t(sqlite3_column_int(raw, 2));
        const auto touchpoint = std::uint16_t(sqlite3_column_int(raw, 3));
        const auto stage = std::uint16_t(sqlite3_column_int(raw, 4));
        const auto type = std::uint16_t(sqlite3_column_int(raw, 5));
        const double revenue = sqlite3_column_double(raw, 6);
        if (base) {
            const auto i = std::size_t(sqlite3_column_int64(raw, 7) - *base);
            if (i >= out.ts.size())
                continue; // written after the count was taken
            out.customer[i] = customer;
            out.ts[i] = ts;
            out.channel[i] = channel;
            out.touchpoint[i] = touchpoint;
            out.stage[i] = stage;
            out.eventType[i] = type;
            out.revenue[i] = revenue;
        } else {
            out.customer.push_back(customer);
            out.ts.push_back(ts);
            out.channel.push_back(channel);
            out.touchpoint.push_back(touchpoint);
            out.stage.push_back(stage);
            out.eventType.push_back(type);
            out.revenue.push_back(revenue);
        }
        if ((++n & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (errorString)
                *errorString = QCoreApplication::translate("omnimap::sim", "Cancelled.");
            return false;
        }
    }
    if (rc != SQLITE_DONE) {
        if (errorString)
            *errorString = db.lastError();
        return false;
    }
    return true;
}

/// The blocks (eventblocks.h) that cover the events from `minId` on without a gap: their
/// first ids and the last id they reach (minId - 1 when none do). A directory that does
/// not fit the events (a gap, a block past the last event, a count that disagrees) is
/// not used at all.
struct BlockCover
{
    std::vector<std::int64_t> firsts;
    std::int64_t last = 0;
};

BlockCover coveringBlocks(SqliteDb &db, std::int64_t minId, std::int64_t maxId)
{
    BlockCover cover;
    cover.last = minId - 1;
    // Read past the fault injection: without the blocks the rows are read, as before.
    SqliteStatement stmt = db.prepare("SELECT first_id, last_id, count FROM event_blocks ORDER BY first_id");
    if (!stmt.isValid())
        return cover;
    std::int64_t next = minId;
    while (sqlite3_step(stmt.handle()) == SQLITE_ROW) {
        const std::int64_t first = stmt.columnInt(0);
        const std::int64_t last = stmt.columnInt(1);
        if (first != next || last < first || last > maxId || stmt.columnInt(2) != last - first + 1)
            return BlockCover{{}, minId - 1};
        cover.firsts.push_back(first);
        next = last + 1;
    }
    cover.last = next - 1;
    return cover;
}

/// Decodes the blocks whose first ids are in [first, last] into the pre-sized columns
/// (index: id - base), through its own connection like readRange. False when a block
/// is missing or malformed.
bool readBlocks(const QString &path, std::int64_t first, std::int64_t last, std::size_t expected, std::int64_t base,
                EventColumns &out, const std::atomic<bool> *cancel)
{
    SqliteDb db;
    if (!db.open(path, false))
        return false;
    SqliteStatement stmt = db.prepare("SELECT first_id, count, data FROM event_blocks WHERE first_id BETWEEN ? AND ? ORDER BY first_id");
    if (!stmt.isValid())
        return false;
    stmt.bindInt(1, first);
    stmt.bindInt(2, last);
    sqlite3_stmt *raw = stmt.handle();
    std::size_t blocks = 0;
    int rc = 0;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const std::int64_t at = sqlite3_column_int64(raw, 0) - base;
        const std::int64_t count = sqlite3_column_int64(raw, 1);
        const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(raw, 2));
        const auto size = std::size_t(sqlite3_column_bytes(raw, 2));
        if (at < 0 || count < 0 || !data || !decodeEventBlock(data, size, std::size_t(count), out, std::size_t(at)))
            return false;
        ++blocks;
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return rc == SQLITE_DONE && blocks == expected;
}

EventColumnsPtr finishColumns(const std::shared_ptr<EventColumns> &columns);

template<typename T>
void append(Column<T> &to, Column<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
    Column<T>().swap(from);
}

} // namespace

EventColumnsPtr loadEventColumns(DataSet &dataSet, QString *errorString, const std::atomic<bool> *cancel)
{
    auto columns = std::make_shared<EventColumns>();
    columns->path = dataSet.path();
    columns->generation = dataSet.generation();
    columns->channelNames = dataSet.names(Dimension::Channel);
    columns->touchpointNames = dataSet.names(Dimension::Touchpoint);
    columns->stageNames = dataSet.names(Dimension::Stage);
    columns->eventTypeNames = dataSet.names(Dimension::EventType);

    const auto count = std::size_t(dataSet.eventCount());
    const std::int64_t minId = dataSet.db().queryInt("SELECT min(id) FROM events");
    const std::int64_t maxId = dataSet.db().queryInt("SELECT max(id) FROM events");
    // Rowid order is the import order, which for sorted files is already journey order.
    // Big tables are read in two halves by two threads: decoding rows is CPU-bound.
    EventColumns &all = *columns;
    // Dense rowids (the normal case: events are only ever appended) let both threads
    // write straight into the final columns; otherwise the halves are read separately
    // and joined.
    const bool dense = count > 0 && maxId - minId + 1 == std::int64_t(count);
    const bool split = count > 200000;
    const std::int64_t middle = split ? minId + (maxId - minId) / 2 : maxId;
    auto size = [](EventColumns &c, std::size_t n, bool resize) {
        if (resize) {
            c.customer.resize(n);
            c.ts.resize(n);
            c.channel.resize(n);
            c.touchpoint.resize(n);
            c.stage.resize(n);
            c.eventType.resize(n);
            c.revenue.resize(n);
        } else {
            c.customer.reserve(n);
            c.ts.reserve(n);
            c.channel.reserve(n);
            c.touchpoint.reserve(n);
            c.stage.reserve(n);
            c.eventType.reserve(n);
            c.revenue.reserve(n);
        }
    };
    size(all, count, dense);
    EventColumns second;
    if (split && !dense)
        size(second, std::size_t(std::max<std::int64_t>(0, maxId - middle)), false);
    const std::optional<std::int64_t> base = dense ? std::optional<std::int64_t>(minId) : std::nullopt;
    // The packed blocks, where they cover the events: decoding them is several times
    // faster than stepping through the rows. Two threads, half of the blocks each; the
    // rows after the last block (none when every import wrote its blocks) are read after.
    const BlockCover cover = dense ? coveringBlocks(dataSet.db(), minId, maxId) : BlockCover{{}, minId - 1};
    if (!cover.firsts.empty()) {
        const std::size_t half = cover.firsts.size() / 2;
        bool firstBlocks = true;
        std::thread other;
        if (half > 0) {
            other = std::thread([&] {
                firstBlocks = readBlocks(dataSet.path(), cover.firsts.front(), cover.firsts[half - 1], half, minId, all, cancel);
            });
        }
        bool secondBlocks = readBlocks(dataSet.path(), cover.firsts[half], cover.firsts.back(), cover.firsts.size() - half, minId,
                                       all, cancel);
        if (other.joinable())
            other.join();
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            if (errorString)
                *errorString = QCoreApplication::translate("omnimap::sim", "Cancelled.");
            return nullptr;
        }
        const bool rest = firstBlocks && secondBlocks
            && (cover.last == maxId || readRange(dataSet.path(), cover.last + 1, maxId, base, all, errorString, cancel));
        if (firstBlocks && secondBlocks && !rest)
            return nullptr; // a database error or a cancel while reading the rows
        if (rest) {
            columns->fromBlocks = std::size_t(cover.last - minId + 1);
            return finishColumns(columns);
        }
        // A malformed block: read every row instead.
    }
    QString secondError;
    bool secondOk = true;
    std::thread helper;
    if (split) {
        helper = std::thread([&] {
            secondOk = readRange(dataSet.path(), middle + 1, maxId, base, dense ? all : second, &secondError, cancel);
        });
    }
    const bool firstOk = count == 0 || readRange(dataSet.path(), minId, middle, base, all, errorString, cancel);
    if (helper.joinable())
        helper.join();
    if (!firstOk || !secondOk) {
        if (firstOk && errorString)
            *errorString = secondError;
        return nullptr;
    }
    if (!dense) {
        append(all.customer, second.customer);
        append(all.ts, second.ts);
        append(all.channel, second.channel);
        append(all.touchpoint, second.touchpoint);
        append(all.stage, second.stage);
        append(all.eventType, second.eventType);
        append(all.revenue, second.revenue);
    }
    return finishColumns(columns);
}

namespace {

/// Sorts the columns into journey order when the file was not, and notes the largest
/// customer id.
EventColumnsPtr finishColumns(const std::shared_ptr<EventColumns> &columns)
{
    bool sorted = true;
    std::uint32_t maxCustomer = 0;
    for (std::size_t i = 0; i < columns->size(); ++i) {
        maxCustomer = std::max(maxCustomer, columns->customer[i]);
        if (i > 0 && (columns->customer[i] < columns->customer[i - 1]
                      || (columns->customer[i] == columns->customer[i - 1] && columns->ts[i] < columns->ts[i - 1])))
            sorted = false;
    }
    columns->customerLimit = columns->size() ? maxCustomer + 1 : 0;
    columns->wasSorted = sorted;
    if (!sorted) {
        // Files exported in another order are sorted here, once per generation; stable so
        // equal timestamps keep their file order.
        std::vector<std::uint32_t> order(columns->size());
        std::iota(order.begin(), order.end(), 0u);
        const auto &c = columns->customer;
        const auto &t = columns->ts;
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return c[a] != c[b] ? c[a] < c[b] : t[a] < t[b];
        });
        permute(columns->customer, order);
        permute(columns->ts, order);
        permute(columns->channel, order);
        permute(columns->touchpoint, order);
        permute(columns->stage, order);
        permute(columns->eventType, order);
        permute(columns->revenue, order);
    }
    return columns;
}

} // namespace

EventColumnsPtr cachedEventColumns(DataSet &dataSet, QString *errorString)
{
    const std::int64_t generation = dataSet.generation();
    {
        std::lock_guard<std::mutex> lock(g_cacheMutex);
        if (g_cached && g_cached->path == dataSet.path() && g_cached->generation == generation)
            return g_cached;
    }
    EventColumnsPtr loaded = loadEventColumns(dataSet, errorString);
    if (loaded) {
        std::lock_guard<std::mutex> lock(g_cacheMutex);
        g_cached = loaded;
    }
    return loaded;
}

void clearEventColumnsCache()
{
    std::lock_guard<std::mutex> lock(g_cacheMutex);
    g_cached.reset();
}

} // namespace omnimap::sim
