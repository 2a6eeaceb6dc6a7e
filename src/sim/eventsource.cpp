#include "eventsource.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap::sim {

TransitionMatrix transitionsFromPaths(const PathAggregate &channelPaths)
{
    TransitionMatrix m = emptyTransitionMatrix(channelPaths.names);
    const int channels = m.size - 3;
    const auto size = std::size_t(m.size);
    const auto conv = std::size_t(channels + 1);
    const auto null = std::size_t(channels + 2);
    for (const PathStat &path : channelPaths.paths) {
        std::size_t from = 0;
        for (std::uint16_t id : path.ids) {
            m.counts[from * size + id] += double(path.journeys);
            from = id;
        }
        m.counts[from * size + conv] += double(path.conversions);
        m.counts[from * size + null] += double(path.journeys - path.conversions);
    }
    return m;
}

PathSet pathSetFromAggregate(const PathAggregate &channelPaths)
{
    PathSet set;
    set.channelNames = channelPaths.names;
    for (const PathStat &path : channelPaths.paths) {
        set.channels.insert(set.channels.end(), path.ids.begin(), path.ids.end());
        set.offsets.push_back(std::uint32_t(set.channels.size()));
        set.conversions.push_back(double(path.conversions));
        set.nulls.push_back(double(path.journeys - path.conversions));
        set.value.push_back(path.value);
    }
    return set;
}

std::vector<FunnelStep> funnelFromCounts(const StageCounts &counts, const QStringList &stageOrder)
{
    std::vector<int> order;
    for (const QString &name : stageOrder) {
        const auto index = counts.stages.indexOf(name);
        if (index >= 0 && std::find(order.begin(), order.end(), int(index)) == order.end())
            order.push_back(int(index));
    }
    for (int s = 0; s < int(counts.stages.size()); ++s) {
        if (std::find(order.begin(), order.end(), s) == order.end() && !counts.stages.at(s).isEmpty())
            order.push_back(s);
    }
    std::vector<FunnelStep> steps;
    for (int s : order) {
        FunnelStep step;
        step.stage = counts.stages.at(s);
        step.customers = counts.customers[std::size_t(s)];
        const std::int64_t first = steps.empty() ? step.customers : steps.front().customers;
        const std::int64_t previous = steps.empty() ? step.customers : steps.back().customers;
        step.reach = first ? double(step.customers) / double(first) : 0.0;
        step.dropOff = previous ? 1.0 - double(step.customers) / double(previous) : 0.0;
        steps.push_back(step);
    }
    return steps;
}

bool EventSource::countEventsByPeriod(const std::vector<EventFilter> &, TrendPeriod, const TrendRange &,
                                      PeriodCounts &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("omnimap::sim",
                                             "KPIs over time are measured on a local data set only; %1 cannot count by period.")
                     .arg(description());
    return false;
}

bool measureKpis(const omnimap::Project &project, EventSource &source, std::vector<KpiValue> &values, QString *error)
{
    // First pass learns which counts the bindings need, so the source answers them in one go.
    std::vector<EventFilter> filters;
    measureKpis(project, [&filters](const EventFilter &filter) {
        filters.push_back(filter);
        return 1.0;
    });
    std::vector<double> counts;
    if (!filters.empty() && !source.countEvents(filters, counts, error))
        return false;
    std::size_t next = 0;
    values = measureKpis(project, [&counts, &next](const EventFilter &) { return next < counts.size() ? counts[next++] : 0.0; });
    return true;
}

} // namespace omnimap::sim
