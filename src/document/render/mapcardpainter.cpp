// MapRenderer: touchpoint cards and hand-off connectors.
#include "maprenderer.h"

#include "mapglyphs.h"
#include "mapoverlaypainter.h"
#include "mapstyle.h"
#include "model/lookup.h"
#include "plan/money.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace omnimap {

namespace {

Id ownerOf(const QList<Touchpoint> &touchpoints, const Id &touchpointId)
{
    const Touchpoint *t = findById(touchpoints, touchpointId);
    return t ? t->ownerDepartmentId : Id();
}

QString formatTarget(const Kpi &kpi)
{
    if (!kpi.target)
        return {};
    const double v = *kpi.target;
    const QLocale locale;
    switch (kpi.unit) {
    case KpiUnit::Percent:
        return locale.toString(v, 'g', 3) + QLatin1Char('%');
    case KpiUnit::Currency:
        // Compact on a chip, but still money: "₩15k", "$2.5M".
        if (std::abs(v) >= 1e3)
            return currencySymbol(kpi.currency).trimmed() + (std::abs(v) >= 1e6 ? locale.toString(v / 1e6, 'g', 3) + QLatin1Char('M')
                                                                             : locale.toString(v / 1e3, 'g', 3) + QLatin1Char('k'));
        return currencySymbol(kpi.currency).trimmed() + locale.toString(v, 'g', 4);
    case KpiUnit::Count:
        if (std::abs(v) >= 1e6)
            return locale.toString(v / 1e6, 'g', 3) + QLatin1Char('M');
        if (std::abs(v) >= 1e3)
            return locale.toString(v / 1e3, 'g', 3) + QLatin1Char('k');
        return locale.toString(v, 'g', 4);
    case KpiUnit::Duration:
        return locale.toString(v, 'g', 3) + QLatin1Char('d');
    case KpiUnit::Ratio:
    case KpiUnit::Score:
        return locale.toString(v, 'g', 3);
    }
    return {};
}

} // namespace

void MapRenderer::paintCard(QPainter *p, const QRectF &rect, const Touchpoint &t, const Channel *channel,
                            const Project &project, const MapRenderOptions &o, bool selected, bool focused)
{
    const MapPalette &pal = MapPalette::get(o.darkMode);
    const QColor color = channelColor(channel ? channel->color : QString(), 0);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const double opacity = p->opacity();
    if (MapOverlayPainter::isDimmed(o, t.ownerDepartmentId)) // department focus: not yours
        p->setOpacity(opacity * MapOverlayPainter::DimmedOpacity);
    const auto highlight = o.highlights.constFind(t.id);
    const double radius = 8.0;
    auto paintHighlight = [&] {
        if (highlight == o.highlights.cend())
            return;
        // A merge or compare points at the card even when another department owns it.
        const double dimmed = p->opacity();
        p->setOpacity(opacity);
        MapOverlayPainter::paintHighlight(p, rect, radius, *highlight, o.darkMode);
        p->setOpacity(dimmed);
    };
    auto paintDecorations = [&] {
        paintHighlight();
        // The KPI badge overlaps the top-right corner (inside the item's margin on the canvas).
        if (const auto badge = o.touchpointBadges.constFind(t.id);
            badge != o.touchpointBadges.cend() && MapOverlayPainter::showsBadge(*badge))
            MapOverlayPainter::paintBadge(p, QPointF(rect.right() - 4, rect.top() + 4), 8.0, *badge, pal,
                                          o.darkMode);
    };
    if (o.levelOfDetail <= 0) {
        // Overview: coloured blocks only, cheap enough for thousands of cards.
        QColor block = color;
        block.setAlphaF(selected ? 0.95f : 0.7f);
        p->setPen(selected ? QPen(pal.selection, 3) : QPen(Qt::NoPen));
        p->setBrush(block);
        p->drawRoundedRect(rect, radius, radius);
        paintHighlight();
        p->restore();
        return;
    }
    // Soft shadow, then the card.
    QColor shadow(0, 0, 0, o.darkMode ? 70 : 22);
    p->setPen(Qt::NoPen);
    p->setBrush(shadow);
    p->drawRoundedRect(rect.translated(0, 2), radius, radius);
    QPainterPath card;
    card.addRoundedRect(rect, radius, radius);
    p->setBrush(pal.cardFill);
    p->setPen(selected ? QPen(pal.selection, 2) : QPen(pal.cardBorder, 1));
    p->drawPath(card);
    p->save();
    p->setClipPath(card);
    p->fillRect(QRectF(rect.left(), rect.top(), rect.width(), 5), color);
    p->restore();

    // Markers at the top right: moment of truth, promotion, owning department.
    double markerRight = rect.right() - 10;
    const double markerY = rect.top() + 19;
    if (t.momentOfTruth) {
        MapGlyphs::paintStar(p, QPointF(markerRight - 7, markerY), 7.5, QColor(0xf5, 0x9e, 0x0b));
        markerRight -= 19;
    }
    if (t.promotion) {
        MapGlyphs::paintTag(p, QRectF(markerRight - 18, markerY - 6.5, 18, 13), QColor(0xdb, 0x27, 0x77));
        markerRight -= 23;
    }
    if (o.levelOfDetail >= 2 && !t.ownerDepartmentId.isEmpty()) {
        if (const Department *dept = findById(project.departments, t.ownerDepartmentId)) {
            p->setFont(mapFont(9, QFont::Bold));
            const QString initials = initialsOf(dept->name);
            const double w = QFontMetricsF(p->font()).horizontalAdvance(initials) + 10;
            const QRectF pill(markerRight - w, markerY - 8, w, 16);
            QColor deptColor(dept->color);
            if (!deptColor.isValid())
                deptColor = pal.mutedText;
            p->setPen(Qt::NoPen);
            p->setBrush(deptColor);
            p->drawRoundedRect(pill, 8, 8);
            p->setPen(Qt::white);
            p->drawText(pill, Qt::AlignCenter, initials);
            markerRight -= w + 5;
        }
    }

    const QRectF title(rect.left() + 10, rect.top() + 10, markerRight - rect.left() - 12, 19);
    p->setPen(pal.text);
    p->setFont(mapFont(13, QFont::Bold));
    p->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(p->font()).elidedText(t.title, Qt::ElideRight, title.width()));
    if (o.levelOfDetail < 2) {
        paintDecorations();
        p->restore();
        return;
    }

    // KPI chips in the footer.
    QList<const Kpi *> kpis;
    for (const Kpi &kpi : project.kpis)
        if (kpi.touchpointIds.contains(t.id))
            kpis.append(&kpi);
    const double footerHeight = kpis.isEmpty() ? 0.0 : 26.0;
    const QRectF desc(rect.left() + 10, title.bottom() + 3, rect.width() - 20,
                      rect.bottom() - title.bottom() - 8 - footerHeight);
    p->setPen(pal.mutedText);
    const int lines = std::max(1, int(desc.height() / 16.0));
    drawWrappedText(p, desc, t.description, mapFont(11), std::min(lines, 2 + int(t.height > 1.2) * 2));

    if (!kpis.isEmpty()) {
        p->setFont(mapFont(10, QFont::DemiBold));
        const QFontMetricsF metrics(p->font());
        double x = rect.left() + 8;
        const double y = rect.bottom() - 23;
        for (qsizetype i = 0; i < kpis.size(); ++i) {
            const Kpi &kpi = *kpis.at(i);
            const bool last = i == 1 && kpis.size() > 2;
            const QString label = last ? QStringLiteral("+%1").arg(kpis.size() - 1)
                                       : kpi.name + QLatin1Char(' ') + formatTarget(kpi);
            const double maxWidth = rect.right() - 8 - x;
            if (maxWidth < 40)
                break;
            const QString text = metrics.elidedText(label, Qt::ElideRight, std::min(maxWidth - 22, 120.0));
            const QRectF chip(x, y, metrics.horizontalAdvance(text) + (last ? 12 : 24), 18);
            p->setPen(Qt::NoPen);
            p->setBrush(o.darkMode ? QColor(0x37, 0x3d, 0x47) : QColor(0xf1, 0xf3, 0xf6));
            p->drawRoundedRect(chip, 9, 9);
            double textLeft = chip.left() + 6;
            if (!last) {
                MapGlyphs::paintStatus(p, QPointF(chip.left() + 10, chip.center().y()), 8, omnimap::kpiStatus(kpi),
                                       pal.statusGood, pal.statusWarn, pal.statusBad, pal.statusNone);
                textLeft = chip.left() + 18;
            }
            p->setPen(pal.text);
            p->drawText(QRectF(textLeft, chip.top(), chip.right() - textLeft - 4, chip.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, text);
            x = chip.right() + 5;
            if (last)
                break;
        }
    }
    paintDecorations();
    if (focused) {
        p->setPen(QPen(pal.focusRing, 2.5));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(rect.adjusted(-4, -4, 4, 4), radius + 3, radius + 3);
    }
    p->restore();
}

QPainterPath MapRenderer::handoffPath(const QRectF &from, const QRectF &to)
{
    QPainterPath path;
    QPointF start, end, c1, c2;
    if (to.left() >= from.right() - 1) {
        start = QPointF(from.right(), from.center().y());
        end = QPointF(to.left(), to.center().y());
        const double dx = std::max(40.0, (end.x() - start.x()) / 2.0);
        c1 = start + QPointF(dx, 0);
        c2 = end - QPointF(dx, 0);
    } else if (to.right() <= from.left() + 1) {
        start = QPointF(from.left(), from.center().y());
        end = QPointF(to.right(), to.center().y());
        const double dx = std::max(40.0, (start.x() - end.x()) / 2.0);
        c1 = start - QPointF(dx, 0);
        c2 = end + QPointF(dx, 0);
    } else {
        // Same column: leave from the facing edge, bulge to the right so it clears the cards.
        const bool down = to.top() >= from.center().y();
        start = QPointF(from.center().x() + from.width() * 0.25, down ? from.bottom() : from.top());
        end = QPointF(to.center().x() + to.width() * 0.25, down ? to.top() : to.bottom());
        const double dy = std::max(20.0, std::abs(end.y() - start.y()) / 2.0) * (down ? 1 : -1);
        c1 = start + QPointF(0, dy);
        c2 = end - QPointF(0, dy);
    }
    path.moveTo(start);
    path.cubicTo(c1, c2, end);
    return path;
}

void MapRenderer::paintHandoff(QPainter *p, const QPainterPath &path, const MapRenderOptions &o, double volume,
                               bool selected, bool antialiased)
{
    if (path.isEmpty())
        return;
    const MapPalette &pal = MapPalette::get(o.darkMode);
    const double width = volume >= 0.0 ? 1.5 + 8.0 * std::clamp(volume, 0.0, 1.0) : 1.8;
    const QColor color = selected ? pal.selection : pal.handoff;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, antialiased);
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    // Arrowhead along the tangent at the end: the last control point gives it (the same
    // angle as angleAtPercent(1.0), without measuring a long path's length).
    const int last = path.elementCount() - 1;
    const QPointF tip = path.elementAt(last);
    QPointF before = tip;
    for (int i = last - 1; i >= 0 && before == tip; --i)
        before = path.elementAt(i);
    const double angle = std::atan2(tip.y() - before.y(), tip.x() - before.x());
    const double size = 7.0 + width;
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(tip - QPointF(std::cos(angle - 0.45) * size, std::sin(angle - 0.45) * size));
    head.lineTo(tip - QPointF(std::cos(angle + 0.45) * size, std::sin(angle + 0.45) * size));
    head.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(head);
    p->restore();
}

void MapRenderer::paintHandoffs(QPainter *p, const QRectF &exposed) const
{
    if (!m_journey)
        return;
    for (const Handoff &h : m_journey->handoffs) {
        const QRectF from = m_layout.cardRect(h.fromTouchpointId);
        const QRectF to = m_layout.cardRect(h.toTouchpointId);
        if (from.isNull() || to.isNull())
            continue;
        if (exposed.isValid() && !from.united(to).adjusted(-60, -60, 60, 60).intersects(exposed))
            continue;
        const double volume = m_options.handoffVolume.value(h.id, -1.0);
        const bool dimmed = !m_options.focusDepartmentId.isEmpty()
            && MapOverlayPainter::isHandoffDimmed(m_options, ownerOf(m_journey->touchpoints, h.fromTouchpointId),
                                                  ownerOf(m_journey->touchpoints, h.toTouchpointId));
        const QPainterPath path = handoffPath(from, to);
        if (const auto highlight = m_options.highlights.constFind(h.id); highlight != m_options.highlights.cend())
            MapOverlayPainter::paintHandoffHighlight(p, path, *highlight, m_options.darkMode);
        p->save();
        if (dimmed)
            p->setOpacity(p->opacity() * MapOverlayPainter::DimmedOpacity);
        paintHandoff(p, path, m_options, volume, false);
        p->restore();
    }
}

void MapRenderer::paintCards(QPainter *p, const QRectF &exposed) const
{
    if (!m_journey)
        return;
    for (const Touchpoint &t : m_journey->touchpoints) {
        const QRectF rect = m_layout.cardRect(t.id);
        if (rect.isNull() || (exposed.isValid() && !rect.intersects(exposed)))
            continue;
        paintCard(p, rect, t, findById(m_project.channels, t.channelId), m_project, m_options, false, false);
    }
}

} // namespace omnimap
