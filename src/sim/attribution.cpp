#include "attribution.h"

#include <QCoreApplication>

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

AttributionResult attribute(const PathSet &paths, const AttributionOptions &options)
{
    AttributionResult result;
    result.model = options.model;
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
    if (options.model == AttributionModel::Markov) {
        const MarkovResult markov = markovRemovalEffects(collapsedUniquePaths(paths), options.markovOrder);
        if (!markov.ok) {
            result.error = markov.error;
            return result;
        }
        result.conversionProbability = markov.conversionProbability;
        result.markovStates = markov.states;
        removal = markov.removalEffect;
        removal.resize(channels, 0.0);
        double sum = 0.0;
        for (double re : removal)
            sum += re;
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
        credit.conversions = conv[c];
        credit.value = value[c];
        credit.removalEffect = removal.empty() ? 0.0 : removal[c];
        result.channels.push_back(credit);
    }
    result.ok = true;
    return result;
}

} // namespace omnimap::sim
