#pragma once

#include "model/project.h"

#include <QString>

#include "sim/kpitrend.h"
#include "sim/pathanalysis.h"

#include <optional>
#include <vector>

namespace omnimap::ReportData {

/// Fills Kpi::actual of every KPI with a data binding with its value measured on the
/// data set at `dataSetPath` — the value the dashboard shows — so the report's KPI page
/// and dashboard print it instead of "No data". KPIs the data cannot measure keep what
/// the plan says. Returns an error message (the data set could not be read) or empty.
QString measureBoundKpis(Project &project, const QString &dataSetPath);

/// The dashboard's stage funnel on the data set at `dataSetPath`, the journey's stages
/// first in map order (as the dashboard orders them); empty when there is no data set or
/// it cannot be read.
std::vector<sim::FunnelStep> measureFunnel(const Journey *journey, const QString &dataSetPath);

/// The plan's bound KPIs over time on the data set at `dataSetPath`, by week (by day when
/// the data spans under three weeks, by month past a year), the way `measure --by` and
/// the dashboard measure them; nullopt without a data set, a bound KPI or events.
std::optional<sim::KpiTrends> measureTrends(const Project &project, const QString &dataSetPath);
/// The dashboard's channel flow on the data set at `dataSetPath`: channel-to-channel moves
/// of every customer's journeys (unfiltered, like the funnel page); an empty matrix when
/// there is no data set or it cannot be read.
sim::TransitionMatrix measureChannelFlow(const QString &dataSetPath);

} // namespace omnimap::ReportData
