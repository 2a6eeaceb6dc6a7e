#include "attributionbootstrap.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

namespace omnimap::sim {

namespace {

struct Urbg
{
    using result_type = std::uint64_t;
    Xoshiro256 &rng;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return ~result_type(0); }
    result_type operator()() { return rng.next(); }
};

} // namespace

MultinomialSampler::MultinomialSampler(std::vector<double> weights, double rest)
    : m_weights(std::move(weights))
    , m_rest(rest > 0.0 && std::isfinite(rest) ? rest : 0.0)
{
    for (double &w : m_weights) {
        if (!(w > 0.0) || !std::isfinite(w))
            w = 0.0;
        m_total += w;
    }
    for (std::size_t i = 0; i < m_weights.size(); ++i) {
        if (m_weights[i] > 0.0)
            m_last = i;
    }
    m_draws = std::llround(m_total + m_rest);
    const std::size_t k = m_weights.size();
    // Conditional binomials cost one draw per category, the alias table one per item.
    m_alias = k > 0 && double(k) * 4.0 > m_total;
    if (!m_alias || m_total <= 0.0)
        return;
    // Vose's alias method.
    m_threshold.assign(k, 0.0);
    m_other.assign(k, 0);
    std::vector<double> scaled(k);
    std::vector<std::uint32_t> small, large;
    for (std::size_t i = 0; i < k; ++i) {
        scaled[i] = m_weights[i] * double(k) / m_total;
        (scaled[i] < 1.0 ? small : large).push_back(std::uint32_t(i));
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back(), l = large.back();
        small.pop_back();
        m_threshold[s] = scaled[s];
        m_other[s] = l;
        scaled[l] -= 1.0 - scaled[s];
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (std::uint32_t i : large)
        m_threshold[i] = 1.0;
    for (std::uint32_t i : small)
        m_threshold[i] = 1.0;
}

void MultinomialSampler::sample(Xoshiro256 &rng, std::vector<double> &counts) const
{
    const std::size_t k = m_weights.size();
    counts.assign(k, 0.0);
    if (m_draws <= 0 || m_total <= 0.0)
        return;
    Urbg urbg{rng};
    // The items that fall in the categories the caller needs (all, without a rest).
    long long draws = m_draws;
    if (m_rest > 0.0)
        draws = std::binomial_distribution<long long>(m_draws, std::min(1.0, m_total / (m_total + m_rest)))(urbg);
    if (m_alias) {
        for (long long d = 0; d < draws; ++d) {
            const std::uint64_t u = rng.next();
            const auto i = std::size_t(((u >> 32) * std::uint64_t(k)) >> 32);
            const double coin = double(u & 0xFFFFFFFFu) * 0x1.0p-32;
            counts[coin < m_threshold[i] ? i : m_other[i]] += 1.0;
        }
        return;
    }
    long long left = draws;
    double rest = m_total;
    for (std::size_t i = 0; i < k && left > 0; ++i) {
        const double w = m_weights[i];
        if (w <= 0.0)
            continue;
        const double p = w / rest;
        long long x = left; // the last category takes what is left
        if (i < m_last && p < 1.0)
            x = std::binomial_distribution<long long>(left, std::max(0.0, p))(urbg);
        counts[i] = double(x);
        left -= x;
        rest -= w;
    }
}

bool runReplicates(int replicates, int threads, std::uint64_t seed, std::size_t width,
                   const std::function<void(int, Xoshiro256 &, double *)> &replicate, std::vector<double> &out,
                   const std::atomic<bool> *cancel)
{
    out.assign(std::size_t(std::max(replicates, 0)) * width, 0.0);
    const int workers = std::clamp(threads, 1, std::max(replicates, 1));
    auto work = [&](int first) {
        for (int r = first; r < replicates; r += workers) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return;
            std::uint64_t state = seed ^ (0xD1B54A32D192ED03ULL * std::uint64_t(r + 1));
            Xoshiro256 rng(splitmix64(state));
            replicate(r, rng, out.data() + std::size_t(r) * width);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread &t : pool)
        t.join();
    return !(cancel && cancel->load());
}

double quantile(std::vector<double> &values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double h = (double(values.size()) - 1.0) * std::clamp(q, 0.0, 1.0);
    const auto lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values[lo] + (h - double(lo)) * (values[hi] - values[lo]);
}

} // namespace omnimap::sim
