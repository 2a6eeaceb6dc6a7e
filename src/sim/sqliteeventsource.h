#pragma once

#include "dataset.h"
#include "eventsource.h"

namespace omnimap::sim {

/// The local data set behind the EventSource interface: journeys are built in memory
/// from the cached event columns (runJourneyQuery) and every aggregate is computed with
/// the same functions the analyses used before the interface existed.
class SqliteEventSource final : public EventSource
{
public:
    explicit SqliteEventSource(DataSet &dataSet) : m_dataSet(dataSet) {}

    QString description() const override { return m_dataSet.path(); }

    bool paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error) override;
    bool timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error) override;
    bool stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error) override;
    bool attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out,
                   QString *error) override;
    bool countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error) override;
    bool countEventsByPeriod(const std::vector<EventFilter> &filters, TrendPeriod period, const TrendRange &range,
                             PeriodCounts &out, QString *error) override;
    bool journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out,
                      QString *error) override;

private:
    DataSet &m_dataSet;
};

} // namespace omnimap::sim
