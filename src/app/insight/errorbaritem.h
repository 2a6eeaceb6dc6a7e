#pragma once

#include <QGraphicsObject>
#include <QLineF>
#include <QList>

class QBarSeries;
class QChart;

namespace omnimap::insight {

/// Error bars over a grouped bar series: Qt Charts has no error-bar series, so this item,
/// a child of the chart, draws a whisker with caps from `low` to `high` over each bar and
/// follows the plot area when the chart is resized.
class ErrorBarItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    struct Bar
    {
        int set = 0;      ///< index of the bar set in the series
        int category = 0; ///< index of the category
        double low = 0.0;
        double high = 0.0;
    };

    ErrorBarItem(QChart *chart, QBarSeries *series, QList<Bar> bars);

    /// The whiskers in chart coordinates (for tests and painting).
    QList<QLineF> whiskers() const;
    const QList<Bar> &bars() const { return m_bars; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QChart *m_chart;
    QBarSeries *m_series;
    QList<Bar> m_bars;
};

/// The error bars drawn on `chart`, if any.
ErrorBarItem *errorBarsOf(const QChart *chart);

} // namespace omnimap::insight
