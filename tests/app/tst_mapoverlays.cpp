// The decorations drawn over the map canvas: simulation overlays (drop-off heat, KPI
// badges, flow on hand-offs), the department focus, and the compare highlights — set
// through the real main window and checked both in the scene's options and in pixels.
#include "canvas/connectorlayer.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "insight/insighttools.h"
#include "insight/mapoverlaycontroller.h"
#include "insight/simadapter.h"
#include "mainwindow.h"
#include "merge/departmentfocus.h"
#include "merge/mergedialogs.h"
#include "scripteddialogs.h"

#include "document/commands/addremovehandoff.h"
#include "document/commands/edittouchpoint.h"
#include "document/render/mapstyle.h"
#include "format/projectfile.h"
#include "model/lookup.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace omnimap;

namespace {

const QString Sample = QStringLiteral("cafe-order-pickup");

QImage render(MapScene *scene, const QRectF &source)
{
    QImage image(source.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return image;
}

/// Mean of r − (g + b) / 2 over the image: how red it looks.
double redness(const QImage &image)
{
    double sum = 0.0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            sum += c.red() - (c.green() + c.blue()) / 2.0;
        }
    return sum / (image.width() * image.height());
}

int darkest(const QImage &image)
{
    int darkest = 255;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            darkest = std::min(darkest, qGray(image.pixel(x, y)));
    return darkest;
}

int pixelsNear(const QImage &image, const QColor &color, int tolerance = 40)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - color.red()) + std::abs(c.green() - color.green())
                    + std::abs(c.blue() - color.blue())
                < tolerance)
                ++n;
        }
    return n;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                ++n;
    return n;
}

class ScriptedMergeDialogs final : public MergeDialogs
{
public:
    QString file;
    std::function<void()> whileShowingChanges;

    QString chooseProjectFile(QWidget *, const QString &) override { return file; }
    std::optional<QMap<int, ConflictChoice>> resolveConflicts(QWidget *, const MergeConflicts &) override
    {
        return std::nullopt;
    }
    void showChanges(QWidget *, const QString &, const Changes &) override
    {
        if (whileShowingChanges)
            whileShowingChanges();
    }
    void showMessage(QWidget *, const QString &, const QString &) override {}
};

struct Harness
{
    QTemporaryDir dir;
    MainWindow window;

    Harness()
    {
        window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        window.resize(1600, 1000);
        window.show();
    }
    MapScene *scene() { return window.currentMapScene(); }
    const Journey &journey() { return window.document()->project().journeys.first(); }
    insight::MapOverlayController *overlays()
    {
        auto *tools = window.findChild<insight::InsightTools *>(QStringLiteral("insightTools"));
        return tools ? tools->overlays() : nullptr;
    }
    DepartmentFocus *focus() { return window.findChild<DepartmentFocus *>(QStringLiteral("departmentFocus")); }
    /// A real simulation of the plan's own structure (no data set), like the Scenarios tab.
    SimulationSummary simulate()
    {
        insight::ScenarioRunInput input;
        input.project = window.document()->project();
        input.journeyId = journey().id;
        input.customers = 20000;
        const insight::ScenarioRunOutput output = insight::runScenario(input, {}, nullptr);
        return output.record.scenario;
    }
};

} // namespace

class TestMapOverlays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void simulationOverlaysAreDrawnOnTheMap();
    void overlaysFollowNewTabsAndClearWhenOff();
    void departmentFocusDimsOtherCards();
    void compareHighlightsChangedItemsWhileOpen();
    void documentationScreenshot();
};

void TestMapOverlays::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestMapOverlays::simulationOverlaysAreDrawnOnTheMap()
{
    Harness h;
    QVERIFY(h.window.openSample(Sample));
    MapScene *scene = h.scene();
    QVERIFY(scene);
    insight::MapOverlayController *controller = h.overlays();
    QVERIFY(controller);
    const SimulationSummary simulation = h.simulate();
    QVERIFY(!simulation.isEmpty());
    controller->badgesAction()->setChecked(false);
    controller->flowAction()->setChecked(false);
    controller->heatAction()->setChecked(false);
    controller->setSimulation(simulation);
    QVERIFY(scene->renderOptions().stageDropOff.isEmpty());
    QVERIFY(scene->renderOptions().touchpointBadges.isEmpty());
    // Each change of options builds a new renderer: ask for the layout each time.
    auto layout = [scene]() -> const MapLayout & { return scene->renderer()->layout(); };

    // Heat: the stage losing most customers gets a red header and its drop-off label.
    Id worst;
    double worstDrop = 0.0;
    controller->heatAction()->setChecked(true);
    const QHash<Id, double> dropOff = scene->renderOptions().stageDropOff;
    QVERIFY(!dropOff.isEmpty());
    for (auto it = dropOff.cbegin(); it != dropOff.cend(); ++it)
        if (it.value() > worstDrop) {
            worstDrop = it.value();
            worst = it.key();
        }
    QVERIFY2(worstDrop > 0.05, qPrintable(QString::number(worstDrop)));
    const QRectF header = layout().stageHeaderRect(layout().stageIndex(worst));
    const QImage heatOn = render(scene, header);
    controller->heatAction()->setChecked(false);
    QVERIFY(scene->renderOptions().stageDropOff.isEmpty());
    const QImage heatOff = render(scene, header);
    QVERIFY2(redness(heatOn) > redness(heatOff) + 10.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(redness(heatOn)).arg(redness(heatOff))));
    const QColor bad = MapPalette::get(false).statusBad;
    QVERIFY(pixelsNear(heatOn, bad, 30) > 100); // the "−N % drop-off" pill
    QCOMPARE(pixelsNear(heatOff, bad, 30), 0);

    // Badges: a card with KPIs gets a status badge on its top-right corner.
    controller->badgesAction()->setChecked(true);
    const QHash<Id, KpiBadge> badges = scene->renderOptions().touchpointBadges;
    QVERIFY(!badges.isEmpty());
    // The first card (by id) whose KPIs have a status: its badge has a filled colour.
    QList<Id> cards = badges.keys();
    std::sort(cards.begin(), cards.end());
    Id card;
    for (const Id &id : std::as_const(cards))
        if (card.isEmpty() && badges.value(id).status != KpiStatus::NoTarget)
            card = id;
    QVERIFY(!card.isEmpty());
    const QRectF rect = layout().cardRect(card);
    const QRectF corner(rect.right() - 13, rect.top() - 5, 18, 18);
    const QImage badgeOn = render(scene, corner);
    const QString tip = scene->overlayToolTip(rect.center());
    for (const QString &name : badges.value(card).kpiNames)
        QVERIFY2(tip.contains(name), qPrintable(tip));
    controller->badgesAction()->setChecked(false);
    const QImage badgeOff = render(scene, corner);
    QVERIFY(scene->overlayToolTip(rect.center()).isEmpty());
    QVERIFY2(differingPixels(badgeOn, badgeOff) > 60, qPrintable(QString::number(differingPixels(badgeOn, badgeOff))));
    const MapPalette &pal = MapPalette::get(false);
    const KpiStatus status = badges.value(card).status;
    const QColor statusColor = status == KpiStatus::OnTrack ? pal.statusGood
        : status == KpiStatus::AtRisk                       ? pal.statusWarn
        : status == KpiStatus::OffTrack                     ? pal.statusBad
                                                                 : pal.statusNone;
    QVERIFY(pixelsNear(badgeOn, statusColor, 30) > pixelsNear(badgeOff, statusColor, 30) + 20);

    // Flow: the busiest hand-off is drawn wider.
    controller->flowAction()->setChecked(true);
    const QHash<Id, double> volume = scene->renderOptions().handoffVolume;
    QVERIFY(!volume.isEmpty());
    Id busiest;
    for (auto it = volume.cbegin(); it != volume.cend(); ++it)
        if (it.value() == 1.0)
            busiest = it.key();
    QVERIFY(!busiest.isEmpty());
    QVERIFY(scene->connectorLayer()->hasConnector(busiest));
    const QPainterPath busiestPath = scene->connectorLayer()->path(busiest);
    const QRectF around = busiestPath.boundingRect().adjusted(-12, -12, 12, 12);
    const int wide = pixelsNear(render(scene, around), pal.handoff, 30);
    const QPointF middle = busiestPath.pointAtPercent(0.5);
    QVERIFY2(scene->overlayToolTip(middle).contains(QStringLiteral("customers")),
             qPrintable(scene->overlayToolTip(middle)));
    controller->flowAction()->setChecked(false);
    const int thin = pixelsNear(render(scene, around), pal.handoff, 30);
    QVERIFY2(wide > thin * 2, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(thin)));
}

void TestMapOverlays::overlaysFollowNewTabsAndClearWhenOff()
{
    Harness h;
    QVERIFY(h.window.openSample(Sample));
    insight::MapOverlayController *controller = h.overlays();
    controller->setSimulation(h.simulate());
    controller->heatAction()->setChecked(true);
    controller->badgesAction()->setChecked(true);
    QVERIFY(!h.scene()->renderOptions().stageDropOff.isEmpty());

    // Away to another tab and back: still there.
    QTabWidget *tabs = h.window.tabs();
    MapView *view = h.window.currentMapView();
    auto *other = new QWidget;
    tabs->addTab(other, QStringLiteral("Other"));
    tabs->setCurrentWidget(other);
    tabs->setCurrentWidget(view);
    QVERIFY(!h.scene()->renderOptions().stageDropOff.isEmpty());

    // Close the map and open it again: the new scene gets the overlays too.
    const Id journeyId = h.journey().id;
    tabs->removeTab(tabs->indexOf(view));
    delete view;
    QVERIFY(h.window.showJourney(journeyId));
    QVERIFY(h.scene() && !h.scene()->renderOptions().stageDropOff.isEmpty());
    QVERIFY(!h.scene()->renderOptions().touchpointBadges.isEmpty());
    // While the map is in the background the toggle still reaches it.
    tabs->setCurrentWidget(other);
    controller->heatAction()->setChecked(false);
    controller->badgesAction()->setChecked(false);
    MapView *map = nullptr; // maps sit before the other tabs
    for (int i = 0; i < tabs->count() && !map; ++i)
        map = qobject_cast<MapView *>(tabs->widget(i));
    QVERIFY(map);
    QVERIFY(map != tabs->currentWidget());
    QVERIFY(map->mapScene()->renderOptions().stageDropOff.isEmpty());
    QVERIFY(map->mapScene()->renderOptions().touchpointBadges.isEmpty());
    // Toggling does not touch what the map had of its own (light/dark, selected stage).
    QCOMPARE(map->mapScene()->renderOptions().darkMode,
             h.window.palette().color(QPalette::Window).lightness() < 128);
    delete other;
}

void TestMapOverlays::departmentFocusDimsOtherCards()
{
    QSettings().remove(QStringLiteral("view/focusDepartment"));
    Harness h;
    QVERIFY(h.window.openSample(Sample));
    MapScene *scene = h.scene();
    DepartmentFocus *focus = h.focus();
    QVERIFY(focus);
    QVERIFY(scene->renderOptions().focusDepartmentId.isEmpty());
    // The menu lists "All departments" and each department of the plan.
    const Project &project = h.window.document()->project();
    int checkable = 0;
    for (QAction *a : focus->menu()->actions())
        checkable += a->isCheckable() ? 1 : 0;
    QCOMPARE(checkable, int(project.departments.size()) + 1);

    // Two cards of different departments.
    const Touchpoint *mine = nullptr;
    const Touchpoint *theirs = nullptr;
    for (const Touchpoint &t : h.journey().touchpoints) {
        if (!mine)
            mine = &t;
        else if (!theirs && t.ownerDepartmentId != mine->ownerDepartmentId)
            theirs = &t;
    }
    QVERIFY(mine && theirs && !mine->ownerDepartmentId.isEmpty());
    const QRectF mineRect = scene->renderer()->layout().cardRect(mine->id).adjusted(2, 6, -2, -2);
    const QRectF theirsRect = scene->renderer()->layout().cardRect(theirs->id).adjusted(2, 6, -2, -2);
    const QImage mineBefore = render(scene, mineRect);
    const QImage theirsBefore = render(scene, theirsRect);
    // A hand-off between two cards of other departments fades with them.
    auto ownerOf = [&h](const Id &touchpointId) {
        const Touchpoint *t = findById(h.journey().touchpoints, touchpointId);
        return t ? t->ownerDepartmentId : Id();
    };
    auto underACard = [&](const QPointF &point) {
        for (const Touchpoint &t : h.journey().touchpoints)
            if (scene->renderer()->layout().cardRect(t.id).adjusted(-6, -6, 6, 6).contains(point))
                return true;
        return false;
    };
    Id otherHandoff;
    QPointF handoffMiddle;
    for (const Handoff &handoff : h.journey().handoffs) {
        if (ownerOf(handoff.fromTouchpointId) == mine->ownerDepartmentId
            || ownerOf(handoff.toTouchpointId) == mine->ownerDepartmentId || !scene->connectorLayer()->hasConnector(handoff.id))
            continue;
        const QPointF middle = scene->connectorLayer()->path(handoff.id).pointAtPercent(0.5);
        const QRectF spot(middle - QPointF(4, 4), QSizeF(8, 8));
        // Alone there: no card and no other connector (one of yours may run alongside).
        if (!underACard(middle) && scene->connectorLayer()->connectorsIn(spot.adjusted(-4, -4, 4, 4)) == IdList{handoff.id}) {
            otherHandoff = handoff.id;
            handoffMiddle = middle;
        }
    }
    QVERIFY(!otherHandoff.isEmpty());
    const QRectF handoffSpot(handoffMiddle - QPointF(4, 4), QSizeF(8, 8));
    const QImage handoffBefore = render(scene, handoffSpot);

    // Choose the department from the menu, as a user would.
    QAction *choice = nullptr;
    for (QAction *a : focus->menu()->actions())
        if (a->data().toString() == mine->ownerDepartmentId)
            choice = a;
    QVERIFY(choice);
    choice->trigger();
    QCOMPARE(scene->renderOptions().focusDepartmentId, mine->ownerDepartmentId);
    QCOMPARE(QSettings().value(QStringLiteral("view/focusDepartment")).toString(), mine->ownerDepartmentId);
    const QImage mineAfter = render(scene, mineRect);
    const QImage theirsAfter = render(scene, theirsRect);
    // Yours is untouched; theirs is faded: its darkest ink (the title) turns light grey.
    QCOMPARE(differingPixels(mineBefore, mineAfter), 0);
    QVERIFY2(darkest(theirsBefore) < 90, qPrintable(QString::number(darkest(theirsBefore))));
    QVERIFY2(darkest(theirsAfter) > 140, qPrintable(QString::number(darkest(theirsAfter))));
    const QImage handoffAfter = render(scene, handoffSpot);
    QVERIFY2(darkest(handoffAfter) > darkest(handoffBefore) + 40,
             qPrintable(QStringLiteral("%1 -> %2").arg(darkest(handoffBefore)).arg(darkest(handoffAfter))));

    // Remembered: a new window starts focused on the same department.
    {
        Harness again;
        QVERIFY(again.window.openSample(Sample));
        QCOMPARE(again.scene()->renderOptions().focusDepartmentId, mine->ownerDepartmentId);
        // A plan without that department dims nothing.
        again.window.newProject();
        QVERIFY(again.scene()->renderOptions().focusDepartmentId.isEmpty());
    }
    focus->setDepartmentId({});
    QVERIFY(scene->renderOptions().focusDepartmentId.isEmpty());
    QCOMPARE(differingPixels(theirsBefore, render(scene, theirsRect)), 0);
}

void TestMapOverlays::compareHighlightsChangedItemsWhileOpen()
{
    Harness h;
    QVERIFY(h.window.openSample(Sample));
    const QString before = h.dir.filePath(QStringLiteral("before.omnimap"));
    QVERIFY(saveProjectFile(before, h.window.document()->project()).ok);
    const Touchpoint edited = h.journey().touchpoints.at(1);
    h.window.document()->undoStack()->push(
        TouchpointEdit::title(h.window.document(), h.journey().id, edited.id, QStringLiteral("Renamed card")));
    // A new hand-off between the first and the last card: compared, it gets a band too.
    Handoff added;
    added.id = QStringLiteral("handoff-added-for-compare");
    added.fromTouchpointId = h.journey().touchpoints.first().id;
    added.toTouchpointId = h.journey().touchpoints.last().id;
    h.window.document()->undoStack()->push(new AddHandoffCommand(h.window.document(), h.journey().id, added));
    QVERIFY(h.scene()->connectorLayer()->hasConnector(added.id));
    // A point of its curve that no card covers (cards are drawn over hand-offs).
    const QPainterPath addedPath = h.scene()->connectorLayer()->path(added.id);
    QPointF handoffPoint;
    for (int step = 20; step <= 80 && handoffPoint.isNull(); ++step) {
        const QPointF point = addedPath.pointAtPercent(step / 100.0);
        bool covered = false;
        for (const Touchpoint &t : h.journey().touchpoints)
            covered = covered || h.scene()->renderer()->layout().cardRect(t.id).adjusted(-12, -12, 12, 12).contains(point);
        if (!covered)
            handoffPoint = point;
    }
    QVERIFY(!handoffPoint.isNull());
    const QRectF handoffSpot(handoffPoint - QPointF(10, 10), QSizeF(20, 20));
    QImage handoffOutlined;

    auto owned = std::make_unique<ScriptedMergeDialogs>();
    ScriptedMergeDialogs *dialogs = owned.get();
    dialogs->file = before;
    QHash<Id, MapHighlight> seen;
    QImage outlined;
    const QRectF rect = h.scene()->renderer()->layout().cardRect(edited.id).adjusted(-6, -6, 6, 6);
    dialogs->whileShowingChanges = [&] {
        seen = h.scene()->renderOptions().highlights;
        outlined = render(h.scene(), rect);
        handoffOutlined = render(h.scene(), handoffSpot);
    };
    setMergeDialogs(std::move(owned));
    const QImage plain = render(h.scene(), rect);
    QAction *compare = h.window.findChild<QAction *>(QStringLiteral("actionCompareWith"));
    QVERIFY(compare);
    compare->trigger();
    setMergeDialogs(nullptr);
    QCOMPARE(seen.value(edited.id, MapHighlight::Merged), MapHighlight::Changed);
    QVERIFY(!seen.contains(h.journey().touchpoints.at(0).id));
    // The outline is drawn in the "changed" colour, and gone once the list is closed.
    const QColor changed(0x7c, 0x3a, 0xed);
    QVERIFY2(pixelsNear(outlined, changed, 40) > 40, qPrintable(QString::number(pixelsNear(outlined, changed, 40))));
    QCOMPARE(pixelsNear(plain, changed, 40), 0);
    QCOMPARE(seen.value(added.id, MapHighlight::Merged), MapHighlight::Changed);
    // The band is the "changed" violet, translucent over the lane: count violet pixels.
    const auto violet = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += (c.blue() - c.green() > 70 && c.red() - c.green() > 20) ? 1 : 0;
            }
        return n;
    };
    QVERIFY2(violet(handoffOutlined) > 20, qPrintable(QString::number(violet(handoffOutlined))));
    QCOMPARE(violet(render(h.scene(), handoffSpot)), 0);
    QVERIFY(h.scene()->renderOptions().highlights.isEmpty());
    QCOMPARE(differingPixels(plain, render(h.scene(), rect)), 0);
}

// Not a check: OMNIMAP_OVERLAY_SHOT=path.png renders docs/images/map-overlays.png.
void TestMapOverlays::documentationScreenshot()
{
    const QString out = qEnvironmentVariable("OMNIMAP_OVERLAY_SHOT");
    if (out.isEmpty())
        QSKIP("OMNIMAP_OVERLAY_SHOT not set");
    Harness h;
    QVERIFY(h.window.openSample(Sample));
    insight::MapOverlayController *controller = h.overlays();
    controller->setSimulation(h.simulate());
    controller->badgesAction()->setChecked(true);
    controller->flowAction()->setChecked(true);
    controller->heatAction()->setChecked(true);
    MapView *view = h.window.currentMapView();
    h.window.resize(1500, 1000);
    for (QDockWidget *dock : h.window.findChildren<QDockWidget *>())
        dock->hide(); // the whole width for the map
    view->setZoomPercent(66);
    QTest::qWait(50);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->minimum());
    QTest::qWait(100);
    QVERIFY(view->grab().save(out));
    // The dark palette next to it, to look at (not used by the docs).
    MapRenderOptions dark = view->mapScene()->renderOptions();
    dark.darkMode = true;
    DepartmentFocus *focus = h.focus();
    focus->setDepartmentId(h.journey().touchpoints.first().ownerDepartmentId);
    dark.focusDepartmentId = view->mapScene()->renderOptions().focusDepartmentId;
    dark.highlights.insert(h.journey().touchpoints.at(1).id, MapHighlight::Conflict);
    dark.highlights.insert(h.journey().touchpoints.at(2).id, MapHighlight::Merged);
    dark.highlights.insert(h.journey().stages.at(1).id, MapHighlight::Changed);
    view->mapScene()->setRenderOptions(dark);
    QTest::qWait(50);
    QVERIFY(view->grab().save(QString(out).replace(QStringLiteral(".png"), QStringLiteral("-dark.png"))));
    focus->setDepartmentId({});
}

QTEST_MAIN(TestMapOverlays)
#include "tst_mapoverlays.moc"
