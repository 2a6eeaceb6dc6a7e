#pragma once

#include "mapitems.h"
#include "model/project.h"

#include <QGraphicsObject>

#include <optional>

namespace omnimap {

class MapScene;

/// One touchpoint card on the canvas. A view of the model: it keeps a copy of its
/// touchpoint, refreshed by syncWithModel(), and paints through MapRenderer::paintCard.
/// Gestures (move, resize, hand-off drag) become undo commands in the scene.
class CardItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = CardItemType };
    enum class Handle { None, Resize, Connector };

    CardItem(MapScene *scene, const Touchpoint &touchpoint);
    int type() const override { return Type; }

    const Id &touchpointId() const { return m_touchpoint.id; }
    const Touchpoint &touchpoint() const { return m_touchpoint; }
    void syncWithModel(const Touchpoint &touchpoint, const Channel *channel);
    /// Sets the card's size in scene units (from the layout).
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }
    /// Which handle lies under a point in item coordinates.
    Handle handleAt(const QPointF &pos) const;
    QPointF connectorPos() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    MapScene *m_mapScene;
    Touchpoint m_touchpoint;
    std::optional<Channel> m_channel;
    QSizeF m_size;
    bool m_hovered = false;
};

} // namespace omnimap
