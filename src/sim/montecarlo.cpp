#include "montecarlo.h"

#include "rng.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace omnimap::sim {

namespace {

constexpr std::int64_t kBlock = 4096;
constexpr int kMaxStages = 64;

/// Walker/Vose alias table: one 64-bit draw picks an outcome in O(1).
struct AliasTable
{
    std::vector<std::uint32_t> threshold; ///< P(keep) scaled to 2^32
    std::vector<std::uint32_t> alias;

    void build(const double *p, std::size_t k)
    {
        threshold.assign(k, 0);
        alias.assign(k, 0);
        std::vector<double> scaled(k);
        std::vector<std::uint32_t> small, large;
        double sum = 0.0;
        for (std::size_t i = 0; i < k; ++i)
            sum += p[i];
        for (std::size_t i = 0; i < k; ++i) {
            scaled[i] = sum > 0.0 ? p[i] * double(k) / sum : (i + 1 == k ? double(k) : 0.0);
            (scaled[i] < 1.0 ? small : large).push_back(std::uint32_t(i));
        }
        while (!small.empty() && !large.empty()) {
            const std::uint32_t s = small.back();
            small.pop_back();
            const std::uint32_t l = large.back();
            threshold[s] = std::uint32_t(std::min(4294967295.0, scaled[s] * 4294967296.0));
            alias[s] = l;
            scaled[l] -= 1.0 - scaled[s];
            if (scaled[l] < 1.0) {
                large.pop_back();
                small.push_back(l);
            }
        }
        for (std::uint32_t i : large) {
            threshold[i] = 0xFFFFFFFFu;
            alias[i] = i;
        }
        for (std::uint32_t i : small) {
            threshold[i] = 0xFFFFFFFFu;
            alias[i] = i;
        }
    }

    std::uint32_t draw(std::uint64_t r) const
    {
        const auto i = std::uint32_t(((r >> 32) * std::uint64_t(threshold.size())) >> 32);
        return std::uint32_t(r) < threshold[i] ? i : alias[i];
    }
};

struct BlockTotals
{
    std::vector<std::int64_t> visits;
    std::vector<std::int64_t> conversionsFrom;
    std::vector<std::int64_t> reach;
    std::vector<std::int64_t> histogram;
    std::int64_t conversions = 0;
    double revenue = 0.0, revenueSq = 0.0, ttc = 0.0, ttcSq = 0.0;
};

Estimate meanEstimate(double sum, double sumSq, double n)
{
    Estimate e;
    if (n <= 0.0)
        return e;
    e.value = sum / n;
    const double variance = std::max(0.0, sumSq / n - e.value * e.value);
    const double half = 1.96 * std::sqrt(variance / n);
    e.low = e.value - half;
    e.high = e.value + half;
    return e;
}

} // namespace

std::vector<double> timeToConvertBinEdges()
{
    return {1, 2, 3, 7, 14, 30, INFINITY};
}

MonteCarloResult simulateMonteCarlo(const JourneyChain &chain, const MonteCarloOptions &options)
{
    MonteCarloResult result;
    result.stages = chain.stages;
    const int n = chain.size();
    const int stages = std::min<int>(int(chain.stages.size()), kMaxStages);
    const std::vector<double> edges = timeToConvertBinEdges();
    result.customers = std::max<std::int64_t>(0, options.customers);
    if (n == 0 || result.customers == 0) {
        result.ok = true;
        result.stageReach.assign(std::size_t(stages), 0);
        result.stageReachRate.assign(std::size_t(stages), Estimate());
        result.stageDropOff.assign(std::size_t(stages), 0.0);
        result.timeToConvertHistogram.assign(edges.size(), 0);
        return result;
    }

    AliasTable entry;
    entry.build(chain.entry.data(), std::size_t(n));
    std::vector<AliasTable> rows(static_cast<std::size_t>(n));
    for (int s = 0; s < n; ++s)
        rows[std::size_t(s)].build(&chain.next[std::size_t(s) * std::size_t(chain.columns())], std::size_t(chain.columns()));
    std::vector<int> stageOf(static_cast<std::size_t>(n));
    for (int s = 0; s < n; ++s) {
        const int stage = chain.states[std::size_t(s)].stageIndex;
        stageOf[std::size_t(s)] = stage >= 0 && stage < stages ? stage : -1;
    }

    const std::int64_t blocks = (result.customers + kBlock - 1) / kBlock;
    std::vector<BlockTotals> totals(static_cast<std::size_t>(blocks));
    std::atomic<std::int64_t> nextBlock{0};
    std::atomic<bool> stop{false};
    const int maxSteps = std::max(1, options.maxSteps);

    const std::thread::id caller = std::this_thread::get_id();
    auto worker = [&] {
        std::vector<int> path(static_cast<std::size_t>(maxSteps));
        const bool reports = options.progress && std::this_thread::get_id() == caller;
        for (;;) {
            const std::int64_t b = nextBlock.fetch_add(1);
            if (b >= blocks || stop.load(std::memory_order_relaxed))
                return;
            if (reports)
                options.progress(std::min(result.customers, b * kBlock), result.customers);
            if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                stop = true;
                return;
            }
            BlockTotals &t = totals[std::size_t(b)];
            t.visits.assign(std::size_t(n), 0);
            t.conversionsFrom.assign(std::size_t(n), 0);
            t.reach.assign(std::size_t(stages), 0);
            t.histogram.assign(edges.size(), 0);
            std::uint64_t seedState = options.seed ^ (std::uint64_t(b) * 0xD1B54A32D192ED03ULL);
            Xoshiro256 rng(splitmix64(seedState));
            const std::int64_t first = b * kBlock;
            const std::int64_t count = std::min(kBlock, result.customers - first);
            for (std::int64_t c = 0; c < count; ++c) {
                std::uint64_t seen = 0;
                int state = int(entry.draw(rng.next()));
                int steps = 0;
                bool converted = false;
                for (;;) {
                    path[std::size_t(steps++)] = state;
                    ++t.visits[std::size_t(state)];
                    const int stage = stageOf[std::size_t(state)];
                    if (stage >= 0)
                        seen |= std::uint64_t(1) << stage;
                    const int next = int(rows[std::size_t(state)].draw(rng.next()));
                    if (next >= n) {
                        converted = next == n;
                        break;
                    }
                    if (steps == maxSteps)
                        break;
                    state = next;
                }
                for (int s = 0; s < stages; ++s)
                    t.reach[std::size_t(s)] += std::int64_t((seen >> s) & 1);
                if (!converted)
                    continue;
                ++t.conversions;
                ++t.conversionsFrom[std::size_t(state)];
                const double revenue = chain.revenue[std::size_t(state)];
                t.revenue += revenue;
                t.revenueSq += revenue * revenue;
                // Dwell times are drawn only for converting walks: the others do not need them.
                double days = 0.0;
                for (int i = 0; i < steps; ++i) {
                    const double mean = chain.dwellDays[std::size_t(path[std::size_t(i)])];
                    if (mean > 0.0)
                        days -= mean * std::log1p(-rng.uniform());
                }
                t.ttc += days;
                t.ttcSq += days * days;
                std::size_t bin = 0;
                while (bin + 1 < edges.size() && days >= edges[bin])
                    ++bin;
                ++t.histogram[bin];
            }
        }
    };
    int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::min<std::int64_t>(threads, blocks));
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    if (stop) {
        result.cancelled = true;
        return result;
    }

    // Sum in block order so floating-point totals do not depend on the thread count.
    result.stateVisits.assign(std::size_t(n), 0);
    result.stateConversions.assign(std::size_t(n), 0);
    result.stageReach.assign(std::size_t(stages), 0);
    result.timeToConvertHistogram.assign(edges.size(), 0);
    double revenueSq = 0.0, ttc = 0.0, ttcSq = 0.0;
    for (const BlockTotals &t : totals) {
        for (int s = 0; s < n; ++s)
            result.stateVisits[std::size_t(s)] += t.visits[std::size_t(s)];
        for (int s = 0; s < n; ++s)
            result.stateConversions[std::size_t(s)] += t.conversionsFrom[std::size_t(s)];
        for (int s = 0; s < stages; ++s)
            result.stageReach[std::size_t(s)] += t.reach[std::size_t(s)];
        for (std::size_t b = 0; b < edges.size(); ++b)
            result.timeToConvertHistogram[b] += t.histogram[b];
        result.conversions += t.conversions;
        result.revenue += t.revenue;
        revenueSq += t.revenueSq;
        ttc += t.ttc;
        ttcSq += t.ttcSq;
    }
    const auto total = double(result.customers);
    result.conversionRate = meanEstimate(double(result.conversions), double(result.conversions), total);
    result.revenuePerCustomer = meanEstimate(result.revenue, revenueSq, total);
    result.timeToConvertDays = meanEstimate(ttc, ttcSq, double(result.conversions));
    for (int s = 0; s < stages; ++s) {
        const auto reach = double(result.stageReach[std::size_t(s)]);
        result.stageReachRate.push_back(meanEstimate(reach, reach, total));
        double previous = total;
        for (int p = s - 1; p >= 0; --p) {
            if (result.stageReach[std::size_t(p)] > 0) {
                previous = double(result.stageReach[std::size_t(p)]);
                break;
            }
        }
        result.stageDropOff.push_back(previous > 0.0 ? 1.0 - reach / previous : 0.0);
    }
    result.ok = true;
    return result;
}

} // namespace omnimap::sim
