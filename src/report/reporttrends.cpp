// KPIs over time in the PDF report: the dashboard's trend chart (trendchart.cpp paints
// both) for every bound KPI, measured on the data set the report was given.

#include "reportsections.h"

#include "render/mapstyle.h"
#include "reportmeasure.h"
#include "trendchart.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>

namespace omnimap::ReportSections {

namespace {

struct ReporttrendsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

constexpr int kChartsPerPage = 3;

TrendChartStyle paperStyle()
{
    TrendChartStyle s;
    s.titleFont = ReportStyle::font(9, QFont::DemiBold);
    s.labelFont = ReportStyle::font(6.5);
    s.ink = ReportStyle::ink();
    s.muted = ReportStyle::muted();
    s.grid = ReportStyle::rule();
    s.line = MapPalette::get(false).accent;
    s.target = ReportStyle::statusColor(KpiStatus::OffTrack);
    s.shade = QColor(0xF2, 0xC1, 0x4E, 70);
    return s;
}

QString periodWords(sim::TrendPeriod period)
{
    switch (period) {
    case sim::TrendPeriod::Day:
        return ReporttrendsTr::tr("per day");
    case sim::TrendPeriod::Week:
        return ReporttrendsTr::tr("per ISO week (Monday to Sunday)");
    case sim::TrendPeriod::Month:
        return ReporttrendsTr::tr("per month");
    }
    return {};
}

} // namespace

void addKpiTrends(ReportBook &book, const ReportContext &c)
{
    const std::optional<sim::KpiTrends> trends = ReportData::measureTrends(c.project, c.options.measureDataSet);
    if (!trends || trends->kpis.empty())
        return;
    auto charts = std::make_shared<std::vector<TrendChart>>();
    for (std::size_t k = 0; k < trends->kpis.size(); ++k)
        charts->push_back(makeTrendChart(c.project, *trends, k));
    book.beginSection(ReporttrendsTr::tr("KPIs over time"), 1);
    auto ctx = std::make_shared<ReportContext>(c);
    const QString subtitle = ReporttrendsTr::tr("Each bound KPI measured on the data set %1, in UTC; the dashed line is the target, "
                                "shaded bands are the campaigns' dates.")
                                 .arg(periodWords(trends->period));
    for (std::size_t first = 0; first < charts->size(); first += kChartsPerPage) {
        book.addPage({QPageLayout::Portrait, ReporttrendsTr::tr("Dashboard"), true, [ctx, charts, first, subtitle](QPainter *p, const QRectF &b) {
                          const double top = b.top() + ctx->style.drawHeading(p, b, ReporttrendsTr::tr("KPIs over time"), subtitle) + 8;
                          const double h = (b.bottom() - top) / kChartsPerPage;
                          for (std::size_t i = first; i < charts->size() && i < first + kChartsPerPage; ++i) {
                              const QRectF cell(b.left(), top + double(i - first) * h, b.width(), h - 14);
                              paintTrendChart(p, cell, (*charts)[i], paperStyle(), ctx->locale);
                          }
                      }});
    }
}

} // namespace omnimap::ReportSections
