#include "attribution.h"

#include "attributionbootstrap.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace omnimap::sim {

namespace {

const char *const kModelNames[] = {"first", "last", "linear", "time-decay", "position", "markov"};

/// Touch weights of one path of n touches (summing to 1) by a rule-based model.
void touchWeights(const PathSet &paths, std::size_t p, const AttributionOptions &options, std::vector<double> &w)
{
    const std::uint32_t b = paths.begin(p);
    const std::size_t n = paths.end(p) - b;
    w.assign(n, 0.0);
    switch (options.model) {
    case AttributionModel::FirstTouch:
        w.front() = 1.0;
        break;
    case AttributionModel::LastTouch:
        w.back() = 1.0;
        break;
    case AttributionModel::Linear:
        for (double &x : w)
            x = 1.0 / double(n);
        break;
    case AttributionModel::TimeDecay: {
        double sum = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            const double age = paths.ageDays.empty() ? double(n - 1 - i) : double(paths.ageDays[b + i]);
            w[i] = std::exp2(-age / options.halfLifeDays);
            sum += w[i];
        }
        for (double &x : w)
            x /= sum;
        break;
    }
    case AttributionModel::PositionBased:
        if (n == 1) {
            w[0] = 1.0;
        } else if (n == 2) {
            // No middle: first and last split everything in proportion to their shares.
            const double total = options.firstShare + options.lastShare;
            w[0] = options.firstShare / total;
            w[1] = options.lastShare / total;
        } else {
            w.front() = options.firstShare;
            w.back() = options.lastShare;
            const double middle = (1.0 - options.firstShare - options.lastShare) / double(n - 2);
            for (std::size_t i = 1; i + 1 < n; ++i)
                w[i] = middle;
        }
        break;
    case AttributionModel::Markov:
        break;
    }
}

} // namespace

QStringList attributionModelNames()
{
    QStringList names;
    for (const char *name : kModelNames)
        names.append(QString::fromLatin1(name));
    return names;
}

bool attributionModelFromName(const QString &name, AttributionModel &model)
{
    const auto index = attributionModelNames().indexOf(name.toLower());
    if (index < 0)
        return false;
    model = AttributionModel(index);
    return true;
}

QString attributionModelName(AttributionModel model)
{
    return QString::fromLatin1(kModelNames[int(model)]);
}

namespace {

struct AttributionTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

/// Each distinct path's touch shares summed by channel: what one conversion on it gives.
struct ShareTable
{
    std::vector<std::uint32_t> offsets{0};
    std::vector<std::uint16_t> channel;
    std::vector<double> share;
};

ShareTable sharesOf(const PathSet &paths, const AttributionOptions &options)
{
    ShareTable table;
    std::vector<double> w;
    std::vector<std::pair<std::uint16_t, double>> merged;
    for (std::size_t p = 0; p < paths.size(); ++p) {
        if (paths.begin(p) != paths.end(p)) {
            touchWeights(paths, p, options, w);
            merged.clear();
            for (std::size_t i = 0; i < w.size(); ++i) {
                const std::uint16_t c = paths.channels[paths.begin(p) + i];
                auto it = std::find_if(merged.begin(), merged.end(), [c](const auto &m) { return m.first == c; });
                if (it == merged.end())
                    merged.emplace_back(c, w[i]);
                else
                    it->second += w[i];
            }
            for (const auto &[c, share] : merged) {
                table.channel.push_back(c);
                table.share.push_back(share);
            }
        }
        table.offsets.push_back(std::uint32_t(table.channel.size()));
    }
    return table;
}

/// A replicate's value on a path: the path's value scaled with its resampled journeys.
double resampledValue(const PathSet &d, std::size_t p, double conv, double nulls)
{
    if (d.conversions[p] > 0.0)
        return d.value[p] * conv / d.conversions[p];
    if (d.nulls[p] > 0.0)
        return d.value[p] * nulls / d.nulls[p];
    return 0.0;
}

/// Fills the intervals of `result` by the bootstrap. `markov` (with `markovPaths`, the
/// distinct paths it was built on) for the Markov model; the rule-based models resample
/// the records of `paths`.
bool bootstrapIntervals(const PathSet &paths, const AttributionOptions &options, const MarkovChainModel *markov,
                        const PathSet &markovPaths, AttributionResult &result)
{
    const std::size_t width = result.channels.size();
    std::vector<int> column(65536, -1);
    for (std::size_t i = 0; i < width; ++i)
        column[std::size_t(result.channels[i].channelId)] = int(i);
    // Categories: every (distinct path, outcome) for the Markov chain, whose transitions
    // null journeys shape too. The rule-based models credit only converting journeys (or
    // ones with value): the rest is one lumped category whose count is one binomial draw.
    PathSet distinct;
    std::vector<double> weights;
    double all = 0.0, rest = 0.0;
    if (markov) {
        distinct = markovPaths;
        weights.resize(2 * distinct.size());
        for (std::size_t p = 0; p < distinct.size(); ++p) {
            weights[2 * p] = distinct.conversions[p];
            weights[2 * p + 1] = distinct.nulls[p];
        }
    } else {
        PathSet credited;
        credited.channelNames = paths.channelNames;
        const bool ages = paths.ageDays.size() == paths.channels.size();
        for (std::size_t p = 0; p < paths.size(); ++p) {
            all += std::max(0.0, paths.conversions[p]) + std::max(0.0, paths.nulls[p]);
            if (paths.conversions[p] <= 0.0 && paths.value[p] == 0.0)
                continue;
            for (std::uint32_t t = paths.begin(p); t < paths.end(p); ++t) {
                credited.channels.push_back(paths.channels[t]);
                if (ages)
                    credited.ageDays.push_back(paths.ageDays[t]);
            }
            credited.offsets.push_back(std::uint32_t(credited.channels.size()));
            credited.conversions.push_back(paths.conversions[p]);
            // A credited record's null journeys only count towards the total.
            credited.nulls.push_back(paths.conversions[p] > 0.0 ? 0.0 : paths.nulls[p]);
            credited.value.push_back(paths.value[p]);
        }
        distinct = uniquePaths(credited, false, options.model == AttributionModel::TimeDecay);
        weights.resize(distinct.size());
        double used = 0.0;
        for (std::size_t p = 0; p < distinct.size(); ++p) {
            weights[p] = distinct.conversions[p] > 0.0 ? distinct.conversions[p] : distinct.nulls[p];
            used += weights[p];
        }
        rest = all - used;
    }
    const MultinomialSampler sampler(std::move(weights), rest);
    if (sampler.draws() <= 0)
        return true; // nothing to resample: the intervals stay at the estimate
    const ShareTable shares = markov ? ShareTable() : sharesOf(distinct, options);
    std::vector<double> out;
    const bool done = runReplicates(
        options.bootstrap, options.threads, options.seed, 2 * width,
        [&](int, Xoshiro256 &rng, double *row) {
            std::vector<double> counts;
            sampler.sample(rng, counts);
            const std::size_t n = distinct.size();
            if (markov) {
                std::vector<double> conv(n), nulls(n);
                double totalConv = 0.0, totalValue = 0.0;
                for (std::size_t p = 0; p < n; ++p) {
                    conv[p] = counts[2 * p];
                    nulls[p] = counts[2 * p + 1];
                    totalConv += conv[p];
                    totalValue += resampledValue(distinct, p, conv[p], nulls[p]);
                }
                const MarkovResult m = markov->solve(conv, nulls);
                double sum = 0.0;
                for (std::size_t i = 0; i < width && m.ok; ++i)
                    sum += m.removalEffect[std::size_t(result.channels[i].channelId)];
                for (std::size_t i = 0; i < width && sum > 0.0; ++i) {
                    const double re = m.removalEffect[std::size_t(result.channels[i].channelId)];
                    row[2 * i] = totalConv * re / sum;
                    row[2 * i + 1] = totalValue * re / sum;
                }
                return;
            }
            for (std::size_t p = 0; p < n; ++p) {
                if (counts[p] <= 0.0)
                    continue;
                const bool converting = distinct.conversions[p] > 0.0;
                const double conv = converting ? counts[p] : 0.0;
                const double value = resampledValue(distinct, p, conv, converting ? 0.0 : counts[p]);
                for (std::uint32_t k = shares.offsets[p]; k < shares.offsets[p + 1]; ++k) {
                    const int col = column[shares.channel[k]];
                    if (col < 0)
                        continue;
                    row[2 * std::size_t(col)] += conv * shares.share[k];
                    row[2 * std::size_t(col) + 1] += value * shares.share[k];
                }
            }
        },
        out, options.cancel);
    if (!done)
        return false;
    std::vector<double> column2(std::size_t(options.bootstrap));
    const double tail = (1.0 - result.intervalLevel) / 2.0;
    for (std::size_t i = 0; i < width; ++i) {
        ChannelCredit &c = result.channels[i];
        for (int part = 0; part < 2; ++part) {
            for (int r = 0; r < options.bootstrap; ++r)
                column2[std::size_t(r)] = out[std::size_t(r) * 2 * width + 2 * i + std::size_t(part)];
            const double low = quantile(column2, tail), high = quantile(column2, 1.0 - tail);
            (part == 0 ? c.conversionsLow : c.valueLow) = low;
            (part == 0 ? c.conversionsHigh : c.valueHigh) = high;
        }
    }
    result.bootstrap = options.bootstrap;
    return true;
}

} // namespace

AttributionResult attribute(const PathSet &paths, const AttributionOptions &options)
{
    AttributionResult result;
    result.model = options.model;
    if (options.bootstrap < 0 || options.bootstrap > kMaxBootstrap) {
        result.error = AttributionTr::tr("The number of bootstrap replicates must be from 0 to %1.").arg(kMaxBootstrap);
        return result;
    }
    const std::size_t channels = std::size_t(std::max<qsizetype>(paths.channelNames.size(), 1));
    std::vector<double> conv(channels, 0.0), value(channels, 0.0);
    std::vector<std::uint8_t> present(channels, 0);
    for (std::uint16_t c : paths.channels) {
        if (c < channels)
            present[c] = 1;
    }
    result.totalConversions = paths.totalConversions();
    result.totalValue = paths.totalValue();

    std::vector<double> removal;
    PathSet distinct;
    MarkovChainModel markov;
    if (options.model == AttributionModel::Markov) {
        int order = options.markovOrder;
        result.collapseRepeats = options.collapseRepeats;
        if (order == 0) {
            result.orderChoice = chooseMarkovOrder(paths, options.collapseRepeats, options.folds, options.seed);
            if (!result.orderChoice.ok) {
                result.error = result.orderChoice.error;
                return result;
            }
            order = result.orderChoice.chosen;
        }
        distinct = uniquePaths(paths, options.collapseRepeats);
        if (!markov.build(distinct, order, &result.error))
            return result;
        const MarkovResult m = markov.solve(distinct.conversions, distinct.nulls);
        if (!m.ok) {
            result.error = m.error;
            return result;
        }
        result.markovOrder = order;
        result.conversionProbability = m.conversionProbability;
        result.markovStates = m.states;
        removal = m.removalEffect;
        removal.resize(channels, 0.0);
        double sum = 0.0;
        for (std::size_t c = 1; c < channels; ++c)
            sum += removal[c];
        for (std::size_t c = 1; c < channels && sum > 0.0; ++c) {
            conv[c] = result.totalConversions * removal[c] / sum;
            value[c] = result.totalValue * removal[c] / sum;
        }
    } else {
        std::vector<double> w;
        for (std::size_t p = 0; p < paths.size(); ++p) {
            if ((paths.conversions[p] <= 0.0 && paths.value[p] == 0.0) || paths.begin(p) == paths.end(p))
                continue;
            touchWeights(paths, p, options, w);
            const std::uint32_t b = paths.begin(p);
            for (std::size_t i = 0; i < w.size(); ++i) {
                const std::uint16_t c = paths.channels[b + i];
                if (c >= channels)
                    continue;
                conv[c] += w[i] * paths.conversions[p];
                value[c] += w[i] * paths.value[p];
            }
        }
    }
    for (std::size_t c = 1; c < channels; ++c) {
        if (!present[c])
            continue;
        ChannelCredit credit;
        credit.channelId = int(c);
        credit.channel = paths.channelNames.value(qsizetype(c));
        credit.conversions = credit.conversionsLow = credit.conversionsHigh = conv[c];
        credit.value = credit.valueLow = credit.valueHigh = value[c];
        credit.removalEffect = removal.empty() ? 0.0 : removal[c];
        result.channels.push_back(credit);
    }
    // Every replicate keeps two numbers per channel until the percentiles are taken.
    if (options.bootstrap > 0 && double(options.bootstrap) * double(result.channels.size()) > 5e7) {
        result.error = AttributionTr::tr("%1 bootstrap replicates of %2 channels need too much memory; use fewer replicates.")
                           .arg(options.bootstrap)
                           .arg(result.channels.size());
        return result;
    }
    if (options.bootstrap > 0 && !result.channels.empty()) {
        if (!bootstrapIntervals(paths, options, options.model == AttributionModel::Markov ? &markov : nullptr, distinct, result)) {
            result.error = AttributionTr::tr("Cancelled.");
            return result;
        }
    }
    result.ok = true;
    return result;
}

std::vector<std::pair<int, int>> indistinguishableChannels(const AttributionResult &result)
{
    std::vector<std::pair<int, int>> pairs;
    if (result.bootstrap <= 0)
        return pairs;
    for (std::size_t i = 0; i < result.channels.size(); ++i) {
        for (std::size_t j = i + 1; j < result.channels.size(); ++j) {
            const ChannelCredit &a = result.channels[i], &b = result.channels[j];
            if (a.conversionsLow <= b.conversionsHigh && b.conversionsLow <= a.conversionsHigh)
                pairs.emplace_back(int(i), int(j));
        }
    }
    return pairs;
}

} // namespace omnimap::sim
