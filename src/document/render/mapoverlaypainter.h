#pragma once

#include "maprenderoptions.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPainterPath;

namespace omnimap {

struct MapPalette;

/// The decorations laid over the map (MapDecorations): drop-off heat, KPI badges,
/// department focus and highlight outlines. MapRenderer's element painters call these,
/// so the canvas and the exports draw them alike.
namespace MapOverlayPainter {

/// Opacity of cards and lanes outside the focused department.
constexpr double DimmedOpacity = 0.35;

/// True when a department is in focus and `ownerDepartmentId` is not it (unowned items
/// are not "yours" either).
bool isDimmed(const MapDecorations &d, const Id &ownerDepartmentId);
/// A hand-off fades only when both of its cards do: a hand-off into the focused
/// department's work is part of that work.
inline bool isHandoffDimmed(const MapDecorations &d, const Id &fromOwnerId, const Id &toOwnerId)
{
    return isDimmed(d, fromOwnerId) && isDimmed(d, toOwnerId);
}

/// Whether a stage losing this share gets heat and a label: not when it rounds to 0 %.
inline bool showsHeat(double dropOff)
{
    return dropOff >= 0.005;
}

/// The heat tint for a drop-off share (0..1): the palette's "bad" red, more opaque the
/// more customers are lost; `strength` scales the alpha (header 1.0, column body less).
QColor heatColor(double dropOff, const MapPalette &pal, double strength = 1.0);

/// "−23 % drop-off", for the stage header.
QString dropOffLabel(double dropOff);

/// A pill with the drop-off label at the bottom right of `rect`; returns its rect.
QRectF paintDropOffLabel(QPainter *p, const QRectF &rect, double dropOff, const MapPalette &pal);

/// Whether a badge is drawn: KPIs without a target have no status to show (their chips
/// on the card say so already), so the overlay leaves them out.
inline bool showsBadge(const KpiBadge &badge)
{
    return badge.status != KpiStatus::NoTarget;
}

/// The KPI badge (MapGlyphs::paintBadge) in the palette's status colours.
void paintBadge(QPainter *p, const QPointF &center, double radius, const KpiBadge &badge, const MapPalette &pal,
                bool darkMode);

/// Outline colour of a highlight kind, readable on the light and the dark palette.
QColor highlightColor(MapHighlight kind, bool darkMode);

/// The outline of a highlighted item around `rect`: dashed for changed, solid for merged,
/// thick with a "!" marker for a conflict, so the kind does not rest on colour alone.
void paintHighlight(QPainter *p, const QRectF &rect, double radius, MapHighlight kind, bool darkMode);
/// The same for a hand-off: a wide translucent band under its curve (dashed when changed).
void paintHandoffHighlight(QPainter *p, const QPainterPath &path, MapHighlight kind, bool darkMode);

/// "On track", "At risk", "Off track", "No target" (for tooltips).
QString badgeStatusText(KpiStatus status);

} // namespace MapOverlayPainter

} // namespace omnimap
