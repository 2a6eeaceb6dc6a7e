#include "kpitrend.h"

#include "eventsource.h"

#include <QCoreApplication>
#include <QtAlgorithms>

#include <algorithm>

namespace omnimap::sim {

namespace {

struct KpitrendTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

constexpr std::int64_t kDayMs = 86400000;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    const std::int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

QDate dayOf(std::int64_t ms)
{
    return QDate(1970, 1, 1).addDays(floorDiv(ms, kDayMs));
}

QDate periodEnd(const QDate &start, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Day:
        return start;
    case TrendPeriod::Week:
        return start.addDays(6);
    case TrendPeriod::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

/// Per dimension id, a bit per filter of the chunk [first, first + 64) that accepts it.
/// Names compare case-insensitively, as measureKpis does.
std::vector<std::uint64_t> masks(const QStringList &names, const std::vector<EventFilter> &filters, std::size_t first,
                                 std::size_t count, QString EventFilter::*field)
{
    std::vector<std::uint64_t> m(std::size_t(std::max<qsizetype>(names.size(), 1)), 0);
    for (std::size_t f = 0; f < count; ++f) {
        const QString &wanted = filters[first + f].*field;
        for (std::size_t id = 0; id < m.size(); ++id) {
            const bool match = wanted.isEmpty()
                || (id > 0 && names.at(qsizetype(id)).compare(wanted, Qt::CaseInsensitive) == 0);
            if (match)
                m[id] |= std::uint64_t(1) << f;
        }
    }
    return m;
}

} // namespace

std::optional<TrendPeriod> trendPeriodFromKey(const QString &key)
{
    if (key == QLatin1String("day"))
        return TrendPeriod::Day;
    if (key == QLatin1String("week"))
        return TrendPeriod::Week;
    if (key == QLatin1String("month"))
        return TrendPeriod::Month;
    return std::nullopt;
}

QString trendPeriodKey(TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Day:
        return QStringLiteral("day");
    case TrendPeriod::Week:
        return QStringLiteral("week");
    case TrendPeriod::Month:
        return QStringLiteral("month");
    }
    return {};
}

QDate periodStart(const QDate &day, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Day:
        return day;
    case TrendPeriod::Week:
        return day.addDays(1 - day.dayOfWeek()); // Qt: Monday = 1
    case TrendPeriod::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QString periodLabel(const TrendSpan &span, TrendPeriod period)
{
    switch (period) {
    case TrendPeriod::Day:
        return span.first.toString(Qt::ISODate);
    case TrendPeriod::Week: {
        int weekYear = 0;
        const int week = span.first.weekNumber(&weekYear); // ISO 8601
        return QStringLiteral("%1-W%2").arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
    }
    case TrendPeriod::Month:
        return span.first.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

std::vector<TrendSpan> trendSpans(const QDate &from, const QDate &to, TrendPeriod period)
{
    std::vector<TrendSpan> spans;
    if (!from.isValid() || !to.isValid() || to < from)
        return spans;
    for (QDate start = periodStart(from, period); start <= to;) {
        const QDate end = periodEnd(start, period);
        spans.push_back(TrendSpan{start, end, start < from || end > to});
        start = end.addDays(1);
    }
    return spans;
}

bool countEventsByPeriod(const EventColumns &events, const std::vector<EventFilter> &filters, TrendPeriod period,
                         const TrendRange &range, PeriodCounts &out, QString *error, const std::atomic<bool> *cancel)
{
    out = PeriodCounts();
    const std::int64_t lo = range.fromMs.value_or(INT64_MIN);
    const std::int64_t hi = range.toMs.value_or(INT64_MAX);
    const std::size_t n = events.size();
    std::int64_t first = INT64_MAX, last = INT64_MIN;
    for (std::size_t e = 0; e < n; ++e) {
        const std::int64_t ts = events.ts[e];
        if (ts >= lo && ts <= hi) {
            first = std::min(first, ts);
            last = std::max(last, ts);
        }
    }
    out.counts.assign(filters.size(), {});
    if (first > last)
        return true; // no events in range: no periods
    const QDate firstDay = dayOf(first), lastDay = dayOf(last);
    out.periods = trendSpans(firstDay, lastDay, period);
    const std::size_t periods = out.periods.size();
    out.events.assign(periods, 0);
    // Day offset → period index, so the pass does one subtraction and one lookup per event
    // whatever the period (months have no fixed length).
    const std::int64_t day0 = floorDiv(first, kDayMs);
    std::vector<std::uint32_t> periodOfDay(std::size_t(firstDay.daysTo(lastDay) + 1));
    for (std::size_t p = 0, d = 0; d < periodOfDay.size(); ++d) {
        while (firstDay.addDays(qint64(d)) > out.periods[p].last)
            ++p;
        periodOfDay[d] = std::uint32_t(p);
    }
    for (auto &c : out.counts)
        c.assign(periods, 0.0);
    // Filters in chunks of 64: each event's type, stage and channel give three masks whose
    // AND says which filters count it. Ten KPIs (≤ 20 filters) take one pass.
    const std::size_t chunks = std::max<std::size_t>(1, (filters.size() + 63) / 64);
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
        const std::size_t base = chunk * 64;
        const std::size_t count = std::min<std::size_t>(64, filters.size() - std::min(base, filters.size()));
        const auto typeMask = masks(events.eventTypeNames, filters, base, count, &EventFilter::eventType);
        const auto stageMask = masks(events.stageNames, filters, base, count, &EventFilter::stage);
        const auto channelMask = masks(events.channelNames, filters, base, count, &EventFilter::channel);
        std::vector<std::int64_t> cells(periods * 64, 0);
        std::vector<std::int64_t> totals(periods, 0);
        for (std::size_t e = 0; e < n; ++e) {
            if ((e & 0xFFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
                if (error)
                    *error = KpitrendTr::tr("Cancelled.");
                return false;
            }
            const std::int64_t ts = events.ts[e];
            if (ts < lo || ts > hi)
                continue;
            const std::uint32_t p = periodOfDay[std::size_t(floorDiv(ts, kDayMs) - day0)];
            ++totals[p];
            std::uint64_t hit = typeMask[events.eventType[e]] & stageMask[events.stage[e]] & channelMask[events.channel[e]];
            std::int64_t *row = cells.data() + std::size_t(p) * 64;
            while (hit) {
                ++row[qCountTrailingZeroBits(hit)];
                hit &= hit - 1;
            }
        }
        if (chunk == 0)
            out.events = totals;
        for (std::size_t f = 0; f < count; ++f) {
            for (std::size_t p = 0; p < periods; ++p)
                out.counts[base + f][p] = double(cells[p * 64 + f]);
        }
    }
    return true;
}

std::vector<EventFilter> kpiFilters(const omnimap::Project &project)
{
    std::vector<EventFilter> filters;
    measureKpis(project, [&filters](const EventFilter &filter) {
        filters.push_back(filter);
        return 1.0;
    });
    return filters;
}

KpiTrends kpiTrends(const omnimap::Project &project, const PeriodCounts &counts, TrendPeriod period)
{
    KpiTrends trends;
    trends.period = period;
    trends.periods = counts.periods;
    trends.periodEvents = counts.events;
    // Bindings that cannot be measured at all keep their own reason in every period.
    std::vector<bool> valid;
    for (const KpiValue &v : measureKpis(project, [](const EventFilter &) { return 1.0; }))
        valid.push_back(v.measured);
    for (std::size_t p = 0; p < counts.periods.size(); ++p) {
        std::size_t next = 0;
        const std::vector<KpiValue> values = measureKpis(project, [&counts, &next, p](const EventFilter &) {
            const std::size_t f = next++;
            return f < counts.counts.size() ? counts.counts[f][p] : 0.0;
        });
        if (trends.kpis.empty()) {
            for (const KpiValue &v : values)
                trends.kpis.push_back(KpiTrend{v.kpiId, v.name, {}});
        }
        const bool empty = p >= counts.events.size() || counts.events[p] == 0;
        for (std::size_t k = 0; k < values.size() && k < trends.kpis.size(); ++k) {
            const KpiValue &v = values[k];
            KpiTrendPoint point{v.measured, v.value, v.numerator, v.denominator, v.status, v.note};
            if (empty && valid[k]) // a count of 0 in a period without any data is not a measurement
                point = KpiTrendPoint{false, 0.0, 0.0, 0.0, KpiStatus::NoTarget, KpitrendTr::tr("No events in this period.")};
            trends.kpis[k].points.push_back(point);
        }
    }
    if (counts.periods.empty()) {
        for (const KpiValue &v : measureKpis(project, [](const EventFilter &) { return 0.0; }))
            trends.kpis.push_back(KpiTrend{v.kpiId, v.name, {}});
    }
    return trends;
}

bool measureKpiTrends(const omnimap::Project &project, EventSource &source, TrendPeriod period,
                      const TrendRange &range, KpiTrends &out, QString *error)
{
    PeriodCounts counts;
    if (!source.countEventsByPeriod(kpiFilters(project), period, range, counts, error))
        return false;
    out = kpiTrends(project, counts, period);
    return true;
}

} // namespace omnimap::sim
