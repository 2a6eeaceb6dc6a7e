#include "errorbaritem.h"

#include "insightpalette.h"

#include <QBarSeries>
#include <QChart>
#include <QPainter>

namespace omnimap::insight {

ErrorBarItem::ErrorBarItem(QChart *chart, QBarSeries *series, QList<Bar> bars)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_series(series)
    , m_bars(std::move(bars))
{
    setObjectName(QStringLiteral("errorBars"));
    setZValue(20); // above the bars
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
}

QList<QLineF> ErrorBarItem::whiskers() const
{
    QList<QLineF> lines;
    const int sets = int(m_series->count());
    if (sets == 0)
        return lines;
    // QBarSeries puts category i at x = i and shares barWidth() of it between the sets.
    const double group = m_series->barWidth();
    for (const Bar &bar : m_bars) {
        const double x = bar.category - group / 2.0 + (bar.set + 0.5) * group / sets;
        lines.append(QLineF(m_chart->mapToPosition(QPointF(x, bar.low), m_series),
                            m_chart->mapToPosition(QPointF(x, bar.high), m_series)));
    }
    return lines;
}

QRectF ErrorBarItem::boundingRect() const
{
    return m_chart->plotArea().adjusted(-4, -4, 4, 4);
}

void ErrorBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const int sets = std::max(1, int(m_series->count()));
    const double unit = m_chart->mapToPosition(QPointF(1, 0), m_series).x() - m_chart->mapToPosition(QPointF(0, 0), m_series).x();
    const double cap = std::clamp(unit * m_series->barWidth() / sets * 0.3, 2.0, 8.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(m_chart->plotArea().adjusted(-1, -1, 1, 1));
    // Dark ink with a light halo, so a whisker reads on any bar colour.
    for (const auto &[colour, width] : {std::pair{QColor(255, 255, 255, 200), 3.5}, std::pair{palette::ink(), 1.4}}) {
        painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        for (const QLineF &line : whiskers()) {
            painter->drawLine(line);
            painter->drawLine(QLineF(line.p1().x() - cap, line.p1().y(), line.p1().x() + cap, line.p1().y()));
            painter->drawLine(QLineF(line.p2().x() - cap, line.p2().y(), line.p2().x() + cap, line.p2().y()));
        }
    }
}

ErrorBarItem *errorBarsOf(const QChart *chart)
{
    for (QGraphicsItem *item : chart ? chart->childItems() : QList<QGraphicsItem *>()) {
        if (auto *bars = dynamic_cast<ErrorBarItem *>(item))
            return bars;
    }
    return nullptr;
}

} // namespace omnimap::insight
