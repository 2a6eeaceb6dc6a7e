#pragma once

#include "eventcache.h"
#include "journeychain.h"
#include "montecarlo.h"

#include "model/project.h"
#include "plan/kpistatus.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace omnimap::sim {

// One KPI status for the engine and every view of a plan (src/core/plan/kpistatus.h);
// named here too so engine code and its callers can keep saying sim::kpiStatus.
using omnimap::KpiStatus;
using omnimap::kpiStatus;
using omnimap::kpiStatusName;

struct KpiValue
{
    omnimap::Id kpiId;
    QString name;
    bool measured = false;   ///< false: no binding, or nothing to divide by
    double value = 0.0;      ///< percent units ×100
    double numerator = 0.0;
    double denominator = 0.0;
    KpiStatus status = KpiStatus::NoTarget;
    QString note;            ///< translated reason when not measured
};

/// One side of a KPI binding as names (empty: any), over the last windowDays of the data
/// (0: all of it).
struct EventFilter
{
    QString eventType;
    QString stage;
    QString channel;
    int windowDays = 0;
};

/// Counts the events a filter selects; how depends on where the events live.
using EventCounter = std::function<double(const EventFilter &)>;

/// Evaluates every KPI with a binding, counting with `count` (the formula of measureKpis).
std::vector<KpiValue> measureKpis(const omnimap::Project &project, const EventCounter &count);

/// Counts over the in-memory columns of a data set (the latest event ends the window).
EventCounter eventColumnsCounter(const EventColumns &events);

/// Evaluates every KPI with a binding on the data set's events: the count of numerator
/// events (type / stage / channel) over the count of denominator events, within the last
/// windowDays of the data (0: all of it). The caller stores `value` in Kpi::actual.
std::vector<KpiValue> measureKpis(const omnimap::Project &project, const EventColumns &events);

/// The same formula over a simulation: expected events per visit of each chain state
/// times the simulated visits (conversions for conversion event types).
std::vector<KpiValue> simulatedKpis(const omnimap::Project &project, const omnimap::Journey &journey,
                                    const JourneyChain &chain, const MonteCarloResult &simulation);

} // namespace omnimap::sim
