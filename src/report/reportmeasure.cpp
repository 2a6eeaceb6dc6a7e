#include "reportmeasure.h"

#include "sim/dataset.h"
#include "sim/eventcache.h"
#include "sim/eventsource.h"
#include "sim/journeyquery.h"
#include "sim/kpimeasure.h"
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
