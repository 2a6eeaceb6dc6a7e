#include "markovchain.h"

#include "linearsolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace omnimap::sim {

namespace {

struct MarkovchainTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

/// Above this many channels an order-1 chain is solved sparsely too: the dense inverse
/// costs n³.
constexpr int kDenseLimit = 1000;

/// A history of up to four channels packed 16 bits each; ids are never 0, so the
/// length is implied and the start state is 0.
using StateKey = std::uint64_t;

bool containsChannel(StateKey key, std::uint16_t channel)
{
    for (; key != 0; key >>= 16) {
        if ((key & 0xFFFF) == channel)
            return true;
    }
    return false;
}

} // namespace

bool MarkovChainModel::build(const PathSet &paths, int order, QString *error)
{
    if (order < 1 || order > 4) {
        if (error)
            *error = MarkovchainTr::tr("The Markov order must be from 1 to 4.");
        return false;
    }
    m_order = order;
    m_channels = int(std::max<qsizetype>(paths.channelNames.size(), 1)) - 1;
    for (std::uint16_t c : paths.channels)
        m_channels = std::max(m_channels, int(c));
    m_present.assign(std::size_t(m_channels) + 1, 0);
    m_keys.clear();
    m_pathOffsets.assign(1, 0);
    m_pathEdges.clear();
    m_pathEnd.clear();
    const StateKey mask = order >= 4 ? ~StateKey(0) : (StateKey(1) << (16 * order)) - 1;
    std::unordered_map<StateKey, std::uint32_t> index;
    auto stateOf = [&](StateKey key) {
        const auto [it, inserted] = index.try_emplace(key, std::uint32_t(m_keys.size()));
        if (inserted)
            m_keys.push_back(key);
        return it->second;
    };
    stateOf(0);
    std::unordered_map<std::uint64_t, std::uint32_t> edgeIndex;
    std::vector<std::uint64_t> edges; // from << 32 | to, by first appearance
    for (std::size_t p = 0; p < paths.size(); ++p) {
        StateKey key = 0;
        std::uint32_t from = 0;
        std::uint16_t last = 0;
        bool any = false;
        for (std::uint32_t i = paths.begin(p); i < paths.end(p); ++i) {
            const std::uint16_t c = paths.channels[i];
            // Order 1 drops self-loops: they never change where the chain is absorbed,
            // so both variants give the same numbers and the dense matrix stays small.
            if (c == 0 || (order == 1 && c == last))
                continue;
            any = true;
            last = c;
            m_present[c] = 1;
            key = ((key << 16) | c) & mask;
            const std::uint32_t to = stateOf(key);
            const std::uint64_t edge = (std::uint64_t(from) << 32) | to;
            const auto [it, inserted] = edgeIndex.try_emplace(edge, std::uint32_t(edges.size()));
            if (inserted)
                edges.push_back(edge);
            m_pathEdges.push_back(it->second);
            from = to;
        }
        m_pathOffsets.push_back(std::uint32_t(m_pathEdges.size()));
        m_pathEnd.push_back(any ? from : ~0u);
    }
    // Edges in row order, so a replicate's weights map straight onto CSR values.
    std::vector<std::uint32_t> order2(edges.size());
    std::iota(order2.begin(), order2.end(), 0u);
    std::sort(order2.begin(), order2.end(), [&](std::uint32_t a, std::uint32_t b) { return edges[a] < edges[b]; });
    std::vector<std::uint32_t> rank(edges.size());
    for (std::size_t i = 0; i < order2.size(); ++i)
        rank[order2[i]] = std::uint32_t(i);
    for (std::uint32_t &e : m_pathEdges)
        e = rank[e];
    const std::size_t n = m_keys.size();
    m_rowOffsets.assign(n + 1, 0);
    m_edgeTo.resize(edges.size());
    for (std::size_t i = 0; i < order2.size(); ++i) {
        const std::uint64_t edge = edges[order2[i]];
        ++m_rowOffsets[std::size_t(edge >> 32) + 1];
        m_edgeTo[i] = std::uint32_t(edge & 0xFFFFFFFFu);
    }
    for (std::size_t s = 0; s < n; ++s)
        m_rowOffsets[s + 1] += m_rowOffsets[s];
    m_dense = order == 1 && n <= std::size_t(kDenseLimit);
    return true;
}

MarkovResult MarkovChainModel::solve(const std::vector<double> &conversions, const std::vector<double> &nulls) const
{
    const std::size_t n = m_keys.size();
    std::vector<double> edgeWeight(m_edgeTo.size(), 0.0), toConv(n, 0.0), toNull(n, 0.0);
    for (std::size_t p = 0; p < m_pathEnd.size(); ++p) {
        const double w = conversions[p] + nulls[p];
        if (w <= 0.0 || m_pathEnd[p] == ~0u)
            continue;
        for (std::uint32_t i = m_pathOffsets[p]; i < m_pathOffsets[p + 1]; ++i)
            edgeWeight[m_pathEdges[i]] += w;
        toConv[m_pathEnd[p]] += conversions[p];
        toNull[m_pathEnd[p]] += nulls[p];
    }
    MarkovResult result = m_dense ? solveDense(edgeWeight, toConv, toNull) : solveSparse(edgeWeight, toConv, toNull);
    result.order = m_order;
    return result;
}

/// Order 1: all removal effects from one inverse. Removing k turns its state into a
/// null absorber, so P(conv without k) = B_s − P(reach k)·B_k with P(reach k) = N_sk/N_kk,
/// hence RE_k = (N_sk/N_kk)·B_k/B_s.
MarkovResult MarkovChainModel::solveDense(const std::vector<double> &edgeWeight, const std::vector<double> &toConv,
                                          const std::vector<double> &toNull) const
{
    MarkovResult result;
    const std::size_t T = m_keys.size();
    std::vector<double> a(T * T, 0.0); // I − Q
    std::vector<double> r(T, 0.0);
    for (std::size_t s = 0; s < T; ++s) {
        double total = toConv[s] + toNull[s];
        for (std::uint32_t e = m_rowOffsets[s]; e < m_rowOffsets[s + 1]; ++e)
            total += edgeWeight[e];
        a[s * T + s] = 1.0;
        if (total <= 0.0)
            continue;
        ++result.states;
        for (std::uint32_t e = m_rowOffsets[s]; e < m_rowOffsets[s + 1]; ++e)
            a[s * T + m_edgeTo[e]] -= edgeWeight[e] / total;
        r[s] = toConv[s] / total;
    }
    DenseLu lu;
    if (!lu.factor(a, int(T))) {
        result.error = MarkovchainTr::tr("The Markov chain is singular (a loop with no way out).");
        return result;
    }
    const std::vector<double> inv = lu.inverse();
    std::vector<double> b = r;
    lu.solve(b);
    result.conversionProbability = b[0];
    result.removalEffect.assign(std::size_t(m_channels) + 1, 0.0);
    if (b[0] > 0.0) {
        for (std::size_t k = 1; k < T; ++k) {
            if (inv[k * T + k] > 0.0)
                result.removalEffect[m_keys[k]] = inv[k] / inv[k * T + k] * b[k] / b[0];
        }
    }
    result.ok = true;
    return result;
}

/// Order k: one sparse solve per channel with every state whose history holds the
/// channel made a null absorber.
MarkovResult MarkovChainModel::solveSparse(const std::vector<double> &edgeWeight, const std::vector<double> &toConv,
                                           const std::vector<double> &toNull) const
{
    MarkovResult result;
    const std::size_t n = m_keys.size();
    std::vector<double> rowTotal(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        rowTotal[s] = toConv[s] + toNull[s];
        for (std::uint32_t e = m_rowOffsets[s]; e < m_rowOffsets[s + 1]; ++e)
            rowTotal[s] += edgeWeight[e];
        if (rowTotal[s] > 0.0)
            ++result.states;
    }
    SparseRows q;
    q.offsets = m_rowOffsets;
    q.columns = m_edgeTo;
    q.values.resize(m_edgeTo.size());
    std::vector<double> r(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        if (rowTotal[s] <= 0.0) {
            for (std::uint32_t e = m_rowOffsets[s]; e < m_rowOffsets[s + 1]; ++e)
                q.values[e] = 0.0;
            continue;
        }
        for (std::uint32_t e = m_rowOffsets[s]; e < m_rowOffsets[s + 1]; ++e)
            q.values[e] = edgeWeight[e] / rowTotal[s];
        r[s] = toConv[s] / rowTotal[s];
    }
    std::vector<double> x;
    if (solveAbsorbingGaussSeidel(q, r, x) < 0) {
        result.error = MarkovchainTr::tr("The Markov chain did not converge.");
        return result;
    }
    result.conversionProbability = x[0];
    result.removalEffect.assign(std::size_t(m_channels) + 1, 0.0);
    std::vector<std::uint8_t> removed(n);
    std::vector<double> without;
    for (int c = 1; c <= m_channels && x[0] > 0.0; ++c) {
        if (!m_present[std::size_t(c)])
            continue;
        for (std::size_t s = 0; s < n; ++s)
            removed[s] = containsChannel(m_keys[s], std::uint16_t(c)) ? 1 : 0;
        // Without the channel the chain converts less from every state: the full
        // solution is an upper bound to start the sweeps from.
        without = x;
        for (std::size_t s = 0; s < n; ++s) {
            if (removed[s])
                without[s] = 0.0;
        }
        if (solveAbsorbingGaussSeidel(q, r, without, &removed) < 0) {
            result.error = MarkovchainTr::tr("The Markov chain did not converge.");
            return result;
        }
        result.removalEffect[std::size_t(c)] = std::clamp(1.0 - without[0] / x[0], 0.0, 1.0);
    }
    result.ok = true;
    return result;
}

MarkovResult markovRemovalEffects(const PathSet &paths, int order)
{
    MarkovChainModel model;
    MarkovResult result;
    if (!model.build(paths, order, &result.error))
        return result;
    return model.solve(paths.conversions, paths.nulls);
}

} // namespace omnimap::sim
