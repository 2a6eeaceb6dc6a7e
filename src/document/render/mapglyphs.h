#pragma once

#include "maprenderoptions.h"
#include "model/organisation.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace omnimap {

/// Small vector pictures used on the map; they scale cleanly on high-DPI screens and in
/// PDF/SVG because nothing is a bitmap.
namespace MapGlyphs {
/// A line icon for a kind of channel, drawn in `color` inside `rect`.
void paintChannelIcon(QPainter *p, const QRectF &rect, ChannelKind kind, const QColor &color);
/// A face whose mouth follows the score (-5 frown … +5 smile), filled with the score colour.
void paintFace(QPainter *p, const QPointF &center, double radius, double score, const QColor &outline);
/// The status marker of a KPI chip.
void paintStatus(QPainter *p, const QPointF &center, double size, KpiStatus status,
                 const QColor &good, const QColor &warn, const QColor &bad, const QColor &none);
/// The KPI badge of the simulation overlay: a round badge in the status colour with a
/// white check (on track), triangle (at risk) or cross (off track) inside, and a thin
/// ring in `ring` so it stands out on any background; no target: a hollow ring with a dash.
void paintBadge(QPainter *p, const QPointF &center, double radius, KpiStatus status, const QColor &good,
                const QColor &warn, const QColor &bad, const QColor &none, const QColor &ring);
/// A five-pointed star (moment of truth).
void paintStar(QPainter *p, const QPointF &center, double radius, const QColor &fill);
/// A price tag (promotion).
void paintTag(QPainter *p, const QRectF &rect, const QColor &fill);
} // namespace MapGlyphs

} // namespace omnimap
