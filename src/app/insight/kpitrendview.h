#pragma once

#include "report/trendchart.h"

#include <QWidget>

namespace omnimap::insight {

/// KPIs over time in the dashboard: one trend chart per bound KPI, two to a row, painted
/// by the same code as the PDF report's trend page (report/trendchart.h).
class KpiTrendView final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiTrendView(QWidget *parent = nullptr);

    /// Charts to show; `message` replaces them when there are none (no bound KPI, a
    /// warehouse, no events in the range).
    void setCharts(QList<TrendChart> charts, const QString &message = {});
    const QList<TrendChart> &charts() const { return m_charts; }
    QString message() const { return m_message; }
    QSize sizeHint() const override;
    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF cell(int index) const;

    QList<TrendChart> m_charts;
    QString m_message;
};

} // namespace omnimap::insight
