// MainWindow: the project tree's context menu and in-place renaming — open, rename,
// delete or add the plan's journeys, personas, channels, checklists, campaigns and
// scenarios from where they are listed, each change one undo step.
#include "mainwindow.h"

#include "canvas/mapscene.h"

#include "document/commands/addjourney.h"
#include "document/commands/changevalue.h"
#include "document/commands/plan/listitemcommands.h"
#include "model/lookup.h"

#include <QAction>
#include <QMenu>
#include <QTreeWidget>
#include <QUndoStack>

namespace omnimap {

namespace {

/// The name field of a listed item (null when it is gone or has no name to edit).
QString *nameOf(Project &p, ItemKind kind, const Id &id)
{
    switch (kind) {
    case ItemKind::Journey: if (auto *x = findById(p.journeys, id)) return &x->name; break;
    case ItemKind::Persona: if (auto *x = findById(p.personas, id)) return &x->name; break;
    case ItemKind::Channel: if (auto *x = findById(p.channels, id)) return &x->name; break;
    case ItemKind::Checklist: if (auto *x = findById(p.checklists, id)) return &x->name; break;
    case ItemKind::Campaign: if (auto *x = findById(p.campaigns, id)) return &x->name; break;
    case ItemKind::Scenario: if (auto *x = findById(p.scenarios, id)) return &x->name; break;
    default: break;
    }
    return nullptr;
}

QAction *addNamed(QMenu *menu, const QString &text, const char *objectName)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

bool MainWindow::isRenameable(int kind)
{
    switch (ItemKind(kind)) {
    case ItemKind::Journey:
    case ItemKind::Persona:
    case ItemKind::Channel:
    case ItemKind::Checklist:
    case ItemKind::Campaign:
    case ItemKind::Scenario:
        return true;
    default:
        return false;
    }
}

void MainWindow::renameTreeItem(QTreeWidgetItem *item)
{
    const Id id = item->data(0, ItemIdRole).toString();
    const auto kind = ItemKind(item->data(0, ItemKindRole).toInt());
    const QString name = item->text(0).simplified();
    QString *current = nameOf(m_document->mutableProject(), kind, id);
    if (!current || name.isEmpty() || name == *current || m_document->isReadOnly()) {
        if (current)
            item->setText(0, *current); // put back what the plan says
        return;
    }
    m_document->undoStack()->push(new ChangeValueCommand<QString>(
        m_document.get(), {ChangeEvent::Type::Changed, kind, id, {}, QStringLiteral("name")},
        [kind, id](Project &p) { return nameOf(p, kind, id); }, name, tr("Rename “%1”").arg(name)));
}

QMenu *MainWindow::createTreeContextMenu(QTreeWidgetItem *item)
{
    if (!item)
        return nullptr;
    auto *menu = new QMenu(m_tree);
    const Id id = item->data(0, ItemIdRole).toString();
    const auto kind = ItemKind(item->data(0, ItemKindRole).toInt());
    const bool readOnly = m_document->isReadOnly();
    if (!id.isEmpty()) {
        if (kind == ItemKind::Journey) {
            connect(addNamed(menu, tr("&Open Map"), "treeOpen"), &QAction::triggered, this,
                    [this, id] { showJourney(id); });
        } else if (kind == ItemKind::Persona) {
            connect(addNamed(menu, tr("&Open Persona"), "treeOpen"), &QAction::triggered, this,
                    [this, id] { showPersona(id); });
        } else {
            connect(addNamed(menu, tr("&Show"), "treeOpen"), &QAction::triggered, this,
                    [this, id] { revealItem(id); });
        }
        if (isRenameable(int(kind))) {
            QAction *rename = addNamed(menu, tr("&Rename"), "treeRename");
            rename->setEnabled(!readOnly);
            connect(rename, &QAction::triggered, this, [this, item] { m_tree->editItem(item); });
        }
        if (kind == ItemKind::Journey) {
            menu->addSeparator();
            QAction *duplicate = addNamed(menu, tr("D&uplicate Journey"), "treeDuplicate");
            duplicate->setEnabled(!readOnly);
            connect(duplicate, &QAction::triggered, this, [this, id] {
                const Journey *source = findById(m_document->project().journeys, id);
                if (!source)
                    return;
                Journey copy = *source;
                copy.id = newId();
                copy.name = tr("%1 (copy)").arg(source->name);
                // Its own ids: the copy's cards, stages and hand-offs are new items.
                QHash<Id, Id> renamed;
                for (Stage &s : copy.stages)
                    s.id = renamed[s.id] = newId();
                for (Touchpoint &t : copy.touchpoints) {
                    t.id = renamed[t.id] = newId();
                    t.stageId = renamed.value(t.stageId, t.stageId);
                }
                for (Handoff &h : copy.handoffs) {
                    h.id = newId();
                    h.fromTouchpointId = renamed.value(h.fromTouchpointId);
                    h.toTouchpointId = renamed.value(h.toTouchpointId);
                }
                for (ChannelRole &r : copy.roles) {
                    r.id = newId();
                    r.stageId = renamed.value(r.stageId, r.stageId);
                }
                m_document->undoStack()->push(new AddJourneyCommand(m_document.get(), copy));
                showJourney(copy.id);
            });
            QAction *remove = addNamed(menu, tr("&Delete Journey"), "treeDelete");
            remove->setEnabled(!readOnly && m_document->project().journeys.size() > 1);
            connect(remove, &QAction::triggered, this, [this, id] {
                const Journey *j = findById(m_document->project().journeys, id);
                if (!j)
                    return;
                m_document->undoStack()->push(ListItemCommand<Journey>::remove(
                    m_document.get(), ItemKind::Journey, [](Project &p) { return &p.journeys; }, id,
                    tr("Delete journey “%1”").arg(j->name)));
            });
        }
        menu->addSeparator();
    }
    // The plan, its brand and departments: their editors (Plan menu).
    const auto planAction = [this, menu](const QString &text, const char *objectName, const char *menuObjectName) {
        QAction *action = addNamed(menu, text, objectName);
        connect(action, &QAction::triggered, this, [this, menuObjectName] {
            if (auto *editorAction = findChild<QAction *>(QLatin1String(menuObjectName)))
                editorAction->trigger();
        });
    };
    if (kind == ItemKind::Project)
        planAction(tr("Plan &Properties…"), "treePlanProperties", "planPropertiesAction");
    else if (kind == ItemKind::Brand)
        planAction(tr("&Brand…"), "treeBrand", "brandAction");
    else if (kind == ItemKind::Department)
        planAction(tr("&Departments…"), "treeDepartments", "departmentsAction");
    // On a group or an item: add another of its kind where the app can make one here.
    const QString group = item->parent() ? item->parent()->text(0) : item->text(0);
    if (group == tr("Journeys")) {
        connect(addNamed(menu, tr("New &Journey"), "treeNewJourney"), &QAction::triggered, this, [this] {
            if (auto *action = findChild<QAction *>(QStringLiteral("newJourneyAction")))
                action->trigger();
        });
    } else if (group == tr("Personas")) {
        connect(addNamed(menu, tr("Add &Persona"), "treeAddPersona"), &QAction::triggered, this, [this] {
            if (auto *action = findChild<QAction *>(QStringLiteral("addPersonaAction")))
                action->trigger();
        });
    } else if (group == tr("Channels")) {
        connect(addNamed(menu, tr("Add &Channel Lane"), "treeAddLane"), &QAction::triggered, this, [this] {
            if (MapScene *scene = currentMapScene())
                scene->addChannelLane();
        });
    }
    if (readOnly)
        for (QAction *action : menu->actions())
            if (action->objectName() != QLatin1String("treeOpen") && !action->objectName().startsWith(QLatin1String("treePlan"))
                && action->objectName() != QLatin1String("treeBrand")
                && action->objectName() != QLatin1String("treeDepartments"))
                action->setEnabled(false);
    if (menu->isEmpty()) {
        delete menu;
        return nullptr;
    }
    return menu;
}

} // namespace omnimap
