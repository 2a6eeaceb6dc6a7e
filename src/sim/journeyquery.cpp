#include "journeyquery.h"

#include "segmentfilter.h"

namespace omnimap::sim {

bool runJourneyQuery(DataSet &dataSet, const JourneyQuery &query, JourneyQueryResult &result, QString *errorString)
{
    result.events = cachedEventColumns(dataSet, errorString);
    if (!result.events)
        return false;
    result.options = JourneyOptions();
    result.options.conversionEventTypes = query.conversionEventTypes;
    result.options.lookbackDays = query.lookbackDays;
    result.options.fromMs = query.fromMs;
    result.options.toMs = query.toMs;
    if (query.segment && !query.segment->conditions.isEmpty()) {
        if (!segmentCustomerMask(dataSet, *query.segment, result.events->customerLimit, result.mask, errorString))
            return false;
        result.options.customerMask = &result.mask;
    }
    result.journeys = buildJourneys(*result.events, result.options);
    return true;
}

} // namespace omnimap::sim
