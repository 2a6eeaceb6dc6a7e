#pragma once

#include "dataset.h"
#include "hugepages.h"
#include "importtypes.h"

#include <QStringList>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace omnimap::sim {

/// A vector whose resize() leaves new elements of trivial types uninitialised: the event
/// columns are sized once and then filled by the reader threads, so zero-filling them
/// first would touch every page twice, and on one thread (perf, issue 22). Large columns
/// get 2 MiB pages (hugepages.h): one fault per 2 MiB instead of 512.
template<typename T>
struct UninitialisedAllocator : std::allocator<T>
{
    template<typename U>
    struct rebind
    {
        using other = UninitialisedAllocator<U>;
    };
    UninitialisedAllocator() = default;
    template<typename U>
    UninitialisedAllocator(const UninitialisedAllocator<U> &) noexcept
    {
    }
    template<typename U>
    void construct(U *p) noexcept(std::is_nothrow_default_constructible<U>::value)
    {
        ::new (static_cast<void *>(p)) U;
    }
    template<typename U, typename... Args>
    void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
    T *allocate(std::size_t n)
    {
        if (n * sizeof(T) < kHugePageWorthy)
            return std::allocator<T>::allocate(n);
        return static_cast<T *>(allocateHuge(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n)
    {
        if (n * sizeof(T) < kHugePageWorthy)
            std::allocator<T>::deallocate(p, n);
        else
            std::free(p);
    }
};

template<typename T>
using Column = std::vector<T, UninitialisedAllocator<T>>;

/// All events of a data set as columns in memory, sorted by (customer, time, import
/// order): one sequential pass builds every customer's journey. 28 bytes per event, so
/// 10 M events take ~280 MB. Loaded once per data-set generation and shared.
struct EventColumns
{
    Column<std::uint32_t> customer;
    Column<std::int64_t> ts; ///< ms since the epoch, UTC
    Column<std::uint16_t> channel;    ///< 0: none
    Column<std::uint16_t> touchpoint; ///< 0: none
    Column<std::uint16_t> stage;      ///< 0: none
    Column<std::uint16_t> eventType;
    Column<double> revenue;

    QStringList channelNames; ///< by id; [0] is empty
    QStringList touchpointNames;
    QStringList stageNames;
    QStringList eventTypeNames;
    std::uint32_t customerLimit = 0; ///< largest customer id + 1
    std::int64_t generation = -1;
    QString path;
    bool wasSorted = true; ///< the file was already in (customer, time) order
    std::size_t fromBlocks = 0; ///< events decoded from the packed blocks (the rest: rows)

    std::size_t size() const { return ts.size(); }
};

using EventColumnsPtr = std::shared_ptr<const EventColumns>;

/// Reads the events table with one rowid scan. Returns null on error or cancel
/// (errorString says which).
EventColumnsPtr loadEventColumns(DataSet &dataSet, QString *errorString = nullptr,
                                 const std::atomic<bool> *cancel = nullptr);

/// The columns of this data set, reusing the copy already in memory when the data set's
/// generation has not changed since it was loaded (warm queries skip SQLite entirely).
EventColumnsPtr cachedEventColumns(DataSet &dataSet, QString *errorString = nullptr);

/// Drops the in-memory copies (tests and the benchmark's cold runs).
void clearEventColumnsCache();

} // namespace omnimap::sim
