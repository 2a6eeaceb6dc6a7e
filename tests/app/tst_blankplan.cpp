// Issue 19, part 2: what a new user meets building a plan from File ▸ New — context
// menus on every part of the map and the project tree, the new stage ready to be named,
// a map that stays put while it grows, the start hint, Tab between cards, Ctrl+Y,
// emotion-point tooltips, undo steps without noise, the KPI binding's lists and the
// scenario comparison that says why nothing changed. Driven through the real window,
// offscreen.
#include "canvas/carditem.h"
#include "canvas/connectorlayer.h"
#include "canvas/inlineeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/personafilterbutton.h"
#include "fixture.h"
#include "insight/sankeyview.h"
#include "insight/scenariocompareview.h"
#include "mainwindow.h"
#include "panels/inspector.h"
#include "plan/kpibindingdialog.h"
#include "plan/timelinecanvas.h"
#include "shell/drawntexts.h"
#include "scripteddialogs.h"

#include "document/render/mapstyle.h"
#include "format/projectfile.h"
#include "insight/simulationsummary.h"
#include "model/lookup.h"
#include "scenarioeffects.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

using namespace omnimap;

namespace {

struct Harness
{
    QTemporaryDir dir;
    MainWindow window;
    testing::ScriptedDialogs *dialogs = nullptr;

    explicit Harness(QSize size = QSize(2400, 1800))
    {
        auto scripted = std::make_unique<testing::ScriptedDialogs>();
        dialogs = scripted.get();
        window.setDialogService(std::move(scripted));
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        window.resize(size);
        window.show();
        window.activateWindow();
        (void)QTest::qWaitForWindowActive(&window);
    }
    MapView *view() { return window.currentMapView(); }
    MapScene *scene() { return window.currentMapScene(); }
    const Journey &journey() { return window.document()->project().journeys.first(); }
    QUndoStack *stack() { return window.document()->undoStack(); }
    QPoint at(const QPointF &scenePos) { return view()->mapFromScene(scenePos); }
    void openCafe()
    {
        const QString path = dir.filePath(QStringLiteral("cafe.omnimap"));
        QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
        QVERIFY(window.openFile(path));
    }
    QAction *action(const QString &objectName) { return window.findChild<QAction *>(objectName); }
};

QAction *menuAction(QMenu *menu, const char *objectName)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == QLatin1String(objectName))
            return action;
    return nullptr;
}

} // namespace

class TestBlankPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quitIsLastAndCtrlYRedoes();
    void newStageIsSelectedAndNamedInPlace();
    void mapStaysPutWhileStagesAreAdded();
    void emptyJourneyShowsTheStartHint();
    void tabMovesBetweenCards();
    void emotionPointsHaveTooltips();
    void cardAndHandoffContextMenus();
    void stageLaneCellAndPersonaContextMenus();
    void projectTreeContextMenu();
    void undoHistoryWithoutNoise();
    void kpiBindingOffersTheDataSetsLists();
    void scenarioThatChangesNothingSaysWhy();
    void textsFitAndSpeakTheUsersLanguage();
};

void TestBlankPlan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestBlankPlan::quitIsLastAndCtrlYRedoes()
{
    Harness h;
    h.window.newProject();
    QMenu *file = nullptr;
    for (QAction *top : h.window.menuBar()->actions())
        if (top->text() == QStringLiteral("&File"))
            file = top->menu();
    QVERIFY(file);
    const QList<QAction *> actions = file->actions();
    QCOMPARE(actions.last()->objectName(), QStringLiteral("quitAction"));
    QVERIFY(actions.at(actions.size() - 2)->isSeparator());

    // Redo answers both Ctrl+Y and Ctrl+Shift+Z.
    QAction *redo = nullptr;
    for (QAction *action : h.window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("&Redo"))
            redo = action;
    QVERIFY(redo);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    h.scene()->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape); // leave the new stage's name as it is
    QCOMPARE(h.journey().stages.size(), 1);
    h.stack()->undo();
    QCOMPARE(h.journey().stages.size(), 0);
    h.view()->setFocus();
    QTest::keyClick(h.view(), Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(h.journey().stages.size(), 1);
    h.stack()->undo();
    QTest::keyClick(h.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(h.journey().stages.size(), 1);
}

void TestBlankPlan::newStageIsSelectedAndNamedInPlace()
{
    Harness h;
    h.window.newProject();
    MapScene *scene = h.scene();
    // Journey ▸ Add Stage, as a user would.
    QAction *addStage = nullptr;
    for (QAction *action : h.window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Add &Stage"))
            addStage = action;
    QVERIFY(addStage);
    addStage->trigger();
    QCOMPARE(h.journey().stages.size(), 1);
    const Id first = h.journey().stages.first().id;
    QCOMPARE(scene->currentStageId(), first);
    QVERIFY(scene->activeEditor());
    QCOMPARE(h.window.inspector()->shownItemId(), first); // the inspector follows
    QTest::keyClicks(h.view(), QStringLiteral("Order in the app"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(h.journey().stages.first().name, QStringLiteral("Order in the app"));
    QTRY_VERIFY(!scene->activeEditor());

    // The next one is selected in its turn, its default name typed over.
    addStage->trigger();
    const Id second = h.journey().stages.at(1).id;
    QCOMPARE(scene->currentStageId(), second);
    QTest::keyClicks(h.view(), QStringLiteral("Pick up in store"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(h.journey().stages.at(1).name, QStringLiteral("Pick up in store"));
}

void TestBlankPlan::mapStaysPutWhileStagesAreAdded()
{
    // A window small enough for the map to scroll both ways once lanes and stages grow.
    Harness h(QSize(1100, 760));
    h.window.newProject();
    MapScene *scene = h.scene();
    for (int i = 0; i < 5; ++i)
        scene->addChannelLane();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    // Scroll down a little, as a user looking at the lanes would.
    QScrollBar *vertical = h.view()->verticalScrollBar();
    QVERIFY(vertical->maximum() > 0);
    vertical->setValue(vertical->maximum() / 2);
    const int scrolledTo = vertical->value();
    // Double-click the empty chevron row right of the last stage, again and again: the
    // scene point under a fixed place of the viewport must not move.
    const QPoint probe(400, 300);
    for (int n = 1; n <= 4; ++n) {
        const QPointF before = h.view()->mapToScene(probe);
        const MapLayout &layout = scene->renderer()->layout();
        const double x = layout.stageCount() == 0
            ? MapMetrics::LaneHeaderWidth + 60
            : layout.stageHeaderRect(layout.stageCount() - 1).right() + 60;
        const double y = layout.personaHeaderRect().bottom() + MapMetrics::StageHeaderHeight / 2;
        // The chevron row must be on screen for the click: scroll it in if needed.
        vertical->setValue(0);
        const QPointF beforeClick = h.view()->mapToScene(probe);
        const QPoint click = h.at(QPointF(x, y));
        if (!h.view()->viewport()->rect().contains(click))
            break; // the row ran off the right edge: the rest is covered by the scroll test below
        QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, click);
        QCOMPARE(int(h.journey().stages.size()), n);
        QTest::keyClick(h.view(), Qt::Key_Escape);
        QCOMPARE(h.view()->mapToScene(probe), beforeClick);
        Q_UNUSED(before)
    }
    // Growing the scene while scrolled keeps the scroll position: add stages through
    // the menu while looking at the lanes halfway down.
    vertical->setValue(scrolledTo);
    const QPointF anchor = h.view()->mapToScene(probe);
    scene->addChannelLane(); // grows the scene downwards
    QCOMPARE(h.view()->mapToScene(probe), anchor);
}

void TestBlankPlan::emptyJourneyShowsTheStartHint()
{
    Harness h;
    h.window.newProject();
    const MapRenderer *renderer = h.scene()->renderer();
    const QRectF hint = renderer->emptyHintRect();
    QVERIFY(!hint.isEmpty());
    // Paint the background as the canvas does and look inside the hint's box: the text
    // must be there (dark pixels on the light box), not covered by the note lanes.
    const QRectF bounds = renderer->boundingRect();
    QVERIFY2(bounds.contains(hint), "the hint lies within the map (the scene clips what is outside)");
    QImage image(bounds.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.translate(-bounds.topLeft());
        renderer->paintBackground(&painter);
    }
    const QRect box = hint.translated(-bounds.topLeft()).toRect().adjusted(4, 4, -4, -4);
    int dark = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 170 ? 1 : 0;
    QVERIFY2(dark > 40, qPrintable(QString::number(dark)));
    // It sits in the empty chevron row, where a double-click adds the first stage.
    const MapLayout &layout = renderer->layout();
    QVERIFY(hint.top() >= layout.personaHeaderRect().bottom());
    QVERIFY(hint.bottom() <= layout.personaHeaderRect().bottom() + MapMetrics::StageHeaderHeight);
    // With a stage and a lane the map is started: no hint.
    h.scene()->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    QVERIFY(!h.scene()->renderer()->emptyHintRect().isEmpty()); // a stage, but no lane yet
    h.scene()->addChannelLane();
    QVERIFY(h.scene()->renderer()->emptyHintRect().isEmpty());
}

void TestBlankPlan::tabMovesBetweenCards()
{
    Harness h;
    h.openCafe();
    MapScene *scene = h.scene();
    // Reading order worked out from the plan: by stage, then lane, then order in the cell.
    const Journey &j = h.journey();
    QList<const Touchpoint *> cards;
    for (const Touchpoint &t : j.touchpoints)
        cards.append(&t);
    std::sort(cards.begin(), cards.end(), [&j](const Touchpoint *a, const Touchpoint *b) {
        return std::make_tuple(indexOfId(j.stages, a->stageId), j.channelIds.indexOf(a->channelId), a->order)
            < std::make_tuple(indexOfId(j.stages, b->stageId), j.channelIds.indexOf(b->channelId), b->order);
    });
    QStringList expected;
    for (const Touchpoint *t : cards)
        expected << t->id;
    QCOMPARE(expected, QStringList({QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4"), QStringLiteral("t5")})); // the fixture as documented
    scene->selectIds({expected.first()});
    h.view()->setFocus();
    for (int i = 1; i <= expected.size(); ++i) {
        QTest::keyClick(h.view(), Qt::Key_Tab);
        QCOMPARE(scene->selectedIds(), QList<Id>{expected.at(i % expected.size())}); // wraps to the first
        QVERIFY(h.view()->hasFocus());
    }
    QTest::keyClick(h.view(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(scene->selectedIds(), QList<Id>{expected.last()});
    QVERIFY(h.view()->hasFocus());
}

void TestBlankPlan::emotionPointsHaveTooltips()
{
    Harness h;
    h.openCafe();
    MapScene *scene = h.scene();
    const Journey &j = h.journey();
    // The fixture gives Ji-woo (p1) an as-is score at every stage; find the third one.
    const Stage &purchase = j.stages.at(2);
    const EmotionScore *score = nullptr;
    for (const EmotionScore &e : purchase.emotions)
        if (e.personaId == QStringLiteral("p1"))
            score = &e;
    QVERIFY(score);
    bool exists = false;
    const QPointF point = scene->renderer()->emotionPoint(2, QStringLiteral("p1"), false, &exists);
    QVERIFY(exists);
    const QString tip = scene->emotionToolTip(point + QPointF(3, 2));
    QVERIFY2(tip.contains(QStringLiteral("Ji-woo Kim 김지우")), qPrintable(tip));
    QVERIFY(tip.contains(purchase.name));
    const QString value = score->asIs > 0 ? QStringLiteral("+%1").arg(score->asIs) : QString::number(score->asIs);
    QVERIFY2(tip.contains(QStringLiteral("As-is: ") + value), qPrintable(tip));
    if (score->toBe)
        QVERIFY(tip.contains(QStringLiteral("To-be: ")));
    // Far from any point: nothing.
    QVERIFY(scene->emotionToolTip(point + QPointF(0, 40)).isEmpty()
            || !scene->emotionToolTip(point + QPointF(0, 40)).contains(purchase.name + QLatin1Char('\n')));
}

void TestBlankPlan::cardAndHandoffContextMenus()
{
    Harness h;
    h.openCafe();
    MapScene *scene = h.scene();
    CardItem *card = scene->cardItem(QStringLiteral("t2"));
    std::unique_ptr<QMenu> menu(scene->createContextMenu(card->sceneBoundingRect().center()));
    QVERIFY(menu);
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("t2")}); // the right-click selects
    for (const char *name : {"mapEditTitle", "mapProperties", "mapDuplicate", "mapHandoffTo", "mapDelete"})
        QVERIFY2(menuAction(menu.get(), name), name);

    // Duplicate: one step, a copy in the same cell.
    const int steps = h.stack()->count();
    menuAction(menu.get(), "mapDuplicate")->trigger();
    QCOMPARE(h.journey().touchpoints.size(), 6);
    QCOMPARE(h.stack()->count(), steps + 1);
    const Touchpoint &copy = h.journey().touchpoints.last();
    QCOMPARE(copy.title, QStringLiteral("Menu & wait time"));
    QCOMPARE(copy.stageId, QStringLiteral("s2"));
    QCOMPARE(copy.channelId, QStringLiteral("c-app"));
    h.stack()->undo();

    // Add a hand-off to another card through the submenu (t2 → t5 "Stamp card").
    menu.reset(scene->createContextMenu(card->sceneBoundingRect().center()));
    QMenu *targets = menuAction(menu.get(), "mapHandoffTo")->menu();
    QCOMPARE(targets->actions().size(), 4); // every other card on the map
    QAction *toStamp = nullptr;
    for (QAction *a : targets->actions())
        if (a->data().toString() == QStringLiteral("t5"))
            toStamp = a;
    QVERIFY(toStamp);
    toStamp->trigger();
    QCOMPARE(h.journey().handoffs.size(), 3);
    QCOMPARE(h.journey().handoffs.last().fromTouchpointId, QStringLiteral("t2"));
    QCOMPARE(h.journey().handoffs.last().toTouchpointId, QStringLiteral("t5"));

    // Edit title opens the in-place editor on the card.
    menu.reset(scene->createContextMenu(card->sceneBoundingRect().center()));
    menuAction(menu.get(), "mapEditTitle")->trigger();
    QVERIFY(scene->activeEditor());
    QTest::keyClick(h.view(), Qt::Key_Escape);
    QTRY_VERIFY(!scene->activeEditor());

    // Properties shows the card in the inspector.
    scene->selectIds({});
    menu.reset(scene->createContextMenu(scene->cardItem(QStringLiteral("t4"))->sceneBoundingRect().center()));
    menuAction(menu.get(), "mapProperties")->trigger();
    QCOMPARE(h.window.inspector()->shownItemId(), QStringLiteral("t4"));

    // A hand-off's menu: properties and delete.
    const QPointF onCurve = scene->connectorLayer()->path(QStringLiteral("h1")).pointAtPercent(0.5);
    menu.reset(scene->createContextMenu(onCurve));
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("h1")});
    QVERIFY(menuAction(menu.get(), "mapProperties"));
    menuAction(menu.get(), "mapDeleteHandoff")->trigger();
    QVERIFY(!findById(h.journey().handoffs, QStringLiteral("h1")));
    h.stack()->undo();
    QVERIFY(findById(h.journey().handoffs, QStringLiteral("h1")));

    // Delete from the card's menu: one step.
    menu.reset(scene->createContextMenu(scene->cardItem(QStringLiteral("t5"))->sceneBoundingRect().center()));
    menuAction(menu.get(), "mapDelete")->trigger();
    QVERIFY(!findById(h.journey().touchpoints, QStringLiteral("t5")));
}

void TestBlankPlan::stageLaneCellAndPersonaContextMenus()
{
    Harness h;
    h.openCafe();
    MapScene *scene = h.scene();
    const MapLayout *layout = &scene->renderer()->layout();

    // Stage: insert after (selected, named in place), move, delete.
    std::unique_ptr<QMenu> menu(scene->createContextMenu(layout->stageHeaderRect(0).center()));
    for (const char *name : {"mapRenameStage", "mapStageBefore", "mapStageAfter", "mapStageLeft", "mapStageRight",
                             "mapDeleteStage"})
        QVERIFY2(menuAction(menu.get(), name), name);
    QVERIFY(!menuAction(menu.get(), "mapStageLeft")->isEnabled()); // the first cannot move left
    menuAction(menu.get(), "mapStageAfter")->trigger();
    QCOMPARE(h.journey().stages.size(), 5);
    const Id inserted = h.journey().stages.at(1).id;
    QCOMPARE(scene->currentStageId(), inserted);
    QVERIFY(scene->activeEditor());
    QTest::keyClicks(h.view(), QStringLiteral("Compare"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(h.journey().stages.at(1).name, QStringLiteral("Compare"));
    layout = &scene->renderer()->layout();
    menu.reset(scene->createContextMenu(layout->stageHeaderRect(1).center()));
    menuAction(menu.get(), "mapStageRight")->trigger();
    QCOMPARE(h.journey().stages.at(2).id, inserted);
    layout = &scene->renderer()->layout();
    menu.reset(scene->createContextMenu(layout->stageHeaderRect(2).center()));
    menuAction(menu.get(), "mapDeleteStage")->trigger();
    QCOMPARE(h.journey().stages.size(), 4);
    QVERIFY(!findById(h.journey().stages, inserted));

    // Lane: rename in place, add below, move down, remove.
    layout = &scene->renderer()->layout();
    menu.reset(scene->createContextMenu(layout->laneHeaderRect(0).center()));
    menuAction(menu.get(), "mapRenameLane")->trigger();
    QVERIFY(scene->activeEditor());
    QTest::keyClicks(h.view(), QStringLiteral("Instagram Reels"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(findById(h.window.document()->project().channels, QStringLiteral("c-sns"))->name,
             QStringLiteral("Instagram Reels"));
    menu.reset(scene->createContextMenu(scene->renderer()->layout().laneHeaderRect(0).center()));
    menuAction(menu.get(), "mapLaneBelow")->trigger();
    QCOMPARE(h.journey().channelIds.size(), 4);
    QCOMPARE(h.journey().channelIds.first(), QStringLiteral("c-sns"));
    const Id newLane = h.journey().channelIds.at(1);
    menu.reset(scene->createContextMenu(scene->renderer()->layout().laneHeaderRect(1).center()));
    menuAction(menu.get(), "mapLaneDown")->trigger();
    QCOMPARE(h.journey().channelIds.at(2), newLane);
    menu.reset(scene->createContextMenu(scene->renderer()->layout().laneHeaderRect(2).center()));
    menuAction(menu.get(), "mapRemoveLane")->trigger();
    QVERIFY(!h.journey().channelIds.contains(newLane));

    // An empty cell: add a touchpoint right there.
    layout = &scene->renderer()->layout();
    const QRectF emptyCell = layout->cellRect(0, 2); // Awareness × Store: empty in the fixture
    menu.reset(scene->createContextMenu(emptyCell.center()));
    menuAction(menu.get(), "mapAddTouchpoint")->trigger();
    const Touchpoint &added = h.journey().touchpoints.last();
    QCOMPARE(added.stageId, QStringLiteral("s1"));
    QCOMPARE(added.channelId, QStringLiteral("c-store"));
    QVERIFY(scene->activeEditor());
    QTest::keyClick(h.view(), Qt::Key_Escape);

    // The persona rows: open one of the personas drawn on the map.
    menu.reset(scene->createContextMenu(scene->renderer()->layout().emotionLaneRect().center()));
    QList<QAction *> open;
    for (QAction *a : menu->actions())
        if (a->objectName() == QStringLiteral("mapOpenPersona"))
            open.append(a);
    QCOMPARE(open.size(), 2);
    QVERIFY(menuAction(menu.get(), "mapAddPersona"));
    open.last()->trigger();
    QCOMPARE(h.window.tabs()->tabText(h.window.tabs()->currentIndex()), QStringLiteral("Mark Lee"));
}

void TestBlankPlan::projectTreeContextMenu()
{
    Harness h;
    h.openCafe();
    QTreeWidget *tree = h.window.projectTree();
    auto find = [tree](const QString &text) {
        const QList<QTreeWidgetItem *> items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive);
        return items.isEmpty() ? nullptr : items.first();
    };
    QTreeWidgetItem *journeyItem = find(QStringLiteral("Morning coffee 아침 커피"));
    QVERIFY(journeyItem);
    std::unique_ptr<QMenu> menu(h.window.createTreeContextMenu(journeyItem));
    for (const char *name : {"treeOpen", "treeRename", "treeDuplicate", "treeDelete", "treeNewJourney"})
        QVERIFY2(menuAction(menu.get(), name), name);
    QVERIFY(!menuAction(menu.get(), "treeDelete")->isEnabled()); // the only journey stays

    // Rename in place: the typed name becomes one undo step.
    const int steps = h.stack()->count();
    menuAction(menu.get(), "treeRename")->trigger();
    QVERIFY(tree->findChild<QLineEdit *>()); // the in-place editor is open
    journeyItem->setText(0, QStringLiteral("Order ahead, pick up"));
    QCOMPARE(h.journey().name, QStringLiteral("Order ahead, pick up"));
    QCOMPARE(h.stack()->count(), steps + 1);
    QCOMPARE(h.window.tabs()->tabText(0).isEmpty(), false);
    h.stack()->undo();
    QCOMPARE(h.journey().name, QStringLiteral("Morning coffee 아침 커피"));

    // Duplicate: a second journey with its own ids, then it can be deleted.
    menu.reset(h.window.createTreeContextMenu(find(QStringLiteral("Morning coffee 아침 커피"))));
    menuAction(menu.get(), "treeDuplicate")->trigger();
    const QList<Journey> &journeys = h.window.document()->project().journeys;
    QCOMPARE(journeys.size(), 2);
    QCOMPARE(journeys.at(1).touchpoints.size(), journeys.at(0).touchpoints.size());
    QVERIFY(journeys.at(1).touchpoints.first().id != journeys.at(0).touchpoints.first().id);
    QCOMPARE(journeys.at(1).handoffs.first().fromTouchpointId, journeys.at(1).touchpoints.first().id);
    QTreeWidgetItem *copyItem = find(QStringLiteral("Morning coffee 아침 커피 (copy)"));
    QVERIFY(copyItem);
    menu.reset(h.window.createTreeContextMenu(copyItem));
    QVERIFY(menuAction(menu.get(), "treeDelete")->isEnabled());
    menuAction(menu.get(), "treeDelete")->trigger();
    QCOMPARE(h.window.document()->project().journeys.size(), 1);

    // A persona: open its editor, rename it.
    QTreeWidgetItem *persona = find(QStringLiteral("Mark Lee"));
    menu.reset(h.window.createTreeContextMenu(persona));
    menuAction(menu.get(), "treeOpen")->trigger();
    QCOMPARE(h.window.tabs()->tabText(h.window.tabs()->currentIndex()), QStringLiteral("Mark Lee"));
    persona = find(QStringLiteral("Mark Lee"));
    persona->setText(0, QStringLiteral("Mark Lee (remote)"));
    QCOMPARE(findById(h.window.document()->project().personas, QStringLiteral("p2"))->name,
             QStringLiteral("Mark Lee (remote)"));
    // The plan item opens the plan's own editors.
    QTreeWidgetItem *planItem = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, MainWindow::ItemKindRole).toInt() == int(ItemKind::Project))
            planItem = *it;
    QVERIFY(planItem);
    menu.reset(h.window.createTreeContextMenu(planItem));
    QVERIFY(menuAction(menu.get(), "treePlanProperties"));
    // A group: add one of its kind.
    menu.reset(h.window.createTreeContextMenu(find(QStringLiteral("Personas"))));
    menuAction(menu.get(), "treeAddPersona")->trigger();
    QCOMPARE(h.window.document()->project().personas.size(), 3);
}

void TestBlankPlan::undoHistoryWithoutNoise()
{
    Harness h;
    h.window.newProject();
    MapScene *scene = h.scene();
    scene->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    scene->addChannelLane();
    // The stage is in the inspector; the user clicks into its notes, then adds a lane
    // from the menu: leaving the untouched notes is no step.
    QCOMPARE(h.window.inspector()->shownItemId(), h.journey().stages.first().id);
    QPlainTextEdit *notes = nullptr;
    for (QPlainTextEdit *edit : h.window.inspector()->findChildren<QPlainTextEdit *>())
        if (edit->isVisibleTo(h.window.inspector()) && edit->placeholderText() == QStringLiteral("One per line"))
            notes = edit;
    QVERIFY(notes);
    notes->setFocus();
    QApplication::processEvents();
    int steps = h.stack()->count();
    h.view()->setFocus(); // focus leaves the notes
    scene->addChannelLane();
    QCOMPARE(h.stack()->count(), steps + 1);
    QCOMPARE(h.stack()->text(h.stack()->count() - 1), h.stack()->undoText());
    for (int i = 0; i < h.stack()->count(); ++i)
        QVERIFY2(h.stack()->text(i) != QStringLiteral("Edit stage notes"), qPrintable(h.stack()->text(i)));

    // One card, one step: double-click a cell, type its title, Enter.
    steps = h.stack()->count();
    const QRectF cell = scene->renderer()->layout().cellRect(0, 1);
    QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(QPointF(cell.center().x(), cell.bottom() - 12)));
    QTest::keyClicks(h.view(), QStringLiteral("Push: order ready"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(h.journey().touchpoints.size(), 1);
    QCOMPARE(h.journey().touchpoints.first().title, QStringLiteral("Push: order ready"));
    QCOMPARE(h.stack()->count(), steps + 1);
    h.stack()->undo();
    QCOMPARE(h.journey().touchpoints.size(), 0);
    h.stack()->redo();
    QCOMPARE(h.journey().touchpoints.first().title, QStringLiteral("Push: order ready"));
    // A later title edit is a step of its own.
    scene->selectIds({h.journey().touchpoints.first().id});
    scene->editFocusedCard();
    QTest::keyClicks(h.view(), QStringLiteral("Push: ready"));
    QTest::keyClick(h.view(), Qt::Key_Return);
    QCOMPARE(h.stack()->count(), steps + 2);
}

void TestBlankPlan::kpiBindingOffersTheDataSetsLists()
{
    Project project = testing::cafeProject();
    Kpi kpi = project.kpis.first();
    kpi.journeyId = QStringLiteral("j1");
    kpi.binding.reset();
    DataSetVocabulary vocabulary;
    vocabulary.eventTypes = {QStringLiteral("app_open"), QStringLiteral("purchase"), QStringLiteral("pickup")};
    vocabulary.channels = {QStringLiteral("Café app"), QStringLiteral("kakao")};
    vocabulary.stages = {QStringLiteral("Consideration"), QStringLiteral("Pickup")};
    KpiBindingDialog dialog(project, kpi, vocabulary);
    // Event types: the data set's, and still editable for one it does not hold yet.
    QComboBox *type = dialog.numeratorType();
    QVERIFY(type->isEditable());
    QStringList types;
    for (int i = 0; i < type->count(); ++i)
        types << type->itemText(i);
    QCOMPARE(types, vocabulary.eventTypes);
    QCOMPARE(dialog.denominatorType()->itemText(0), QString()); // "no denominator" first
    // Stages: the plan's four, the one the data also has marked, the data-only one
    // listed but not selectable (a binding names plan stages).
    QComboBox *stage = dialog.numeratorStage();
    QCOMPARE(stage->count(), 1 + 4 + 1);
    QCOMPARE(stage->itemData(2).toString(), QStringLiteral("s2"));
    QVERIFY(stage->itemText(2).contains(QStringLiteral("in the data")));
    QVERIFY(!stage->itemText(1).contains(QStringLiteral("in the data")));
    auto *stageModel = qobject_cast<QStandardItemModel *>(stage->model());
    QVERIFY(stageModel);
    QVERIFY(stage->itemText(5).startsWith(QStringLiteral("Pickup")));
    QVERIFY(!stageModel->item(5)->isEnabled());
    QComboBox *channel = dialog.numeratorChannel();
    QCOMPARE(channel->count(), 1 + 3 + 1); // any, three plan channels, "kakao" from the data
    QVERIFY(channel->itemText(2).contains(QStringLiteral("in the data"))); // Café app

    // Choosing from the lists gives the binding.
    QCheckBox *bound = dialog.findChild<QCheckBox *>(QStringLiteral("bound"));
    QVERIFY(bound);
    bound->setChecked(true);
    type->setCurrentIndex(1);
    dialog.denominatorType()->setCurrentIndex(1); // app_open
    stage->setCurrentIndex(2);
    channel->setCurrentIndex(2);
    const std::optional<KpiBinding> binding = dialog.binding();
    QVERIFY(binding);
    QCOMPARE(binding->numeratorEventType, QStringLiteral("purchase"));
    QCOMPARE(binding->denominatorEventType, QStringLiteral("app_open"));
    QCOMPARE(binding->numeratorStageId, QStringLiteral("s2"));
    QCOMPARE(binding->numeratorChannelId, QStringLiteral("c-app"));
    // A type typed by hand still counts.
    type->setEditText(QStringLiteral("coupon_redeemed"));
    QCOMPARE(dialog.binding()->numeratorEventType, QStringLiteral("coupon_redeemed"));
}

void TestBlankPlan::scenarioThatChangesNothingSaysWhy()
{
    // The engine: a chain where nobody goes from KakaoTalk to the store and nobody
    // converts right after KakaoTalk; scaling either changes nothing, and says so.
    Project project;
    project.channels = {Channel{QStringLiteral("c-kakao"), QStringLiteral("KakaoTalk"), ChannelKind::Kakao, {}, {}, {}, {}},
                        Channel{QStringLiteral("c-store"), QStringLiteral("Store"), ChannelKind::Store, {}, {}, {}, {}}};
    sim::JourneyChain chain;
    chain.stages = {QStringLiteral("Awareness"), QStringLiteral("Purchase")};
    chain.states = {{QStringLiteral("Awareness"), QStringLiteral("KakaoTalk"), 0},
                    {QStringLiteral("Purchase"), QStringLiteral("Store"), 1}};
    chain.entry = {1.0, 0.0};
    // rows: to kakao, to store, conversion, null
    chain.next = {0.0, 0.0, 0.0, 1.0,   // KakaoTalk: everyone drops out
                  0.0, 0.0, 0.6, 0.4};  // Store: 60 % convert
    chain.dwellDays = {1.0, 1.0};
    chain.revenue = {0.0, 10.0};
    Scenario scenario;
    scenario.name = QStringLiteral("Kakao ×1.5");
    scenario.modifiers = {ScenarioModifier{ModifierKind::ScaleConversion, QStringLiteral("c-kakao"), {}, 1.5},
                          ScenarioModifier{ModifierKind::ScaleTransition, QStringLiteral("c-kakao"), QStringLiteral("c-store"), 2.0}};
    const std::vector<double> before = chain.next;
    const QStringList warnings = sim::applyScenario(chain, project, scenario);
    QCOMPARE(chain.next, before);
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).contains(QStringLiteral("no customer converts right after KakaoTalk")), qPrintable(warnings.at(0)));
    QVERIFY2(warnings.at(1).contains(QStringLiteral("never occurs in the data set")), qPrintable(warnings.at(1)));
    // A modifier that does apply says nothing.
    scenario.modifiers = {ScenarioModifier{ModifierKind::ScaleConversion, QStringLiteral("c-store"), {}, 1.5}};
    QVERIFY(sim::applyScenario(chain, project, scenario).isEmpty());
    QCOMPARE(chain.p(1, chain.conversionColumn()), 0.9);

    // The view: an empty result shows no column numbers; a run that changes nothing
    // says why instead of a bare "= 0".
    insight::ScenarioCompareView view;
    QVERIFY(view.table()->horizontalHeader()->isHidden());
    SimulationSummary base;
    base.customers = 1000;
    base.conversions = 600;
    base.conversionRate = 0.6;
    base.stages = chain.stages;
    base.stageReach = {1.0, 0.0};
    SimulationSummary same = base;
    same.warnings = warnings;
    view.setRuns(base, QStringLiteral("Baseline"), same, scenario.name, {});
    QVERIFY(!view.table()->horizontalHeader()->isHidden());
    const QString headline = view.headlineText();
    QVERIFY2(headline.contains(QStringLiteral("changes nothing")), qPrintable(headline));
    QVERIFY(headline.contains(QStringLiteral("never occurs in the data set")));
    view.clear(QStringLiteral("Run the scenario."));
    QVERIFY(view.table()->horizontalHeader()->isHidden());
}

void TestBlankPlan::textsFitAndSpeakTheUsersLanguage()
{
    // Months as each language writes them.
    const QDate november(2026, 11, 28);
    QCOMPARE(TimelineCanvas::monthYearLabel(QLocale(QLocale::Korean, QLocale::SouthKorea), november),
             QStringLiteral("2026년 11월"));
    QCOMPARE(TimelineCanvas::monthYearLabel(QLocale(QLocale::English, QLocale::UnitedStates), november),
             QStringLiteral("November 2026"));

    // A campaign starting three days before a month's end: both month headings drawn,
    // neither over the other, each within its room.
    Project project = testing::cafeProject();
    Campaign campaign;
    campaign.id = QStringLiteral("cmp");
    campaign.name = QStringLiteral("Pick-up launch");
    campaign.start = QStringLiteral("2026-11-28");
    campaign.end = QStringLiteral("2026-12-20");
    project.campaigns.append(campaign);
    TimelineCanvas canvas;
    canvas.setCampaign(project, campaign);
    canvas.resize(canvas.sizeHint());
    QImage image(canvas.size(), QImage::Format_ARGB32);
    canvas.render(&image);
    const QList<DrawnText> months = drawnTexts(&canvas);
    QVERIFY(!months.isEmpty());
    for (qsizetype i = 0; i < months.size(); ++i) {
        QVERIFY2(months.at(i).needed <= months.at(i).rect.width() + 1, qPrintable(months.at(i).text));
        for (qsizetype j = i + 1; j < months.size(); ++j)
            QVERIFY(months.at(i).rect.right() < months.at(j).rect.left() + 1);
    }
    QVERIFY(std::any_of(months.cbegin(), months.cend(),
                        [](const DrawnText &t) { return t.text == QStringLiteral("December 2026"); }));

    // The channel flow: thin nodes side by side, labels apart.
    insight::SankeyView sankey;
    sankey.resize(600, 220);
    sim::TransitionMatrix m;
    m.states = {QStringLiteral("(start)"), QStringLiteral("App"), QStringLiteral("Store"),
                QStringLiteral("(conversion)"), QStringLiteral("(null)")};
    m.size = 5;
    m.counts.assign(25, 0.0);
    m.counts[0 * 5 + 1] = 1000; // start → app: almost everything
    m.counts[1 * 5 + 2] = 3;    // app → store: a thin band
    m.counts[1 * 5 + 3] = 2;    // app → converted: another, right under it
    m.counts[1 * 5 + 4] = 995;
    sankey.setMatrix(m, project);
    const QList<DrawnText> &labels = sankey.labels();
    QVERIFY(labels.size() >= 5);
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).rect.adjusted(1, 1, -1, -1).intersects(labels.at(j).rect.adjusted(1, 1, -1, -1)),
                     qPrintable(labels.at(i).text + QStringLiteral(" / ") + labels.at(j).text));

    // Channel kinds in words; no literal "&" in the campaign header.
    Harness h;
    h.openCafe();
    h.scene()->selectStage(QString());
    emit h.scene()->laneActivated(QStringLiteral("c-store"));
    QComboBox *kinds = h.window.inspector()->channelKindCombo();
    QStringList kindTexts;
    for (int i = 0; i < kinds->count(); ++i)
        kindTexts << kinds->itemText(i);
    QVERIFY(kindTexts.contains(QStringLiteral("Call center")));
    QVERIFY(kindTexts.contains(QStringLiteral("KakaoTalk")));
    for (const QString &text : kindTexts)
        QVERIFY2(!text.contains(QLatin1Char('_')) && text.at(0).isUpper(), qPrintable(text));
    for (QLabel *label : h.window.findChildren<QLabel *>())
        if (label->text().contains(QLatin1Char('&')) && !label->text().contains(QLatin1String("&&"))
            && !label->text().contains(QLatin1Char('<')))
            QVERIFY2(label->buddy(), qPrintable(label->text()));

    // The Personas button has a strip of its own: it covers no card.
    MapView *view = h.view();
    QWidget *button = view->personaFilterButton();
    QVERIFY(button->isVisible());
    QVERIFY(!button->geometry().intersects(view->viewport()->geometry()));
}

QTEST_MAIN(TestBlankPlan)
#include "tst_blankplan.moc"
