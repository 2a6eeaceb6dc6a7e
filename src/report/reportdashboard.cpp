// Dashboard charts (KPI progress against target) and the scenario comparison, when
// the plan has measured, simulated or scenario values to show.

#include "reportsections.h"

#include "render/mapglyphs.h"
#include "render/mapstyle.h"
#include "reportdata.h"
#include "reportmeasure.h"
#include "reporttable.h"

#include "model/lookup.h"

#include "insight/simulationsummary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace omnimap::ReportSections {

namespace {

struct ReportdashboardTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

constexpr double kBarRow = 26.0;

/// Progress from baseline (0 %) to target (100 %); for "lower is better" KPIs too.
std::optional<double> progress(const Kpi &k, std::optional<double> value)
{
    if (!value || !k.target)
        return std::nullopt;
    const double base = k.baseline.value_or(0.0);
    const double span = *k.target - base;
    if (std::abs(span) < 1e-12)
        return std::nullopt;
    return (*value - base) / span;
}

void paintKpiChart(QPainter *p, const QRectF &b, const ReportContext &c, const QList<int> &kpis)
{
    double y = b.top() + c.style.drawHeading(p, b, ReportdashboardTr::tr("KPI progress to target"),
                                             ReportdashboardTr::tr("Bars run from the baseline (0 %) to the target (100 %): "
                                                "solid = simulated, outlined = measured."));
    const double labelW = 170;
    const QRectF chart(b.left() + labelW, y + 14, b.width() - labelW - 70, kpis.size() * kBarRow);
    const double maxShare = 1.5; // the axis ends at 150 % of target
    auto xOf = [&](double share) { return chart.left() + chart.width() * qBound(0.0, share, maxShare) / maxShare; };
    for (double tick : {0.0, 0.5, 1.0, 1.5}) {
        p->setPen(QPen(tick == 1.0 ? ReportStyle::ink() : ReportStyle::rule(), tick == 1.0 ? 1.0 : 0.5,
                       tick == 1.0 ? Qt::DashLine : Qt::SolidLine));
        p->drawLine(QPointF(xOf(tick), chart.top() - 4), QPointF(xOf(tick), chart.bottom()));
        ReportStyle::drawText(p, QRectF(xOf(tick) - 20, chart.top() - 16, 40, 10),
                              tick == 1.0 ? ReportdashboardTr::tr("target") : QStringLiteral("%1 %").arg(qRound(tick * 100)),
                              ReportStyle::font(6.5), ReportStyle::muted(), Qt::AlignHCenter, 1);
    }
    const MapPalette &pal = MapPalette::get(false);
    for (int i = 0; i < kpis.size(); ++i) {
        const Kpi &k = c.project.kpis.at(kpis.at(i));
        const double ry = chart.top() + i * kBarRow;
        const KpiStatus status = kpiStatus(k);
        ReportStyle::drawText(p, QRectF(b.left(), ry + 6, labelW - 10, 14), k.name, ReportStyle::font(8), ReportStyle::ink(),
                              Qt::AlignLeft, 1);
        if (const auto sim = progress(k, k.simulated))
            p->fillRect(QRectF(xOf(0), ry + 5, xOf(*sim) - xOf(0), 8), ReportStyle::statusColor(status));
        if (const auto measured = progress(k, k.actual)) {
            p->setPen(QPen(ReportStyle::ink(), 0.8));
            p->setBrush(Qt::NoBrush);
            p->drawRect(QRectF(xOf(0), ry + 15, xOf(*measured) - xOf(0), 6));
        }
        MapGlyphs::paintStatus(p, QPointF(chart.right() + 12, ry + 11), 9, status, pal.statusGood, pal.statusWarn,
                               pal.statusBad, pal.statusNone);
        ReportStyle::drawText(p, QRectF(chart.right() + 20, ry + 6, 60, 12), ReportData::statusLabel(status),
                              ReportStyle::font(7), ReportStyle::muted(), Qt::AlignLeft, 1);
    }
}

QString percentText(double share, const QLocale &locale, int decimals = 1);

/// The stage funnel the dashboard shows: customers reaching each stage, as bars, with
/// the count, the share of the first stage and the drop-off from the previous one.
void paintFunnel(QPainter *p, const QRectF &b, const ReportContext &c, const std::vector<sim::FunnelStep> &funnel)
{
    double y = b.top() + c.style.drawHeading(p, b, ReportdashboardTr::tr("Stage funnel"),
                                             ReportdashboardTr::tr("Customers with at least one event at each stage, measured on the data set "
                                                "(the dashboard's funnel)."));
    const double labelW = 150, valueW = 150;
    const double barW = b.width() - labelW - valueW;
    std::int64_t most = 1;
    for (const sim::FunnelStep &step : funnel)
        most = std::max(most, step.customers);
    const QColor bar = MapPalette::get(false).accent;
    for (std::size_t i = 0; i < funnel.size() && y + kBarRow <= b.bottom(); ++i, y += kBarRow) {
        const sim::FunnelStep &step = funnel.at(i);
        ReportStyle::drawText(p, QRectF(b.left(), y + 6, labelW - 10, 14), step.stage, ReportStyle::font(8),
                              ReportStyle::ink(), Qt::AlignLeft, 1);
        p->fillRect(QRectF(b.left() + labelW, y + 5, barW * double(step.customers) / double(most), 14), bar);
        QString value = QStringLiteral("%1 · %2").arg(c.locale.toString(qlonglong(step.customers)),
                                                       percentText(step.reach, c.locale));
        if (i > 0)
            value += QStringLiteral(" · ") + ReportdashboardTr::tr("%1 drop-off").arg(percentText(step.dropOff, c.locale));
        ReportStyle::drawText(p, QRectF(b.left() + labelW + barW + 8, y + 6, valueW - 8, 14), value, ReportStyle::font(7.5),
                              ReportStyle::muted(), Qt::AlignLeft, 1);
    }
}

/// One row of the scenario comparison: a translated label and the value of a run.
struct ScenarioMetric
{
    QString label;
    std::function<QString(const ScenarioRecord &, const QLocale &)> value;
};

QString percentText(double share, const QLocale &locale, int decimals)
{
    return QStringLiteral("%1 %").arg(locale.toString(100.0 * share, 'f', decimals));
}

/// The measures the app's comparison shows, with words instead of the stored keys
/// (`baseline.conversionHigh`, `scenario.seed` mean nothing on paper).
QList<ScenarioMetric> scenarioMetrics()
{
    return {
        {ReportdashboardTr::tr("Conversion rate, baseline"),
         [](const ScenarioRecord &r, const QLocale &l) { return percentText(r.baseline.conversionRate, l, 2); }},
        {ReportdashboardTr::tr("Conversion rate, scenario"),
         [](const ScenarioRecord &r, const QLocale &l) { return percentText(r.scenario.conversionRate, l, 2); }},
        {ReportdashboardTr::tr("Difference (percentage points)"),
         [](const ScenarioRecord &r, const QLocale &l) {
             const double pp = 100.0 * (r.scenario.conversionRate - r.baseline.conversionRate);
             return QStringLiteral("%1%2").arg(pp > 0 ? QStringLiteral("+") : QString(), l.toString(pp, 'f', 2));
         }},
        {ReportdashboardTr::tr("95 % interval, scenario"),
         [](const ScenarioRecord &r, const QLocale &l) {
             return QStringLiteral("%1 – %2")
                 .arg(percentText(r.scenario.conversionLow, l, 2), percentText(r.scenario.conversionHigh, l, 2));
         }},
        {ReportdashboardTr::tr("Conversions, baseline"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.baseline.conversions); }},
        {ReportdashboardTr::tr("Conversions, scenario"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.scenario.conversions); }},
        {ReportdashboardTr::tr("Revenue per customer, baseline"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.baseline.revenuePerCustomer, 'f', 0); }},
        {ReportdashboardTr::tr("Revenue per customer, scenario"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.scenario.revenuePerCustomer, 'f', 0); }},
        {ReportdashboardTr::tr("Days to convert, scenario"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.scenario.timeToConvertDays, 'f', 1); }},
        {ReportdashboardTr::tr("Simulated customers"),
         [](const ScenarioRecord &r, const QLocale &l) { return l.toString(r.scenario.customers); }},
    };
}

} // namespace

void addDashboard(ReportBook &book, const ReportContext &c)
{
    QList<int> kpis;
    for (int i = 0; i < c.project.kpis.size(); ++i) {
        const Kpi &k = c.project.kpis.at(i);
        if (k.target && (k.actual || k.simulated))
            kpis.append(i);
    }
    QList<int> scenarios;
    QList<ScenarioRecord> records;
    for (int i = 0; i < c.project.scenarios.size(); ++i) {
        ScenarioRecord record = ScenarioRecord::fromJson(c.project.scenarios.at(i).result);
        if (record.isEmpty())
            continue;
        scenarios.append(i);
        records.append(std::move(record));
    }
    const Journey *journey = c.project.journeys.isEmpty() ? nullptr : &c.project.journeys.first();
    if (const Journey *chosen = findById(c.project.journeys, c.options.journeyId))
        journey = chosen;
    auto funnel = std::make_shared<const std::vector<sim::FunnelStep>>(
        ReportData::measureFunnel(journey, c.options.measureDataSet));
    const sim::TransitionMatrix flow = ReportData::measureChannelFlow(c.options.measureDataSet);
    if (kpis.isEmpty() && scenarios.isEmpty() && funnel->empty() && !hasChannelFlow(flow))
        return;
    book.beginSection(ReportdashboardTr::tr("Dashboard"));
    auto ctx = std::make_shared<ReportContext>(c);
    if (!funnel->empty())
        book.addPage({QPageLayout::Portrait, ReportdashboardTr::tr("Dashboard"), true,
                      [ctx, funnel](QPainter *p, const QRectF &b) { paintFunnel(p, b, *ctx, *funnel); }});
    addChannelFlowPage(book, c, flow);
    const QRectF body = book.bodyRect(QPageLayout::Portrait);
    const int perPage = qMax(1, int((body.height() - ReportStyle::kHeadingHeight - 30) / kBarRow));
    for (int first = 0; first < kpis.size(); first += perPage) {
        const QList<int> slice = kpis.mid(first, perPage);
        book.addPage({QPageLayout::Portrait, ReportdashboardTr::tr("Dashboard"), true,
                      [ctx, slice](QPainter *p, const QRectF &b) { paintKpiChart(p, b, *ctx, slice); }});
    }
    if (scenarios.isEmpty())
        return;
    // Scenario comparison: measures as rows, scenarios as columns.
    ReportTable t;
    t.columns.append({ReportdashboardTr::tr("Measure"), 1.8, Qt::AlignLeft});
    for (int i : scenarios)
        t.columns.append({c.project.scenarios.at(i).name, 1.0, Qt::AlignRight});
    for (const ScenarioMetric &metric : scenarioMetrics()) {
        QList<ReportTableCell> row;
        row.append({metric.label, {}, {}, {}, true, {}});
        for (const ScenarioRecord &record : std::as_const(records))
            row.append({metric.value(record, c.locale), {}, {}, {}, false, {}});
        t.rows.append(row);
    }
    book.beginSection(ReportdashboardTr::tr("Scenario comparison"), 1);
    addTablePages(book, c.style, ReportdashboardTr::tr("Dashboard"), ReportdashboardTr::tr("Scenario comparison"),
                  ReportdashboardTr::tr("The last simulation result of each what-if scenario, side by side."), t,
                  scenarios.size() > 4 ? QPageLayout::Landscape : QPageLayout::Portrait);
}

} // namespace omnimap::ReportSections
