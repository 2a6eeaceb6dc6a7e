#include "channelflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace omnimap::ChannelFlow {

// The strings keep the context of the dashboard view that had them first (and their
// translations); literal contexts, so lupdate reads them.

namespace {

constexpr double kNodeWidth = 10.0;
constexpr double kGap = 6.0;
constexpr double kLabelGap = 6.0;

QColor startColour() { return QColor(0x90, 0x98, 0xA4); }
QColor convertedColour() { return QColor(0x2E, 0x7D, 0x32); }
QColor droppedColour() { return QColor(0xC9, 0xCE, 0xD4); }

/// Labels of one column, top to bottom: pushed down below the one above, then up from
/// the bottom edge, so no two overlap while the column has room for all of them.
void spreadLabels(QList<ChannelFlowNode> &nodes, bool source, const QRectF &area)
{
    QList<ChannelFlowNode *> column;
    for (ChannelFlowNode &node : nodes)
        if (node.source == source)
            column.append(&node);
    double next = area.top();
    for (ChannelFlowNode *node : std::as_const(column)) {
        if (node->labelRect.top() < next)
            node->labelRect.moveTop(next);
        next = node->labelRect.bottom();
    }
    double limit = area.bottom();
    for (auto it = column.crbegin(); it != column.crend(); ++it) {
        if ((*it)->labelRect.bottom() > limit)
            (*it)->labelRect.moveBottom(limit);
        limit = (*it)->labelRect.top();
    }
}

} // namespace

QString stateLabel(const sim::TransitionMatrix &matrix, int state)
{
    const int n = matrix.size;
    if (state == 0)
        return QCoreApplication::translate("omnimap::insight::SankeyView", "(start)");
    if (state == n - 2)
        return QCoreApplication::translate("omnimap::insight::SankeyView", "(converted)");
    if (state == n - 1)
        return QCoreApplication::translate("omnimap::insight::SankeyView", "(dropped off)");
    return matrix.states.value(state);
}

QColor channelColour(const Project &project, const QString &channelName, int index)
{
    for (const Channel &c : project.channels) {
        if (c.name.compare(channelName, Qt::CaseInsensitive) == 0) {
            const QColor colour = QColor::fromString(c.color);
            if (colour.isValid())
                return colour;
        }
    }
    static const QColor fallback[] = {QColor(0x4E, 0x79, 0xA7), QColor(0xF2, 0x8E, 0x2B), QColor(0x59, 0xA1, 0x4F),
                                      QColor(0xB0, 0x7A, 0xA1), QColor(0x76, 0xB7, 0xB2), QColor(0xED, 0xC9, 0x48),
                                      QColor(0x9C, 0x75, 0x5F), QColor(0xBA, 0xB0, 0xAC)};
    return fallback[std::size_t(std::max(0, index)) % std::size(fallback)];
}

ChannelFlowLayout layout(const sim::TransitionMatrix &matrix, const Project &project, const QRectF &area,
                         const QFont &font, double labelWidth)
{
    ChannelFlowLayout out;
    out.area = area;
    out.font = font;
    const int n = matrix.size;
    if (n < 3 || matrix.counts.size() < std::size_t(n) * std::size_t(n))
        return out;
    const int conversion = n - 2;
    const int null = n - 1;
    // Left: states that moves leave (start, channels); right: where they arrive.
    std::vector<double> leaving(std::size_t(n), 0.0), arriving(std::size_t(n), 0.0);
    double total = 0.0;
    for (int f = 0; f < conversion; ++f) {
        for (int t = 1; t < n; ++t) {
            const double c = matrix.count(f, t);
            if (c <= 0.0)
                continue;
            leaving[std::size_t(f)] += c;
            arriving[std::size_t(t)] += c;
            total += c;
        }
    }
    if (total <= 0.0)
        return out;
    auto countNodes = [](const std::vector<double> &v, int from, int to) {
        int k = 0;
        for (int i = from; i < to; ++i)
            k += v[std::size_t(i)] > 0.0 ? 1 : 0;
        return k;
    };
    const int most = std::max(countNodes(leaving, 0, conversion), countNodes(arriving, 1, n));
    const double usable = std::max(1.0, area.height() - 8.0 - kGap * most);
    const double scale = usable / total;
    auto colourOf = [&](int state) {
        if (state == 0)
            return startColour();
        if (state == conversion)
            return convertedColour();
        if (state == null)
            return droppedColour();
        return channelColour(project, matrix.states.value(state), state - 1);
    };
    const QFontMetricsF metrics(font);
    const double leftX = area.left() + labelWidth;
    const double rightX = area.right() - labelWidth - kNodeWidth;
    std::vector<double> leftY(std::size_t(n), 0.0), rightY(std::size_t(n), 0.0);
    auto addNode = [&](int state, double x, double y, double h, bool source) {
        ChannelFlowNode node;
        node.state = state;
        node.source = source;
        node.rect = QRectF(x, y, kNodeWidth, h);
        node.colour = colourOf(state);
        node.name = stateLabel(matrix, state);
        // Long channel names are shortened to the label column (tool tips and the
        // report's list of moves have them whole).
        node.text = metrics.elidedText(node.name, Qt::ElideRight, labelWidth - 2 * kLabelGap);
        const double w = metrics.horizontalAdvance(node.text);
        const double lineHeight = metrics.height();
        node.labelRect = QRectF(source ? x - kLabelGap - w : x + kNodeWidth + kLabelGap, y + h / 2.0 - lineHeight / 2.0, w,
                                lineHeight);
        node.moves = (source ? leaving : arriving)[std::size_t(state)];
        node.share = node.moves / total;
        out.nodes.append(node);
    };
    double y = area.top() + 4.0;
    for (int f = 0; f < conversion; ++f) {
        const double h = leaving[std::size_t(f)] * scale;
        if (h <= 0.0)
            continue;
        leftY[std::size_t(f)] = y;
        addNode(f, leftX, y, h, true);
        y += h + kGap;
    }
    y = area.top() + 4.0;
    for (int t = 1; t < n; ++t) {
        const double h = arriving[std::size_t(t)] * scale;
        if (h <= 0.0)
            continue;
        rightY[std::size_t(t)] = y;
        addNode(t, rightX, y, h, false);
        y += h + kGap;
    }
    spreadLabels(out.nodes, true, area);
    spreadLabels(out.nodes, false, area);
    // Bands in source order; each takes the next slice of its two bars.
    std::vector<double> leftOffset(std::size_t(n), 0.0), rightOffset(std::size_t(n), 0.0);
    for (int f = 0; f < conversion; ++f) {
        for (int t = 1; t < n; ++t) {
            const double c = matrix.count(f, t);
            if (c <= 0.0)
                continue;
            const double h = c * scale;
            const double y0 = leftY[std::size_t(f)] + leftOffset[std::size_t(f)];
            const double y1 = rightY[std::size_t(t)] + rightOffset[std::size_t(t)];
            leftOffset[std::size_t(f)] += h;
            rightOffset[std::size_t(t)] += h;
            const double x0 = leftX + kNodeWidth;
            const double x1 = rightX;
            const double mid = (x0 + x1) / 2.0;
            ChannelFlowBand band;
            band.from = f;
            band.to = t;
            band.fromName = stateLabel(matrix, f);
            band.toName = stateLabel(matrix, t);
            band.path.moveTo(x0, y0);
            band.path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1));
            band.path.lineTo(x1, y1 + h);
            band.path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h));
            band.path.closeSubpath();
            band.colour = colourOf(f == 0 ? t : f);
            band.colour.setAlphaF(0.38f);
            band.moves = c;
            band.shareOfSource = c / leaving[std::size_t(f)];
            out.bands.append(band);
            out.total += c;
        }
    }
    return out;
}

void paint(QPainter *painter, const ChannelFlowLayout &layout, const QColor &ink)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (const ChannelFlowBand &band : layout.bands) {
        painter->setBrush(band.colour);
        painter->drawPath(band.path);
    }
    for (const ChannelFlowNode &node : layout.nodes)
        painter->fillRect(node.rect, node.colour);
    painter->setFont(layout.font);
    painter->setPen(ink);
    for (const ChannelFlowNode &node : layout.nodes)
        painter->drawText(node.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, node.text);
    painter->restore();
}

QString nodeText(const ChannelFlowNode &node, const QLocale &locale)
{
    return QCoreApplication::translate("omnimap::insight::SankeyView", "%1: %2 moves (%3 %)")
        .arg(node.name, locale.toString(qint64(node.moves)), locale.toString(node.share * 100.0, 'f', 1));
}

QString bandText(const ChannelFlowBand &band, const QLocale &locale)
{
    return QCoreApplication::translate("omnimap::insight::SankeyView", "%1 → %2: %3 moves (%4 % of the moves from %1)")
        .arg(band.fromName, band.toName, locale.toString(qint64(band.moves)),
             locale.toString(100.0 * band.shareOfSource, 'f', 1));
}

int nodeAt(const ChannelFlowLayout &layout, const QPointF &point)
{
    for (qsizetype i = 0; i < layout.nodes.size(); ++i)
        if (layout.nodes.at(i).rect.contains(point) || layout.nodes.at(i).labelRect.contains(point))
            return int(i);
    return -1;
}

int bandAt(const ChannelFlowLayout &layout, const QPointF &point)
{
    for (qsizetype i = layout.bands.size() - 1; i >= 0; --i)
        if (layout.bands.at(i).path.contains(point))
            return int(i);
    return -1;
}

} // namespace omnimap::ChannelFlow
