#include "maptiling.h"

#include "render/maplayout.h"
#include "render/mapstyle.h"

#include <algorithm>

namespace omnimap::MapTiling {

namespace {

constexpr double kEpsilon = 1e-6;

/// Cuts [start, end) into spans no longer than `firstRoom` (the first) and `laterRoom`
/// (the others), each ending on the furthest break that fits; at the room's end when no
/// break fits or the furthest would leave more than half the room empty.
QList<Span> cut(double start, double end, double firstRoom, double laterRoom, const QList<double> &breaks)
{
    QList<Span> spans;
    double at = start;
    while (at < end - kEpsilon) {
        const double room = spans.isEmpty() ? firstRoom : laterRoom;
        const double limit = at + room;
        double to = at;
        if (limit >= end - kEpsilon) {
            to = end;
        } else {
            for (double b : breaks) {
                if (b > at + kEpsilon && b <= limit + kEpsilon)
                    to = std::max(to, b);
            }
            if (to - at < room / 2) // nothing whole fits well: cut through
                to = limit;
        }
        spans.append({at, to});
        at = to;
    }
    if (spans.isEmpty())
        spans.append({start, end});
    return spans;
}

} // namespace

QSizeF Tile::sceneSize() const
{
    QSizeF size;
    for (const Span &x : xs)
        size.rwidth() += x.length();
    for (const Span &y : ys)
        size.rheight() += y.length();
    return size;
}

int Plan::indexAt(int row, int col) const
{
    if (row < 0 || col < 0 || row >= rows || col >= cols)
        return -1;
    return row * cols + col;
}

MapGeometry geometryOf(const MapLayout &layout)
{
    MapGeometry g;
    g.bounds = layout.bounds();
    g.headerColumnRight = layout.laneCount() > 0 ? layout.laneHeaderRect(0).right()
                                                 : g.bounds.left() + MapMetrics::LaneHeaderWidth;
    if (layout.stageCount() > 0) {
        const QRectF header = layout.stageHeaderRect(0);
        g.stageHeader = {header.top(), header.bottom()};
    } else {
        g.stageHeader = {MapMetrics::PersonaHeaderHeight, MapMetrics::PersonaHeaderHeight + MapMetrics::StageHeaderHeight};
    }
    for (int s = 0; s < layout.stageCount(); ++s)
        g.columnBreaks.append(layout.stageColumnRect(s).left());
    for (int l = 0; l < layout.laneCount(); ++l)
        g.rowBreaks.append(layout.laneRect(l).top());
    for (NoteLane lane : {NoteLane::Actions, NoteLane::Thoughts, NoteLane::PainPoints, NoteLane::Opportunities}) {
        const QRectF r = layout.noteLaneRect(lane);
        if (!r.isEmpty())
            g.rowBreaks.append(r.top());
    }
    return g;
}

double fitScale(const QRectF &bounds, const QSizeF &area)
{
    if (bounds.width() <= 0 || bounds.height() <= 0)
        return 1.0;
    return std::min(area.width() / bounds.width(), area.height() / bounds.height());
}

Plan single(const MapGeometry &map, double scale)
{
    Plan plan;
    plan.scale = scale;
    Tile t;
    t.xs = {{map.bounds.left(), map.bounds.right()}};
    t.ys = {{map.bounds.top(), map.bounds.bottom()}};
    plan.tiles = {t};
    return plan;
}

Plan tile(const MapGeometry &map, const QSizeF &area, double scale)
{
    Plan plan;
    plan.scale = scale;
    const double roomW = area.width() / scale;
    const double roomH = area.height() / scale;
    const double headerW = map.headerColumnRight - map.bounds.left();
    const double headerH = map.stageHeader.length();
    // A repeated header may take at most half the page; beyond that it is left out.
    const bool repeatLanes = headerW > 0 && headerW <= roomW / 2;
    const bool repeatStages = headerH > 0 && headerH <= roomH / 2;
    const QList<Span> xs = cut(map.bounds.left(), map.bounds.right(), roomW, repeatLanes ? roomW - headerW : roomW,
                               map.columnBreaks);
    const QList<Span> ys = cut(map.bounds.top(), map.bounds.bottom(), roomH, repeatStages ? roomH - headerH : roomH,
                               map.rowBreaks);
    plan.rows = int(ys.size());
    plan.cols = int(xs.size());
    for (int r = 0; r < plan.rows; ++r) {
        for (int c = 0; c < plan.cols; ++c) {
            Tile t;
            t.row = r;
            t.col = c;
            if (c > 0 && repeatLanes)
                t.xs.append({map.bounds.left(), map.headerColumnRight});
            t.xs.append(xs.at(c));
            if (r > 0 && repeatStages)
                t.ys.append(map.stageHeader);
            t.ys.append(ys.at(r));
            plan.tiles.append(t);
        }
    }
    return plan;
}

} // namespace MapTiling
