#pragma once

#include "pathset.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// Removal effects of a Markov chain of order 1..4 fitted to channel paths, computed
/// exactly from the absorbing chain instead of by random walks (docs/simulation.md).
struct MarkovResult
{
    bool ok = false;
    QString error;
    int order = 1;
    int states = 0;                      ///< transient states, the start state included
    double conversionProbability = 0.0;  ///< P(conversion) from the start state
    std::vector<double> removalEffect;   ///< by channel id: 1 - P(conv | channel removed) / P(conv)
};

/// The states and transitions of the chain fitted to a set of paths, kept apart from the
/// counts so that the same chain can be solved again with other weights per path (the
/// bootstrap's replicates) without indexing the states again.
/// A state of order k is the last ≤ k touches exactly as they appear in the paths: pass
/// collapsedUniquePaths() for the repeats-collapsed variant.
class MarkovChainModel final
{
public:
    /// False (with `error`) for an order outside 1..4.
    bool build(const PathSet &paths, int order, QString *error = nullptr);
    /// Solves the chain with `conversions[p]` and `nulls[p]` journeys ending path p
    /// (the arrays are indexed like the paths given to build()).
    MarkovResult solve(const std::vector<double> &conversions, const std::vector<double> &nulls) const;
    int order() const { return m_order; }
    int states() const { return int(m_keys.size()); }

private:
    MarkovResult solveDense(const std::vector<double> &edgeWeight, const std::vector<double> &toConv,
                            const std::vector<double> &toNull) const;
    MarkovResult solveSparse(const std::vector<double> &edgeWeight, const std::vector<double> &toConv,
                             const std::vector<double> &toNull) const;

    int m_order = 1;
    int m_channels = 0;                     ///< highest channel id
    bool m_dense = true;                    ///< order 1 with few channels: one dense inverse
    std::vector<std::uint64_t> m_keys;      ///< state → last ≤ k channel ids, 16 bits each
    std::vector<std::uint8_t> m_present;    ///< by channel id: touched in some path
    std::vector<std::uint32_t> m_rowOffsets; ///< edges by from-state (CSR)
    std::vector<std::uint32_t> m_edgeTo;
    std::vector<std::uint32_t> m_pathOffsets; ///< per path, its edges (repeated edges repeat)
    std::vector<std::uint32_t> m_pathEdges;
    std::vector<std::uint32_t> m_pathEnd;     ///< the state a path ends in; ~0u: empty path
};

/// Builds and solves in one go (MarkovChainModel::build + solve with the paths' own counts).
MarkovResult markovRemovalEffects(const PathSet &paths, int order);

} // namespace omnimap::sim
