#include "eventcache.h"

#include <QCoreApplication>

#include <algorithm>
#include <mutex>
#include <numeric>

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
    columns->customer.reserve(count);
    columns->ts.reserve(count);
    columns->channel.reserve(count);
    columns->touchpoint.reserve(count);
    columns->stage.reserve(count);
    columns->eventType.reserve(count);
    columns->revenue.reserve(count);

    // Rowid order: the import order, which for sorted files is already journey order.
    SqliteStatement stmt = dataSet.db().prepare(
        "SELECT customer_id, ts, channel_id, touchpoint_id, stage_id, event_type_id, revenue FROM events");
    if (!stmt.isValid()) {
        if (errorString)
            *errorString = dataSet.db().lastError();
        return nullptr;
    }
    sqlite3_stmt *raw = stmt.handle();
    bool sorted = true;
    std::uint32_t lastCustomer = 0;
    std::int64_t lastTs = INT64_MIN;
    std::uint32_t maxCustomer = 0;
    int rc = 0;
    std::size_t n = 0;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto customer = std::uint32_t(sqlite3_column_int64(raw, 0));
        const std::int64_t ts = sqlite3_column_int64(raw, 1);
        columns->customer.push_back(customer);
        columns->ts.push_back(ts);
        columns->channel.push_back(std::uint16_t(sqlite3_column_int(raw, 2)));
        columns->touchpoint.push_back(std::uint16_t(sqlite3_column_int(raw, 3)));
        columns->stage.push_back(std::uint16_t(sqlite3_column_int(raw, 4)));
        columns->eventType.push_back(std::uint16_t(sqlite3_column_int(raw, 5)));
        columns->revenue.push_back(sqlite3_column_double(raw, 6));
        if (customer < lastCustomer || (customer == lastCustomer && ts < lastTs))
            sorted = false;
        lastCustomer = customer;
        lastTs = ts;
        maxCustomer = std::max(maxCustomer, customer);
        if ((++n & 0xFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            if (errorString)
                *errorString = QCoreApplication::translate("omnimap::sim", "Cancelled.");
            return nullptr;
        }
    }
    if (rc != SQLITE_DONE) {
        if (errorString)
            *errorString = dataSet.db().lastError();
        return nullptr;
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
