#pragma once

#include "eventcache.h"
#include "kpimeasure.h"

#include "model/project.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace omnimap::sim {

class EventSource;

/// How a KPI trend cuts time. Periods are in UTC (the data set stores UTC): calendar
/// days, ISO 8601 weeks (Monday to Sunday, numbered by the year that holds their
/// Thursday, so 2020-12-28 … 2021-01-03 is 2020-W53), calendar months.
enum class TrendPeriod { Day, Week, Month };

/// "day", "week", "month" (command line, JSON); nullopt for anything else.
std::optional<TrendPeriod> trendPeriodFromKey(const QString &key);
QString trendPeriodKey(TrendPeriod period);

/// One period of a trend: its first and last day (inclusive) and whether the data set's
/// range covers only part of it (the first or last period of the data).
struct TrendSpan
{
    QDate first;
    QDate last;
    bool partial = false;
};

/// The first day of the period that holds `day`.
QDate periodStart(const QDate &day, TrendPeriod period);
/// "2024-03-01", "2024-W09", "2024-03": stable, sortable, not translated.
QString periodLabel(const TrendSpan &span, TrendPeriod period);
/// The periods that cover the days `from` … `to` (inclusive), in order; the first and last
/// are marked partial when they reach outside those days.
std::vector<TrendSpan> trendSpans(const QDate &from, const QDate &to, TrendPeriod period);

/// Counts per period for several event filters, from one pass over the events.
/// EventFilter::windowDays is ignored: the period is the window.
struct PeriodCounts
{
    std::vector<TrendSpan> periods;
    std::vector<std::int64_t> events;        ///< all events per period
    std::vector<std::vector<double>> counts; ///< [filter][period]
};

/// Optional limits on the trend's range, ms since the epoch (inclusive): events outside
/// are not counted and the periods follow the events that remain.
struct TrendRange
{
    std::optional<std::int64_t> fromMs;
    std::optional<std::int64_t> toMs;
};

/// Counts every filter in every period of the events' range in one pass over the columns.
/// Returns false (with a translated error) only when cancelled.
bool countEventsByPeriod(const EventColumns &events, const std::vector<EventFilter> &filters, TrendPeriod period,
                         const TrendRange &range, PeriodCounts &out, QString *error = nullptr,
                         const std::atomic<bool> *cancel = nullptr);

/// One KPI in one period. Not measured (with a translated note) when the period has no
/// events at all, or the ratio has nothing to divide by; never a made-up zero or NaN.
struct KpiTrendPoint
{
    bool measured = false;
    double value = 0.0;
    double numerator = 0.0;
    double denominator = 0.0;
    KpiStatus status = KpiStatus::NoTarget;
    QString note;
};

struct KpiTrend
{
    Id kpiId;
    QString name;
    std::vector<KpiTrendPoint> points; ///< parallel to KpiTrends::periods
};

/// Every bound KPI of a plan over the periods of the data set.
struct KpiTrends
{
    TrendPeriod period = TrendPeriod::Week;
    std::vector<TrendSpan> periods;
    std::vector<std::int64_t> periodEvents;
    std::vector<KpiTrend> kpis; ///< the plan's bound KPIs, in plan order
};

/// The filters measureKpis asks for, in its order, for countEventsByPeriod.
std::vector<EventFilter> kpiFilters(const omnimap::Project &project);

/// The bound KPIs per period from counts of kpiFilters(project): the same formula as
/// measureKpis, applied to each period's counts.
KpiTrends kpiTrends(const omnimap::Project &project, const PeriodCounts &counts, TrendPeriod period);

/// Measures the trends on any source that can count by period (EventSource::countEventsByPeriod).
bool measureKpiTrends(const omnimap::Project &project, EventSource &source, TrendPeriod period,
                      const TrendRange &range, KpiTrends &out, QString *error);

} // namespace omnimap::sim
