#include "kpirecords.h"

#include "model/lookup.h"

#include <QDateTime>

#include <algorithm>
#include <optional>

namespace omnimap::sim {

std::vector<KpiRecord> lastPeriodRecords(const KpiTrends &trends, const QString &source, const QString &note)
{
    std::vector<KpiRecord> records;
    for (const KpiTrend &trend : trends.kpis) {
        std::optional<std::size_t> chosen;
        for (std::size_t p = trend.points.size(); p-- > 0;) {
            if (!trend.points[p].measured || p >= trends.periods.size())
                continue;
            if (!chosen)
                chosen = p; // the last measured, partial or not
            if (!trends.periods[p].partial) {
                chosen = p;
                break;
            }
        }
        if (!chosen)
            continue;
        const TrendSpan &span = trends.periods[*chosen];
        KpiRecord r;
        r.kpiId = trend.kpiId;
        r.measurement.id = omnimap::newId();
        r.measurement.date = span.last.toString(Qt::ISODate);
        r.measurement.periodStart = span.first.toString(Qt::ISODate);
        r.measurement.actual = trend.points[*chosen].value;
        r.measurement.note = note;
        r.measurement.source = source;
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<KpiRecord> rangeRecords(const omnimap::Project &project, const std::vector<KpiValue> &values,
                                    const QDate &first, const QDate &last, const QString &source, const QString &note)
{
    std::vector<KpiRecord> records;
    for (const KpiValue &v : values) {
        const omnimap::Kpi *kpi = omnimap::findById(project.kpis, v.kpiId);
        if (!v.measured || !kpi || !last.isValid())
            continue;
        QDate start = first;
        if (kpi->binding && kpi->binding->windowDays > 0) {
            const QDate windowStart = last.addDays(1 - kpi->binding->windowDays);
            start = first.isValid() ? std::max(first, windowStart) : windowStart;
        }
        KpiRecord r;
        r.kpiId = v.kpiId;
        r.measurement.id = omnimap::newId();
        r.measurement.date = last.toString(Qt::ISODate);
        r.measurement.periodStart = start.isValid() ? start.toString(Qt::ISODate) : QString();
        r.measurement.actual = v.value;
        r.measurement.note = note;
        r.measurement.source = source;
        records.push_back(std::move(r));
    }
    return records;
}

std::pair<QDate, QDate> eventDays(const EventColumns &events)
{
    if (events.size() == 0)
        return {};
    const auto [lo, hi] = std::minmax_element(events.ts.begin(), events.ts.end());
    const auto day = [](std::int64_t ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(); };
    return {day(*lo), day(*hi)};
}

} // namespace omnimap::sim
