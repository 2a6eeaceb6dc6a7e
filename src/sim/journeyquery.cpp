#include "journeyquery.h"

#include "segmentfilter.h"

#include <list>
#include <mutex>

namespace omnimap::sim {

namespace {

struct CachedJourneys
{
    QString key;
    std::weak_ptr<const EventColumns> events; // the columns they were built from
    std::shared_ptr<const Journeys> journeys;
};

std::mutex g_mutex;
std::list<CachedJourneys> g_recent; // most recent first
constexpr std::size_t kKeep = 4;

/// Everything that changes the journeys, as text; segment values are part of the key
/// only, never of any SQL.
QString cacheKey(const JourneyQuery &query)
{
    QString key = QString::number(query.lookbackDays, 'g', 17) + QLatin1Char('|')
        + (query.fromMs ? QString::number(*query.fromMs) : QString()) + QLatin1Char('|')
        + (query.toMs ? QString::number(*query.toMs) : QString()) + QLatin1Char('|')
        + query.conversionEventTypes.join(QChar(0x1F)) + QLatin1Char('|');
    if (query.segment) {
        const SegmentSql sql = segmentSql(*query.segment);
        key += sql.where + QChar(0x1E) + sql.values.join(QChar(0x1F));
    }
    return key;
}

} // namespace

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
    const QString key = cacheKey(query);
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        for (auto it = g_recent.begin(); it != g_recent.end(); ++it) {
            if (it->key == key && it->events.lock() == result.events) {
                result.journeys = it->journeys;
                g_recent.splice(g_recent.begin(), g_recent, it);
                return true;
            }
        }
    }
    {
        // Journeys of replaced columns are useless: free them before building new ones.
        std::lock_guard<std::mutex> lock(g_mutex);
        g_recent.remove_if([&result](const CachedJourneys &c) { return c.events.lock() != result.events; });
    }
    result.journeys = std::make_shared<const Journeys>(buildJourneys(*result.events, result.options));
    std::lock_guard<std::mutex> lock(g_mutex);
    g_recent.push_front({key, result.events, result.journeys});
    if (g_recent.size() > kKeep)
        g_recent.pop_back();
    return true;
}

void clearJourneyQueryCache()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_recent.clear();
}

} // namespace omnimap::sim
