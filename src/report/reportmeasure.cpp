#include "reportmeasure.h"

#include "sim/dataset.h"
#include "sim/eventcache.h"
#include "sim/kpimeasure.h"

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

} // namespace omnimap::ReportData
