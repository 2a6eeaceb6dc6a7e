// MapScene: the mouse and keyboard gestures — pressing, dragging and releasing cards,
// card corners, connectors, emotion points, stage and lane headers — each turned into
// one undo command (mapscene.cpp holds the scene's model-following half).
#include "mapscene.h"

#include "carditem.h"
#include "connectorlayer.h"
#include "inlineeditor.h"
#include "mapframeitem.h"

#include "document/commands/addremovechannellane.h"
#include "document/commands/addremovehandoff.h"
#include "document/commands/addremovestage.h"
#include "document/commands/addremovetouchpoint.h"
#include "document/commands/editstage.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderstage.h"
#include "document/commands/resizetouchpoint.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "document/render/mapstyle.h"
#include "model/lookup.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

#include <algorithm>
#include <cmath>

namespace omnimap {

QList<CardMove> MapScene::groupMoves(const CardItem *dragged, int stageIndex, int laneIndex) const
{
    const MapLayout &layout = m_renderer->layout();
    const Journey *j = journey();
    // The dragged card goes to the cell under the mouse; the other selected cards move by
    // as many stages and lanes (kept on the map), in their current order.
    QList<const CardItem *> others;
    if (dragged->isSelected()) {
        const QList<QGraphicsItem *> items = selectedItems();
        for (QGraphicsItem *item : items) {
            const auto *card = qgraphicsitem_cast<CardItem *>(item);
            if (card && card != dragged && layout.stageIndex(card->touchpoint().stageId) >= 0
                && layout.laneIndex(card->touchpoint().channelId) >= 0)
                others.append(card);
        }
    }
    std::sort(others.begin(), others.end(), [&layout](const CardItem *a, const CardItem *b) {
        const Touchpoint &x = a->touchpoint(), &y = b->touchpoint();
        const auto key = [&layout](const Touchpoint &t) {
            return std::make_tuple(layout.stageIndex(t.stageId), layout.laneIndex(t.channelId), t.order, t.id);
        };
        return key(x) < key(y);
    });
    const int ds = stageIndex - layout.stageIndex(dragged->touchpoint().stageId);
    const int dl = laneIndex - layout.laneIndex(dragged->touchpoint().channelId);
    QHash<Id, int> nextOrder; // per target cell ("stage/channel"): the next free order
    const auto place = [&](int s, int l) {
        const Id stageId = layout.stageIds().at(s), channelId = layout.channelIds().at(l);
        const Id cell = stageId + QLatin1Char('/') + channelId;
        auto it = nextOrder.find(cell);
        if (it == nextOrder.end()) {
            int order = 0;
            for (const Touchpoint &other : j->touchpoints)
                if (other.stageId == stageId && other.channelId == channelId)
                    order = std::max(order, other.order + 1);
            it = nextOrder.insert(cell, order);
        }
        return CardPlace{stageId, channelId, it.value()++};
    };
    QList<CardMove> moves{CardMove{dragged->touchpointId(), place(stageIndex, laneIndex)}};
    for (const CardItem *card : std::as_const(others)) {
        const int s = std::clamp(layout.stageIndex(card->touchpoint().stageId) + ds, 0, layout.stageCount() - 1);
        const int l = std::clamp(layout.laneIndex(card->touchpoint().channelId) + dl, 0, layout.laneCount() - 1);
        moves.append(CardMove{card->touchpointId(), place(s, l)});
    }
    return moves;
}

CardItem *MapScene::cardAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos);
    for (QGraphicsItem *item : hits)
        if (auto *card = qgraphicsitem_cast<CardItem *>(item))
            return card;
    return nullptr;
}

bool MapScene::pickEmotionPoint(const QPointF &pos)
{
    const MapLayout &layout = m_renderer->layout();
    if (!layout.emotionLaneRect().contains(pos) || pos.x() < MapMetrics::LaneHeaderWidth)
        return false;
    double best = 16.0;
    bool found = false;
    for (int s = 0; s < layout.stageCount(); ++s) {
        for (const Id &personaId : m_renderer->personaIds()) {
            for (const bool toBe : {true, false}) {
                bool exists = false;
                const QPointF point = m_renderer->emotionPoint(s, personaId, toBe, &exists);
                const double distance = QLineF(point, pos).length();
                if (exists && distance < best) {
                    best = distance;
                    found = true;
                    m_dragIndex = s;
                    m_dragPersonaId = personaId;
                    m_dragToBe = toBe;
                }
            }
        }
    }
    if (!found) {
        // A click away from every point adds the next missing one at that stage: each
        // persona's as-is point in legend order, then their to-be points, so every
        // persona on the map can be given a curve, not only the first.
        const int s = layout.stageAtX(pos.x());
        if (s < 0 || m_renderer->personaIds().isEmpty())
            return false;
        m_dragIndex = s;
        m_dragPersonaId.clear();
        for (const bool toBe : {false, true}) {
            for (const Id &personaId : m_renderer->personaIds()) {
                bool exists = false;
                m_renderer->emotionPoint(s, personaId, toBe, &exists);
                if (!exists && m_dragPersonaId.isEmpty()) {
                    m_dragPersonaId = personaId;
                    m_dragToBe = toBe;
                }
            }
        }
        if (m_dragPersonaId.isEmpty()) { // every point is there: move the first persona's to-be
            m_dragPersonaId = m_renderer->personaIds().first();
            m_dragToBe = true;
        }
    }
    return true;
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_drag = Drag::None;
    m_pressPos = event->scenePos();
    ++m_gesture;
    if (m_editor && !m_editor->sceneBoundingRect().contains(event->scenePos()))
        m_editor->finish(true);
    if (event->button() != Qt::LeftButton || m_editor) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->scenePos();
    if (CardItem *card = cardAt(pos)) {
        const CardItem::Handle handle = card->handleAt(card->mapFromScene(pos));
        m_dragId = card->touchpointId();
        if (event->modifiers() & Qt::ControlModifier) {
            card->setSelected(!card->isSelected());
        } else if (!card->isSelected()) {
            clearSelection();
            clearHandoffSelection();
            card->setSelected(true);
        }
        setFocusItem(card);
        if (handle == CardItem::Handle::Connector || (event->modifiers() & Qt::AltModifier)) {
            m_drag = Drag::Connector;
            m_connectorLine = new QGraphicsLineItem(QLineF(card->mapToScene(card->connectorPos()), pos));
            m_connectorLine->setPen(QPen(QColor(0x25, 0x63, 0xeb), 2, Qt::DashLine));
            m_connectorLine->setZValue(100);
            addItem(m_connectorLine);
        } else if (handle == CardItem::Handle::Resize) {
            m_drag = Drag::Resize;
        } else {
            m_drag = Drag::Card;
            m_dragOffset = pos - card->pos();
        }
        event->accept();
        return;
    }
    // Hand-offs lie under the cards: a click on a connector's stroke selects it.
    const Id handoffId = m_connectors->connectorAt(pos);
    if (!handoffId.isEmpty()) {
        if (event->modifiers() & Qt::ControlModifier) {
            setHandoffSelection(handoffId, !m_connectors->isConnectorSelected(handoffId));
        } else if (!m_connectors->isConnectorSelected(handoffId)) {
            clearSelection();
            m_connectors->clearConnectorSelection();
            setHandoffSelection(handoffId, true);
        }
        event->accept();
        return;
    }
    const MapLayout &layout = m_renderer->layout();
    if (pickEmotionPoint(pos)) {
        m_drag = Drag::Emotion;
        event->accept();
        return;
    }
    for (int s = 0; s < layout.stageCount(); ++s) {
        if (layout.stageHeaderRect(s).contains(pos)) {
            m_drag = Drag::Stage;
            m_dragIndex = s;
            m_options.selectedStageId = layout.stageIds().at(s);
            relayout();
            m_frame->update();
            emit stageActivated(m_options.selectedStageId);
            event->accept();
            return;
        }
    }
    for (int l = 0; l < layout.laneCount(); ++l) {
        if (layout.laneHeaderRect(l).contains(pos)) {
            m_drag = Drag::Lane;
            m_dragIndex = l;
            emit laneActivated(layout.channelIds().at(l));
            event->accept();
            return;
        }
    }
    // Empty map: the scene clears the cards' selection, and this the hand-offs'.
    if (!(event->modifiers() & Qt::ControlModifier))
        clearHandoffSelection();
    QGraphicsScene::mousePressEvent(event);
}

void MapScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    const MapLayout &layout = m_renderer->layout();
    switch (m_drag) {
    case Drag::None:
    case Drag::Stage:
    case Drag::Lane:
        QGraphicsScene::mouseMoveEvent(event);
        return;
    case Drag::Card: {
        CardItem *card = m_cards.value(m_dragId);
        if (!card)
            return;
        const double grid = MapMetrics::GridSize;
        const QPointF p = pos - m_dragOffset;
        card->setPos(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
        int s = -1, l = -1;
        if (layout.cellAt(pos, &s, &l)) {
            const Id stageId = layout.stageIds().at(s), channelId = layout.channelIds().at(l);
            const Touchpoint &t = card->touchpoint();
            if (t.stageId != stageId || t.channelId != channelId) {
                const QList<CardMove> moves = groupMoves(card, s, l);
                if (moves.size() > 1)
                    push(new MoveTouchpointCommand(m_document, m_journeyId, moves, m_gesture));
                else
                    push(new MoveTouchpointCommand(m_document, m_journeyId, m_dragId, moves.first().to));
            }
        }
        // The card's hand-offs follow it.
        const QSet<Id> dragged{m_dragId};
        syncConnectors(&dragged);
        return;
    }
    case Drag::Resize: {
        CardItem *card = m_cards.value(m_dragId);
        if (!card)
            return;
        const QPointF local = pos - card->pos();
        const double grid = MapMetrics::GridSize;
        const QSizeF size(std::round(local.x() / grid) * grid / MapMetrics::CardWidth,
                          std::round(local.y() / grid) * grid / MapMetrics::CardHeight);
        const Touchpoint &t = card->touchpoint();
        if (std::abs(size.width() - t.width) > 0.01 || std::abs(size.height() - t.height) > 0.01)
            push(new ResizeTouchpointCommand(m_document, m_journeyId, m_dragId, size));
        return;
    }
    case Drag::Connector:
        if (m_connectorLine)
            m_connectorLine->setLine(QLineF(m_connectorLine->line().p1(), pos));
        return;
    case Drag::Emotion: {
        // Half-point steps: scores people can read and compare.
        const double value = std::round(layout.emotionScoreAt(pos.y()) * 2.0) / 2.0;
        const Journey *j = journey();
        if (j && m_dragIndex >= 0 && m_dragIndex < j->stages.size())
            push(new SetEmotionCommand(m_document, m_journeyId, j->stages.at(m_dragIndex).id, m_dragPersonaId,
                                       m_dragToBe, value, m_gesture));
        return;
    }
    }
}

void MapScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    const MapLayout &layout = m_renderer->layout();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::None:
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    case Drag::Card:
        // Connectors were stroked without antialiasing during the drag: redraw them.
        m_connectors->update();
        m_dragId.clear();
        relayout(); // snap the card back into its cell
        break;
    case Drag::Resize:
        m_dragId.clear();
        relayout();
        break;
    case Drag::Connector: {
        delete m_connectorLine;
        m_connectorLine = nullptr;
        CardItem *target = cardAt(pos);
        if (target && target->touchpointId() != m_dragId) {
            Handoff h;
            h.id = newId();
            h.fromTouchpointId = m_dragId;
            h.toTouchpointId = target->touchpointId();
            push(new AddHandoffCommand(m_document, m_journeyId, h));
        }
        m_dragId.clear();
        break;
    }
    case Drag::Emotion:
        if (QLineF(pos, m_pressPos).length() < 2.0) {
            // A plain click on an empty stage: put the point where the click was.
            const Journey *j = journey();
            if (j && m_dragIndex >= 0 && m_dragIndex < j->stages.size())
                push(new SetEmotionCommand(m_document, m_journeyId, j->stages.at(m_dragIndex).id, m_dragPersonaId,
                                           m_dragToBe, std::round(layout.emotionScoreAt(pos.y()) * 2.0) / 2.0,
                                           m_gesture));
        }
        break;
    case Drag::Stage: {
        const int target = layout.stageAtX(pos.x());
        if (target >= 0 && target != m_dragIndex)
            push(new ReorderStageCommand(m_document, m_journeyId, m_dragIndex, target));
        break;
    }
    case Drag::Lane: {
        int s = 0, l = -1;
        if (!layout.cellAt(QPointF(MapMetrics::LaneHeaderWidth + 1, pos.y()), &s, &l))
            l = -1;
        if (l >= 0 && l != m_dragIndex)
            push(new ReorderChannelLaneCommand(m_document, m_journeyId, m_dragIndex, l));
        break;
    }
    }
    event->accept();
}

void MapScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    const MapLayout &layout = m_renderer->layout();
    const Journey *j = journey();
    if (!j || event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (CardItem *card = cardAt(pos)) {
        setFocusItem(card);
        editFocusedCard();
        return;
    }
    for (int s = 0; s < layout.stageCount(); ++s) {
        const QRectF header = layout.stageHeaderRect(s);
        if (header.contains(pos)) {
            renameStage(j->stages.at(s).id);
            return;
        }
    }
    for (int l = 0; l < layout.laneCount(); ++l) {
        const QRectF header = layout.laneHeaderRect(l);
        if (header.contains(pos)) {
            renameLane(layout.channelIds().at(l));
            return;
        }
    }
    int s = -1, l = -1;
    if (layout.cellAt(pos, &s, &l)) {
        const Id id = addTouchpoint(layout.stageIds().at(s), layout.channelIds().at(l), tr("New touchpoint"));
        selectIds({id});
        editFocusedCard();
        return;
    }
    // Double-click on the empty header row to the right of the last stage adds a stage.
    if (pos.y() >= layout.personaHeaderRect().bottom()
        && pos.y() < layout.personaHeaderRect().bottom() + MapMetrics::StageHeaderHeight) {
        addStage();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void MapScene::keyPressEvent(QKeyEvent *event)
{
    if (m_editor) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        focusNeighbour(Qt::Key(event->key()));
        event->accept();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        event->accept();
        return;
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        editFocusedCard();
        event->accept();
        return;
    default:
        QGraphicsScene::keyPressEvent(event);
    }
}

} // namespace omnimap
