#pragma once

#include "importtypes.h"
#include "journeychain.h"

#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// A value with its 95 % confidence interval (normal approximation).
struct Estimate
{
    double value = 0.0;
    double low = 0.0;
    double high = 0.0;
};

struct MonteCarloOptions
{
    std::int64_t customers = 100000;
    std::uint64_t seed = 1;
    int threads = 0;      ///< 0: one per hardware thread
    int maxSteps = 200;   ///< a walk longer than this drops out (guards against loops)
    const std::atomic<bool> *cancel = nullptr;
    /// (customers started, total), called on the calling thread only.
    ProgressCallback progress;
};

struct MonteCarloResult
{
    bool ok = false;
    bool cancelled = false;
    std::int64_t customers = 0;
    QStringList stages;
    std::vector<std::int64_t> stageReach;   ///< customers who reached each stage
    std::vector<Estimate> stageReachRate;   ///< stageReach / customers
    std::vector<double> stageDropOff;       ///< 1 − reach / reach of the previous stage
    std::vector<std::int64_t> stateVisits;  ///< visits per chain state
    std::vector<std::int64_t> stateConversions; ///< conversions by the state they left from
    std::int64_t conversions = 0;
    Estimate conversionRate;
    double revenue = 0.0;
    Estimate revenuePerCustomer;
    Estimate timeToConvertDays;             ///< mean days from first touch to conversion
    std::vector<std::int64_t> timeToConvertHistogram; ///< bins of timeToConvertBinEdges()
};

/// Upper edges (days) of the time-to-convert bins, the last one open.
std::vector<double> timeToConvertBinEdges();

/// Walks `customers` simulated customers through the chain. Customers are simulated in
/// blocks of 4096, each with its own generator seeded from (seed, block index), and the
/// block totals are added in block order: the result depends on the seed only, not on
/// the number of threads.
MonteCarloResult simulateMonteCarlo(const JourneyChain &chain, const MonteCarloOptions &options);

} // namespace omnimap::sim
