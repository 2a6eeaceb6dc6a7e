#pragma once

#include "dataset.h"
#include "importtypes.h"

#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace omnimap::sim {

/// All events of a data set as columns in memory, sorted by (customer, time, import
/// order): one sequential pass builds every customer's journey. 28 bytes per event, so
/// 10 M events take ~280 MB. Loaded once per data-set generation and shared.
struct EventColumns
{
    std::vector<std::uint32_t> customer;
    std::vector<std::int64_t> ts; ///< ms since the epoch, UTC
    std::vector<std::uint16_t> channel;    ///< 0: none
    std::vector<std::uint16_t> touchpoint; ///< 0: none
    std::vector<std::uint16_t> stage;      ///< 0: none
    std::vector<std::uint16_t> eventType;
    std::vector<double> revenue;

    QStringList channelNames; ///< by id; [0] is empty
    QStringList touchpointNames;
    QStringList stageNames;
    QStringList eventTypeNames;
    std::uint32_t customerLimit = 0; ///< largest customer id + 1
    std::int64_t generation = -1;
    QString path;
    bool wasSorted = true; ///< the file was already in (customer, time) order

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
