#include "trendchart.h"

#include "model/lookup.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace omnimap {

namespace {

struct TrendchartTr { Q_DECLARE_TR_FUNCTIONS(omnimap::TrendChart) };

/// Where a day falls on the axis: its period's index plus the share of the period before it.
std::optional<double> axisPosition(const std::vector<sim::TrendSpan> &periods, const QDate &day)
{
    if (periods.empty() || !day.isValid())
        return std::nullopt;
    if (day < periods.front().first)
        return 0.0;
    if (day > periods.back().last)
        return double(periods.size());
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const sim::TrendSpan &s = periods[i];
        if (day <= s.last)
            return double(i) + double(s.first.daysTo(day)) / double(s.first.daysTo(s.last) + 1);
    }
    return double(periods.size());
}

/// A round step for about `count` ticks over `span` (1, 2 or 5 × 10ⁿ).
double niceStep(double span, int count)
{
    const double raw = span / std::max(1, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

TrendChart makeTrendChart(const Project &project, const sim::KpiTrends &trends, std::size_t index)
{
    TrendChart chart;
    if (index >= trends.kpis.size())
        return chart;
    const sim::KpiTrend &trend = trends.kpis[index];
    chart.title = trend.name;
    const Kpi *kpi = findById(project.kpis, trend.kpiId);
    if (kpi) {
        chart.target = kpi->target;
        chart.unit = kpi->unit == KpiUnit::Percent ? QStringLiteral("%") : QString();
    }
    bool any = false;
    for (std::size_t p = 0; p < trends.periods.size(); ++p) {
        chart.periodLabels.append(sim::periodLabel(trends.periods[p], trends.period));
        chart.partial.push_back(trends.periods[p].partial);
        const sim::KpiTrendPoint *point = p < trend.points.size() ? &trend.points[p] : nullptr;
        const bool measured = point && point->measured && std::isfinite(point->value);
        chart.values.push_back(measured ? std::optional<double>(point->value) : std::nullopt);
        any |= measured;
    }
    if (trends.periods.empty())
        chart.note = TrendchartTr::tr("The data set has no events in this range.");
    else if (!any)
        chart.note = TrendchartTr::tr("No period could be measured: %1").arg(trend.points.empty() ? QString() : trend.points.front().note);
    for (const Campaign &c : project.campaigns) {
        const QDate start = QDate::fromString(c.start, Qt::ISODate), end = QDate::fromString(c.end, Qt::ISODate);
        if (!start.isValid() || !end.isValid() || end < start || trends.periods.empty())
            continue;
        if (end < trends.periods.front().first || start > trends.periods.back().last)
            continue;
        const auto from = axisPosition(trends.periods, start), to = axisPosition(trends.periods, end.addDays(1));
        if (from && to && *to > *from)
            chart.campaigns.append(TrendChart::Shade{*from, *to, c.name});
    }
    return chart;
}

void paintTrendChart(QPainter *p, const QRectF &bounds, const TrendChart &chart, const TrendChartStyle &style,
                     const QLocale &locale)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF titleMetrics(style.titleFont), labelMetrics(style.labelFont);
    p->setFont(style.titleFont);
    p->setPen(style.ink);
    const QRectF titleRect(bounds.left(), bounds.top(), bounds.width(), titleMetrics.height());
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                titleMetrics.elidedText(chart.title, Qt::ElideRight, titleRect.width()));
    p->setFont(style.labelFont);
    const std::size_t n = chart.values.size();
    if (!chart.note.isEmpty() || n == 0) {
        p->setPen(style.muted);
        p->drawText(bounds.adjusted(0, titleRect.height() + 4, 0, 0), Qt::AlignCenter | Qt::TextWordWrap,
                    chart.note.isEmpty() ? TrendchartTr::tr("No data") : chart.note);
        p->restore();
        return;
    }
    // Value range over the measured values and the target, padded, with round ticks.
    double lo = INFINITY, hi = -INFINITY;
    for (const auto &v : chart.values) {
        if (v) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    if (chart.target) {
        lo = std::min(lo, *chart.target);
        hi = std::max(hi, *chart.target);
    }
    if (lo >= 0.0 && lo < 0.35 * hi)
        lo = 0.0; // start at zero when zero is nearly in view anyway
    if (hi - lo < 1e-9) {
        const double pad = std::max(1.0, std::abs(hi) * 0.1);
        lo -= pad;
        hi += pad;
    }
    const double step = niceStep(hi - lo, 4);
    lo = std::floor(lo / step) * step;
    hi = std::ceil(hi / step) * step;
    auto tickText = [&](double v) {
        const int decimals = step < 1.0 ? std::min(4, int(std::ceil(-std::log10(step)))) : 0;
        QString text = locale.toString(v, 'f', decimals);
        return chart.unit.isEmpty() ? text : text + QLatin1Char(' ') + chart.unit;
    };
    double axisWidth = 0.0;
    for (double v = lo; v <= hi + step / 2; v += step)
        axisWidth = std::max(axisWidth, labelMetrics.horizontalAdvance(tickText(v)));
    const double lh = labelMetrics.height();
    const QRectF plot(bounds.left() + axisWidth + 6, titleRect.bottom() + lh + 4, bounds.width() - axisWidth - 10,
                      bounds.height() - titleRect.height() - 2.6 * lh - 8);
    if (plot.width() < 20 || plot.height() < 20) {
        p->restore();
        return;
    }
    auto xOf = [&](double axis) { return plot.left() + plot.width() * axis / double(n); };
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };

    // Campaign periods first, under everything, names along the top.
    for (const TrendChart::Shade &s : chart.campaigns) {
        const QRectF band(QPointF(xOf(s.from), plot.top()), QPointF(xOf(s.to), plot.bottom()));
        p->fillRect(band, style.shade);
        p->setPen(style.muted);
        const QRectF labelRect(band.left() + 2, plot.top() - lh - 2, std::max(band.width(), 60.0), lh);
        p->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                    labelMetrics.elidedText(s.label, Qt::ElideRight, labelRect.width()));
    }
    // Grid and value axis.
    for (double v = lo; v <= hi + step / 2; v += step) {
        p->setPen(QPen(style.grid, 0.8));
        p->drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p->setPen(style.muted);
        p->drawText(QRectF(bounds.left(), yOf(v) - lh / 2, axisWidth, lh), Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    // Target.
    if (chart.target) {
        p->setPen(QPen(style.target, 1.4, Qt::DashLine));
        p->drawLine(QPointF(plot.left(), yOf(*chart.target)), QPointF(plot.right(), yOf(*chart.target)));
        const QString label = TrendchartTr::tr("target %1").arg(tickText(*chart.target));
        p->setPen(style.target);
        p->drawText(QRectF(plot.right() - labelMetrics.horizontalAdvance(label) - 2, yOf(*chart.target) - lh - 1,
                           labelMetrics.horizontalAdvance(label) + 2, lh),
                    Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // The values: a line through consecutive measured periods, broken at gaps.
    QPainterPath path;
    bool drawing = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (!chart.values[i]) {
            drawing = false;
            continue;
        }
        const QPointF at(xOf(double(i) + 0.5), yOf(*chart.values[i]));
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    p->setPen(QPen(style.line, 2.0));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    const double r = std::min(3.5, plot.width() / double(n) / 3.0);
    for (std::size_t i = 0; i < n; ++i) {
        if (!chart.values[i])
            continue;
        const bool partial = i < chart.partial.size() && chart.partial[i];
        p->setPen(QPen(style.line, 1.4));
        p->setBrush(partial ? QBrush(Qt::white) : QBrush(style.line));
        p->drawEllipse(QPointF(xOf(double(i) + 0.5), yOf(*chart.values[i])), r, r);
    }
    // Period labels, every k-th so they do not overlap; gaps get a small "no data" tick.
    double widest = 0.0;
    for (const QString &label : chart.periodLabels)
        widest = std::max(widest, labelMetrics.horizontalAdvance(label));
    const std::size_t every = std::max<std::size_t>(1, std::size_t(std::ceil((widest + 8) / (plot.width() / double(n)))));
    p->setPen(style.muted);
    for (std::size_t i = 0; i < n; i += every) {
        const double x = xOf(double(i) + 0.5);
        p->drawText(QRectF(x - widest / 2 - 4, plot.bottom() + 2, widest + 8, lh), Qt::AlignHCenter | Qt::AlignTop,
                    chart.periodLabels.value(qsizetype(i)));
    }
    p->setPen(QPen(style.muted, 1.0));
    for (std::size_t i = 0; i < n; ++i) {
        if (!chart.values[i]) {
            const double x = xOf(double(i) + 0.5);
            p->drawLine(QPointF(x - 2, plot.bottom() - 2), QPointF(x + 2, plot.bottom() + 2));
            p->drawLine(QPointF(x - 2, plot.bottom() + 2), QPointF(x + 2, plot.bottom() - 2));
        }
    }
    // Legend: what the marks mean, so the chart reads on paper without the app.
    p->setPen(style.muted);
    p->drawText(QRectF(plot.left(), plot.bottom() + lh + 2, plot.width(), lh), Qt::AlignLeft | Qt::AlignVCenter,
                labelMetrics.elidedText(TrendchartTr::tr("● measured · ○ partial period · × no data"),
                                        Qt::ElideRight, plot.width()));
    p->restore();
}

} // namespace omnimap
