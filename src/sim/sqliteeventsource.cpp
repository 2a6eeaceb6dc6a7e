#include "sqliteeventsource.h"

namespace omnimap::sim {

bool SqliteEventSource::paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error)
{
    JourneyQueryResult result;
    if (!runJourneyQuery(m_dataSet, query, result, error))
        return false;
    out = PathAggregate();
    out.names = level == PathLevel::Channel ? result.journeys->channelNames : result.journeys->touchpointNames;
    out.paths = topPaths(*result.journeys, level, -1, &out.summary);
    out.conversionsWithoutTouches = result.journeys->conversionsWithoutTouches;
    return true;
}

bool SqliteEventSource::timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error)
{
    JourneyQueryResult result;
    if (!runJourneyQuery(m_dataSet, query, result, error))
        return false;
    out = sim::timeToConvert(*result.journeys);
    return true;
}

bool SqliteEventSource::stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error)
{
    JourneyQueryResult result;
    if (!runJourneyQuery(m_dataSet, query, result, error))
        return false;
    // Without a stage order the funnel lists every named stage in id order: the counts.
    out = StageCounts();
    for (const FunnelStep &step : stageFunnel(*result.events, result.options)) {
        out.stages.append(step.stage);
        out.customers.push_back(step.customers);
    }
    return true;
}

bool SqliteEventSource::attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out,
                                  QString *error)
{
    JourneyQueryResult result;
    if (!runJourneyQuery(m_dataSet, query, result, error))
        return false;
    out = sim::attribute(pathSetFromJourneys(*result.journeys), options);
    if (!out.ok && error)
        *error = out.error;
    return out.ok;
}

bool SqliteEventSource::countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error)
{
    const EventColumnsPtr events = cachedEventColumns(m_dataSet, error);
    if (!events)
        return false;
    const EventCounter count = eventColumnsCounter(*events);
    counts.clear();
    for (const EventFilter &filter : filters)
        counts.push_back(count(filter));
    return true;
}

bool SqliteEventSource::countEventsByPeriod(const std::vector<EventFilter> &filters, TrendPeriod period,
                                            const TrendRange &range, PeriodCounts &out, QString *error)
{
    const EventColumnsPtr events = cachedEventColumns(m_dataSet, error);
    return events && sim::countEventsByPeriod(*events, filters, period, range, out, error);
}

bool SqliteEventSource::journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out,
                                     QString *error)
{
    JourneyQueryResult result;
    if (!runJourneyQuery(m_dataSet, query, result, error))
        return false;
    out = chainFromJourneys(*result.journeys, *result.events, journey, result.options);
    return true;
}

} // namespace omnimap::sim
