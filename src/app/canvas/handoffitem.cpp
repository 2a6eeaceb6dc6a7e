#include "handoffitem.h"

#include "mapscene.h"
#include "document/render/maprenderer.h"

#include <QPainterPathStroker>

namespace omnimap {

HandoffItem::HandoffItem(MapScene *scene, const Id &handoffId, const Id &fromId, const Id &toId)
    : m_mapScene(scene)
    , m_handoffId(handoffId)
    , m_fromId(fromId)
    , m_toId(toId)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
    setData(0, handoffId);
}

void HandoffItem::setEnds(const QRectF &from, const QRectF &to)
{
    // Called for every hand-off after each change: most ends did not move.
    if (from == m_fromRect && to == m_toRect && !m_path.isEmpty())
        return;
    m_fromRect = from;
    m_toRect = to;
    QPainterPath path = MapRenderer::handoffPath(from, to);
    prepareGeometryChange();
    m_path = path;
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    m_shape = stroker.createStroke(m_path);
    m_bounds = m_shape.boundingRect().adjusted(-12, -12, 12, 12);
}

void HandoffItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const MapRenderOptions &options = m_mapScene->renderOptions();
    MapRenderer::paintHandoff(painter, m_path, options, options.handoffVolume.value(m_handoffId, -1.0), isSelected());
}

} // namespace omnimap
