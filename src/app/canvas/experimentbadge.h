#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace omnimap {

/// The experiment pill on the map ("A/B · needs 22 days", docs/experiments.md): on a
/// card's top edge or in the middle of a hand-off. Starts at `anchor` (or is centred on
/// it), vertically centred on its y, at most `maxWidth` wide (the text is elided). Violet:
/// not a status colour, so it never reads as good or bad. Returns the pill's rect.
QRectF paintExperimentBadge(QPainter *p, const QPointF &anchor, const QString &text, double maxWidth, bool centred,
                            bool darkMode);

} // namespace omnimap
