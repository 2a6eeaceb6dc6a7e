#include "mapoverlaypainter.h"

#include "mapglyphs.h"
#include "mapstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace omnimap::MapOverlayPainter {

bool isDimmed(const MapDecorations &d, const Id &ownerDepartmentId)
{
    return !d.focusDepartmentId.isEmpty() && ownerDepartmentId != d.focusDepartmentId;
}

QColor heatColor(double dropOff, const MapPalette &pal, double strength)
{
    QColor color = pal.statusBad;
    // A floor so that a small loss still reads as "measured", a ceiling so text stays legible.
    const double share = std::clamp(dropOff, 0.0, 1.0);
    color.setAlphaF(float(std::clamp((0.10 + 0.55 * share) * strength, 0.0, 0.65)));
    return color;
}

QString dropOffLabel(double dropOff)
{
    const int percent = int(std::lround(std::clamp(dropOff, 0.0, 1.0) * 100.0));
    return QCoreApplication::translate("omnimap::MapRenderer", "−%1 % drop-off").arg(percent);
}

QRectF paintDropOffLabel(QPainter *p, const QRectF &rect, double dropOff, const MapPalette &pal)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(mapFont(10, QFont::Bold));
    const QString text = dropOffLabel(dropOff);
    const double w = QFontMetricsF(p->font()).horizontalAdvance(text) + 14;
    const QRectF pill(rect.right() - w, rect.bottom() - 16, w, 16);
    p->setPen(Qt::NoPen);
    p->setBrush(pal.statusBad);
    p->drawRoundedRect(pill, 8, 8);
    p->setPen(Qt::white);
    p->drawText(pill, Qt::AlignCenter, text);
    p->restore();
    return pill;
}

void paintBadge(QPainter *p, const QPointF &center, double radius, const KpiBadge &badge, const MapPalette &pal,
                bool darkMode)
{
    MapGlyphs::paintBadge(p, center, radius, badge.status, pal.statusGood, pal.statusWarn, pal.statusBad,
                          pal.statusNone, darkMode ? pal.cardFill : QColor(Qt::white));
}

QColor highlightColor(MapHighlight kind, bool darkMode)
{
    switch (kind) {
    case MapHighlight::Changed:
        return darkMode ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7c, 0x3a, 0xed);
    case MapHighlight::Merged:
        return darkMode ? QColor(0x2d, 0xd4, 0xbf) : QColor(0x0d, 0x94, 0x88);
    case MapHighlight::Conflict:
        return darkMode ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    }
    return {};
}

void paintHighlight(QPainter *p, const QRectF &rect, double radius, MapHighlight kind, bool darkMode)
{
    const QColor color = highlightColor(kind, darkMode);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, kind == MapHighlight::Conflict ? 3.5 : 2.5);
    if (kind == MapHighlight::Changed)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QRectF outline = rect.adjusted(-3, -3, 3, 3);
    p->drawRoundedRect(outline, radius + 2, radius + 2);
    if (kind == MapHighlight::Conflict) {
        // Within the 6 units canvas items keep around a card for rings and knobs.
        const QPointF c = rect.topLeft();
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(c, 6.0, 6.0);
        p->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(c.x(), c.y() - 3.2), QPointF(c.x(), c.y() + 0.6));
        p->drawPoint(QPointF(c.x(), c.y() + 3.0));
    }
    p->restore();
}

void paintHandoffHighlight(QPainter *p, const QPainterPath &path, MapHighlight kind, bool darkMode)
{
    QColor color = highlightColor(kind, darkMode);
    color.setAlphaF(0.55);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, kind == MapHighlight::Conflict ? 9.0 : 7.0, Qt::SolidLine, Qt::RoundCap);
    if (kind == MapHighlight::Changed)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->restore();
}

QString badgeStatusText(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack: return QCoreApplication::translate("omnimap::MapRenderer", "On track");
    case KpiStatus::AtRisk: return QCoreApplication::translate("omnimap::MapRenderer", "At risk");
    case KpiStatus::OffTrack: return QCoreApplication::translate("omnimap::MapRenderer", "Off track");
    case KpiStatus::NoTarget: return QCoreApplication::translate("omnimap::MapRenderer", "No target");
    }
    return {};
}

} // namespace omnimap::MapOverlayPainter
