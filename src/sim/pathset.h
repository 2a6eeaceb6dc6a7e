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

/// One record per journey, with touch ages; only the first `limit` journeys when given.
PathSet pathSetFromJourneys(const Journeys &journeys, std::size_t limit = SIZE_MAX);

/// The aggregated paths imported into the data set (no touch ages).
bool loadPathSet(DataSet &dataSet, PathSet &paths, QString *errorString = nullptr);

/// Distinct paths, their outcomes summed. With `collapseRepeats` consecutive repeats of a
/// channel count once ("a > a > b" -> "a > b"). With `keepAges` two paths are the same
/// only if their touch ages are too, and the ages are kept; otherwise ages are dropped.
PathSet uniquePaths(const PathSet &paths, bool collapseRepeats, bool keepAges = false);

/// uniquePaths(paths, true): the repeats-collapsed Markov variant's input.
PathSet collapsedUniquePaths(const PathSet &paths);

} // namespace omnimap::sim
