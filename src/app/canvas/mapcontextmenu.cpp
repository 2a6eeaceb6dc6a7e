// MapScene: the context menus of the map — on a card, a hand-off, a stage's chevron, a
// lane's header, an empty cell, the persona/emotion rows and the empty canvas — each
// action one undo command (or an in-place editor), like the gestures.
#include "mapscene.h"

#include "carditem.h"
#include "connectorlayer.h"
#include "inlineeditor.h"

#include "document/commands/addremovechannellane.h"
#include "document/commands/addremovehandoff.h"
#include "document/commands/addremovestage.h"
#include "document/commands/addremovetouchpoint.h"
#include "document/commands/pastetouchpoints.h"
#include "document/commands/reorderstage.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>

namespace omnimap {

namespace {

QAction *addNamed(QMenu *menu, const QString &text, const char *objectName)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->scenePos(), event->widget());
    if (!menu) {
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    menu->exec(event->screenPos());
    delete menu;
    event->accept();
}

QMenu *MapScene::createContextMenu(const QPointF &pos, QWidget *parent)
{
    const Journey *j = journey();
    if (!j)
        return nullptr;
    if (m_editor)
        m_editor->finish(true);
    auto *menu = new QMenu(parent);
    const bool readOnly = m_document->isReadOnly();
    // A copy: selecting what was clicked (a stage, a lane) lays the map out again, which
    // replaces the renderer and the layout a reference would point into.
    const MapLayout layout = m_renderer->layout();

    if (CardItem *card = cardAt(pos)) {
        // Like a click: the card under the mouse joins (or becomes) the selection.
        if (!card->isSelected()) {
            clearSelection();
            clearHandoffSelection();
            card->setSelected(true);
        }
        setFocusItem(card);
        const Id id = card->touchpointId();
        connect(addNamed(menu, tr("&Edit Title"), "mapEditTitle"), &QAction::triggered, this,
                [this] { editFocusedCard(); });
        connect(addNamed(menu, tr("&Properties…"), "mapProperties"), &QAction::triggered, this,
                [this, id] { emit propertiesRequested(id); });
        const Touchpoint *tp = findById(j->touchpoints, id);
        addExperimentAction(menu, id, tp && tp->experiment);
        menu->addSeparator();
        connect(addNamed(menu, tr("D&uplicate"), "mapDuplicate"), &QAction::triggered, this,
                [this] { duplicateSelection(); });
        QMenu *connectMenu = menu->addMenu(tr("Add &Hand-off To"));
        connectMenu->menuAction()->setObjectName(QStringLiteral("mapHandoffTo"));
        for (const Touchpoint &other : j->touchpoints) {
            if (other.id == id || layout.cardRect(other.id).isNull())
                continue;
            const Stage *stage = findById(j->stages, other.stageId);
            const QString label = stage ? tr("%1 (%2)").arg(other.title, stage->name) : other.title;
            QAction *target = connectMenu->addAction(label);
            target->setData(other.id);
            connect(target, &QAction::triggered, this, [this, id, to = other.id] { addHandoff(id, to); });
        }
        connectMenu->setEnabled(!connectMenu->isEmpty());
        menu->addSeparator();
        connect(addNamed(menu, tr("&Delete"), "mapDelete"), &QAction::triggered, this, [this] { deleteSelection(); });
    } else if (const Id handoffId = m_connectors->connectorAt(pos); !handoffId.isEmpty()) {
        if (!m_connectors->isConnectorSelected(handoffId)) {
            clearSelection();
            m_connectors->clearConnectorSelection();
            setHandoffSelection(handoffId, true);
        }
        connect(addNamed(menu, tr("&Properties…"), "mapProperties"), &QAction::triggered, this,
                [this, handoffId] { emit propertiesRequested(handoffId); });
        const Handoff *handoff = findById(j->handoffs, handoffId);
        addExperimentAction(menu, handoffId, handoff && handoff->experiment);
        menu->addSeparator();
        connect(addNamed(menu, tr("&Delete Hand-off"), "mapDeleteHandoff"), &QAction::triggered, this,
                [this, handoffId] { push(new RemoveHandoffCommand(m_document, m_journeyId, handoffId)); });
    } else if (const int s = stageHeaderAt(pos); s >= 0) {
        const Id stageId = layout.stageIds().at(s);
        selectStage(stageId);
        connect(addNamed(menu, tr("&Rename Stage"), "mapRenameStage"), &QAction::triggered, this,
                [this, stageId] { renameStage(stageId); });
        connect(addNamed(menu, tr("&Properties…"), "mapProperties"), &QAction::triggered, this,
                [this, stageId] { emit propertiesRequested(stageId); });
        menu->addSeparator();
        connect(addNamed(menu, tr("Insert Stage &Before"), "mapStageBefore"), &QAction::triggered, this,
                [this, s] { insertStage(s); });
        connect(addNamed(menu, tr("Insert Stage &After"), "mapStageAfter"), &QAction::triggered, this,
                [this, s] { insertStage(s + 1); });
        QAction *left = addNamed(menu, tr("Move &Left"), "mapStageLeft");
        left->setEnabled(s > 0);
        connect(left, &QAction::triggered, this,
                [this, s] { push(new ReorderStageCommand(m_document, m_journeyId, s, s - 1)); });
        QAction *right = addNamed(menu, tr("Move &Right"), "mapStageRight");
        right->setEnabled(s + 1 < layout.stageCount());
        connect(right, &QAction::triggered, this,
                [this, s] { push(new ReorderStageCommand(m_document, m_journeyId, s, s + 1)); });
        menu->addSeparator();
        connect(addNamed(menu, tr("&Delete Stage"), "mapDeleteStage"), &QAction::triggered, this,
                [this, stageId] { push(new RemoveStageCommand(m_document, m_journeyId, stageId)); });
    } else if (const int l = laneHeaderAt(pos); l >= 0) {
        const Id channelId = layout.channelIds().at(l);
        emit laneActivated(channelId);
        connect(addNamed(menu, tr("&Rename Lane"), "mapRenameLane"), &QAction::triggered, this,
                [this, channelId] { renameLane(channelId); });
        connect(addNamed(menu, tr("&Properties…"), "mapProperties"), &QAction::triggered, this,
                [this, channelId] { emit propertiesRequested(channelId); });
        menu->addSeparator();
        connect(addNamed(menu, tr("Add Lane &Below"), "mapLaneBelow"), &QAction::triggered, this,
                [this, l] { addChannelLane(l + 1); });
        QAction *up = addNamed(menu, tr("Move &Up"), "mapLaneUp");
        up->setEnabled(l > 0);
        connect(up, &QAction::triggered, this,
                [this, l] { push(new ReorderChannelLaneCommand(m_document, m_journeyId, l, l - 1)); });
        QAction *down = addNamed(menu, tr("Move &Down"), "mapLaneDown");
        down->setEnabled(l + 1 < layout.laneCount());
        connect(down, &QAction::triggered, this,
                [this, l] { push(new ReorderChannelLaneCommand(m_document, m_journeyId, l, l + 1)); });
        menu->addSeparator();
        connect(addNamed(menu, tr("&Remove Lane"), "mapRemoveLane"), &QAction::triggered, this,
                [this, channelId] { push(new RemoveChannelLaneCommand(m_document, m_journeyId, channelId)); });
    } else if (int cs = -1, cl = -1; layout.cellAt(pos, &cs, &cl)) {
        const Id stageId = layout.stageIds().at(cs), channelId = layout.channelIds().at(cl);
        connect(addNamed(menu, tr("Add &Touchpoint Here"), "mapAddTouchpoint"), &QAction::triggered, this,
                [this, stageId, channelId] {
                    const Id id = addTouchpoint(stageId, channelId, tr("New touchpoint"));
                    selectIds({id});
                    editFocusedCard();
                });
        QAction *paste = addNamed(menu, tr("&Paste Here"), "mapPasteHere");
        paste->setEnabled(!s_clipboard.touchpoints.isEmpty());
        connect(paste, &QAction::triggered, this, [this, stageId, channelId] {
            auto *command = new PasteTouchpointsCommand(m_document, m_journeyId, s_clipboard, stageId, channelId);
            const IdList pasted = command->pastedIds();
            push(command);
            selectIds(pasted);
        });
    } else if (layout.personaHeaderRect().contains(pos) || layout.emotionLaneRect().contains(pos)) {
        // The personas shown on this map: open one in its editor.
        for (const Id &personaId : m_renderer->personaIds()) {
            const Persona *persona = findById(project().personas, personaId);
            QAction *open = menu->addAction(tr("Open Persona “%1”").arg(persona ? persona->name : personaId));
            open->setObjectName(QStringLiteral("mapOpenPersona"));
            open->setData(personaId);
            connect(open, &QAction::triggered, this, [this, personaId] { emit personaRequested(personaId); });
        }
        if (!menu->isEmpty())
            menu->addSeparator();
        connect(addNamed(menu, tr("Add &Persona"), "mapAddPersona"), &QAction::triggered, this,
                [this] { emit addPersonaRequested(); });
    }
    // Everywhere: grow the map.
    if (!menu->isEmpty())
        menu->addSeparator();
    connect(addNamed(menu, tr("Add &Stage"), "mapAddStage"), &QAction::triggered, this, [this] { addStage(); });
    connect(addNamed(menu, tr("Add &Channel Lane"), "mapAddLane"), &QAction::triggered, this,
            [this] { addChannelLane(); });
    if (readOnly) {
        // A read-only plan shows the menu (what could be done) but changes nothing.
        for (QAction *action : menu->actions())
            if (!action->objectName().startsWith(QLatin1String("mapOpenPersona"))
                && action->objectName() != QLatin1String("mapProperties")
                && !action->property("opensExisting").toBool())
                action->setEnabled(false);
    }
    return menu;
}

void MapScene::addExperimentAction(QMenu *menu, const Id &itemId, bool existing)
{
    QAction *action = addNamed(menu, existing ? tr("Edit E&xperiment…") : tr("Add E&xperiment (A/B Test)…"), "mapExperiment");
    action->setProperty("opensExisting", existing); // a read-only plan can still show it
    connect(action, &QAction::triggered, this, [this, itemId] { emit experimentRequested(itemId); });
}

int MapScene::stageHeaderAt(const QPointF &pos) const
{
    const MapLayout &layout = m_renderer->layout();
    for (int s = 0; s < layout.stageCount(); ++s)
        if (layout.stageHeaderRect(s).contains(pos))
            return s;
    return -1;
}

int MapScene::laneHeaderAt(const QPointF &pos) const
{
    const MapLayout &layout = m_renderer->layout();
    for (int l = 0; l < layout.laneCount(); ++l)
        if (layout.laneHeaderRect(l).contains(pos))
            return l;
    return -1;
}

void MapScene::insertStage(int index)
{
    const Journey *j = journey();
    if (!j)
        return;
    Stage stage;
    stage.id = newId();
    stage.name = tr("Stage %1").arg(j->stages.size() + 1);
    const qsizetype before = j->stages.size();
    push(new AddStageCommand(m_document, m_journeyId, stage, index));
    const Journey *after = journey();
    if (!after || after->stages.size() == before)
        return;
    selectStage(stage.id);
    renameStage(stage.id);
}

void MapScene::duplicateSelection()
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
    if (clip.touchpoints.isEmpty())
        return;
    // Into the cells the cards are in; the clipboard the user copied to stays as it was.
    auto *command = new PasteTouchpointsCommand(m_document, m_journeyId, clip, {}, {});
    command->setText(tr("Duplicate %n card(s)", nullptr, int(clip.touchpoints.size())));
    const IdList pasted = command->pastedIds();
    push(command);
    selectIds(pasted);
}

void MapScene::addHandoff(const Id &fromId, const Id &toId)
{
    const Journey *j = journey();
    if (!j || fromId == toId)
        return;
    Handoff h;
    h.id = newId();
    h.fromTouchpointId = fromId;
    h.toTouchpointId = toId;
    push(new AddHandoffCommand(m_document, m_journeyId, h));
}

} // namespace omnimap
