#pragma once

#include "rng.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace omnimap::sim {

/// Draws `draws` items with replacement from categories weighted by `weights` and counts
/// them per category (a multinomial sample): the bootstrap of journeys when the journeys
/// are grouped into distinct paths. Exact either way: conditional binomials when the
/// categories are few, one alias-table draw per item when they are many.
class MultinomialSampler final
{
public:
    /// `rest`: the weight of one more category whose count the caller does not need. Its
    /// count is drawn first as one binomial, so only the others cost draws.
    explicit MultinomialSampler(std::vector<double> weights, double rest = 0.0);
    std::int64_t draws() const { return m_draws; } ///< all weights' sum (rest included), rounded
    void sample(Xoshiro256 &rng, std::vector<double> &counts) const;

private:
    std::vector<double> m_weights;
    double m_total = 0.0;
    double m_rest = 0.0;
    std::int64_t m_draws = 0;
    std::size_t m_last = 0; ///< the last category with a weight
    bool m_alias = false;
    std::vector<double> m_threshold; ///< Walker/Vose alias table
    std::vector<std::uint32_t> m_other;
};

/// Runs `replicates` bootstrap replicates on up to `threads` threads. Replicate r draws
/// with its own generator seeded from (seed, r), so the result does not depend on the
/// thread count. `replicate(r, rng, out)` fills `out` (width values) for replicate r.
/// Returns false if cancelled.
bool runReplicates(int replicates, int threads, std::uint64_t seed, std::size_t width,
                   const std::function<void(int, Xoshiro256 &, double *)> &replicate, std::vector<double> &out,
                   const std::atomic<bool> *cancel = nullptr);

/// The q-quantile (0..1) of `values` by linear interpolation between order statistics
/// (Hyndman–Fan type 7, R's default). Reorders `values`.
double quantile(std::vector<double> &values, double q);

} // namespace omnimap::sim
