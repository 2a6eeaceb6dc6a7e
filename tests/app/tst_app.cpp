#include "canvas/carditem.h"
#include "canvas/connectorlayer.h"
#include "canvas/inlineeditor.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "canvas/personafilterbutton.h"
#include "fixture.h"
#include "insight/insightsession.h"
#include "shell/appcontext.h"
#include "insight/insighttools.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "panels/inspector.h"
#include "scripteddialogs.h"

#include "document/render/mapstyle.h"
#include "format/projectfile.h"
#include "model/lookup.h"

#include <QApplication>
#include <QDir>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QSysInfo>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace omnimap;

namespace {

struct Harness
{
    QTemporaryDir dir;
    MainWindow window;
    testing::ScriptedDialogs *dialogs = nullptr;

    Harness()
    {
        auto scripted = std::make_unique<testing::ScriptedDialogs>();
        dialogs = scripted.get();
        window.setDialogService(std::move(scripted));
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        // Big enough that the test maps fit without scrolling between gestures.
        window.resize(2400, 1800);
        window.show();
        window.activateWindow();
        // Offscreen windows may never report "active"; the gestures do not need it.
        (void)QTest::qWaitForWindowActive(&window);
    }
    MapView *view() { return window.currentMapView(); }
    MapScene *scene() { return window.currentMapScene(); }
    const Journey &journey() { return window.document()->project().journeys.first(); }
    QPoint at(const QPointF &scenePos) { return view()->mapFromScene(scenePos); }
    QWidget *keys()
    {
        view()->setFocus();
        return view();
    }
    QPointF cellCenter(int stage, int lane)
    {
        const QRectF cell = scene()->renderer()->layout().cellRect(stage, lane);
        return {cell.center().x(), cell.bottom() - 12};
    }
};

void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 6; ++i) {
        const QPoint p = from + (to - from) * i / 6;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildJourneyByGesturesUndoAllRedoAll();
    void moveCardBetweenCells();
    void dragSeveralSelectedCards();
    void keyboardNavigationAndDelete();
    void selectAndDeleteHandoffByClick();
    void inspectorAndCanvasStayInStep();
    void projectTreeNamesChecklists();
    void personaFilterOnTheMap();
    void lockedFileOffersReadOnly();
    void staleLocksAreTakenOverSilently();
    void bundledSamplesNeverAskAboutLocks();
    void externalChangeIsNeverOverwrittenSilently();
    void externalChangeCanBeMergedBeforeSaving();
    void recoveryIsOfferedAfterACrash();
    void languageSwitchRebuildsTheWindowKeepingTheDocument();
    void mapOpensAtItsStartAndDataSetOpensOnRequest();
    void screenshot();
};

void TestApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestApp::buildJourneyByGesturesUndoAllRedoAll()
{
    Harness h;
    h.window.newProject();
    QUndoStack *stack = h.window.document()->undoStack();
    MapScene *scene = h.scene();
    QVERIFY(scene);
    QCOMPARE(h.journey().stages.size(), 0);

    // Stages: double-click the empty chevron row; lanes: the Journey menu's action.
    const QPointF headerRow(MapMetrics::LaneHeaderWidth + 40, MapMetrics::PersonaHeaderHeight + 20);
    QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(headerRow));
    QCOMPARE(h.journey().stages.size(), 1);
    scene->addStage();
    scene->addChannelLane();
    scene->addChannelLane();
    QCOMPARE(h.journey().stages.size(), 2);
    QCOMPARE(h.journey().channelIds.size(), 2);

    // Rename a stage in place: double-click its chevron, type, Enter.
    const QRectF chevron = scene->renderer()->layout().stageHeaderRect(0);
    QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(chevron.center()));
    QVERIFY(scene->activeEditor());
    QTest::keyClicks(h.keys(), QStringLiteral("Awareness"));
    QTest::keyClick(h.keys(), Qt::Key_Return);
    QCOMPARE(h.journey().stages.first().name, QStringLiteral("Awareness"));
    QTRY_VERIFY(!scene->activeEditor());

    // A card by double-click in a cell, titled in place.
    QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(h.cellCenter(0, 0)));
    QCOMPARE(h.journey().touchpoints.size(), 1);
    QVERIFY(scene->activeEditor());
    QTest::keyClicks(h.keys(), QStringLiteral("Instagram reel"));
    QTest::keyClick(h.keys(), Qt::Key_Return);
    QCOMPARE(h.journey().touchpoints.first().title, QStringLiteral("Instagram reel"));
    QTRY_VERIFY(!scene->activeEditor());
    QTest::mouseDClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(h.cellCenter(1, 1)));
    QTest::keyClick(h.keys(), Qt::Key_Escape);
    QCOMPARE(h.journey().touchpoints.size(), 2);
    QTRY_VERIFY(!scene->activeEditor());

    // A hand-off: drag from the first card's connector knob onto the second card.
    const Id first = h.journey().touchpoints.at(0).id, second = h.journey().touchpoints.at(1).id;
    CardItem *a = scene->cardItem(first);
    CardItem *b = scene->cardItem(second);
    QVERIFY(a && b);
    drag(h.view()->viewport(), h.at(a->mapToScene(a->connectorPos())), h.at(b->sceneBoundingRect().center()));
    QCOMPARE(h.journey().handoffs.size(), 1);
    QCOMPARE(h.journey().handoffs.first().fromTouchpointId, first);
    QCOMPARE(h.journey().handoffs.first().toTouchpointId, second);
    QCOMPARE(scene->handoffItemCount(), 1);

    // A persona, then its emotion curve: click a stage in the lane, drag the point up.
    QAction *addPersona = nullptr;
    for (QAction *action : h.window.findChildren<QAction *>())
        if (action->text() == QStringLiteral("Add &Persona"))
            addPersona = action;
    QVERIFY(addPersona);
    addPersona->trigger();
    QCOMPARE(h.window.document()->project().personas.size(), 1);
    h.window.showJourney(h.journey().id);
    scene = h.scene();
    // A copy: the click below lays the map out again (a new renderer, a new layout).
    const MapLayout layout = scene->renderer()->layout();
    const QPointF zero(layout.stageCenterX(0), layout.emotionY(0.0));
    QTest::mouseClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(zero));
    QCOMPARE(h.journey().stages.first().emotions.size(), 1);
    const int before = stack->count();
    drag(h.view()->viewport(), h.at(zero), h.at(QPointF(zero.x(), layout.emotionY(3.0))));
    QCOMPARE(h.journey().stages.first().emotions.first().asIs, 3.0);
    QCOMPARE(stack->count(), before + 1); // the whole drag is one step

    // Undo everything back to the empty journey, then redo it all.
    const int steps = stack->count();
    QVERIFY(steps >= 10);
    while (stack->canUndo())
        stack->undo();
    QCOMPARE(h.journey().stages.size(), 0);
    QCOMPARE(h.journey().channelIds.size(), 0);
    QCOMPARE(h.window.document()->project().personas.size(), 0);
    QVERIFY(!h.window.document()->isModified());
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(h.journey().stages.first().name, QStringLiteral("Awareness"));
    QCOMPARE(h.journey().touchpoints.first().title, QStringLiteral("Instagram reel"));
    QCOMPARE(h.journey().handoffs.size(), 1);
    QCOMPARE(h.journey().stages.first().emotions.first().asIs, 3.0);
    QCOMPARE(h.scene()->cardItemCount(), 2);
}

void TestApp::moveCardBetweenCells()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    MapScene *scene = h.scene();
    CardItem *card = scene->cardItem(QStringLiteral("t1"));
    QVERIFY(card);
    const QPointF target = h.cellCenter(1, 2); // Consideration × Store
    drag(h.view()->viewport(), h.at(card->sceneBoundingRect().center()), h.at(target));
    const Touchpoint *t = findById(h.journey().touchpoints, QStringLiteral("t1"));
    QCOMPARE(t->stageId, QStringLiteral("s2"));
    QCOMPARE(t->channelId, QStringLiteral("c-store"));
    QCOMPARE(h.window.document()->undoStack()->count(), 1);
    QVERIFY(scene->renderer()->layout().cellRect(1, 2).contains(scene->cardItem(QStringLiteral("t1"))->sceneBoundingRect().center()));
    h.window.document()->undoStack()->undo();
    QCOMPARE(findById(h.journey().touchpoints, QStringLiteral("t1"))->stageId, QStringLiteral("s1"));
    QCOMPARE(scene->cardItem(QStringLiteral("t1"))->pos(), scene->renderer()->cardRect(QStringLiteral("t1")).topLeft());
}

void TestApp::dragSeveralSelectedCards()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    MapScene *scene = h.scene();
    QUndoStack *stack = h.window.document()->undoStack();
    // t1 (Awareness × Instagram) and t2 (Consideration × app), both selected: dragging t1
    // one stage right and one lane down moves t2 by as much (Purchase × Store).
    scene->selectIds({QStringLiteral("t1"), QStringLiteral("t2")});
    CardItem *card = scene->cardItem(QStringLiteral("t1"));
    drag(h.view()->viewport(), h.at(card->sceneBoundingRect().center()), h.at(h.cellCenter(1, 1)));
    const auto place = [&h](const char *id) -> QString {
        const Touchpoint *t = findById(h.journey().touchpoints, QString::fromLatin1(id));
        return t->stageId + QLatin1Char('/') + t->channelId;
    };
    QCOMPARE(place("t1"), QStringLiteral("s2/c-app"));
    QCOMPARE(place("t2"), QStringLiteral("s3/c-store"));
    QCOMPARE(place("t3"), QStringLiteral("s3/c-app")); // not selected: stays
    QCOMPARE(stack->count(), 1); // the whole drag is one step
    QCOMPARE(scene->selectedIds().size(), 2);
    QVERIFY(scene->renderer()->layout().cellRect(2, 2).contains(
        scene->cardItem(QStringLiteral("t2"))->sceneBoundingRect().center()));
    stack->undo();
    QCOMPARE(place("t1"), QStringLiteral("s1/c-sns"));
    QCOMPARE(place("t2"), QStringLiteral("s2/c-app"));

    // A card that is not selected drags alone, even when others are selected.
    scene->selectIds({QStringLiteral("t2")});
    card = scene->cardItem(QStringLiteral("t1"));
    drag(h.view()->viewport(), h.at(card->sceneBoundingRect().center()), h.at(h.cellCenter(1, 0)));
    QCOMPARE(place("t1"), QStringLiteral("s2/c-sns"));
    QCOMPARE(place("t2"), QStringLiteral("s2/c-app"));
}

void TestApp::keyboardNavigationAndDelete()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    MapScene *scene = h.scene();
    scene->selectIds({QStringLiteral("t2")});
    QTest::keyClick(h.keys(), Qt::Key_Right);
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("t3")});
    QTest::keyClick(h.keys(), Qt::Key_Down);
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("t4")});
    QTest::keyClick(h.keys(), Qt::Key_Delete);
    QVERIFY(!findById(h.journey().touchpoints, QStringLiteral("t4")));
    QVERIFY(!scene->cardItem(QStringLiteral("t4")));
    QCOMPARE(h.journey().handoffs.size(), 1); // h2 went with its card
    h.window.document()->undoStack()->undo();
    QVERIFY(scene->cardItem(QStringLiteral("t4")));
    QCOMPARE(scene->handoffItemCount(), 2);
    // Copy and paste: one undo step, new cards.
    scene->selectIds({QStringLiteral("t3"), QStringLiteral("t4")});
    scene->copySelection();
    scene->paste();
    QCOMPARE(h.journey().touchpoints.size(), 7);
    QCOMPARE(scene->cardItemCount(), 7);
    h.window.document()->undoStack()->undo();
    QCOMPARE(scene->cardItemCount(), 5);
}

void TestApp::selectAndDeleteHandoffByClick()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    MapScene *scene = h.scene();
    ConnectorLayer *layer = scene->connectorLayer();
    QCOMPARE(layer->count(), 2);
    QCOMPARE(layer->connectorsOf(QStringLiteral("t3")), IdList{QStringLiteral("h2")});

    // A click on the middle of h1's curve selects it (and only it); empty map clears it.
    const QPointF onCurve = layer->path(QStringLiteral("h1")).pointAtPercent(0.5);
    QCOMPARE(layer->connectorAt(onCurve), QStringLiteral("h1"));
    // 30 px off the curve, across it, is a miss.
    const double angle = layer->path(QStringLiteral("h1")).angleAtPercent(0.5) * M_PI / 180.0;
    QVERIFY(layer->connectorAt(onCurve + 30.0 * QPointF(std::sin(angle), std::cos(angle))).isEmpty());
    scene->selectIds({QStringLiteral("t2")});
    QTest::mouseClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(onCurve));
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("h1")});
    const QRectF bounds = scene->renderer()->boundingRect();
    QTest::mouseClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(QPointF(bounds.right() - 5, bounds.bottom() - 5)));
    QVERIFY(scene->selectedIds().isEmpty());

    // Select it again and delete it with the key: one undo step brings it back.
    QTest::mouseClick(h.view()->viewport(), Qt::LeftButton, {}, h.at(onCurve));
    QCOMPARE(scene->selectedIds(), QList<Id>{QStringLiteral("h1")});
    QTest::keyClick(h.keys(), Qt::Key_Delete);
    QVERIFY(!findById(h.journey().handoffs, QStringLiteral("h1")));
    QCOMPARE(scene->handoffItemCount(), 1);
    QVERIFY(scene->selectedIds().isEmpty());
    QVERIFY(layer->connectorAt(onCurve).isEmpty());
    h.window.document()->undoStack()->undo();
    QCOMPARE(scene->handoffItemCount(), 2);
    QCOMPARE(layer->connectorAt(onCurve), QStringLiteral("h1"));

    // While a card is dragged its hand-offs follow it; after the drop they end on its cell.
    CardItem *card = scene->cardItem(QStringLiteral("t3"));
    const QPainterPath before = layer->path(QStringLiteral("h2"));
    const QPoint from = h.at(card->sceneBoundingRect().center());
    QTest::mousePress(h.view()->viewport(), Qt::LeftButton, {}, from);
    const QPoint to = from + QPoint(0, 40);
    QMouseEvent move(QEvent::MouseMove, to, h.view()->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
    QApplication::sendEvent(h.view()->viewport(), &move);
    QVERIFY(scene->isDraggingCard());
    QVERIFY(layer->path(QStringLiteral("h2")).pointAtPercent(0.0) != before.pointAtPercent(0.0));
    QTest::mouseRelease(h.view()->viewport(), Qt::LeftButton, {}, to);
    QVERIFY(!scene->isDraggingCard());
    QCOMPARE(layer->path(QStringLiteral("h2")).pointAtPercent(0.0), before.pointAtPercent(0.0));
}

void TestApp::personaFilterOnTheMap()
{
    Harness h;
    Project project = testing::cafeProject();
    for (int i = 3; i <= 7; ++i) {
        Persona extra;
        extra.id = QStringLiteral("p%1").arg(i);
        extra.name = QStringLiteral("Persona %1").arg(i);
        project.personas.append(extra);
        project.journeys[0].personaIds.append(extra.id);
    }
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, project).ok);
    QVERIFY(h.window.openFile(path));
    MapScene *scene = h.scene();
    PersonaFilterButton *button = h.view()->personaFilterButton();
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Personas 5/7"));
    button->rebuildMenu();
    // Five drawn: the sixth and seventh cannot be checked until one is unchecked.
    QVERIFY(button->actionFor(QStringLiteral("p5"))->isChecked());
    QVERIFY(!button->actionFor(QStringLiteral("p6"))->isChecked());
    QVERIFY(!button->actionFor(QStringLiteral("p6"))->isEnabled());
    button->actionFor(QStringLiteral("p2"))->trigger();
    QCOMPARE(scene->renderer()->personaIds(),
             IdList({QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("p4"), QStringLiteral("p5")}));
    QVERIFY(button->actionFor(QStringLiteral("p6"))->isEnabled());
    button->actionFor(QStringLiteral("p7"))->trigger();
    QCOMPARE(scene->renderer()->personaIds(), IdList({QStringLiteral("p1"), QStringLiteral("p3"), QStringLiteral("p4"),
                                                      QStringLiteral("p5"), QStringLiteral("p7")}));
    QCOMPARE(button->text(), QStringLiteral("Personas 5/7"));
    // Down to one: the last cannot be unchecked (an empty filter would draw them all).
    for (const char *id : {"p3", "p4", "p5", "p7"})
        button->actionFor(QString::fromLatin1(id))->trigger();
    QCOMPARE(scene->renderOptions().personaFilter, QStringList{QStringLiteral("p1")});
    QCOMPARE(scene->renderer()->personaIds(), IdList{QStringLiteral("p1")});
    QVERIFY(!button->actionFor(QStringLiteral("p1"))->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Personas 1/7"));
}

void TestApp::projectTreeNamesChecklists()
{
    Harness h;
    Project project = testing::cafeProject();
    Checklist named;
    named.id = QStringLiteral("cl-1");
    named.name = QStringLiteral("Launch readiness");
    named.journeyId = QStringLiteral("j1");
    Checklist second = named;
    second.id = QStringLiteral("cl-2");
    second.name = QStringLiteral("Store audit 매장 점검");
    project.checklists = {named, second};
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, project).ok);
    QVERIFY2(h.window.openFile(path), qPrintable(h.dialogs->asked.join(QLatin1Char(','))));
    QTreeWidget *tree = nullptr;
    for (QTreeWidget *candidate : h.window.findChildren<QTreeWidget *>())
        if (!candidate->findItems(QStringLiteral("Checklists"), Qt::MatchExactly).isEmpty())
            tree = candidate;
    QVERIFY(tree);
    QTreeWidgetItem *group = tree->findItems(QStringLiteral("Checklists"), Qt::MatchExactly).first();
    QCOMPARE(group->childCount(), 2);
    QCOMPARE(group->child(0)->text(0), QStringLiteral("Launch readiness"));
    QCOMPARE(group->child(1)->text(0), QStringLiteral("Store audit 매장 점검"));
    QCOMPARE(group->child(1)->data(0, Qt::UserRole).toString(), QStringLiteral("cl-2")); // the id stays the data
}

void TestApp::inspectorAndCanvasStayInStep()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    h.scene()->selectIds({QStringLiteral("t2")});
    QCOMPARE(h.window.inspector()->shownItemId(), QStringLiteral("t2"));
    QLineEdit *title = h.window.inspector()->titleEdit();
    QCOMPARE(title->text(), QStringLiteral("Menu & wait time"));
    title->setText(QStringLiteral("Live menu"));
    emit title->editingFinished();
    QCOMPARE(h.scene()->cardItem(QStringLiteral("t2"))->touchpoint().title, QStringLiteral("Live menu"));
    h.window.document()->undoStack()->undo();
    QCOMPARE(title->text(), QStringLiteral("Menu & wait time"));
}

void TestApp::lockedFileOffersReadOnly()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("bank.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QFile lock(LockFile::lockPathFor(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    // Another computer that refreshed its lock five minutes ago: a live instance, asked about.
    lock.write("park,branch-pc-7,4242," + QDateTime::currentDateTimeUtc().addSecs(-300).toString(Qt::ISODate).toUtf8()
               + "\n");
    lock.close();
    h.dialogs->lockAnswer = DialogService::LockChoice::ReadOnly;
    QVERIFY(h.window.openFile(path));
    QCOMPARE(h.dialogs->asked, QStringList{QStringLiteral("lock-remote:park")});
    QVERIFY(h.window.document()->isReadOnly());
    // Their lock is untouched.
    QCOMPARE(LockFile::read(path)->user, QStringLiteral("park"));
    h.dialogs->lockAnswer = DialogService::LockChoice::Cancel;
    QVERIFY(!h.window.openFile(path));
}

void TestApp::staleLocksAreTakenOverSilently()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("left-open.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QProcess finished;
    finished.start(QStringLiteral("true"));
    QVERIFY(finished.waitForFinished());
    const qint64 deadPid = finished.processId() > 0 ? finished.processId() : 999999;
    const QByteArray host = QSysInfo::machineHostName().toUtf8();
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    const QByteArray twoHoursAgo = QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate).toUtf8();
    // A crashed Omnimap on this computer (the repository once shipped such a lock, owner
    // "unknown"), and another computer that stopped refreshing its lock two hours ago.
    const QList<QByteArray> staleLocks = {"unknown," + host + "," + QByteArray::number(deadPid) + "," + now,
                                          "park,branch-pc-7,4242," + twoHoursAgo};
    for (const QByteArray &line : staleLocks) {
        h.window.document()->undoStack()->setClean();
        QFile lock(LockFile::lockPathFor(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(line + "\n");
        lock.close();
        h.dialogs->asked.clear();
        QVERIFY(h.window.openFile(path));
        QVERIFY2(h.dialogs->asked.isEmpty(), qPrintable(h.dialogs->asked.join(QLatin1Char(','))));
        QVERIFY(!h.window.document()->isReadOnly());
        const std::optional<LockInfo> ours = LockFile::read(path);
        QVERIFY(ours);
        QCOMPARE(ours->pid, QCoreApplication::applicationPid());
        QCOMPARE(ours->host, QSysInfo::machineHostName());
    }
    // The window's own lock (this process) is no question either.
    h.dialogs->asked.clear();
    QVERIFY(h.window.openFile(path));
    QVERIFY(h.dialogs->asked.isEmpty());
}

void TestApp::bundledSamplesNeverAskAboutLocks()
{
    // What ./scripts/run.sh opens: the sample from the resources, never a lock beside it,
    // and no lock file shipped in the repository's samples folder.
    const QDir samples(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"));
    QVERIFY(samples.exists());
    QVERIFY(samples.entryList({QStringLiteral(".~lock.*")}, QDir::Files | QDir::Hidden).isEmpty());
    Harness h;
    QVERIFY(h.window.openSample(QStringLiteral("cafe-order-pickup")));
    QVERIFY(h.dialogs->asked.isEmpty());
    QVERIFY(h.window.document()->fileName().isEmpty()); // a new plan: saving asks where
    // Opening the sample file itself with a crashed session's lock beside it asks nothing.
    const QString copy = h.dir.filePath(QStringLiteral("cafe-order-pickup.omnimap"));
    QVERIFY(QFile::copy(samples.filePath(QStringLiteral("cafe-order-pickup.omnimap")), copy));
    QFile lock(LockFile::lockPathFor(copy));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("unknown," + QSysInfo::machineHostName().toUtf8() + ",0,2026-11-23T14:50:47Z\n");
    lock.close();
    QVERIFY(h.window.openFile(copy));
    QVERIFY(h.dialogs->asked.isEmpty());
}

void TestApp::externalChangeIsNeverOverwrittenSilently()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("shared.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path));
    QVERIFY(QFile::exists(LockFile::lockPathFor(path)));
    h.scene()->addStage();
    Project theirs = testing::cafeProject();
    theirs.name = QStringLiteral("Theirs");
    QVERIFY(saveProjectFile(path, theirs).ok);

    h.dialogs->changeAnswer = DialogService::ChangeChoice::Cancel;
    QVERIFY(!h.window.save());
    QCOMPARE(h.dialogs->asked.last(), QStringLiteral("changed+merge"));
    QCOMPARE(loadProjectFile(path).project->name, QStringLiteral("Theirs"));

    h.dialogs->changeAnswer = DialogService::ChangeChoice::SaveAsCopy;
    h.dialogs->saveName = h.dir.filePath(QStringLiteral("mine.omnimap"));
    QVERIFY(h.window.save());
    QCOMPARE(loadProjectFile(path).project->name, QStringLiteral("Theirs"));
    QCOMPARE(loadProjectFile(h.dialogs->saveName).project->journeys.first().stages.size(), 5);

    // Back on the shared file, overwrite is explicit.
    QVERIFY(h.window.openFile(path));
    h.scene()->addStage();
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    h.dialogs->changeAnswer = DialogService::ChangeChoice::Overwrite;
    QVERIFY(h.window.save());
    QCOMPARE(loadProjectFile(path).project->journeys.first().stages.size(), 5);
}

void TestApp::externalChangeCanBeMergedBeforeSaving()
{
    Harness h;
    const QString path = h.dir.filePath(QStringLiteral("shared.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    QVERIFY(h.window.openFile(path)); // keeps the opened version as the merge base
    const int stagesBefore = int(h.journey().stages.size());
    h.scene()->addStage(); // our edit
    const int stepsBefore = h.window.document()->undoStack()->count();

    Project theirs = testing::cafeProject(); // their edit, saved by another department
    theirs.name = QStringLiteral("Renamed by store operations");
    QVERIFY(saveProjectFile(path, theirs).ok);

    h.dialogs->changeAnswer = DialogService::ChangeChoice::Merge;
    QVERIFY(h.window.save());
    QCOMPARE(h.dialogs->asked, QStringList{QStringLiteral("changed+merge")}); // asked once: the merged save is not re-asked
    const Project onDisk = *loadProjectFile(path).project;
    QCOMPARE(onDisk.name, theirs.name);                                   // theirs kept
    QCOMPARE(int(onDisk.journeys.first().stages.size()), stagesBefore + 1); // ours kept
    QVERIFY(!h.window.document()->isModified());
    // The merge is one undoable step over our edit.
    QCOMPARE(h.window.document()->undoStack()->count(), stepsBefore + 1);
    h.window.document()->undoStack()->undo();
    QCOMPARE(h.window.document()->project().name, testing::cafeProject().name);
    QCOMPARE(int(h.journey().stages.size()), stagesBefore + 1);
}

void TestApp::recoveryIsOfferedAfterACrash()
{
    QTemporaryDir dir;
    const QString recovery = dir.filePath(QStringLiteral("recovery"));
    const QString path = dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    {
        // The "crashed" session: an edit, autosaved, never saved.
        Harness h;
        h.window.setRecoveryDirectory(recovery);
        QVERIFY(h.window.openFile(path));
        h.window.setAutosaveInterval(30);
        h.scene()->addStage();
        QTRY_VERIFY(!RecoveryStore(recovery).entries().isEmpty());
        h.dialogs->closeAnswer = DialogService::CloseChoice::Cancel;
        // Dropped without closing: the recovery copy must survive.
    }
    QCOMPARE(RecoveryStore(recovery).entries().size(), 1);
    Harness next;
    next.window.setRecoveryDirectory(recovery);
    next.dialogs->recoveryAnswer = DialogService::RecoveryChoice::Later;
    next.window.offerRecovery();
    QCOMPARE(RecoveryStore(recovery).entries().size(), 1); // "later" keeps it
    next.dialogs->recoveryAnswer = DialogService::RecoveryChoice::Restore;
    next.window.offerRecovery();
    QVERIFY(next.dialogs->asked.last().startsWith(QStringLiteral("recovery:")));
    QCOMPARE(next.window.document()->project().journeys.first().stages.size(), 5);
    QVERIFY(next.window.document()->isModified());
    QCOMPARE(next.window.document()->fileName(), path);
    QCOMPARE(RecoveryStore(recovery).entries().size(), 1); // still there until saved
    QVERIFY(next.window.save());
    QVERIFY(RecoveryStore(recovery).entries().isEmpty());
}

namespace {

QAction *languageAction(MainWindow *window, const QString &label)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == label && action->isCheckable())
            return action;
    }
    return nullptr;
}

/// The visible main window other than `old` (the one a language switch built).
MainWindow *replacementOf(const QPointer<MainWindow> &old)
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        auto *window = qobject_cast<MainWindow *>(w);
        if (window && window != old && window->isVisible())
            return window;
    }
    return nullptr;
}

} // namespace

void TestApp::languageSwitchRebuildsTheWindowKeepingTheDocument()
{
    const QString languageBefore = languageSetting();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cafe.omnimap"));
    QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
    auto *window = new MainWindow; // as the app makes it: on the heap, deleted on close
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setDialogService(std::make_unique<testing::ScriptedDialogs>());
    window->setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
    window->show();
    QVERIFY(window->openFile(path));
    // An open data set comes along too.
    const QString dataSet = dir.filePath(QStringLiteral("events.sqlite"));
    auto *insight = window->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    QVERIFY(insight);
    insight->session().openDataSet(dataSet, /*create=*/true);
    QTRY_VERIFY(insight->session().hasDataSet());
    window->currentMapScene()->addStage(); // unsaved work must survive the switch
    Document *document = window->document();
    const int steps = document->undoStack()->count();
    const Id journeyId = window->currentMapScene()->journeyId();

    QPointer<MainWindow> old(window);
    QAction *korean = languageAction(window, QStringLiteral("한국어"));
    QVERIFY(korean);
    korean->trigger();
    QTRY_VERIFY(old.isNull());
    MainWindow *fresh = replacementOf(old);
    QVERIFY(fresh);
    // Every menu is built in Korean; the document, its history and the lock carried over.
    QCOMPARE(fresh->menuBar()->actions().first()->text(), QStringLiteral("파일(&F)"));
    QCOMPARE(fresh->document(), document);
    QCOMPARE(document->undoStack()->count(), steps);
    QVERIFY(document->isModified());
    QVERIFY(fresh->currentMapScene());
    QCOMPARE(fresh->currentMapScene()->journeyId(), journeyId);
    QVERIFY(QFile::exists(LockFile::lockPathFor(path)));
    auto *freshInsight = fresh->findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    QVERIFY(freshInsight);
    QTRY_VERIFY(freshInsight->session().hasDataSet());
    QCOMPARE(freshInsight->session().dataSetPath(), QFileInfo(dataSet).absoluteFilePath());
    QCOMPARE(document->undoStack()->count(), steps); // reopening it is not an edit

    old = fresh;
    QAction *english = languageAction(fresh, QStringLiteral("English"));
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY(old.isNull());
    fresh = replacementOf(old);
    QVERIFY(fresh);
    QCOMPARE(fresh->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(fresh->document(), document);

    setLanguageSetting(languageBefore);
    document->undoStack()->setClean(); // the new window asks with real dialogs: nothing to ask
    QPointer<MainWindow> last(fresh);
    fresh->close();
    QTRY_VERIFY(last.isNull());
    QVERIFY(!QFile::exists(LockFile::lockPathFor(path)));
}

void TestApp::mapOpensAtItsStartAndDataSetOpensOnRequest()
{
    Harness h;
    h.window.resize(900, 600); // smaller than the map: there is something to scroll
    QVERIFY(h.window.openSample(QStringLiteral("bank-loan-callcenter")));
    MapView *view = h.view();
    QVERIFY(view);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    QCOMPARE(view->horizontalScrollBar()->value(), view->horizontalScrollBar()->minimum());
    QCOMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->minimum());

    // Opening a plan keeps the areas' tabs (KPIs, dashboard…) open, after the map.
    QTabWidget *tabs = h.window.findChild<QTabWidget *>();
    QVERIFY(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    QVERIFY2(titles.contains(QStringLiteral("KPIs")), qPrintable(titles.join(QLatin1Char('|'))));
    QVERIFY(qobject_cast<MapView *>(tabs->widget(0)));
    QCOMPARE(tabs->currentWidget(), tabs->widget(0));

    // `omnimap --data FILE` asks the data area through the context.
    auto *insight = h.window.findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
    QVERIFY(insight);
    const QString first = h.dir.filePath(QStringLiteral("first.sqlite"));
    const QString second = h.dir.filePath(QStringLiteral("second.sqlite"));
    insight->session().openDataSet(second, /*create=*/true);
    QTRY_VERIFY(insight->session().hasDataSet());
    insight->session().openDataSet(first, /*create=*/true);
    QTRY_COMPARE(insight->session().dataSetPath(), first);
    h.window.context()->requestDataSet(second);
    QTRY_COMPARE(insight->session().dataSetPath(), second);
    QTRY_VERIFY(insight->session().hasDataSet());
    // The project tree lists the data set the plan now remembers.
    QTreeWidget *tree = h.window.findChild<QTreeWidget *>();
    QVERIFY(tree);
    QTRY_VERIFY(!tree->findItems(QStringLiteral("second"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
}

void TestApp::screenshot()
{
    // Set OMNIMAP_SCREENSHOT=path.png to render the editor with the bank sample (or the
    // café fixture when the sample is not there) for the docs.
    const QString out = qEnvironmentVariable("OMNIMAP_SCREENSHOT");
    if (out.isEmpty())
        QSKIP("OMNIMAP_SCREENSHOT not set");
    Harness h;
    h.window.resize(1600, 1000);
    const QString bank = QStringLiteral(OMNIMAP_SOURCE_DIR) + QStringLiteral("/resources/samples/bank-loan-callcenter.omnimap");
    if (QFile::exists(bank)) {
        QVERIFY(h.window.openFile(bank));
    } else {
        const QString path = h.dir.filePath(QStringLiteral("cafe.omnimap"));
        QVERIFY(saveProjectFile(path, testing::cafeProject()).ok);
        QVERIFY(h.window.openFile(path));
    }
    QTest::qWait(100);
    const QList<Id> ids = {h.journey().touchpoints.isEmpty() ? Id() : h.journey().touchpoints.first().id};
    h.scene()->selectIds(ids);
    h.view()->setZoomPercent(80);
    h.view()->horizontalScrollBar()->setValue(0);
    h.view()->verticalScrollBar()->setValue(0);
    QTest::qWait(100);
    QVERIFY(h.window.grab().save(out));
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
