#pragma once

#include "model/kpi.h"

#include <QString>

#include <optional>

namespace omnimap {

/// How a KPI stands against its target. One definition for the engine, the map badges,
/// the dashboard and the report, so every view of a plan says the same thing.
enum class KpiStatus {
    NoTarget, ///< no target, or no value to compare with it
    OnTrack,  ///< the target is met (≥ for "increase" KPIs, ≤ for "decrease")
    AtRisk,   ///< missed by at most the tolerance (10 % of the target)
    OffTrack, ///< missed by more
};

/// Share of the target a value may miss by and still be "at risk" rather than "off track".
inline constexpr double kKpiAtRiskTolerance = 0.10;

/// Status of `value` against `target` (thresholds in docs/simulation.md).
KpiStatus kpiStatus(double value, std::optional<double> target, KpiDirection direction,
                    double tolerance = kKpiAtRiskTolerance);
/// Same, where the value may be missing (then NoTarget).
KpiStatus kpiStatus(const Kpi &kpi, std::optional<double> value);
/// The value a plan shows for a KPI: the simulated one first, then the measured one.
std::optional<double> kpiCurrentValue(const Kpi &kpi);
/// Status of the KPI's current value against its target.
KpiStatus kpiStatus(const Kpi &kpi);

/// "on_track", "at_risk", "off_track", "no_target" (the JSON and CSV spelling).
QString kpiStatusName(KpiStatus status);
/// The reverse of kpiStatusName(); anything else is NoTarget.
KpiStatus kpiStatusFromName(const QString &name);

} // namespace omnimap
