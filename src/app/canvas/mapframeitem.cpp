#include "mapframeitem.h"

#include "mapscene.h"
#include "document/render/maprenderer.h"

#include <QStyleOptionGraphicsItem>

namespace omnimap {

MapFrameItem::MapFrameItem(MapScene *scene)
    : m_mapScene(scene)
{
    setFlag(ItemUsesExtendedStyleOption);
    setZValue(-10);
}

void MapFrameItem::setBounds(const QRectF &bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void MapFrameItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (const MapRenderer *renderer = m_mapScene->renderer())
        renderer->paintBackground(painter, option->exposedRect);
}

} // namespace omnimap
