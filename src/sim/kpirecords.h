#pragma once

#include "kpimeasure.h"
#include "kpitrend.h"

#include "model/kpi.h"

#include <QDate>

#include <vector>

namespace omnimap::sim {

/// A measured value turned into a record of the plan's KPI history (format version 3):
/// what `measure --record` and the dashboard's "Record these values" store.
struct KpiRecord
{
    omnimap::Id kpiId;
    omnimap::KpiMeasurement measurement; ///< with a fresh id
};

/// Each KPI's value in its last complete period that has one (a partial last period is
/// skipped, so a week of two days is not recorded as the week; when every measured period
/// is partial, the last of them). The record spans the period: periodStart … date.
/// KPIs that no period measured give no record.
std::vector<KpiRecord> lastPeriodRecords(const KpiTrends &trends, const QString &source, const QString &note);

/// The values measured over the whole data set (measureKpis), dated `last` (the data's
/// last day) and starting at `first` — or, for a KPI with a window, at the window's first
/// day. Unmeasured KPIs give no record.
std::vector<KpiRecord> rangeRecords(const omnimap::Project &project, const std::vector<KpiValue> &values,
                                    const QDate &first, const QDate &last, const QString &source, const QString &note);

/// The first and last day (UTC) of the events; invalid dates when there are none.
std::pair<QDate, QDate> eventDays(const EventColumns &events);

} // namespace omnimap::sim
