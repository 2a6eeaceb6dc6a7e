#include "mapscene.h"

#include "carditem.h"
#include "connectorlayer.h"
#include "inlineeditor.h"
#include "mapframeitem.h"

#include "document/commands/addremovechannellane.h"
#include "document/commands/addremovehandoff.h"
#include "document/commands/addremovestage.h"
#include "document/commands/addremovetouchpoint.h"
#include "document/commands/edittouchpoint.h"
#include "document/commands/editstage.h"
#include "document/document.h"
#include "document/render/mapstyle.h"
#include "model/lookup.h"

#include <QGraphicsView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

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

void MapScene::setExperimentBadges(const QHash<Id, QString> &badges)
{
    if (badges == m_experimentBadges)
        return;
    m_experimentBadges = badges;
    update();
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
    if (sceneRect() != sceneBounds) {
        emit sceneRectAboutToChange();
        setSceneRect(sceneBounds);
    }
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
    const qsizetype before = j->stages.size();
    push(new AddStageCommand(m_document, m_journeyId, stage));
    const Journey *after = journey();
    if (!after || after->stages.size() == before)
        return; // read-only
    // The new stage is the current one and its name is ready to type over.
    selectStage(stage.id);
    renameStage(stage.id);
}

void MapScene::selectStage(const Id &stageId)
{
    if (m_options.selectedStageId == stageId)
        return;
    m_options.selectedStageId = stageId;
    relayout();
    m_frame->update();
    emit stageActivated(stageId);
}

void MapScene::renameStage(const Id &stageId)
{
    const Journey *j = journey();
    const int s = m_renderer->layout().stageIndex(stageId);
    if (!j || s < 0)
        return;
    const QRectF header = m_renderer->layout().stageHeaderRect(s);
    startInlineEdit(QRectF(header.left() + 14, header.top() + 6, header.width() - 28, 30), j->stages.at(s).name,
                    [this, stageId](const QString &text) {
                        push(StageEdit::rename(m_document, m_journeyId, stageId, text));
                    });
}

void MapScene::renameLane(const Id &channelId)
{
    const int l = m_renderer->layout().laneIndex(channelId);
    if (l < 0)
        return;
    const QRectF header = m_renderer->layout().laneHeaderRect(l);
    const Channel *channel = findById(project().channels, channelId);
    startInlineEdit(QRectF(header.left() + 44, header.top() + 10, header.width() - 52, 30),
                    channel ? channel->name : QString(),
                    [this, channelId](const QString &text) { push(ChannelEdit::rename(m_document, channelId, text)); });
}

void MapScene::addChannelLane(int index)
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
    push(new AddChannelLaneCommand(m_document, m_journeyId, channel, index));
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

bool MapScene::focusNextCard(bool forward)
{
    if (m_editor)
        m_editor->finish(true);
    const Journey *j = journey();
    if (!j || m_cards.isEmpty())
        return false;
    // Reading order of the map: stage by stage, lane by lane, then the order in the cell.
    const MapLayout &layout = m_renderer->layout();
    QList<const CardItem *> order;
    order.reserve(m_cards.size());
    for (const CardItem *card : std::as_const(m_cards))
        order.append(card);
    std::sort(order.begin(), order.end(), [&layout](const CardItem *a, const CardItem *b) {
        const auto key = [&layout](const Touchpoint &t) {
            return std::make_tuple(layout.stageIndex(t.stageId), layout.laneIndex(t.channelId), t.order, t.id);
        };
        return key(a->touchpoint()) < key(b->touchpoint());
    });
    const auto *current = qgraphicsitem_cast<CardItem *>(focusItem());
    qsizetype index = current ? order.indexOf(current) : -1;
    const qsizetype n = order.size();
    // Wraps around: Tab keeps to the map's cards (Ctrl+Tab leaves the map).
    index = index < 0 ? (forward ? 0 : n - 1) : (index + (forward ? 1 : n - 1)) % n;
    const CardItem *next = order.at(index);
    selectIds({next->touchpointId()});
    for (QGraphicsView *view : views())
        view->ensureVisible(next, 40, 40);
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

} // namespace omnimap
