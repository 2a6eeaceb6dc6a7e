#include "pathanalysis.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>

namespace omnimap::sim {

namespace {

QString labelOf(const std::vector<std::uint16_t> &ids, const QStringList &names)
{
    QStringList parts;
    for (std::uint16_t id : ids)
        parts.append(names.value(id));
    return parts.join(QStringLiteral(" > "));
}

} // namespace

std::vector<PathStat> topPaths(const Journeys &journeys, PathLevel level, int top, PathSummary *summary)
{
    const std::vector<std::uint16_t> &ids = level == PathLevel::Channel ? journeys.channel : journeys.touchpoint;
    struct Acc
    {
        std::int64_t journeys = 0;
        std::int64_t conversions = 0;
        double value = 0.0;
    };
    // The key is the raw bytes of the id sequence: hashing a string is fast and exact.
    std::unordered_map<std::string, Acc> paths;
    paths.reserve(1024);
    std::string key;
    PathSummary total;
    for (std::size_t j = 0; j < journeys.size(); ++j) {
        const std::uint32_t b = journeys.begin(j);
        const std::uint32_t e = journeys.end(j);
        key.assign(reinterpret_cast<const char *>(ids.data() + b), (e - b) * sizeof(std::uint16_t));
        Acc &acc = paths[key];
        ++acc.journeys;
        acc.conversions += journeys.converted[j];
        acc.value += journeys.value[j];
        ++total.journeys;
        total.conversions += journeys.converted[j];
        total.value += journeys.value[j];
    }
    total.distinctPaths = std::int64_t(paths.size());
    if (summary)
        *summary = total;

    std::vector<PathStat> stats;
    stats.reserve(paths.size());
    const QStringList &names = level == PathLevel::Channel ? journeys.channelNames : journeys.touchpointNames;
    for (const auto &[bytes, acc] : paths) {
        PathStat stat;
        stat.ids.resize(bytes.size() / sizeof(std::uint16_t));
        std::memcpy(stat.ids.data(), bytes.data(), bytes.size());
        stat.journeys = acc.journeys;
        stat.conversions = acc.conversions;
        stat.value = acc.value;
        stats.push_back(std::move(stat));
    }
    return rankPaths(std::move(stats), top, names);
}

std::vector<PathStat> rankPaths(std::vector<PathStat> stats, int top, const QStringList &names)
{
    const std::size_t keep = top < 0 ? stats.size() : std::min(stats.size(), std::size_t(top));
    auto before = [](const PathStat &a, const PathStat &b) {
        if (a.journeys != b.journeys)
            return a.journeys > b.journeys;
        if (a.conversions != b.conversions)
            return a.conversions > b.conversions;
        return a.ids < b.ids;
    };
    std::partial_sort(stats.begin(), stats.begin() + std::ptrdiff_t(keep), stats.end(), before);
    stats.resize(keep);
    for (PathStat &stat : stats)
        stat.label = labelOf(stat.ids, names);
    return stats;
}

double TransitionMatrix::probability(int from, int to) const
{
    double row = 0.0;
    for (int c = 0; c < size; ++c)
        row += count(from, c);
    return row > 0.0 ? count(from, to) / row : 0.0;
}

TransitionMatrix emptyTransitionMatrix(const QStringList &names)
{
    TransitionMatrix m;
    const int channels = int(std::max<qsizetype>(names.size(), 1)) - 1;
    m.size = channels + 3;
    m.counts.assign(std::size_t(m.size) * std::size_t(m.size), 0.0);
    m.states.append(QStringLiteral("(start)"));
    for (int c = 1; c <= channels; ++c)
        m.states.append(names.value(c));
    m.states.append(QStringLiteral("(conversion)"));
    m.states.append(QStringLiteral("(null)"));
    return m;
}

TransitionMatrix channelTransitions(const Journeys &journeys)
{
    TransitionMatrix m = emptyTransitionMatrix(journeys.channelNames);
    const int channels = m.size - 3;
    const int conv = channels + 1;
    const int null = channels + 2;
    const auto size = std::size_t(m.size);
    for (std::size_t j = 0; j < journeys.size(); ++j) {
        std::size_t from = 0;
        for (std::uint32_t t = journeys.begin(j); t < journeys.end(j); ++t) {
            const std::size_t to = journeys.channel[t];
            m.counts[from * size + to] += 1.0;
            from = to;
        }
        m.counts[from * size + std::size_t(journeys.converted[j] ? conv : null)] += 1.0;
    }
    return m;
}

std::vector<FunnelStep> stageFunnel(const EventColumns &events, const JourneyOptions &filter, const QStringList &stageOrder)
{
    const std::size_t stages = std::size_t(std::max<qsizetype>(events.stageNames.size(), 1));
    std::vector<std::int64_t> customers(stages, 0);
    std::vector<std::uint8_t> seen(stages, 0);
    const std::int64_t fromMs = filter.fromMs.value_or(std::numeric_limits<std::int64_t>::min());
    const std::int64_t toMs = filter.toMs.value_or(std::numeric_limits<std::int64_t>::max());
    const std::size_t n = events.size();
    std::size_t i = 0;
    while (i < n) {
        const std::uint32_t customer = events.customer[i];
        std::size_t end = i;
        while (end < n && events.customer[end] == customer)
            ++end;
        const auto *mask = filter.customerMask;
        if (!mask || (customer < mask->size() && (*mask)[customer])) {
            std::fill(seen.begin(), seen.end(), 0);
            for (std::size_t e = i; e < end; ++e) {
                if (events.ts[e] >= fromMs && events.ts[e] < toMs && events.stage[e] < stages)
                    seen[events.stage[e]] = 1;
            }
            for (std::size_t s = 1; s < stages; ++s)
                customers[s] += seen[s];
        }
        i = end;
    }
    std::vector<int> order;
    for (const QString &name : stageOrder) {
        const auto index = events.stageNames.indexOf(name);
        if (index > 0 && std::find(order.begin(), order.end(), int(index)) == order.end())
            order.push_back(int(index));
    }
    for (int s = 1; s < int(stages); ++s) {
        if (std::find(order.begin(), order.end(), s) == order.end() && !events.stageNames.value(s).isEmpty())
            order.push_back(s);
    }
    std::vector<FunnelStep> steps;
    for (int s : order) {
        FunnelStep step;
        step.stage = events.stageNames.value(s);
        step.customers = customers[std::size_t(s)];
        const std::int64_t first = steps.empty() ? step.customers : steps.front().customers;
        const std::int64_t previous = steps.empty() ? step.customers : steps.back().customers;
        step.reach = first ? double(step.customers) / double(first) : 0.0;
        step.dropOff = previous ? 1.0 - double(step.customers) / double(previous) : 0.0;
        steps.push_back(step);
    }
    return steps;
}

TimeToConvert timeToConvert(const Journeys &journeys)
{
    TimeToConvert result;
    const double inf = std::numeric_limits<double>::infinity();
    const struct
    {
        const char *label;
        double from, to;
    } bins[] = {{"< 1 day", 0, 1}, {"1-2 days", 1, 2}, {"2-3 days", 2, 3}, {"3-7 days", 3, 7},
                {"7-14 days", 7, 14}, {"14-30 days", 14, 30}, {">= 30 days", 30, inf}};
    for (const auto &bin : bins)
        result.bins.push_back({QString::fromLatin1(bin.label), bin.from, bin.to, 0});
    std::vector<double> days;
    for (std::size_t j = 0; j < journeys.size(); ++j) {
        if (!journeys.converted[j])
            continue;
        const double d = double(journeys.endTs[j] - journeys.touchTs[journeys.begin(j)]) / 86400000.0;
        days.push_back(d);
        for (auto &bin : result.bins) {
            if (d >= bin.fromDays && d < bin.toDays) {
                ++bin.count;
                break;
            }
        }
    }
    result.conversions = std::int64_t(days.size());
    if (days.empty())
        return result;
    double sum = 0.0;
    for (double d : days)
        sum += d;
    result.meanDays = sum / double(days.size());
    auto quantile = [&days](double q) {
        const auto k = std::size_t(std::min<double>(double(days.size() - 1), std::floor(q * double(days.size() - 1) + 0.5)));
        std::nth_element(days.begin(), days.begin() + std::ptrdiff_t(k), days.end());
        return days[k];
    };
    result.medianDays = quantile(0.5);
    result.p90Days = quantile(0.9);
    return result;
}

} // namespace omnimap::sim
