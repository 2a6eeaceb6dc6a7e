#include "eventcache.h"

#include <QCoreApplication>

#include <algorithm>
#include <mutex>
#include <numeric>
#include <thread>

namespace omnimap::sim {

namespace {

std::mutex g_cacheMutex;
EventColumnsPtr g_cached; // one data set at a time: the app works on one

template<typename T>
void permute(std::vector<T> &values, const std::vector<std::uint32_t> &order)
{
    std::vector<T> sorted(values.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        sorted[i] = values[order[i]];
    values.swap(sorted);
}

} // namespace

namespace {

/// Reads the events with rowid in [first, last] through its own connection, so two
/// halves of the table can be read at once (WAL lets readers run side by side).
bool readRange(const QString &path, std::int64_t first, std::int64_t last, EventColumns &out, QString *errorString,
               const std::atomic<bool> *cancel)
{
    SqliteDb db;
    if (!db.open(path, false)) {
        if (errorString)
            *errorString = db.lastError();
        return false;
    }
    SqliteStatement stmt = db.prepare("SELECT customer_id, ts, channel_id, touchpoint_id, stage_id, event_type_id, revenue "
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
        out.customer.push_back(std::uint32_t(sqlite3_column_int64(raw, 0)));
        out.ts.push_back(sqlite3_column_int64(raw, 1));
        out.channel.push_back(std::uint16_t(sqlite3_column_int(raw, 2)));
        out.touchpoint.push_back(std::uint16_t(sqlite3_column_int(raw, 3)));
        out.stage.push_back(std::uint16_t(sqlite3_column_int(raw, 4)));
        out.eventType.push_back(std::uint16_t(sqlite3_column_int(raw, 5)));
        out.revenue.push_back(sqlite3_column_double(raw, 6));
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

template<typename T>
void append(std::vector<T> &to, std::vector<T> &from)
{
    to.insert(to.end(), from.begin(), from.end());
    std::vector<T>().swap(from);
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
    EventColumns &first = *columns;
    EventColumns second;
    const bool split = count > 200000;
    const std::int64_t middle = split ? minId + (maxId - minId) / 2 : maxId;
    // The first half's vectors hold the whole table in the end (the second is appended).
    first.customer.reserve(count);
    first.ts.reserve(count);
    first.channel.reserve(count);
    first.touchpoint.reserve(count);
    first.stage.reserve(count);
    first.eventType.reserve(count);
    first.revenue.reserve(count);
    QString secondError;
    bool secondOk = true;
    std::thread helper;
    if (split) {
        // Reserved up front: growing by doubling would briefly need twice the memory.
        const auto rest = std::size_t(std::max<std::int64_t>(0, maxId - middle));
        second.customer.reserve(rest);
        second.ts.reserve(rest);
        second.channel.reserve(rest);
        second.touchpoint.reserve(rest);
        second.stage.reserve(rest);
        second.eventType.reserve(rest);
        second.revenue.reserve(rest);
        helper = std::thread([&] { secondOk = readRange(dataSet.path(), middle + 1, maxId, second, &secondError, cancel); });
    }
    const bool firstOk = count == 0 || readRange(dataSet.path(), minId, middle, first, errorString, cancel);
    if (helper.joinable())
        helper.join();
    if (!firstOk || !secondOk) {
        if (firstOk && errorString)
            *errorString = secondError;
        return nullptr;
    }
    append(first.customer, second.customer);
    append(first.ts, second.ts);
    append(first.channel, second.channel);
    append(first.touchpoint, second.touchpoint);
    append(first.stage, second.stage);
    append(first.eventType, second.eventType);
    append(first.revenue, second.revenue);

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
