#pragma once

#include "dataset.h"
#include "journeybuilder.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// Channel paths with their outcomes: the input of attribution. One record per journey
/// (from events) or per aggregated row (from an imported path file).
struct PathSet
{
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint16_t> channels;
    std::vector<float> ageDays; ///< per touch, days before the path's end; empty: unknown
    std::vector<double> conversions;
    std::vector<double> nulls;
    std::vector<double> value;
    QStringList channelNames; ///< by channel id; [0] is empty

    std::size_t size() const { return conversions.size(); }
    std::uint32_t begin(std::size_t p) const { return offsets[p]; }
    std::uint32_t end(std::size_t p) const { return offsets[p + 1]; }
    double totalConversions() const;
    double totalValue() const;
};

/// One record per journey, with touch ages.
PathSet pathSetFromJourneys(const Journeys &journeys);

/// The aggregated paths imported into the data set (no touch ages).
bool loadPathSet(DataSet &dataSet, PathSet &paths, QString *errorString = nullptr);

/// Distinct paths with consecutive repeats collapsed ("a > a > b" -> "a > b"), their
/// outcomes summed: what the Markov models count. Ages are dropped.
PathSet collapsedUniquePaths(const PathSet &paths);

} // namespace omnimap::sim
