#include "connectorlayer.h"

#include "carditem.h"
#include "mapscene.h"
#include "document/render/maprenderer.h"
#include "document/render/mapoverlaypainter.h"
#include "experimentbadge.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace omnimap {

namespace {

/// Room around a curve for the widest stroke (flow overlay) and the arrowhead.
constexpr double Margin = 20.0;
/// Grid cell of the index, in scene units.
constexpr double CellSize = 256.0;
/// A piece of a connector spans about this much of the map.
constexpr double PieceLength = 160.0;

struct Cubic
{
    QPointF p0, c1, c2, p3;
};

QPointF lerp(const QPointF &a, const QPointF &b, double t)
{
    return a + (b - a) * t;
}

/// de Casteljau: the cubic's parts before and after t (both exact).
std::pair<Cubic, Cubic> split(const Cubic &c, double t)
{
    const QPointF a = lerp(c.p0, c.c1, t), b = lerp(c.c1, c.c2, t), d = lerp(c.c2, c.p3, t);
    const QPointF ab = lerp(a, b, t), bd = lerp(b, d, t);
    const QPointF m = lerp(ab, bd, t);
    return {Cubic{c.p0, a, ab, m}, Cubic{m, bd, d, c.p3}};
}

QRectF controlBounds(const Cubic &c)
{
    const double left = std::min({c.p0.x(), c.c1.x(), c.c2.x(), c.p3.x()});
    const double right = std::max({c.p0.x(), c.c1.x(), c.c2.x(), c.p3.x()});
    const double top = std::min({c.p0.y(), c.c1.y(), c.c2.y(), c.p3.y()});
    const double bottom = std::max({c.p0.y(), c.c1.y(), c.c2.y(), c.p3.y()});
    // A straight vertical or horizontal piece has a zero-width box, which intersects
    // nothing: give it the stroke's half width.
    return QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-1, -1, 1, 1);
}

QPointF pointAt(const Cubic &c, double t)
{
    const double u = 1.0 - t;
    return c.p0 * (u * u * u) + c.c1 * (3 * u * u * t) + c.c2 * (3 * u * t * t) + c.p3 * (t * t * t);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::hypot(d.x(), d.y());
}

quint64 cellKey(int cx, int cy)
{
    return (quint64(quint32(cx)) << 32) | quint64(quint32(cy));
}

int cellIndex(double v)
{
    return int(std::floor(v / CellSize));
}

} // namespace

ConnectorLayer::ConnectorLayer(MapScene *scene)
    : m_mapScene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(5); // above the frame, below the cards
}

void ConnectorLayer::setBounds(const QRectF &bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void ConnectorLayer::build(Connector &c)
{
    c.path = MapRenderer::handoffPath(c.fromRect, c.toRect);
    c.pieces.clear();
    if (c.path.elementCount() == 4 && c.path.elementAt(1).isCurveTo()) {
        Cubic rest{c.path.elementAt(0), c.path.elementAt(1), c.path.elementAt(2), c.path.elementAt(3)};
        const double length = QLineF(rest.p0, rest.c1).length() + QLineF(rest.c1, rest.c2).length()
            + QLineF(rest.c2, rest.p3).length();
        const int n = std::clamp(int(std::ceil(length / PieceLength)), 1, 128);
        c.pieces.reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            Cubic piece = rest;
            if (i + 1 < n) {
                auto parts = split(rest, 1.0 / double(n - i));
                piece = parts.first;
                rest = parts.second;
            }
            c.pieces.push_back(Piece{piece.p0, piece.c1, piece.c2, piece.p3, controlBounds(piece)});
        }
    } else if (!c.path.isEmpty()) {
        // Not one cubic: one piece drawn as the whole path.
        const QRectF b = c.path.controlPointRect();
        c.pieces.push_back(Piece{b.topLeft(), b.topLeft(), b.bottomRight(), b.bottomRight(), b});
    }
    c.bounds = c.path.controlPointRect().adjusted(-Margin, -Margin, Margin, Margin);
}

void ConnectorLayer::indexConnector(int slot)
{
    Connector &c = m_connectors[size_t(slot)];
    c.cells.clear();
    for (const Piece &piece : c.pieces) {
        const QRectF r = piece.bounds.adjusted(-Margin, -Margin, Margin, Margin);
        for (int cx = cellIndex(r.left()); cx <= cellIndex(r.right()); ++cx) {
            for (int cy = cellIndex(r.top()); cy <= cellIndex(r.bottom()); ++cy) {
                std::vector<int> &cell = m_grid[cellKey(cx, cy)];
                // Only this slot is being added: a repeat is always the last entry.
                if (!cell.empty() && cell.back() == slot)
                    continue;
                cell.push_back(slot);
                c.cells.push_back(cellKey(cx, cy));
            }
        }
    }
}

void ConnectorLayer::unindexConnector(int slot)
{
    Connector &c = m_connectors[size_t(slot)];
    for (quint64 key : c.cells) {
        auto it = m_grid.find(key);
        if (it == m_grid.end())
            continue;
        std::vector<int> &cell = it.value();
        const auto found = std::find(cell.begin(), cell.end(), slot);
        if (found != cell.end()) {
            *found = cell.back();
            cell.pop_back();
        }
        if (cell.empty())
            m_grid.erase(it);
    }
    c.cells.clear();
}

void ConnectorLayer::invalidate(const Connector &c)
{
    QGraphicsScene *s = scene();
    if (!s)
        return;
    // Piece by piece: a connector across the map dirties only the strips it runs
    // through, not its whole bounding rect.
    for (const Piece &piece : c.pieces)
        s->update(piece.bounds.adjusted(-Margin, -Margin, Margin, Margin));
}

void ConnectorLayer::setConnector(const Id &id, const Id &fromId, const Id &toId, const QRectF &from,
                                  const QRectF &to, int order)
{
    int slot = m_slots.value(id, -1);
    if (slot >= 0) {
        Connector &c = m_connectors[size_t(slot)];
        if (order >= 0)
            c.order = order;
        if (c.fromRect == from && c.toRect == to && c.fromId == fromId && c.toId == toId)
            return;
        invalidate(c);
        unindexConnector(slot);
        if (c.fromId != fromId || c.toId != toId) {
            m_byCard[c.fromId].removeOne(slot);
            m_byCard[c.toId].removeOne(slot);
            c.fromId = fromId;
            c.toId = toId;
            m_byCard[fromId].append(slot);
            m_byCard[toId].append(slot);
        }
    } else {
        if (!m_freeSlots.empty()) {
            slot = m_freeSlots.back();
            m_freeSlots.pop_back();
        } else {
            slot = int(m_connectors.size());
            m_connectors.emplace_back();
            m_stamp.push_back(0);
        }
        Connector &c = m_connectors[size_t(slot)];
        c = Connector();
        c.id = id;
        c.fromId = fromId;
        c.toId = toId;
        c.order = std::max(order, 0);
        c.alive = true;
        m_slots.insert(id, slot);
        m_byCard[fromId].append(slot);
        m_byCard[toId].append(slot);
    }
    Connector &c = m_connectors[size_t(slot)];
    c.fromRect = from;
    c.toRect = to;
    build(c);
    indexConnector(slot);
    invalidate(c);
}

void ConnectorLayer::removeConnector(const Id &id)
{
    const int slot = m_slots.value(id, -1);
    if (slot < 0)
        return;
    Connector &c = m_connectors[size_t(slot)];
    invalidate(c);
    unindexConnector(slot);
    m_byCard[c.fromId].removeOne(slot);
    if (m_byCard[c.fromId].isEmpty())
        m_byCard.remove(c.fromId);
    m_byCard[c.toId].removeOne(slot);
    if (m_byCard[c.toId].isEmpty())
        m_byCard.remove(c.toId);
    c = Connector();
    m_slots.remove(id);
    m_freeSlots.push_back(slot);
}

void ConnectorLayer::clear()
{
    m_connectors.clear();
    m_freeSlots.clear();
    m_slots.clear();
    m_byCard.clear();
    m_grid.clear();
    m_stamp.clear();
    update();
}

void ConnectorLayer::sortByOrder(std::vector<int> &list) const
{
    std::sort(list.begin(), list.end(), [this](int a, int b) {
        return m_connectors[size_t(a)].order < m_connectors[size_t(b)].order;
    });
}

IdList ConnectorLayer::idsInOrder(std::vector<int> found) const
{
    sortByOrder(found);
    IdList result;
    result.reserve(qsizetype(found.size()));
    for (int slot : found)
        result.append(m_connectors[size_t(slot)].id);
    return result;
}

IdList ConnectorLayer::ids() const
{
    return idsInOrder(std::vector<int>(m_slots.cbegin(), m_slots.cend()));
}

IdList ConnectorLayer::connectorsOf(const Id &cardId) const
{
    IdList result;
    for (int slot : m_byCard.value(cardId))
        result.append(m_connectors[size_t(slot)].id);
    return result;
}

std::pair<Id, Id> ConnectorLayer::ends(const Id &id) const
{
    const int slot = m_slots.value(id, -1);
    if (slot < 0)
        return {};
    return {m_connectors[size_t(slot)].fromId, m_connectors[size_t(slot)].toId};
}

QPainterPath ConnectorLayer::path(const Id &id) const
{
    const int slot = m_slots.value(id, -1);
    return slot < 0 ? QPainterPath() : m_connectors[size_t(slot)].path;
}

std::vector<int> ConnectorLayer::candidates(const QList<QRectF> &rects) const
{
    std::vector<int> result;
    if (m_grid.isEmpty())
        return result;
    if (++m_query == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_query = 1;
    }
    const auto take = [&](const std::vector<int> &cell) {
        for (int slot : cell) {
            if (m_stamp[size_t(slot)] != m_query) {
                m_stamp[size_t(slot)] = m_query;
                result.push_back(slot);
            }
        }
    };
    for (const QRectF &rect : rects) {
        if (!rect.isValid())
            continue;
        const int left = cellIndex(rect.left()), right = cellIndex(rect.right());
        const int top = cellIndex(rect.top()), bottom = cellIndex(rect.bottom());
        if (qint64(right - left + 1) * (bottom - top + 1) > m_grid.size()) {
            // A rect wider than the index (overview): walk the index instead of the rect.
            for (auto it = m_grid.cbegin(); it != m_grid.cend(); ++it) {
                const int cx = int(qint32(quint32(it.key() >> 32))), cy = int(qint32(quint32(it.key())));
                if (cx >= left && cx <= right && cy >= top && cy <= bottom)
                    take(it.value());
            }
            continue;
        }
        for (int cx = left; cx <= right; ++cx) {
            for (int cy = top; cy <= bottom; ++cy) {
                const auto it = m_grid.constFind(cellKey(cx, cy));
                if (it != m_grid.cend())
                    take(it.value());
            }
        }
    }
    return result;
}

Id ConnectorLayer::connectorAt(const QPointF &scenePos, double tolerance) const
{
    const QRectF probe(scenePos - QPointF(tolerance, tolerance), QSizeF(2 * tolerance, 2 * tolerance));
    std::vector<int> found = candidates({probe});
    sortByOrder(found);
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const Connector &c = m_connectors[size_t(*it)];
        for (const Piece &piece : c.pieces) {
            if (!piece.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(scenePos))
                continue;
            const Cubic cubic{piece.p0, piece.c1, piece.c2, piece.p3};
            QPointF last = piece.p0;
            for (int i = 1; i <= 16; ++i) {
                const QPointF next = pointAt(cubic, i / 16.0);
                if (distanceToSegment(scenePos, last, next) <= tolerance)
                    return c.id;
                last = next;
            }
        }
    }
    return {};
}

IdList ConnectorLayer::connectorsIn(const QRectF &rect) const
{
    std::vector<int> found = candidates({rect});
    std::vector<int> passing;
    for (int slot : found) {
        const Connector &c = m_connectors[size_t(slot)];
        const bool passes = std::any_of(c.pieces.cbegin(), c.pieces.cend(), [&rect](const Piece &piece) {
            if (!piece.bounds.intersects(rect))
                return false;
            // Sample the exact sub-curve: its control polygon's bounds are only an envelope.
            const Cubic cubic{piece.p0, piece.c1, piece.c2, piece.p3};
            for (int i = 0; i <= 32; ++i) {
                if (rect.contains(pointAt(cubic, i / 32.0)))
                    return true;
            }
            return false;
        });
        if (passes)
            passing.push_back(slot);
    }
    return idsInOrder(std::move(passing));
}

bool ConnectorLayer::isConnectorSelected(const Id &id) const
{
    const int slot = m_slots.value(id, -1);
    return slot >= 0 && m_connectors[size_t(slot)].selected;
}

bool ConnectorLayer::setConnectorSelected(const Id &id, bool selected)
{
    const int slot = m_slots.value(id, -1);
    if (slot < 0)
        return false;
    Connector &c = m_connectors[size_t(slot)];
    if (c.selected == selected)
        return false;
    c.selected = selected;
    invalidate(c);
    return true;
}

bool ConnectorLayer::clearConnectorSelection()
{
    bool changed = false;
    for (Connector &c : m_connectors) {
        if (c.alive && c.selected) {
            c.selected = false;
            invalidate(c);
            changed = true;
        }
    }
    return changed;
}

IdList ConnectorLayer::selectedConnectors() const
{
    std::vector<int> found;
    for (int slot : m_slots)
        if (m_connectors[size_t(slot)].selected)
            found.push_back(slot);
    return idsInOrder(std::move(found));
}

QList<QRectF> ConnectorLayer::exposedAreas(QPainter *painter, const QRectF &exposed)
{
    // The view repaints a region (the old and new place of a dragged card, the strips
    // of the connectors that moved) but hands items only its bounding rect. The paint
    // engine's system clip is that region in device pixels: asking the index per rect
    // keeps far-away connectors out of the bounding rect's empty middle.
    QList<QRectF> areas;
    const QPaintEngine *engine = painter->paintEngine();
    const QRegion clip = engine ? engine->systemClip() : QRegion();
    bool invertible = false;
    const QTransform toItem = painter->deviceTransform().inverted(&invertible);
    if (!clip.isEmpty() && invertible && clip.rectCount() <= 64) {
        for (const QRect &r : clip) {
            const QRectF area = toItem.mapRect(QRectF(r)).adjusted(-1, -1, 1, 1) & exposed;
            if (!area.isEmpty())
                areas.append(area);
        }
    } else {
        areas.append(exposed);
    }
    return areas;
}

void ConnectorLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF exposed = option->exposedRect.isValid() ? option->exposedRect : m_bounds;
    QList<QRectF> areas = exposedAreas(painter, exposed);
    std::vector<int> found = candidates(areas);
    if (found.empty())
        return;
    sortByOrder(found);
    for (QRectF &area : areas)
        area.adjust(-Margin, -Margin, Margin, Margin);
    const auto near = [&areas](const QRectF &bounds) {
        for (const QRectF &area : std::as_const(areas))
            if (bounds.intersects(area))
                return true;
        return false;
    };
    const MapRenderOptions &options = m_mapScene->renderOptions();
    // A dragged card repaints every few milliseconds: plain strokes are cheaper.
    const bool antialiased = !m_mapScene->isDraggingCard();
    const bool focus = !options.focusDepartmentId.isEmpty();
    const auto ownerOf = [this](const Id &cardId) {
        const CardItem *card = m_mapScene->cardItem(cardId);
        return card ? card->touchpoint().ownerDepartmentId : Id();
    };
    const double baseOpacity = painter->opacity();
    for (int slot : found) {
        const Connector &c = m_connectors[size_t(slot)];
        const double volume = options.handoffVolume.value(c.id, -1.0);
        // Department focus fades a hand-off between two cards that are not the department's.
        const bool dimmed = focus && MapOverlayPainter::isHandoffDimmed(options, ownerOf(c.fromId), ownerOf(c.toId));
        // A hand-off a merge or compare is about gets a band under its curve (rare: the
        // whole curve is stroked), at full strength like the outlines on cards.
        if (const auto highlight = options.highlights.constFind(c.id);
            highlight != options.highlights.cend() && near(c.bounds)) {
            painter->setOpacity(baseOpacity);
            MapOverlayPainter::paintHandoffHighlight(painter, c.path, *highlight, options.darkMode);
        }
        painter->setOpacity(dimmed ? baseOpacity * MapOverlayPainter::DimmedOpacity : baseOpacity);
        if (c.pieces.size() <= 1) {
            if (near(c.bounds))
                MapRenderer::paintHandoff(painter, c.path, options, volume, c.selected, antialiased);
            continue;
        }
        // Stroke only the runs of pieces near the exposed area: exact sub-curves, so the
        // pixels are those of the whole curve. A run that stops short of the curve's end
        // ends at least Margin outside the exposed area, where its arrowhead is clipped.
        QPainterPath visible;
        bool inRun = false;
        size_t shown = 0;
        for (const Piece &piece : c.pieces) {
            if (!near(piece.bounds)) {
                inRun = false;
                continue;
            }
            if (!inRun)
                visible.moveTo(piece.p0);
            visible.cubicTo(piece.c1, piece.c2, piece.p3);
            inRun = true;
            ++shown;
        }
        if (shown == 0)
            continue;
        MapRenderer::paintHandoff(painter, shown == c.pieces.size() ? c.path : visible, options, volume, c.selected,
                                  antialiased);
    }
    painter->setOpacity(baseOpacity);
    // A hand-off with an experiment carries its state in the middle of its curve, on top.
    const QHash<Id, QString> &badges = m_mapScene->experimentBadges();
    if (!badges.isEmpty()) {
        for (int slot : found) {
            const Connector &c = m_connectors[size_t(slot)];
            const auto badge = badges.constFind(c.id);
            if (badge == badges.cend() || !near(c.bounds))
                continue;
            paintExperimentBadge(painter, c.path.pointAtPercent(0.5), *badge, 180.0, true, options.darkMode);
        }
    }
}

} // namespace omnimap
