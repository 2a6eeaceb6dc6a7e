#pragma once

#include "mapitems.h"

#include <QGraphicsItem>

namespace omnimap {

class MapScene;

/// The map's frame: persona header, stage chevrons, emotion lane, swimlanes and note
/// lanes, painted by the renderer for the exposed area only.
class MapFrameItem final : public QGraphicsItem
{
public:
    enum { Type = FrameItemType };

    explicit MapFrameItem(MapScene *scene);
    int type() const override { return Type; }
    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_mapScene;
    QRectF m_bounds;
};

} // namespace omnimap
