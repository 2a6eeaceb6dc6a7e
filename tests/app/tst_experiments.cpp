// Issue 14, item 1 in the app: the experiment editor reached from a card's and a
// hand-off's context menu and from the inspector, every edit one undo step, the design's
// problems shown in the form; the card badge and the plan check "this test needs N days"
// from the data set's traffic; the results view on a generated data set with a planted
// effect, checked against counts taken from the events with a small reference here.
// Driven through the real main window, offscreen.
#include "canvas/carditem.h"
#include "canvas/connectorlayer.h"
#include "canvas/mapscene.h"
#include "canvas/mapview.h"
#include "experiment/experimenteditor.h"
#include "experiment/experimentresultsview.h"
#include "insight/insightsession.h"
#include "insight/insighttools.h"
#include "languagesettings.h"
#include "mainwindow.h"
#include "panels/handoffpage.h"
#include "panels/inspector.h"
#include "plan/kpitableview.h"
#include "plan/planchecksview.h"
#include "scripteddialogs.h"
#include "shell/appcontext.h"
#include "shell/mainwindowcontext.h"

#include "ui_experimenteditor.h"

#include "dataset.h"
#include "eventimporter.h"
#include "sqlitedb.h"
#include "samplegenerator.h"

#include "document/commands/plan/plancommands.h"
#include "model/lookup.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <map>

using namespace omnimap;

namespace {

const Id kDetail = QStringLiteral("a9552723-84fc-554d-a1ca-63b845c8b46e");   // 상품 상세 · 리뷰 · 페어링
const Id kPickupKpi = QStringLiteral("27e5362f-0168-53ae-975b-1a20407094e5"); // bound: purchase at 구매
const Id kRepeatKpi = QStringLiteral("f44d73e7-2359-5598-856b-ab2c7d3cfaaf"); // bound: repurchase at 유지

struct Harness
{
    QTemporaryDir dir;
    MainWindow window;

    Harness()
    {
        window.setDialogService(std::make_unique<testing::ScriptedDialogs>());
        window.setRecoveryDirectory(dir.filePath(QStringLiteral("recovery")));
        window.resize(2000, 1400);
        window.show();
        (void)QTest::qWaitForWindowActive(&window);
    }
    MapScene *scene() { return window.currentMapScene(); }
    MapView *view() { return window.currentMapView(); }
    const Journey &journey() { return window.document()->project().journeys.first(); }
    QUndoStack *stack() { return window.document()->undoStack(); }
    insight::InsightSession &session()
    {
        return window.findChild<insight::InsightTools *>(QStringLiteral("insightTools"))->session();
    }
};

QAction *menuAction(QMenu *menu, const char *objectName)
{
    for (QAction *action : menu->actions())
        if (action->objectName() == QLatin1String(objectName))
            return action;
    return nullptr;
}

ExperimentEditor *shownEditor(QWidget *window, const Id &itemId)
{
    for (ExperimentEditor *e : window->findChildren<ExperimentEditor *>())
        if (e->isVisible() && e->itemId() == itemId)
            return e;
    return nullptr;
}

const Experiment *experimentOf(Harness &h, const Id &itemId)
{
    const Journey &j = h.journey();
    if (const Touchpoint *t = findById(j.touchpoints, itemId))
        return t->experiment ? &*t->experiment : nullptr;
    if (const Handoff *x = findById(j.handoffs, itemId))
        return x->experiment ? &*x->experiment : nullptr;
    return nullptr;
}

void pickCombo(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index); // what a click on the item does
}

/// What the reference counts per arm (docs/experiments.md): a customer is exposed when an
/// event is at the touchpoint, converts when a numerator event is at or after the first
/// exposure (in data-set order: time, then import order).
struct Reference
{
    std::map<QString, std::int64_t> exposed, converted, assigned, reachedFirstStage;
    std::int64_t exposedAll = 0, convertedAll = 0;
    double spanDays = 0.0;
};

Reference countFromEvents(const QString &path, const QString &touchpoint, const QString &eventType, const QString &stage,
                          const QString &firstStage)
{
    Reference ref;
    sim::DataSet ds;
    if (!ds.open(path))
        return ref;
    std::map<std::int64_t, QString> variant;
    {
        sim::SqliteStatement s = ds.db().prepare("SELECT customer_id, value FROM customer_attributes WHERE name = 'variant'");
        while (s.step() == SQLITE_ROW)
            variant[s.columnInt(0)] = s.columnText(1).toUpper();
    }
    sim::SqliteStatement s = ds.db().prepare(
        "SELECT e.customer_id, e.ts, coalesce(t.name, ''), coalesce(st.name, ''), et.name FROM events e "
        "LEFT JOIN touchpoints t ON t.id = e.touchpoint_id LEFT JOIN stages st ON st.id = e.stage_id "
        "JOIN event_types et ON et.id = e.event_type_id ORDER BY e.customer_id, e.ts, e.id");
    std::int64_t current = -1, first = INT64_MAX, last = INT64_MIN;
    bool exposed = false, converted = false, reached = false;
    auto finish = [&] {
        if (current < 0)
            return;
        const auto v = variant.find(current);
        ref.exposedAll += exposed;
        ref.convertedAll += exposed && converted;
        if (v != variant.end()) {
            ++ref.assigned[v->second];
            ref.exposed[v->second] += exposed;
            ref.converted[v->second] += exposed && converted;
            ref.reachedFirstStage[v->second] += reached;
        }
        exposed = converted = reached = false;
    };
    while (s.step() == SQLITE_ROW) {
        const std::int64_t customer = s.columnInt(0), ts = s.columnInt(1);
        if (customer != current) {
            finish();
            current = customer;
        }
        first = std::min(first, ts);
        last = std::max(last, ts);
        reached = reached || s.columnText(3) == firstStage;
        exposed = exposed || s.columnText(2) == touchpoint;
        if (exposed && s.columnText(4) == eventType && s.columnText(3) == stage)
            converted = true;
    }
    finish();
    ref.spanDays = std::max(1.0, double(last - first) / 86400000.0);
    return ref;
}

QString percentText(double rate)
{
    return QLocale().toString(rate * 100.0, 'f', 2) + QStringLiteral(" %");
}

} // namespace

class TestExperiments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // "1 day", "46 days"
    }
    void editorFromANewPlanWithUndo();
    void handoffExperimentFromItsMenuAndTheInspector();
    void needsDaysAndResultsOnAPlantedEffect();
    void honestWithoutDataOrExposures();
};

void TestExperiments::editorFromANewPlanWithUndo()
{
    Harness h;
    // File ▸ New, as a user picks it (its shortcut identifies it in any language).
    QAction *newPlan = nullptr;
    for (QAction *a : h.window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newPlan = a;
    QVERIFY(newPlan);
    newPlan->trigger();
    MapScene *scene = h.scene();
    QVERIFY(scene);
    QVERIFY(h.journey().touchpoints.isEmpty());
    scene->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    scene->addChannelLane();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    const Id tp = scene->addTouchpoint(h.journey().stages.first().id, h.journey().channelIds.first(), QStringLiteral("Order app"));
    QTest::keyClick(h.view(), Qt::Key_Escape);
    // Two KPIs from the KPI table, one of them bound to the data (as the binding dialog does).
    auto *kpis = h.window.findChild<KpiTableView *>();
    QVERIFY(kpis);
    const Id unbound = kpis->addKpi();
    const Id bound = kpis->addKpi();
    Kpi k = *findById(h.window.document()->project().kpis, bound);
    k.name = QStringLiteral("Orders");
    k.binding = KpiBinding{QStringLiteral("purchase"), {}, {}, {}, {}, {}, 0};
    h.stack()->push(changeKpi(h.window.document(), k, QStringLiteral("Bind")));

    // Right-click the card: "Add Experiment (A/B Test)…" adds one (one step) and opens the form.
    CardItem *card = scene->cardItem(tp);
    QVERIFY(card);
    std::unique_ptr<QMenu> menu(scene->createContextMenu(card->sceneBoundingRect().center()));
    QAction *add = menuAction(menu.get(), "mapExperiment");
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("Add E&xperiment (A/B Test)…"));
    const int before = h.stack()->count();
    add->trigger();
    QCOMPARE(h.stack()->count(), before + 1);
    QPointer<ExperimentEditor> editor = shownEditor(&h.window, tp);
    QVERIFY(editor);
    const Experiment *x = experimentOf(h, tp);
    QVERIFY(x);
    QCOMPARE(x->variants.size(), 2);
    QCOMPARE(x->variants.at(0).label, QStringLiteral("A"));
    QCOMPARE(x->variants.at(1).splitPercent, 50.0);
    omnimap::Ui::ExperimentEditor *form = editor->form();
    QCOMPARE(form->variants->rowCount(), 2);
    QVERIFY(form->problems->text().contains(QStringLiteral("Choose the primary KPI that decides the test.")));
    // The card's badge says the state; the menu now offers to edit.
    QCOMPARE(h.scene()->experimentBadges().value(tp), QStringLiteral("A/B · design incomplete"));
    menu.reset(scene->createContextMenu(card->sceneBoundingRect().center()));
    QCOMPARE(menuAction(menu.get(), "mapExperiment")->text(), QStringLiteral("Edit E&xperiment…"));

    // A KPI without a binding is named in the form.
    pickCombo(form->primaryKpi, unbound);
    QCOMPARE(experimentOf(h, tp)->primaryKpiId, unbound);
    QVERIFY(form->problems->text().contains(QStringLiteral("has no data binding, so conversions can not be counted")));
    pickCombo(form->primaryKpi, bound);
    QVERIFY(editor->problems().isEmpty());
    QCOMPARE(form->problems->text(), QStringLiteral("The design is complete: the test can be planned and read."));
    QTRY_COMPARE(h.scene()->experimentBadges().value(tp), QStringLiteral("A/B · draft"));

    // The split: B at 30 % leaves 80 % in all.
    form->variants->item(1, 2)->setText(QStringLiteral("30"));
    QCOMPARE(experimentOf(h, tp)->variants.at(1).splitPercent, 30.0);
    QVERIFY(form->problems->text().contains(QStringLiteral("The traffic split adds up to 80 %, not 100 %.")));
    QTest::mouseClick(form->evenSplit, Qt::LeftButton);
    QCOMPARE(experimentOf(h, tp)->variants.at(1).splitPercent, 50.0);
    QVERIFY(editor->problems().isEmpty());
    // A third arm splits the traffic in three (33.33 + 33.33 + 33.34).
    QTest::mouseClick(form->addVariant, Qt::LeftButton);
    x = experimentOf(h, tp);
    QCOMPARE(x->variants.size(), 3);
    QCOMPARE(x->variants.at(2).label, QStringLiteral("C"));
    QCOMPARE(x->variants.at(0).splitPercent, 33.33);
    QCOMPARE(x->variants.at(2).splitPercent, 33.34);
    QVERIFY(editor->problems().isEmpty());
    // Removing two arms leaves one: too few, and 33.33 % of the traffic.
    form->variants->setCurrentCell(2, 0);
    QTest::mouseClick(form->removeVariant, Qt::LeftButton);
    form->variants->setCurrentCell(1, 0);
    QTest::mouseClick(form->removeVariant, Qt::LeftButton);
    QCOMPARE(experimentOf(h, tp)->variants.size(), 1);
    QVERIFY(form->problems->text().contains(QStringLiteral("An experiment needs at least two variants.")));
    QVERIFY(form->problems->text().contains(QStringLiteral("The traffic split adds up to 33.33 %, not 100 %.")));
    // The design fields: the MDE is typed in points, stored as a fraction.
    form->name->setFocus();
    form->name->selectAll();
    QTest::keyClicks(form->name, QStringLiteral("Receipt QR"));
    QTest::keyClick(form->name, Qt::Key_Return);
    form->mde->setValue(5.0);
    form->power->setValue(0.9);
    x = experimentOf(h, tp);
    QCOMPARE(x->name, QStringLiteral("Receipt QR"));
    QVERIFY(std::fabs(x->minimumDetectableEffect - 0.05) < 1e-12);
    QCOMPARE(x->power, 0.9);
    QCOMPARE(editor->windowTitle(), QStringLiteral("Experiment “Receipt QR”"));

    // Every edit was one step: add, KPI ×2, split, even, add arm, remove ×2, name, MDE, power.
    const int edits = h.stack()->count() - before;
    QCOMPARE(edits, 11);
    const Experiment last = *experimentOf(h, tp);
    h.stack()->undo(); // power
    QCOMPARE(experimentOf(h, tp)->power, 0.8);
    QCOMPARE(form->power->value(), 0.8); // the form follows the document
    for (int i = 1; i < edits - 1; ++i)
        h.stack()->undo();
    x = experimentOf(h, tp);
    QVERIFY(x);
    QCOMPARE(x->variants.size(), 2);
    QVERIFY(x->primaryKpiId.isEmpty());
    h.stack()->undo(); // the add itself: the experiment and its editor are gone
    QVERIFY(!experimentOf(h, tp));
    QTRY_VERIFY(editor.isNull() || !editor->isVisible());
    QVERIFY(!h.scene()->experimentBadges().contains(tp));
    for (int i = 0; i < edits; ++i)
        h.stack()->redo();
    QVERIFY(experimentOf(h, tp));
    QVERIFY(*experimentOf(h, tp) == last);
}

void TestExperiments::handoffExperimentFromItsMenuAndTheInspector()
{
    Harness h;
    h.window.newProject();
    MapScene *scene = h.scene();
    scene->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    scene->addStage();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    scene->addChannelLane();
    QTest::keyClick(h.view(), Qt::Key_Escape);
    const Id store = scene->addTouchpoint(h.journey().stages.at(0).id, h.journey().channelIds.first(), QStringLiteral("Store"));
    const Id app = scene->addTouchpoint(h.journey().stages.at(1).id, h.journey().channelIds.first(), QStringLiteral("App"));
    QTest::keyClick(h.view(), Qt::Key_Escape);
    // A hand-off through the card's menu, then its own menu adds the experiment.
    std::unique_ptr<QMenu> menu(scene->createContextMenu(scene->cardItem(store)->sceneBoundingRect().center()));
    for (QAction *a : menuAction(menu.get(), "mapHandoffTo")->menu()->actions())
        if (a->data().toString() == app)
            a->trigger();
    QCOMPARE(h.journey().handoffs.size(), 1);
    const Id handoff = h.journey().handoffs.first().id;
    const QPointF onCurve = scene->connectorLayer()->path(handoff).pointAtPercent(0.5);
    menu.reset(scene->createContextMenu(onCurve));
    QAction *add = menuAction(menu.get(), "mapExperiment");
    QVERIFY(add);
    add->trigger();
    const Experiment *x = experimentOf(h, handoff);
    QVERIFY(x);
    QCOMPARE(x->name, QStringLiteral("Hand-off test Store → App"));
    ExperimentEditor *editor = shownEditor(&h.window, handoff);
    QVERIFY(editor);
    QCOMPARE(editor->form()->place->text(), QStringLiteral("hand-off Store → App"));
    editor->close();
    // The inspector shows the hand-off with a button that opens the same experiment.
    scene->selectIds({handoff});
    QCOMPARE(h.window.inspector()->shownItemId(), handoff);
    QPushButton *button = h.window.inspector()->handoffPage()->experimentButton();
    QCOMPARE(button->text(), QStringLiteral("Edit Experiment…"));
    QCOMPARE(button->toolTip(), QStringLiteral("Hand-off test Store → App"));
    const int steps = h.stack()->count();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(shownEditor(&h.window, handoff));
    QCOMPARE(h.stack()->count(), steps); // opening an existing one is no edit
    // And a touchpoint's inspector button adds one to the card.
    scene->selectIds({app});
    QPushButton *tpButton = h.window.inspector()->experimentButton();
    QCOMPARE(tpButton->text(), QStringLiteral("Add Experiment…"));
    QTest::mouseClick(tpButton, Qt::LeftButton);
    QVERIFY(experimentOf(h, app));
    QTRY_VERIFY(shownEditor(&h.window, app));
    QCOMPARE(tpButton->text(), QStringLiteral("Edit Experiment…"));
    QCOMPARE(tpButton->toolTip(), QStringLiteral("Test at App"));
    // The remove button: one step, undoable.
    QTest::mouseClick(shownEditor(&h.window, app)->form()->removeExperiment, Qt::LeftButton);
    QVERIFY(!experimentOf(h, app));
    h.stack()->undo();
    QVERIFY(experimentOf(h, app));
}

void TestExperiments::needsDaysAndResultsOnAPlantedEffect()
{
    Harness h;
    QVERIFY(h.window.openSample(QStringLiteral("retail-click-collect")));
    MapScene *scene = h.scene();
    CardItem *card = scene->cardItem(kDetail);
    QVERIFY(card);
    std::unique_ptr<QMenu> menu(scene->createContextMenu(card->sceneBoundingRect().center()));
    menuAction(menu.get(), "mapExperiment")->trigger();
    ExperimentEditor *editor = shownEditor(&h.window, kDetail);
    QVERIFY(editor);
    omnimap::Ui::ExperimentEditor *form = editor->form();
    pickCombo(form->primaryKpi, kPickupKpi);
    for (int i = 0; i < form->guardrails->count(); ++i)
        if (form->guardrails->item(i)->data(Qt::UserRole).toString() == kRepeatKpi)
            form->guardrails->item(i)->setCheckState(Qt::Checked);
    form->mde->setValue(3.0);
    const Experiment x = *experimentOf(h, kDetail);
    QCOMPARE(x.guardrailKpiIds, IdList{kRepeatKpi});
    QVERIFY(editor->problems().isEmpty());
    QCOMPARE(editor->planText(), QStringLiteral("Open a data set to see how long this test needs at current traffic."));

    // The data: the sample generator on this very plan, arm B planted +5 points.
    const QString path = h.dir.filePath(QStringLiteral("ab.sqlite"));
    {
        sim::DataSet ds;
        QVERIFY(ds.open(path, sim::DataSet::OpenMode::Create));
        sim::GeneratorOptions options;
        options.events = 200000;
        options.seed = 11;
        options.effects = {{QStringLiteral("B"), 0.05}};
        const sim::GeneratorResult generated = sim::generateSample(ds, h.window.document()->project(), options);
        QVERIFY2(generated.ok, qPrintable(generated.error));
    }
    const Project &project = h.window.document()->project();
    const Kpi *pickup = findById(project.kpis, kPickupKpi);
    const Stage *purchaseStage = findById(project.journeys.first().stages, pickup->binding->numeratorStageId);
    QVERIFY(purchaseStage && pickup->binding->numeratorChannelId.isEmpty());
    const Reference ref = countFromEvents(path, findById(h.journey().touchpoints, kDetail)->title,
                                          pickup->binding->numeratorEventType, purchaseStage->name,
                                          h.journey().stages.first().name);
    QVERIFY(ref.exposed.at(QStringLiteral("A")) > 1000 && ref.exposed.at(QStringLiteral("B")) > 1000);

    h.session().openDataSet(path);
    QTRY_VERIFY(h.session().hasDataSet());

    // Before launch: Fleiss's sample size from the measured baseline, by hand.
    //   n = (z.975·√(2p̄q̄) + z.8·√(p1q1 + p2q2))² / MDE², days = n / (exposures a day × ½)
    const double p1 = double(ref.convertedAll) / double(ref.exposedAll), p2 = p1 + 0.03, pbar = (p1 + p2) / 2;
    const double n = std::ceil(std::pow(1.959963984540054 * std::sqrt(2 * pbar * (1 - pbar))
                                            + 0.8416212335729143 * std::sqrt(p1 * (1 - p1) + p2 * (1 - p2)),
                                        2)
                               / (0.03 * 0.03) - 1e-9);
    const double perDay = double(ref.exposedAll) / ref.spanDays;
    const int days = int(std::ceil(n / (perDay * 0.5) - 1e-9));
    qInfo("baseline %.4f, n %.0f, %.1f a day, %d days", p1, n, perDay, days);
    const QString badge = days == 1 ? QStringLiteral("A/B · needs 1 day") : QStringLiteral("A/B · needs %1 days").arg(days);
    QTRY_COMPARE_WITH_TIMEOUT(h.scene()->experimentBadges().value(kDetail), badge, 20000);
    QVERIFY(editor->planText().contains(QStringLiteral("Needs %1 customers per variant").arg(QLocale().toString(qint64(n)))));
    // The plan check says it in words.
    auto *checks = h.window.findChild<PlanChecksView *>();
    QVERIFY(checks);
    const QString needs = days == 1 ? QStringLiteral("this test needs 1 day at current traffic.")
                                    : QStringLiteral("this test needs %1 days at current traffic.").arg(days);
    bool found = false;
    for (const RuleFinding &f : checks->findings())
        found = found || (f.ruleId == QStringLiteral("experiment.duration") && f.message.endsWith(needs) && f.itemId == kDetail);
    QVERIFY2(found, qPrintable(needs));

    // After: the results view, from the editor's button, read off the GUI thread.
    auto *results = h.window.findChild<ExperimentResultsView *>();
    QVERIFY(results);
    QSignalSpy finished(results, &ExperimentResultsView::readFinished);
    QTest::mouseClick(form->showResults, Qt::LeftButton);
    QVERIFY(results->isReading() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QTableWidget *variants = results->variantTable();
    QCOMPARE(variants->rowCount(), 2);
    const QLocale locale;
    for (int row = 0; row < 2; ++row) {
        const QString label = row == 0 ? QStringLiteral("A") : QStringLiteral("B");
        const std::int64_t e = ref.exposed.at(label), c = ref.converted.at(label);
        QCOMPARE(variants->item(row, 0)->text(), row == 0 ? QStringLiteral("A (control)") : QStringLiteral("B"));
        QCOMPARE(variants->item(row, 1)->text(), locale.toString(qint64(ref.assigned.at(label))));
        QCOMPARE(variants->item(row, 2)->text(), locale.toString(qint64(e)));
        QCOMPARE(variants->item(row, 3)->text(), locale.toString(qint64(c)));
        // The rate and Wilson's interval by its formula.
        const double z = 1.959963984540054, ph = double(c) / double(e), nn = double(e);
        const double centre = (ph + z * z / (2 * nn)) / (1 + z * z / nn);
        const double half = z / (1 + z * z / nn) * std::sqrt(ph * (1 - ph) / nn + z * z / (4 * nn * nn));
        QCOMPARE(variants->item(row, 4)->text(), QStringLiteral("%1 (%2 – %3)").arg(percentText(ph), percentText(centre - half),
                                                                                     percentText(centre + half)));
    }
    // B against A: the lift and the pooled z-test by hand; the planted +5 points inside the interval.
    const double ea = double(ref.exposed.at(QStringLiteral("A"))), ca = double(ref.converted.at(QStringLiteral("A")));
    const double eb = double(ref.exposed.at(QStringLiteral("B"))), cb = double(ref.converted.at(QStringLiteral("B")));
    const double lift = cb / eb - ca / ea;
    const double se = std::sqrt((ca / ea) * (1 - ca / ea) / ea + (cb / eb) * (1 - cb / eb) / eb);
    QVERIFY(variants->item(1, 5)->text().startsWith(QStringLiteral("+") + locale.toString(lift * 100.0, 'f', 2) + QStringLiteral(" (")));
    QVERIFY(lift - 1.959963984540054 * se < 0.05 && 0.05 < lift + 1.959963984540054 * se);
    const double pooled = (ca + cb) / (ea + eb);
    const double zTest = lift / std::sqrt(pooled * (1 - pooled) * (1 / ea + 1 / eb));
    QCOMPARE(variants->item(1, 7)->text(), locale.toString(zTest, 'f', 3));
    QVERIFY(zTest > 3.3); // p < 0.001
    QCOMPARE(results->verdictLabel()->text(), QStringLiteral("Ship B"));
    // The funnel per arm: customers of the arm reaching the first stage.
    QTableWidget *funnel = results->funnelTable();
    QCOMPARE(funnel->columnCount(), 3);
    QCOMPARE(funnel->item(0, 0)->text(), h.journey().stages.first().name);
    for (int v = 0; v < 2; ++v) {
        const QString label = v == 0 ? QStringLiteral("A") : QStringLiteral("B");
        QVERIFY(funnel->item(0, v + 1)->text().startsWith(locale.toString(qint64(ref.reachedFirstStage.at(label))) + QStringLiteral(" (")));
    }
    QCOMPARE(results->guardrailTable()->rowCount(), 1);
}

void TestExperiments::honestWithoutDataOrExposures()
{
    Harness h;
    QVERIFY(h.window.openSample(QStringLiteral("retail-click-collect")));
    static_cast<MainWindowContext *>(h.window.context())->requestExperiment(h.journey().id, kDetail);
    ExperimentEditor *editor = shownEditor(&h.window, kDetail);
    QVERIFY(editor);
    pickCombo(editor->form()->primaryKpi, kPickupKpi);
    auto *results = h.window.findChild<ExperimentResultsView *>();
    QVERIFY(results);
    // No data set: a message, no numbers.
    results->showExperiment(experimentOf(h, kDetail)->id);
    QVERIFY(!results->isReading());
    QVERIFY(results->message().startsWith(QStringLiteral("No data set is open")));
    QCOMPARE(results->variantTable()->rowCount(), 0);
    // A data set whose customers never reach the touchpoint: which arm has no exposures.
    const QString path = h.dir.filePath(QStringLiteral("none.sqlite"));
    {
        sim::DataSet ds;
        QVERIFY(ds.open(path, sim::DataSet::OpenMode::Create));
        const QByteArray csv = "customer_id,timestamp,touchpoint,event_type,variant\n"
                               "c1,2024-01-01T10:00:00Z,elsewhere,visit,A\n"
                               "c2,2024-01-02T10:00:00Z,elsewhere,visit,B\n";
        QVERIFY(sim::importEventsCsvBytes(ds, csv, QStringLiteral("none.csv"), {}).ok);
    }
    h.session().openDataSet(path);
    QTRY_VERIFY(h.session().hasDataSet());
    QSignalSpy finished(results, &ExperimentResultsView::readFinished);
    results->read();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(results->verdictLabel()->text(), QStringLiteral("Not readable"));
    QVERIFY2(results->message().contains(QStringLiteral("has no exposures")), qPrintable(results->message()));
    for (int r = 0; r < results->variantTable()->rowCount(); ++r)
        for (int c = 0; c < results->variantTable()->columnCount(); ++c)
            QVERIFY(!results->variantTable()->item(r, c)->text().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    // The plan check: no traffic, so no duration, and it says why.
    auto *checks = h.window.findChild<PlanChecksView *>();
    QTRY_VERIFY(std::any_of(checks->findings().cbegin(), checks->findings().cend(), [](const RuleFinding &f) {
        return f.ruleId == QStringLiteral("experiment.duration") && f.message.endsWith(QStringLiteral("its duration can not be worked out."));
    }));
}

QTEST_MAIN(TestExperiments)
#include "tst_experiments.moc"
