#pragma once

#include "model/project.h"

#include "sim/kpitrend.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace omnimap {

/// One KPI over time as a chart draws it: the dashboard's trend card and the PDF report's
/// trend page paint the same TrendChart with paintTrendChart(), so they cannot disagree.
struct TrendChart
{
    /// A campaign's dates on the chart's axis, in period units: period i spans [i, i + 1).
    struct Shade
    {
        double from = 0.0;
        double to = 0.0;
        QString label;
    };

    QString title;
    QString unit;                              ///< "%", "" …: appended to axis values
    QStringList periodLabels;                  ///< "2024-W09" …
    std::vector<std::optional<double>> values; ///< none: the period has no measurement
    std::vector<bool> partial;                 ///< the data covers part of the period
    std::optional<double> target;
    QList<Shade> campaigns;
    QString note; ///< why nothing is drawn (no period measured), translated
};

/// Colours and fonts of the surface the chart is painted on (screen or paper).
struct TrendChartStyle
{
    QFont titleFont;
    QFont labelFont;
    QColor ink;
    QColor muted;
    QColor grid;
    QColor line;
    QColor target;
    QColor shade;
};

/// The chart of `trends.kpis[index]` with the KPI's target and the plan's campaigns whose
/// dates overlap the periods (a campaign without valid dates is left out).
TrendChart makeTrendChart(const Project &project, const sim::KpiTrends &trends, std::size_t index);

/// Paints the chart into `bounds`: title, value axis with a few round ticks, the target
/// as a dashed line, campaigns as shaded bands with their names, the values as a line
/// that breaks where a period has no measurement (partial periods drawn hollow), and
/// period labels thinned to fit.
void paintTrendChart(QPainter *p, const QRectF &bounds, const TrendChart &chart, const TrendChartStyle &style,
                     const QLocale &locale);

} // namespace omnimap
