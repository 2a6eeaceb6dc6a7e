#include "markovchain.h"

#include "linearsolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace omnimap::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::sim", text);
}

/// Order 1: all removal effects from one inverse. Removing k turns its state into a
/// null absorber, so P(conv without k) = B_s − P(reach k)·B_k with P(reach k) = N_sk/N_kk,
/// hence RE_k = (N_sk/N_kk)·B_k/B_s.
MarkovResult orderOne(const PathSet &paths)
{
    MarkovResult result;
    result.order = 1;
    const int channels = int(std::max<qsizetype>(paths.channelNames.size(), 1)) - 1;
    const int t = channels + 1; // start + channels
    const auto T = std::size_t(t);
    std::vector<double> counts(T * T, 0.0);
    std::vector<double> toConv(T, 0.0), toNull(T, 0.0);
    for (std::size_t p = 0; p < paths.size(); ++p) {
        const double w = paths.conversions[p] + paths.nulls[p];
        if (w <= 0.0 || paths.begin(p) == paths.end(p))
            continue;
        std::size_t from = 0;
        for (std::uint32_t i = paths.begin(p); i < paths.end(p); ++i) {
            const std::size_t to = paths.channels[i];
            if (to == from)
                continue;
            counts[from * T + to] += w;
            from = to;
        }
        toConv[from] += paths.conversions[p];
        toNull[from] += paths.nulls[p];
    }
    std::vector<double> a(T * T, 0.0); // I − Q
    std::vector<double> r(T, 0.0);
    int used = 0;
    for (std::size_t s = 0; s < T; ++s) {
        double total = toConv[s] + toNull[s];
        for (std::size_t c = 0; c < T; ++c)
            total += counts[s * T + c];
        a[s * T + s] = 1.0;
        if (total <= 0.0)
            continue;
        ++used;
        for (std::size_t c = 0; c < T; ++c)
            a[s * T + c] -= counts[s * T + c] / total;
        r[s] = toConv[s] / total;
    }
    result.states = used;
    DenseLu lu;
    if (!lu.factor(a, t)) {
        result.error = tr("The Markov chain is singular (a loop with no way out).");
        return result;
    }
    const std::vector<double> n = lu.inverse();
    std::vector<double> b = r;
    lu.solve(b);
    result.conversionProbability = b[0];
    result.removalEffect.assign(T, 0.0);
    if (b[0] > 0.0) {
        for (std::size_t k = 1; k < T; ++k) {
            if (n[k * T + k] > 0.0)
                result.removalEffect[k] = n[k] / n[k * T + k] * b[k] / b[0];
        }
    }
    result.ok = true;
    return result;
}

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

MarkovResult orderK(const PathSet &paths, int order)
{
    MarkovResult result;
    result.order = order;
    const StateKey mask = order >= 4 ? ~StateKey(0) : (StateKey(1) << (16 * order)) - 1;
    std::unordered_map<StateKey, std::uint32_t> index;
    std::vector<StateKey> keys;
    auto stateOf = [&](StateKey key) {
        const auto [it, inserted] = index.try_emplace(key, std::uint32_t(keys.size()));
        if (inserted)
            keys.push_back(key);
        return it->second;
    };
    stateOf(0);
    // Transitions as (from, to, weight) triples; -1 / -2 stand for conversion / null.
    struct Edge
    {
        std::uint32_t from;
        std::int64_t to;
        double weight;
    };
    std::vector<Edge> edges;
    for (std::size_t p = 0; p < paths.size(); ++p) {
        const double w = paths.conversions[p] + paths.nulls[p];
        if (w <= 0.0 || paths.begin(p) == paths.end(p))
            continue;
        StateKey key = 0;
        std::uint32_t from = 0;
        std::uint16_t last = 0;
        for (std::uint32_t i = paths.begin(p); i < paths.end(p); ++i) {
            const std::uint16_t c = paths.channels[i];
            if (c == last)
                continue;
            last = c;
            key = ((key << 16) | c) & mask;
            const std::uint32_t to = stateOf(key);
            edges.push_back({from, to, w});
            from = to;
        }
        if (paths.conversions[p] > 0.0)
            edges.push_back({from, -1, paths.conversions[p]});
        if (paths.nulls[p] > 0.0)
            edges.push_back({from, -2, paths.nulls[p]});
    }
    const std::size_t n = keys.size();
    result.states = int(n);
    // Merge duplicate edges into CSR rows of probabilities.
    std::sort(edges.begin(), edges.end(), [](const Edge &x, const Edge &y) {
        return x.from != y.from ? x.from < y.from : x.to < y.to;
    });
    std::vector<double> rowTotal(n, 0.0);
    for (const Edge &e : edges)
        rowTotal[e.from] += e.weight;
    SparseRows q;
    std::vector<double> r(n, 0.0);
    std::size_t e = 0;
    for (std::size_t s = 0; s < n; ++s) {
        while (e < edges.size() && edges[e].from == s) {
            const std::int64_t to = edges[e].to;
            double w = 0.0;
            while (e < edges.size() && edges[e].from == s && edges[e].to == to)
                w += edges[e++].weight;
            if (to == -1)
                r[s] += w / rowTotal[s];
            else if (to >= 0) {
                q.columns.push_back(std::uint32_t(to));
                q.values.push_back(w / rowTotal[s]);
            }
        }
        q.offsets.push_back(std::uint32_t(q.columns.size()));
    }
    std::vector<double> x;
    if (solveAbsorbingGaussSeidel(q, r, x) < 0) {
        result.error = tr("The Markov chain did not converge.");
        return result;
    }
    result.conversionProbability = x[0];
    const int channels = int(std::max<qsizetype>(paths.channelNames.size(), 1)) - 1;
    result.removalEffect.assign(std::size_t(channels) + 1, 0.0);
    std::vector<std::uint8_t> present(std::size_t(channels) + 1, 0);
    for (std::uint16_t c : paths.channels)
        if (c <= channels)
            present[c] = 1;
    std::vector<std::uint8_t> removed(n);
    for (int c = 1; c <= channels && x[0] > 0.0; ++c) {
        if (!present[std::size_t(c)])
            continue;
        for (std::size_t s = 0; s < n; ++s)
            removed[s] = containsChannel(keys[s], std::uint16_t(c)) ? 1 : 0;
        std::vector<double> without;
        if (solveAbsorbingGaussSeidel(q, r, without, &removed) < 0) {
            result.error = tr("The Markov chain did not converge.");
            return result;
        }
        result.removalEffect[std::size_t(c)] = 1.0 - without[0] / x[0];
    }
    result.ok = true;
    return result;
}

} // namespace

MarkovResult markovRemovalEffects(const PathSet &paths, int order)
{
    if (order < 1 || order > 4) {
        MarkovResult result;
        result.error = tr("The Markov order must be from 1 to 4.");
        return result;
    }
    return order == 1 ? orderOne(paths) : orderK(paths, order);
}

} // namespace omnimap::sim
