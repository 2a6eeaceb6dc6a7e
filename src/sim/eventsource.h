#pragma once

#include "attribution.h"
#include "journeychain.h"
#include "journeyquery.h"
#include "kpimeasure.h"
#include "kpitrend.h"
#include "pathanalysis.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// Every distinct path of one level with its outcome: what the analyses need of the
/// journeys (top paths, transitions, rule-based and Markov attribution), small however
/// many events there are. Ids index `names` ([0] is the empty name).
struct PathAggregate
{
    QStringList names;
    std::vector<PathStat> paths;           ///< unordered, labels empty
    PathSummary summary;
    std::int64_t conversionsWithoutTouches = 0;
};

/// Customers with at least one event at a stage (the funnel), by stage name. `stages`
/// lists the stage names in the source's own order (the data set's id order; a
/// warehouse's name order) for stages that are not in the plan.
struct StageCounts
{
    QStringList stages;
    std::vector<std::int64_t> customers; ///< parallel to stages
};

/// Where the events live. The analyses (paths, funnel, attribution, KPI measurement,
/// Monte Carlo calibration) ask this interface for aggregates only, so they run the same
/// on the local SQLite data set and on a warehouse that computes them in SQL
/// (docs/warehouse.md). Implementations are used from one thread at a time; cancel()
/// may be called from any thread and stops the running request (on a server, the
/// server-side query too).
class EventSource
{
public:
    virtual ~EventSource() = default;

    /// "events.sqlite" or "postgres://user@host:5432/db?table=events", for messages.
    virtual QString description() const = 0;

    virtual bool paths(const JourneyQuery &query, PathLevel level, PathAggregate &out, QString *error) = 0;
    virtual bool timeToConvert(const JourneyQuery &query, TimeToConvert &out, QString *error) = 0;
    virtual bool stageCustomers(const JourneyQuery &query, StageCounts &out, QString *error) = 0;
    virtual bool attribute(const JourneyQuery &query, const AttributionOptions &options, AttributionResult &out,
                           QString *error) = 0;
    /// Counts the events each filter selects, in one pass where the source can (KPIs).
    virtual bool countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *error) = 0;
    /// Counts the events each filter selects per day, week or month over the range (KPI
    /// trends), in one pass. Sources that cannot say so with an error (the default).
    virtual bool countEventsByPeriod(const std::vector<EventFilter> &filters, TrendPeriod period,
                                     const TrendRange &range, PeriodCounts &out, QString *error);
    /// The journey's chain fitted to the events the query selects (simulation).
    virtual bool journeyChain(const JourneyQuery &query, const omnimap::Journey &journey, JourneyChain &out,
                              QString *error) = 0;

    virtual void cancel() {}
};

/// Channel transitions counted from distinct channel paths: the same matrix as counting
/// every journey, since a path's transitions depend only on its touches and outcome.
TransitionMatrix transitionsFromPaths(const PathAggregate &channelPaths);

/// One record per distinct path (no touch ages): the input of attribution models whose
/// credit depends only on the order of touches.
PathSet pathSetFromAggregate(const PathAggregate &channelPaths);

/// The funnel from stage counts: stages of `stageOrder` first, then the others in the
/// source's order (reach and drop-off as stageFunnel).
std::vector<FunnelStep> funnelFromCounts(const StageCounts &counts, const QStringList &stageOrder);

/// Measures the project's KPIs on any source (one countEvents call).
bool measureKpis(const omnimap::Project &project, EventSource &source, std::vector<KpiValue> &values,
                 QString *error);

} // namespace omnimap::sim
