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
#include "document/commands/edittouchpoint.h"
#include "document/commands/movetouchpoint.h"
#include "document/commands/reorderstage.h"
#include "document/commands/resizetouchpoint.h"
#include "document/commands/setemotion.h"
#include "document/document.h"
#include "document/render/mapstyle.h"
#include "model/lookup.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace omnimap {

TouchpointClipboard MapScene::s_clipboard;

MapScene::MapScene(Document *document, const Id &journeyId, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_journeyId(journeyId)
{
    // The BSP index keeps hit tests cheap on large maps (see ENGINE-NOTES).
    setItemIndexMethod(BspTreeIndex);
    m_frame = new MapFrameItem(this);
    addItem(m_frame);
    m_connectors = new ConnectorLayer(this);
    addItem(m_connectors);
    connect(document, &Document::changed, this, &MapScene::onDocumentChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { emit selectedIdsChanged(selectedIds()); });
    relayout();
}

MapScene::~MapScene()
{
    // Items go while this object is whole: deleting a selected card emits
    // selectionChanged, and selectedIds() reads the connector layer.
    blockSignals(true);
    clear();
}

const Project &MapScene::project() const
{
    return m_document->project();
}

const Journey *MapScene::journey() const
{
    return findById(m_document->project().journeys, m_journeyId);
}

void MapScene::setRenderOptions(const MapRenderOptions &options)
{
    m_options = options;
    relayout();
    update();
}

int MapScene::handoffItemCount() const
{
    return m_connectors->count();
}

void MapScene::push(QUndoCommand *command)
{
    if (m_document->isReadOnly()) {
        delete command;
        return;
    }
    m_document->undoStack()->push(command);
}

void MapScene::onDocumentChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset) {
        for (CardItem *item : std::as_const(m_cards))
            delete item;
        m_cards.clear();
        m_connectors->clear();
    }
    // Only a card's own change leaves the set of cards and hand-offs as it was.
    if (event.kind != ItemKind::Touchpoint || event.type != ChangeEvent::Type::Changed)
        m_structureChanged = true;
    if (event.kind == ItemKind::Touchpoint && event.type == ChangeEvent::Type::Changed)
        syncCard(event.itemId);
    relayout();
    if (event.kind == ItemKind::Channel || event.kind == ItemKind::Kpi || event.kind == ItemKind::Department) {
        // Colours, names and KPI chips shown on many cards.
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
            syncCard(it.key());
    }
    m_frame->update();
}

void MapScene::syncCard(const Id &touchpointId)
{
    CardItem *item = m_cards.value(touchpointId);
    const Journey *j = journey();
    const Touchpoint *t = j ? findById(j->touchpoints, touchpointId) : nullptr;
    if (item && t)
        item->syncWithModel(*t, findById(project().channels, t->channelId));
}

void MapScene::relayout()
{
    m_renderer = std::make_unique<MapRenderer>(project(), m_journeyId, m_options);
    const MapLayout &layout = m_renderer->layout();
    m_frame->setBounds(layout.bounds());
    m_connectors->setBounds(layout.bounds());
    const QRectF sceneBounds = layout.bounds().adjusted(-40, -40, 40, 40);
    if (sceneRect() != sceneBounds)
        setSceneRect(sceneBounds);
    const Journey *j = journey();
    if (!j)
        return;
    // Touch only what moved: a card's rect is compared with the layout's, and only the
    // hand-offs of moved cards are re-routed (unless cards or hand-offs came or went).
    bool structure = m_structureChanged;
    m_structureChanged = false;
    QSet<Id> moved;
    qsizetype onMap = 0;
    for (const Touchpoint &t : j->touchpoints) {
        const QRectF rect = layout.cardRect(t.id);
        if (rect.isNull())
            continue; // on a stage or lane that is not on this map
        ++onMap;
        CardItem *item = m_cards.value(t.id);
        if (!item) {
            item = new CardItem(this, t);
            item->syncWithModel(t, findById(project().channels, t.channelId));
            addItem(item);
            m_cards.insert(t.id, item);
            structure = true;
        }
        const bool dragged = t.id == m_dragId && m_drag == Drag::Card;
        if (item->size() == rect.size() && (dragged || item->pos() == rect.topLeft()))
            continue;
        item->setSize(rect.size());
        if (!dragged)
            item->setPos(rect.topLeft());
        moved.insert(t.id);
    }
    if (onMap != m_cards.size()) {
        structure = true;
        QSet<Id> alive;
        alive.reserve(onMap);
        for (const Touchpoint &t : j->touchpoints)
            if (!layout.cardRect(t.id).isNull())
                alive.insert(t.id);
        for (auto it = m_cards.begin(); it != m_cards.end();) {
            if (!alive.contains(it.key())) {
                delete it.value();
                it = m_cards.erase(it);
            } else {
                ++it;
            }
        }
    }
    syncConnectors(structure ? nullptr : &moved);
}

void MapScene::syncConnectors(const QSet<Id> *cardIds)
{
    const Journey *j = journey();
    if (!j)
        return;
    const auto rectOf = [](const CardItem *card) { return QRectF(card->pos(), card->size()); };
    if (cardIds) {
        for (const Id &cardId : *cardIds) {
            const IdList handoffs = m_connectors->connectorsOf(cardId);
            for (const Id &handoffId : handoffs) {
                const auto ends = m_connectors->ends(handoffId);
                const CardItem *from = m_cards.value(ends.first);
                const CardItem *to = m_cards.value(ends.second);
                if (from && to)
                    m_connectors->setConnector(handoffId, ends.first, ends.second, rectOf(from), rectOf(to), -1);
            }
        }
        return;
    }
    QSet<Id> alive;
    alive.reserve(j->handoffs.size());
    int order = 0;
    for (const Handoff &h : j->handoffs) {
        const CardItem *from = m_cards.value(h.fromTouchpointId);
        const CardItem *to = m_cards.value(h.toTouchpointId);
        if (!from || !to)
            continue;
        alive.insert(h.id);
        m_connectors->setConnector(h.id, h.fromTouchpointId, h.toTouchpointId, rectOf(from), rectOf(to), order++);
    }
    if (alive.size() == m_connectors->count())
        return;
    bool selectionChanged = false;
    const IdList shown = m_connectors->ids();
    for (const Id &id : shown) {
        if (!alive.contains(id)) {
            selectionChanged = selectionChanged || m_connectors->isConnectorSelected(id);
            m_connectors->removeConnector(id);
        }
    }
    if (selectionChanged)
        emit selectedIdsChanged(selectedIds());
}

void MapScene::setHandoffSelection(const Id &handoffId, bool selected)
{
    if (m_connectors->setConnectorSelected(handoffId, selected))
        emit selectedIdsChanged(selectedIds());
}

bool MapScene::clearHandoffSelection()
{
    if (!m_connectors->clearConnectorSelection())
        return false;
    emit selectedIdsChanged(selectedIds());
    return true;
}

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

QList<Id> MapScene::selectedIds() const
{
    QList<Id> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (auto *card = qgraphicsitem_cast<CardItem *>(item))
            ids.append(card->touchpointId());
    }
    ids.append(m_connectors->selectedConnectors());
    return ids;
}

void MapScene::selectIds(const QList<Id> &ids)
{
    clearSelection();
    bool handoffsChanged = m_connectors->clearConnectorSelection();
    for (const Id &id : ids) {
        if (CardItem *card = m_cards.value(id)) {
            card->setSelected(true);
            setFocusItem(card);
        } else if (m_connectors->setConnectorSelected(id, true)) {
            handoffsChanged = true;
        }
    }
    if (handoffsChanged)
        emit selectedIdsChanged(selectedIds());
}

void MapScene::addStage()
{
    const Journey *j = journey();
    if (!j)
        return;
    Stage stage;
    stage.id = newId();
    stage.name = tr("Stage %1").arg(j->stages.size() + 1);
    push(new AddStageCommand(m_document, m_journeyId, stage));
}

void MapScene::addChannelLane()
{
    const Journey *j = journey();
    if (!j)
        return;
    // Reuse a project channel that is not on this map yet, else make a new one.
    Channel channel;
    for (const Channel &c : project().channels) {
        if (!j->channelIds.contains(c.id)) {
            channel = c;
            break;
        }
    }
    if (channel.id.isEmpty()) {
        channel.id = newId();
        channel.name = tr("Channel %1").arg(project().channels.size() + 1);
        channel.color = channelColor({}, int(j->channelIds.size())).name();
    }
    push(new AddChannelLaneCommand(m_document, m_journeyId, channel));
}

Id MapScene::addTouchpoint(const Id &stageId, const Id &channelId, const QString &title)
{
    const Journey *j = journey();
    if (!j)
        return {};
    Touchpoint t;
    t.id = newId();
    t.stageId = stageId;
    t.channelId = channelId;
    t.title = title;
    int order = 0;
    for (const Touchpoint &other : j->touchpoints)
        if (other.stageId == stageId && other.channelId == channelId)
            order = std::max(order, other.order + 1);
    t.order = order;
    push(new AddTouchpointCommand(m_document, m_journeyId, t));
    return t.id;
}

void MapScene::deleteSelection()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *macro = new QUndoCommand(tr("Delete %n item(s)", nullptr, int(ids.size())));
    // Hand-offs first: a removed card takes its own hand-offs along.
    for (const Id &id : ids)
        if (m_connectors->hasConnector(id))
            new RemoveHandoffCommand(m_document, m_journeyId, id, macro);
    for (const Id &id : ids)
        if (m_cards.contains(id))
            new RemoveTouchpointCommand(m_document, m_journeyId, id, macro);
    push(macro);
}

void MapScene::copySelection()
{
    const Journey *j = journey();
    if (!j)
        return;
    const QList<Id> ids = selectedIds();
    TouchpointClipboard clip;
    for (const Touchpoint &t : j->touchpoints)
        if (ids.contains(t.id))
            clip.touchpoints.append(t);
    for (const Handoff &h : j->handoffs)
        if (ids.contains(h.fromTouchpointId) && ids.contains(h.toTouchpointId))
            clip.handoffs.append(h);
    if (!clip.touchpoints.isEmpty())
        s_clipboard = clip;
}

void MapScene::paste()
{
    if (s_clipboard.touchpoints.isEmpty())
        return;
    // Into the cell of the focused card if any, else where the cards came from.
    Id stageId, channelId;
    if (auto *card = qgraphicsitem_cast<CardItem *>(focusItem())) {
        stageId = card->touchpoint().stageId;
        channelId = card->touchpoint().channelId;
    }
    auto *command = new PasteTouchpointsCommand(m_document, m_journeyId, s_clipboard, stageId, channelId);
    const IdList pasted = command->pastedIds();
    push(command);
    selectIds(pasted);
}

void MapScene::selectAllCards()
{
    for (CardItem *card : std::as_const(m_cards))
        card->setSelected(true);
}

bool MapScene::focusNeighbour(Qt::Key key)
{
    auto *current = qgraphicsitem_cast<CardItem *>(focusItem());
    if (!current) {
        // Start at the top-left card.
        CardItem *best = nullptr;
        for (CardItem *card : std::as_const(m_cards))
            if (!best || card->pos().x() + card->pos().y() < best->pos().x() + best->pos().y())
                best = card;
        if (best)
            selectIds({best->touchpointId()});
        return best != nullptr;
    }
    const QPointF from = current->sceneBoundingRect().center();
    CardItem *best = nullptr;
    double bestScore = 1e18;
    for (CardItem *card : std::as_const(m_cards)) {
        if (card == current)
            continue;
        const QPointF d = card->sceneBoundingRect().center() - from;
        double along = 0, across = 0;
        switch (key) {
        case Qt::Key_Left: along = -d.x(); across = d.y(); break;
        case Qt::Key_Right: along = d.x(); across = d.y(); break;
        case Qt::Key_Up: along = -d.y(); across = d.x(); break;
        case Qt::Key_Down: along = d.y(); across = d.x(); break;
        default: return false;
        }
        if (along <= 1.0)
            continue;
        // Prefer cards straight ahead: sideways distance costs more than distance ahead.
        const double score = along + 3.0 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = card;
        }
    }
    if (!best)
        return false;
    selectIds({best->touchpointId()});
    for (QGraphicsView *view : views())
        view->ensureVisible(best, 40, 40);
    return true;
}

void MapScene::editFocusedCard()
{
    auto *card = qgraphicsitem_cast<CardItem *>(focusItem());
    if (!card)
        return;
    const Id id = card->touchpointId();
    startInlineEdit(QRectF(card->pos() + QPointF(6, 6), QSizeF(card->size().width() - 12, 28)), card->touchpoint().title,
                    [this, id](const QString &text) { push(TouchpointEdit::title(m_document, m_journeyId, id, text)); });
}

void MapScene::startInlineEdit(const QRectF &rect, const QString &text,
                               const std::function<void(const QString &)> &commit)
{
    if (m_editor)
        m_editor->finish(true);
    m_editor = new InlineEditor(rect, text, commit);
    connect(m_editor, &QObject::destroyed, this, [this] { m_editor = nullptr; });
    addItem(m_editor);
    setFocusItem(m_editor);
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
        // A click on a stage without a score for the first persona creates its as-is point.
        const int s = layout.stageAtX(pos.x());
        if (s < 0 || m_renderer->personaIds().isEmpty())
            return false;
        m_dragIndex = s;
        m_dragPersonaId = m_renderer->personaIds().first();
        bool exists = false;
        m_renderer->emotionPoint(s, m_dragPersonaId, false, &exists);
        m_dragToBe = exists; // as-is exists already: the click adds the to-be point
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
            const Id stageId = j->stages.at(s).id;
            startInlineEdit(QRectF(header.left() + 14, header.top() + 6, header.width() - 28, 30), j->stages.at(s).name,
                            [this, stageId](const QString &text) {
                                push(StageEdit::rename(m_document, m_journeyId, stageId, text));
                            });
            return;
        }
    }
    for (int l = 0; l < layout.laneCount(); ++l) {
        const QRectF header = layout.laneHeaderRect(l);
        if (header.contains(pos)) {
            const Id channelId = layout.channelIds().at(l);
            const Channel *channel = findById(project().channels, channelId);
            startInlineEdit(QRectF(header.left() + 44, header.top() + 10, header.width() - 52, 30),
                            channel ? channel->name : QString(), [this, channelId](const QString &text) {
                                push(ChannelEdit::rename(m_document, channelId, text));
                            });
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
