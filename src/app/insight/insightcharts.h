#pragma once

#include "simadapter.h"

#include <QList>

class QChart;
class QChartView;

namespace omnimap::insight {

// Builders of the dashboard's Qt Charts. Each returns a new chart holding exactly the
// engine's numbers (tests read them back from the series), styled with the one palette.

/// Stage funnel: a stacked horizontal bar per stage, customers who reached it and those
/// lost since the previous stage, first stage on top.
QChart *funnelChart(const std::vector<sim::FunnelStep> &funnel);

/// Attributed conversions per channel, one bar set per chosen model, side by side, with
/// the bootstrap's 90 % intervals as error bars (an ErrorBarItem child of the chart).
QChart *attributionChart(const std::vector<sim::AttributionResult> &results, const QList<sim::AttributionModel> &models,
                         const Project &project);

/// Conversions by days from first touch to conversion.
QChart *timeToConvertChart(const sim::TimeToConvert &time);

/// Stage reach of two simulation runs side by side (scenario comparison).
QChart *reachComparisonChart(const QStringList &stages, const QList<double> &left, const QString &leftName,
                             const QList<double> &right, const QString &rightName);

/// A chart view with antialiasing and bar tooltips wired up.
QChartView *makeChartView(QChart *chart, QWidget *parent = nullptr);

/// Replaces the chart shown by a view (the old one is deleted).
void replaceChart(QChartView *view, QChart *chart);

} // namespace omnimap::insight
