#pragma once

#include "mapitems.h"
#include "model/common.h"

#include <QGraphicsPathItem>

namespace omnimap {

class MapScene;

/// A hand-off connector between two cards. Its path is cached and recomputed only when
/// one of its cards moves or resizes.
class HandoffItem final : public QGraphicsItem
{
public:
    enum { Type = HandoffItemType };

    HandoffItem(MapScene *scene, const Id &handoffId, const Id &fromId, const Id &toId);
    int type() const override { return Type; }
    const Id &handoffId() const { return m_handoffId; }
    const Id &fromId() const { return m_fromId; }
    const Id &toId() const { return m_toId; }
    void setEnds(const QRectF &from, const QRectF &to);

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return m_shape; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_mapScene;
    Id m_handoffId;
    Id m_fromId;
    Id m_toId;
    QRectF m_fromRect; ///< the card rects the path was made for: unchanged ends skip the work
    QRectF m_toRect;
    QPainterPath m_path;
    QPainterPath m_shape;
    QRectF m_bounds;
};

} // namespace omnimap
