#include "sankeyview.h"

#include <QFontMetricsF>

#include "insightpalette.h"

#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QResizeEvent>

namespace omnimap::insight {

SankeyView::SankeyView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(240);
    setBackgroundBrush(Qt::white);
}

void SankeyView::setMatrix(const sim::TransitionMatrix &matrix, const Project &project)
{
    m_matrix = matrix;
    m_project = project;
    rebuild();
}

void SankeyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    rebuild();
}

QString SankeyView::stateLabel(int state) const
{
    // The engine names its three special states "(start)", "(conversion)" and "(null)"
    // (the attribution literature's drop-off state); a marketer reads them in words.
    const int n = m_matrix.size;
    if (state == 0)
        return tr("(start)");
    if (state == n - 2)
        return tr("(converted)");
    if (state == n - 1)
        return tr("(dropped off)");
    return m_matrix.states.value(state);
}

void SankeyView::rebuild()
{
    QGraphicsScene *s = scene();
    s->clear();
    m_drawnTotal = 0.0;
    m_bands = 0;
    m_labelRects.clear();
    const int n = m_matrix.size;
    if (n < 3) {
        auto *text = s->addSimpleText(tr("No channel moves in the selection."));
        text->setBrush(palette::mutedInk());
        return;
    }
    const int conversion = n - 2;
    const int null = n - 1;
    // Left: states that moves leave (start, channels); right: where they arrive.
    std::vector<double> out(std::size_t(n), 0.0), in(std::size_t(n), 0.0);
    double total = 0.0;
    for (int f = 0; f < conversion; ++f) {
        for (int t = 1; t < n; ++t) {
            const double c = m_matrix.count(f, t);
            out[std::size_t(f)] += c;
            in[std::size_t(t)] += c;
            total += c;
        }
    }
    if (total <= 0.0)
        return;
    const QRectF area(0, 0, std::max(400, viewport()->width()), std::max(200, viewport()->height()));
    s->setSceneRect(area);
    const double labelWidth = 110.0;
    const double nodeWidth = 10.0;
    const double gap = 6.0;
    auto count = [](const std::vector<double> &v, int from, int to) {
        int k = 0;
        for (int i = from; i < to; ++i)
            k += v[std::size_t(i)] > 0.0 ? 1 : 0;
        return k;
    };
    const int leftNodes = count(out, 0, conversion);
    const int rightNodes = count(in, 1, n);
    const double usable = area.height() - 8.0 - gap * std::max(leftNodes, rightNodes);
    const double scale = usable / total;
    auto colourOf = [&](int state) {
        if (state == 0)
            return palette::neutral();
        if (state == conversion)
            return palette::onTrack();
        if (state == null)
            return QColor(0xC9, 0xCE, 0xD4);
        return palette::channelColour(m_project, m_matrix.states.value(state), state - 1);
    };
    const QLocale locale;
    const double leftX = area.left() + labelWidth;
    const double rightX = area.right() - labelWidth - nodeWidth;
    std::vector<double> leftY(std::size_t(n), 0.0), rightY(std::size_t(n), 0.0);
    QFont font = this->font();
    font.setPointSizeF(8.5);
    QList<QGraphicsSimpleTextItem *> leftLabels, rightLabels;
    auto addNode = [&](int state, double x, double y, double h, bool left) {
        auto *node = s->addRect(QRectF(x, y, nodeWidth, h), Qt::NoPen, colourOf(state));
        const double share = (left ? out : in)[std::size_t(state)] / total;
        node->setToolTip(tr("%1: %2 moves (%3 %)").arg(stateLabel(state), locale.toString(qint64((left ? out : in)[std::size_t(state)])),
                                                        locale.toString(share * 100.0, 'f', 1)));
        // Long channel names are shortened to the label column (the tool tip has them).
        const QString text = QFontMetricsF(font).elidedText(stateLabel(state), Qt::ElideRight, labelWidth - 10.0);
        auto *label = s->addSimpleText(text, font);
        label->setBrush(palette::ink());
        label->setToolTip(node->toolTip());
        const QRectF r = label->boundingRect();
        label->setPos(left ? x - r.width() - 6.0 : x + nodeWidth + 6.0, y + h / 2.0 - r.height() / 2.0);
        (left ? leftLabels : rightLabels).append(label);
    };
    double y = area.top() + 4.0;
    for (int f = 0; f < conversion; ++f) {
        const double h = out[std::size_t(f)] * scale;
        if (h <= 0.0)
            continue;
        leftY[std::size_t(f)] = y;
        addNode(f, leftX, y, h, true);
        y += h + gap;
    }
    y = area.top() + 4.0;
    for (int t = 1; t < n; ++t) {
        const double h = in[std::size_t(t)] * scale;
        if (h <= 0.0)
            continue;
        rightY[std::size_t(t)] = y;
        addNode(t, rightX, y, h, false);
        y += h + gap;
    }
    // Thin nodes sit closer than a line of text: move their labels apart (in order, top
    // to bottom, then back up from the bottom edge) so "Store" never covers "(converted)".
    for (QList<QGraphicsSimpleTextItem *> *labels : {&leftLabels, &rightLabels}) {
        double next = area.top();
        for (QGraphicsSimpleTextItem *label : std::as_const(*labels)) {
            if (label->y() < next)
                label->setY(next);
            next = label->y() + label->boundingRect().height();
        }
        double limit = area.bottom();
        for (auto it = labels->crbegin(); it != labels->crend(); ++it) {
            const double height = (*it)->boundingRect().height();
            if ((*it)->y() + height > limit)
                (*it)->setY(limit - height);
            limit = (*it)->y();
        }
        for (const QGraphicsSimpleTextItem *label : std::as_const(*labels))
            m_labelRects.append({label->sceneBoundingRect(), label->text(), label->boundingRect().width()});
    }
    publishDrawnTexts(this, m_labelRects);
    // Bands, biggest sources first so small ones stay visible on top.
    std::vector<double> leftOffset(std::size_t(n), 0.0), rightOffset(std::size_t(n), 0.0);
    for (int f = 0; f < conversion; ++f) {
        for (int t = 1; t < n; ++t) {
            const double c = m_matrix.count(f, t);
            if (c <= 0.0)
                continue;
            const double h = c * scale;
            const double y0 = leftY[std::size_t(f)] + leftOffset[std::size_t(f)];
            const double y1 = rightY[std::size_t(t)] + rightOffset[std::size_t(t)];
            leftOffset[std::size_t(f)] += h;
            rightOffset[std::size_t(t)] += h;
            const double x0 = leftX + nodeWidth;
            const double x1 = rightX;
            const double mid = (x0 + x1) / 2.0;
            QPainterPath path(QPointF(x0, y0));
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1));
            path.lineTo(x1, y1 + h);
            path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h));
            path.closeSubpath();
            QColor colour = colourOf(f == 0 ? t : f);
            colour.setAlphaF(0.38);
            auto *band = s->addPath(path, Qt::NoPen, colour);
            band->setToolTip(tr("%1 → %2: %3 moves (%4 % of the moves from %1)")
                                 .arg(stateLabel(f), stateLabel(t), locale.toString(qint64(c)),
                                      locale.toString(100.0 * c / out[std::size_t(f)], 'f', 1)));
            m_drawnTotal += c;
            ++m_bands;
        }
    }
}

} // namespace omnimap::insight
