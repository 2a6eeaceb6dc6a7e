#pragma once

#include "common.h"

namespace omnimap {

enum class KpiUnit { Percent, Count, Currency, Duration, Ratio, Score };
enum class KpiDirection { Increase, Decrease };

/// A KPI measured on the data set: events of type X at stage Y divided by events of
/// type Z at stage W (or a plain count when there is no denominator), within a window.
struct KpiBinding
{
    QString numeratorEventType;
    Id numeratorStageId;   ///< empty: any stage
    Id numeratorChannelId; ///< empty: any channel
    QString denominatorEventType; ///< empty: the KPI is a count
    Id denominatorStageId;
    Id denominatorChannelId;
    int windowDays = 0; ///< 0: the whole data set
};

/// One recorded measurement of a KPI (format version 3): the plan keeps its own history
/// of "measured, revised, measured again" next to the live value in Kpi::actual.
struct KpiMeasurement
{
    Id id;
    QString date; ///< ISO 8601 date the value describes (the last day of the measured period)
    double actual = 0.0;
    QString note;
    QString periodStart; ///< optional ISO 8601 first day of the measured period
    QString source;      ///< optional: where the value came from (data set name, "typed in")
    ExtraFields extra = ExtraFields::object();

    bool operator==(const KpiMeasurement &o) const
    {
        return id == o.id && date == o.date && actual == o.actual && note == o.note && periodStart == o.periodStart
            && source == o.source && extra == o.extra;
    }
    bool operator!=(const KpiMeasurement &o) const { return !(*this == o); }
};

struct Kpi
{
    Id id;
    QString name;
    QString libraryKey; ///< "conversion_rate", … or empty for a custom KPI
    KpiUnit unit = KpiUnit::Percent;
    QString currency;   ///< ISO 4217 when unit == Currency
    std::optional<double> baseline;
    std::optional<double> target;
    KpiDirection direction = KpiDirection::Increase;
    Id journeyId;  ///< scope: empty means the whole project
    Id stageId;    ///< empty: every stage
    Id channelId;  ///< empty: every channel
    IdList touchpointIds;
    Id ownerDepartmentId;
    std::optional<KpiBinding> binding;
    std::optional<double> actual;    ///< last measured on the data set
    std::optional<double> simulated; ///< last simulated
    QList<KpiMeasurement> measurements; ///< recorded history, kept in date order (kpihistory.h)
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
