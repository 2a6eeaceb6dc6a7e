#pragma once

#include "mapitems.h"
#include "model/common.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>

#include <utility>
#include <vector>

namespace omnimap {

class MapScene;

/// All hand-off connectors of a map, drawn by one item.
///
/// One QGraphicsItem per hand-off made every paint, hover and hit test walk hundreds of
/// map-sized bounding rects (a connector between far cards spans the map). Here each
/// connector's curve is cut into short pieces (exact sub-curves of the cubic) and a grid
/// index finds the pieces that cross the exposed rect, so a paint strokes only what is on
/// screen. MapScene hit-tests and selects single hand-offs through connectorAt() and
/// setConnectorSelected(); the layer itself takes no mouse events.
class ConnectorLayer final : public QGraphicsItem
{
public:
    enum { Type = ConnectorLayerType };

    explicit ConnectorLayer(MapScene *scene);
    int type() const override { return Type; }

    /// Adds the hand-off or moves its ends; unchanged ends cost a hash lookup. `order` is
    /// its place in the journey's list (painting order: later on top); -1 keeps it.
    void setConnector(const Id &id, const Id &fromId, const Id &toId, const QRectF &from, const QRectF &to,
                      int order);
    void removeConnector(const Id &id);
    void clear();
    int count() const { return int(m_slots.size()); }
    bool hasConnector(const Id &id) const { return m_slots.contains(id); }
    /// Hand-off ids in painting order.
    IdList ids() const;
    /// Hand-offs leaving or entering a card.
    IdList connectorsOf(const Id &cardId) const;
    /// The cards a hand-off joins (from, to).
    std::pair<Id, Id> ends(const Id &id) const;
    /// The whole curve of a hand-off (empty for an unknown id).
    QPainterPath path(const Id &id) const;
    /// The topmost hand-off within `tolerance` scene units of a point, or an empty id.
    Id connectorAt(const QPointF &scenePos, double tolerance = 5.0) const;
    /// Hand-offs whose curve passes through a scene rect, in painting order.
    IdList connectorsIn(const QRectF &rect) const;

    bool isConnectorSelected(const Id &id) const;
    /// Returns whether the selection changed.
    bool setConnectorSelected(const Id &id, bool selected);
    bool clearConnectorSelection();
    /// Selected hand-off ids in painting order.
    IdList selectedConnectors() const;

    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    // Not hit by the scene's item queries (hover, cursor, rubber band): MapScene asks
    // connectorAt() itself, after the cards.
    QPainterPath shape() const override { return {}; }
    bool contains(const QPointF &) const override { return false; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Piece
    {
        QPointF p0, c1, c2, p3; ///< one exact sub-curve of the connector's cubic
        QRectF bounds;          ///< control polygon's bounds (contains the sub-curve)
    };
    struct Connector
    {
        Id id;
        Id fromId;
        Id toId;
        QRectF fromRect;
        QRectF toRect;
        QPainterPath path;
        std::vector<Piece> pieces;
        QRectF bounds;
        std::vector<quint64> cells; ///< grid cells this connector is registered in
        int order = 0;
        bool selected = false;
        bool alive = false;
    };

    void build(Connector &c);
    void indexConnector(int slot);
    void unindexConnector(int slot);
    /// Live slots whose pieces' cells meet one of the rects, unsorted, each once.
    std::vector<int> candidates(const QList<QRectF> &rects) const;
    void sortByOrder(std::vector<int> &list) const;
    /// The hand-off ids of these slots, in painting order.
    IdList idsInOrder(std::vector<int> found) const;
    void invalidate(const Connector &c);
    /// The parts of `exposed` the view really repaints, in item coordinates.
    static QList<QRectF> exposedAreas(QPainter *painter, const QRectF &exposed);

    MapScene *m_mapScene;
    QRectF m_bounds;
    std::vector<Connector> m_connectors;
    std::vector<int> m_freeSlots;
    QHash<Id, int> m_slots;
    QHash<Id, QList<int>> m_byCard;
    QHash<quint64, std::vector<int>> m_grid;
    mutable std::vector<quint32> m_stamp; ///< dedupes candidates per query
    mutable quint32 m_query = 0;
};

} // namespace omnimap
