#pragma once

#include "reportoptions.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace omnimap {

class MapLayout;

/// Where a journey map goes on paper: the scale that keeps card text legible, and the
/// cuts of a map too large for one page. Pure geometry, so it can be tested by hand.
namespace MapTiling {

/// Scene pixels of the smallest card text (the KPI chips; the description is 11 px, the
/// title 13 px — see MapRenderer::paintCard).
constexpr double kSmallestCardTextPx = 10.0;
/// Points per scene unit at which that text prints at kMinCardTextPt, with 3 % to spare
/// for rounding in the PDF: 0.721.
constexpr double kLegibleScale = kMinCardTextPt * 1.03 / kSmallestCardTextPx;
/// Points per scene unit of a map printed at its screen size (96 dpi = 100 %).
constexpr double kPosterScale = 0.75;
/// The largest page a PDF viewer must accept (PDF 1.7, annex C): 200 inches.
constexpr double kMaxPagePt = 14400.0;

/// A stretch of scene coordinates, [from, to).
struct Span
{
    double from = 0;
    double to = 0;
    double length() const { return to - from; }
};

/// One page of a tiled map: the scene spans it draws side by side (xs) and one below the
/// other (ys). Later columns start with the lane-header column, later rows with the stage
/// headers, so every page says which lane and which stage a card belongs to.
struct Tile
{
    int row = 0;
    int col = 0;
    QList<Span> xs;
    QList<Span> ys;
    /// The part of the map this tile adds (its last span in each direction).
    QRectF content() const
    {
        return QRectF(xs.constLast().from, ys.constLast().from, xs.constLast().length(), ys.constLast().length());
    }
    QSizeF sceneSize() const;
};

struct Plan
{
    double scale = 1.0; ///< points per scene unit
    int rows = 1;
    int cols = 1;
    QList<Tile> tiles; ///< row by row, left to right
    bool tiled() const { return tiles.size() > 1; }
    /// 0-based index of the tile at (row, col), or -1 outside the grid.
    int indexAt(int row, int col) const;
};

/// What the planner needs of a map (from a MapLayout, or made up by a test).
struct MapGeometry
{
    QRectF bounds;
    double headerColumnRight = 0; ///< lane headers occupy [bounds.left, this)
    Span stageHeader;             ///< the stage chevrons' band, repeated on lower rows
    QList<double> columnBreaks;   ///< x where a stage column starts: preferred vertical cuts
    QList<double> rowBreaks;      ///< y where a lane or note lane starts: preferred horizontal cuts
};
MapGeometry geometryOf(const MapLayout &layout);

/// Scale at which the whole map fits `area` points.
double fitScale(const QRectF &bounds, const QSizeF &area);
/// The whole map on one page at `scale`.
Plan single(const MapGeometry &map, double scale);
/// The map at `scale` over pages whose map area is `area` points. Cuts fall on stage
/// column and lane edges when a whole column or lane fits, and through it otherwise.
Plan tile(const MapGeometry &map, const QSizeF &area, double scale);

} // namespace MapTiling
} // namespace omnimap
