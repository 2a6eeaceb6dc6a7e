#include "carditem.h"

#include "experimentbadge.h"
#include "mapscene.h"
#include "document/render/maprenderer.h"

#include <QCursor>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace omnimap {

namespace {
constexpr double HandleSize = 12.0;
constexpr double ConnectorRadius = 6.0;
} // namespace

CardItem::CardItem(MapScene *scene, const Touchpoint &touchpoint)
    : m_mapScene(scene)
    , m_touchpoint(touchpoint)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setZValue(10);
    setData(0, touchpoint.id);
}

void CardItem::syncWithModel(const Touchpoint &touchpoint, const Channel *channel)
{
    m_touchpoint = touchpoint;
    m_channel = channel ? std::optional<Channel>(*channel) : std::nullopt;
    update();
}

void CardItem::setSize(const QSizeF &size)
{
    if (m_size == size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF CardItem::boundingRect() const
{
    // Room for the focus ring and the connector knob outside the card.
    return QRectF(QPointF(0, 0), m_size).adjusted(-6, -6, ConnectorRadius + 6, 6);
}

CardItem::Handle CardItem::handleAt(const QPointF &pos) const
{
    const QPointF connector = connectorPos();
    if (QLineF(pos, connector).length() <= ConnectorRadius + 3)
        return Handle::Connector;
    if (pos.x() >= m_size.width() - HandleSize && pos.y() >= m_size.height() - HandleSize
        && pos.x() <= m_size.width() && pos.y() <= m_size.height())
        return Handle::Resize;
    return Handle::None;
}

QPointF CardItem::connectorPos() const
{
    return {m_size.width(), m_size.height() / 2.0};
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    MapRenderOptions options = m_mapScene->renderOptions();
    options.levelOfDetail = lod < 0.3 ? 0 : lod < 0.6 ? 1 : 2;
    const bool focused = hasFocus() && m_mapScene->hasFocus();
    MapRenderer::paintCard(painter, QRectF(QPointF(0, 0), m_size), m_touchpoint, m_channel ? &*m_channel : nullptr,
                           m_mapScene->project(), options, isSelected(), focused || (isSelected() && hasFocus()));
    // The experiment's state straddles the top edge at the left, like a tab.
    if (const auto badge = m_mapScene->experimentBadges().constFind(m_touchpoint.id);
        badge != m_mapScene->experimentBadges().cend() && options.levelOfDetail >= 1)
        paintExperimentBadge(painter, QPointF(8, 1), *badge, m_size.width() - 30, false, options.darkMode);
    if ((m_hovered || isSelected()) && options.levelOfDetail >= 1) {
        // Connector knob (drag to another card for a hand-off) and the resize grip.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x25, 0x63, 0xeb), 1.5));
        painter->setBrush(Qt::white);
        painter->drawEllipse(connectorPos(), ConnectorRadius, ConnectorRadius);
        painter->setPen(QPen(QColor(0x94, 0xa3, 0xb8), 1.2));
        for (int i = 1; i <= 3; ++i)
            painter->drawLine(QPointF(m_size.width() - 3 * i - 1, m_size.height() - 2),
                              QPointF(m_size.width() - 2, m_size.height() - 3 * i - 1));
    }
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsObject::hoverEnterEvent(event);
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    unsetCursor();
    update();
    QGraphicsObject::hoverLeaveEvent(event);
}

void CardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    switch (handleAt(event->pos())) {
    case Handle::Resize:
        setCursor(Qt::SizeFDiagCursor);
        break;
    case Handle::Connector:
        setCursor(Qt::CrossCursor);
        break;
    case Handle::None:
        setCursor(Qt::OpenHandCursor);
        break;
    }
}

} // namespace omnimap
