#pragma once

#include <QGraphicsItem>

namespace omnimap {

/// QGraphicsItem::type() values of the map canvas items (qgraphicsitem_cast needs them).
enum MapItemType {
    FrameItemType = QGraphicsItem::UserType + 1,
    CardItemType,
    ConnectorLayerType,
};

} // namespace omnimap
