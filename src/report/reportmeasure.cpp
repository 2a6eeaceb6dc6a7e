#include "reportmeasure.h"

#include "sim/dataset.h"
#include "sim/eventcache.h"
#include "sim/eventsource.h"
#include "sim/journeyquery.h"
#include "sim/kpimeasure.h"
#include "sim/kpitrend.h"
#include "sim/sqliteeventsource.h"

#include "model/lookup.h"

namespace omnimap::ReportData {

QString measureBoundKpis(Project &project, const QString &dataSetPath)
{
    if (dataSetPath.isEmpty())
        return {};
    const bool anyBound = std::any_of(project.kpis.cbegin(), project.kpis.cend(),
                                      [](const Kpi &k) { return k.binding.has_value(); });
    if (!anyBound)
        return {};
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath))
        return dataSet.errorString();
    QString error;
    const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &error);
    if (!events)
        return error;
    for (const sim::KpiValue &value : sim::measureKpis(project, *events)) {
        if (!value.measured)
            continue;
        if (Kpi *kpi = findById(project.kpis, value.kpiId))
            kpi->actual = value.value;
    }
    return {};
}

std::vector<sim::FunnelStep> measureFunnel(const Journey *journey, const QString &dataSetPath)
{
    if (dataSetPath.isEmpty())
        return {};
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath))
        return {};
    // The same source and calls as the dashboard, so the page shows its numbers.
    sim::SqliteEventSource source(dataSet);
    sim::StageCounts counts;
    QString error;
    if (!source.stageCustomers(sim::JourneyQuery(), counts, &error))
        return {};
    QStringList order;
    if (journey)
        for (const Stage &stage : journey->stages)
            order.append(stage.name);
    return sim::funnelFromCounts(counts, order);
}

std::optional<sim::KpiTrends> measureTrends(const Project &project, const QString &dataSetPath)
{
    if (dataSetPath.isEmpty() || std::none_of(project.kpis.cbegin(), project.kpis.cend(), [](const Kpi &k) { return k.binding.has_value(); }))
        return std::nullopt;
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath))
        return std::nullopt;
    sim::SqliteEventSource source(dataSet);
    sim::KpiTrends trends;
    QString error;
    if (!sim::measureKpiTrends(project, source, sim::TrendPeriod::Week, {}, trends, &error) || trends.periods.empty())
        return std::nullopt;
    // Weeks read best from a few weeks to about a year; otherwise days or months.
    const sim::TrendPeriod better = trends.periods.size() < 3 ? sim::TrendPeriod::Day
                                    : trends.periods.size() > 60 ? sim::TrendPeriod::Month
                                                                 : sim::TrendPeriod::Week;
    if (better != sim::TrendPeriod::Week && !sim::measureKpiTrends(project, source, better, {}, trends, &error))
        return std::nullopt;
    return trends;
}

sim::TransitionMatrix measureChannelFlow(const QString &dataSetPath)
{
    if (dataSetPath.isEmpty())
        return {};
    sim::DataSet dataSet;
    if (!dataSet.open(dataSetPath))
        return {};
    // The dashboard's calls: channel paths, then the moves counted from them.
    sim::SqliteEventSource source(dataSet);
    sim::PathAggregate paths;
    QString error;
    if (!source.paths(sim::JourneyQuery(), sim::PathLevel::Channel, paths, &error))
        return {};
    return sim::transitionsFromPaths(paths);
}

} // namespace omnimap::ReportData
