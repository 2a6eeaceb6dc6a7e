// The plan widgets, offscreen: editing through the views pushes undo commands and the
// views follow the document, undo included.

#include "fakeappcontext.h"
#include "planfixture.h"
#include "testregistry.h"

#include "app/plan/campaigntimeline.h"
#include "app/plan/checklisteditor.h"
#include "app/plan/checklistheatmap.h"
#include "app/plan/checklistresultmodel.h"
#include "app/plan/choicedelegate.h"
#include "app/plan/kpitablemodel.h"
#include "app/plan/kpitableview.h"
#include "app/plan/planchecksview.h"
#include "app/plan/plantools.h"
#include "app/plan/rolematrixeditor.h"
#include "app/plan/rolematrixmodel.h"
#include "app/plan/timelinecanvas.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/rolesuggestions.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace omnimap;

class TestPlanWidgets final : public QObject
{
    Q_OBJECT

private slots:
    void roleMatrixEditsAndUndo()
    {
        Document doc(makePlanProject());
        RoleMatrixEditor editor(&doc);
        editor.resize(900, 500);
        editor.show();
        RoleMatrixModel *model = editor.model();
        QCOMPARE(model->rowCount(), 3);    // lanes
        QCOMPARE(model->columnCount(), 2); // stages
        QCOMPARE(model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QString::fromUtf8("인지"));
        QCOMPARE(model->headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QString::fromUtf8("매장"));
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("Primary")));

        // Social at purchase: none → supporting through the model (what the combo does).
        const QModelIndex socialBuy = model->index(0, 1);
        QVERIFY(model->index(0, 1).data().toString().isEmpty());
        QVERIFY(model->setData(socialBuy, int(RoleLevel::Supporting), Qt::EditRole));
        QVERIFY(model->index(0, 1).data().toString().contains(QStringLiteral("Supporting")));
        QCOMPARE(findRole(doc.project().journeys.first(), QStringLiteral("s-buy"), QStringLiteral("c-social"))->level,
                 RoleLevel::Supporting);
        QVERIFY(!model->setData(model->index(0, 1), int(RoleLevel::Supporting), Qt::EditRole)); // no empty step
        QCOMPARE(doc.undoStack()->count(), 1);

        // Space cycles the selected cell: supporting → primary.
        editor.table()->setFocus();
        editor.table()->setCurrentIndex(model->index(0, 1));
        QTest::keyClick(editor.table(), Qt::Key_Space);
        QCOMPARE(model->index(0, 1).data(RoleMatrixModel::LevelRole).toInt(), int(RoleLevel::Primary));

        // The purpose field edits the selected cell.
        auto *purpose = editor.findChild<QLineEdit *>(QStringLiteral("purpose"));
        QVERIFY(purpose);
        QCOMPARE(editor.table()->currentIndex(), model->index(0, 1)); // kept through the reload
        purpose->setText(QStringLiteral("Show the coupon"));
        emit purpose->editingFinished();
        QCOMPARE(model->index(0, 1).data(RoleMatrixModel::PurposeRole).toString(), QStringLiteral("Show the coupon"));
        QCOMPARE(doc.undoStack()->count(), 3);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(model->index(0, 1).data().toString().isEmpty());
        QVERIFY(!doc.isModified());
    }

    void roleSuggestionsOneStep()
    {
        Project p = makePlanProject();
        fixtureJourney(p).roles.clear();
        Document doc(p);
        RoleMatrixEditor editor(&doc);
        QCOMPARE(editor.applySuggestions(), 3);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(editor.model()->index(2, 1).data().toString().contains(QStringLiteral("Primary"))); // store at purchase
        QCOMPARE(editor.applySuggestions(), 0); // nothing left: no second step
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(editor.model()->index(2, 1).data().toString().isEmpty());
    }

    void kpiTableEditSortFilterUndo()
    {
        Document doc(makePlanProject());
        KpiTableView view(&doc);
        view.show();
        QSortFilterProxyModel *proxy = view.proxy();
        QCOMPARE(proxy->rowCount(), 3);
        const auto rowOf = [proxy](const char *id) {
            for (int r = 0; r < proxy->rowCount(); ++r) {
                if (proxy->index(r, 0).data(ItemIdRole).toString() == QLatin1String(id))
                    return r;
            }
            return -1;
        };
        // In-place edit of the target: typed with its unit, stored as a number.
        const QModelIndex target = proxy->index(rowOf("k-conv"), KpiTableModel::Target);
        QVERIFY(proxy->setData(target, QStringLiteral("15.5 %"), Qt::EditRole));
        QCOMPARE(*findById(doc.project().kpis, QStringLiteral("k-conv"))->target, 15.5);
        QCOMPARE(proxy->index(rowOf("k-conv"), KpiTableModel::Target).data().toString(), QStringLiteral("15.5 %"));
        QVERIFY(!proxy->setData(proxy->index(rowOf("k-conv"), KpiTableModel::Target), QStringLiteral("abc"), Qt::EditRole));
        // Clearing the target makes it optional again.
        QVERIFY(proxy->setData(proxy->index(rowOf("k-reach"), KpiTableModel::Target), QString(), Qt::EditRole));
        QVERIFY(!findById(doc.project().kpis, QStringLiteral("k-reach"))->target);
        QCOMPARE(doc.undoStack()->count(), 2);
        // Currency formatting: KRW without decimals.
        QCOMPARE(proxy->index(rowOf("k-aov"), KpiTableModel::Target).data().toString(), QString::fromUtf8("₩9,000"));

        // Sorting by target sorts numbers as numbers (no target first).
        view.table()->sortByColumn(KpiTableModel::Target, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, 0).data(ItemIdRole).toString(), QStringLiteral("k-reach"));
        QCOMPARE(proxy->index(1, 0).data(ItemIdRole).toString(), QStringLiteral("k-conv"));
        QCOMPARE(proxy->index(2, 0).data(ItemIdRole).toString(), QStringLiteral("k-aov"));

        // Filter.
        view.setFilterText(QStringLiteral("basket"));
        QCOMPARE(proxy->rowCount(), 1);
        view.setFilterText(QString());
        QCOMPARE(proxy->rowCount(), 3);

        // Undo both edits: the table follows.
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(*findById(doc.project().kpis, QStringLiteral("k-conv"))->target, 12.5);
        QCOMPARE(proxy->index(rowOf("k-conv"), KpiTableModel::Target).data().toString(), QStringLiteral("12.5 %"));
    }

    void kpiLibraryAddRemoveAndBinding()
    {
        Document doc(makePlanProject());
        KpiTableView view(&doc);
        const Id id = view.addKpi(QStringLiteral("nps"));
        QCOMPARE(doc.project().kpis.size(), 4);
        QCOMPARE(view.selectedKpiId(), id);
        QCOMPARE(findById(doc.project().kpis, id)->libraryKey, QStringLiteral("nps"));

        KpiBinding wanted;
        wanted.numeratorEventType = QStringLiteral("purchase");
        wanted.denominatorEventType = QStringLiteral("visit");
        wanted.windowDays = 30;
        int asked = 0;
        view.setBindingEditor([&](const Project &, const Kpi &kpi, const DataSetVocabulary &, QWidget *) -> std::optional<std::optional<KpiBinding>> {
            ++asked;
            [&] { QCOMPARE(kpi.id, id); }();
            return std::optional<KpiBinding>(wanted);
        });
        view.editBindingOfSelected();
        QCOMPARE(asked, 1);
        QCOMPARE(findById(doc.project().kpis, id)->binding->windowDays, 30);
        doc.undoStack()->undo();
        QVERIFY(!findById(doc.project().kpis, id)->binding);

        view.removeSelected();
        QCOMPARE(doc.project().kpis.size(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().kpis.size(), 4);
    }

    void checklistEditingAndHeatMap()
    {
        Document doc(makePlanProject());
        ChecklistEditor editor(&doc);
        editor.resize(1000, 700);
        editor.show();
        ChecklistResultModel *model = editor.model();
        QCOMPARE(editor.checklistId(), QStringLiteral("cl-1"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), 4);
        QVERIFY(editor.scoreText().contains(QStringLiteral("4 unchecked")));

        // Keyboard: F marks the selected cell failed, P passed.
        editor.table()->setFocus();
        editor.table()->setCurrentIndex(model->index(0, 2)); // promotion item on the app
        QTest::keyClick(editor.table(), Qt::Key_F);
        editor.table()->setCurrentIndex(model->index(1, 2)); // tone on the app
        QTest::keyClick(editor.table(), Qt::Key_P);
        editor.table()->setCurrentIndex(model->index(0, 3)); // promotion on the store
        QTest::keyClick(editor.table(), Qt::Key_N);
        const Checklist &c = doc.project().checklists.first();
        QCOMPARE(c.results.size(), 3);
        QCOMPARE(model->index(0, 2).data(ChecklistResultModel::StatusRole).toInt(), int(CheckStatus::Fail));
        QVERIFY(!c.results.first().date.isEmpty()); // dated when set
        QVERIFY(editor.scoreText().startsWith(QStringLiteral("Score 50 %")));
        QVERIFY(editor.scoreText().contains(QStringLiteral("1 unchecked")));

        // The note goes with the selected cell.
        editor.table()->setCurrentIndex(model->index(0, 2));
        auto *note = editor.findChild<QLineEdit *>(QStringLiteral("note"));
        QVERIFY(note);
        note->setText(QStringLiteral("coupon missing on POS"));
        emit note->editingFinished();
        QCOMPARE(findCheckResultNote(doc), QStringLiteral("coupon missing on POS"));

        QCOMPARE(doc.undoStack()->count(), 4);
        for (int i = 0; i < 4; ++i)
            doc.undoStack()->undo();
        QVERIFY(doc.project().checklists.first().results.isEmpty());
        QVERIFY(editor.scoreText().contains(QStringLiteral("4 unchecked")));
        QVERIFY(!editor.heatMap()->grab().isNull());
    }

    void applyTemplateAndSaveAsTemplate()
    {
        Document doc(makePlanProject());
        ChecklistEditor editor(&doc);
        const Id id = editor.applyTemplate(QStringLiteral("builtin.visual"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(editor.checklistId(), id);
        const Checklist *c = findById(doc.project().checklists, id);
        QCOMPARE(c->channelIds.size(), 3); // every lane of the journey
        QCOMPARE(editor.model()->rowCount(), 3);
        const Id templateId = editor.saveAsTemplate();
        // Applying the built-in copied it into the plan (so the file stays valid); saving
        // adds the plan's own template beside it.
        QCOMPARE(doc.project().checklistTemplates.size(), 2);
        QVERIFY(findById(doc.project().checklistTemplates, QStringLiteral("builtin.visual")));
        const auto *saved = findById(doc.project().checklistTemplates, templateId);
        QVERIFY(saved);
        QVERIFY(!saved->builtIn);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.project().checklists.size(), 1);
        QVERIFY(doc.project().checklistTemplates.isEmpty());
    }

    void heatMapColours()
    {
        QCOMPARE(ChecklistHeatMap::colorFor(1.0), QColor(0x2e, 0x9d, 0x5b));
        QCOMPARE(ChecklistHeatMap::colorFor(0.0), QColor(0xd6, 0x45, 0x45));
        QCOMPARE(ChecklistHeatMap::colorFor(std::nullopt), QColor(0xd9, 0xd9, 0xd9));
    }

    void overlappingActionsOfAChannelGetRowsOfTheirOwn()
    {
        Project project;
        for (const char *id : {"ch-a", "ch-b"}) {
            Channel c;
            c.id = QString::fromLatin1(id);
            c.name = c.id;
            project.channels << c;
        }
        Campaign campaign;
        campaign.id = QStringLiteral("c");
        campaign.start = QStringLiteral("2027-03-01");
        campaign.end = QStringLiteral("2027-03-31");
        const auto action = [](const char *id, const char *channel, const char *start, const char *end) {
            PlannedAction a;
            a.id = QString::fromLatin1(id);
            a.channelId = QString::fromLatin1(channel);
            a.title = a.id;
            a.start = QString::fromLatin1(start);
            a.end = QString::fromLatin1(end);
            return a;
        };
        // Lane a: 1–10 and 5–20 overlap (two rows); 11–31 overlaps only the second, so it
        // fits the first row again. 10 and 11 are neighbours, not an overlap (inclusive days).
        // Lane b: one action, one row.
        campaign.actions = {action("a1", "ch-a", "2027-03-01", "2027-03-10"), action("a2", "ch-a", "2027-03-05", "2027-03-20"),
                            action("a3", "ch-a", "2027-03-11", "2027-03-31"), action("b1", "ch-b", "2027-03-03", "2027-03-25")};
        TimelineCanvas canvas;
        canvas.setCampaign(project, campaign);
        const int row = TimelineCanvas::kRowHeight;
        const int lanesTop = TimelineCanvas::kHeaderHeight;
        const QRect a1 = canvas.barRect(QStringLiteral("a1")), a2 = canvas.barRect(QStringLiteral("a2")),
                    a3 = canvas.barRect(QStringLiteral("a3")), b1 = canvas.barRect(QStringLiteral("b1"));
        QCOMPARE(a1.top(), lanesTop + 6);
        QCOMPARE(a2.top(), lanesTop + row + 6);
        QCOMPARE(a3.top(), lanesTop + 6);
        QCOMPARE(b1.top(), lanesTop + 2 * row + 6); // lane b starts below lane a's two rows
        for (const QRect &r : {a1, a2, a3, b1}) {
            for (const QRect &other : {a1, a2, a3, b1}) {
                if (r != other)
                    QVERIFY(!r.intersects(other));
            }
        }
        QCOMPARE(canvas.sizeHint().height(), lanesTop + 3 * row + 8);
        // A click on the lower bar picks it, not the one above.
        QCOMPARE(canvas.selectedActionId(), Id());
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, a2.center());
        QCOMPARE(canvas.selectedActionId(), QStringLiteral("a2"));
    }

    void timelineDragIsOneUndoStep()
    {
        Document doc(makePlanProject());
        CampaignTimeline timeline(&doc);
        timeline.resize(1400, 800);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        TimelineCanvas *canvas = timeline.canvas();
        QCOMPARE(canvas->firstDay(), QDate(2026, 12, 17)); // three days before the campaign
        const QRect bar = canvas->barRect(QStringLiteral("a-1"));
        QVERIFY(!bar.isEmpty());
        QCOMPARE(bar.width(), 7 * TimelineCanvas::kDayWidth - 2);

        const QPoint grab = bar.center();
        QTest::mousePress(canvas, Qt::LeftButton, {}, grab);
        for (int day = 1; day <= 4; ++day)
            QTest::mouseMove(canvas, grab + QPoint(day * TimelineCanvas::kDayWidth, 0));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, grab + QPoint(4 * TimelineCanvas::kDayWidth, 0));
        const auto action = [&doc] { return doc.project().campaigns.first().actions.first(); };
        QCOMPARE(action().start, QStringLiteral("2027-01-01"));
        QCOMPARE(action().end, QStringLiteral("2027-01-07"));
        QCOMPARE(doc.undoStack()->count(), 1);

        // Resize from the right edge, across nothing: a second step.
        const QRect moved = canvas->barRect(QStringLiteral("a-1"));
        const QPoint edge(moved.right() - 2, moved.center().y());
        QTest::mousePress(canvas, Qt::LeftButton, {}, edge);
        QTest::mouseMove(canvas, edge + QPoint(4 * TimelineCanvas::kDayWidth, 0));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, edge + QPoint(4 * TimelineCanvas::kDayWidth, 0));
        QCOMPARE(action().end, QStringLiteral("2027-01-11")); // one day past the campaign
        QCOMPARE(doc.undoStack()->count(), 2);
        // …which the warnings list shows.
        bool warned = false;
        for (int i = 0; i < timeline.warnings()->count(); ++i)
            warned = warned || timeline.warnings()->item(i)->text().contains(QStringLiteral("outside the campaign"));
        QVERIFY(warned);

        // Arrow key: one day earlier, its own step.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(action().start, QStringLiteral("2026-12-31"));
        QCOMPARE(doc.undoStack()->count(), 3);

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(action().start, QStringLiteral("2026-12-28"));
        QCOMPARE(action().end, QStringLiteral("2027-01-03"));
    }

    void timelineBudget()
    {
        Document doc(makePlanProject());
        CampaignTimeline timeline(&doc);
        QTableWidget *budget = timeline.budgetTable();
        QCOMPARE(budget->rowCount(), 3); // app, store, total
        QCOMPARE(budget->item(0, 1)->text(), QString::fromUtf8("₩1,000,000"));
        QCOMPARE(budget->item(1, 2)->text(), QString::fromUtf8("₩500,000"));
        // Lower the store budget in the table: over budget, one undo step.
        budget->item(1, 1)->setText(QStringLiteral("400000"));
        QTRY_COMPARE(doc.project().campaigns.first().budget.at(1).amount, 400000.0);
        QVERIFY(budget->item(1, 4)->text().contains(QStringLiteral("Over budget")));
        doc.undoStack()->undo();
        QCOMPARE(doc.project().campaigns.first().budget.at(1).amount, 500000.0);
        QVERIFY(budget->item(1, 4)->text().contains(QStringLiteral("Within budget")));

        const Id added = timeline.addAction(QStringLiteral("t-ad"));
        QVERIFY(!added.isEmpty());
        const PlannedAction *a = findById(doc.project().campaigns.first().actions, added);
        QCOMPARE(a->start, QStringLiteral("2026-12-20"));
        QCOMPARE(a->end, QStringLiteral("2026-12-26"));
        QCOMPARE(a->channelId, QStringLiteral("c-social"));
    }

    void checksPanelAndRuleSwitch()
    {
        Project p = makePlanProject();
        fixtureJourney(p).handoffs.clear();
        Document doc(p);
        FakeAppContext context(&doc);
        PlanChecksView view(context, nullptr);
        QCOMPARE(view.findings().size(), 1);
        QCOMPARE(view.tree()->topLevelItemCount(), 1);
        emit view.tree()->itemActivated(view.tree()->topLevelItem(0), 0);
        QCOMPARE(context.revealed, QStringList{QStringLiteral("s-buy")});

        // A change re-runs the checks (after a short pause).
        KpiTableView table(&doc);
        QVERIFY(table.proxy()->setData(table.proxy()->index(0, KpiTableModel::Target), QString(), Qt::EditRole));
        QTRY_COMPARE(view.findings().size(), 2);
        QVERIFY(view.summary().contains(QStringLiteral("2 warning")));
    }

    void installIntoAWindow()
    {
        Document first(makePlanProject());
        FakeAppContext context(&first);
        installPlanTools(context);
        QCOMPARE(context.tabs().count(), 4);
        QVERIFY(context.window()->findChild<QDockWidget *>(QStringLiteral("planChecksDock")));
        QMenu *plan = context.menu(AppContext::Menu::Plan);
        QStringList texts;
        for (QAction *action : plan->actions())
            texts << action->text();
        QVERIFY(texts.contains(QStringLiteral("Channel &role matrix")));
        QVERIFY(texts.contains(QStringLiteral("Apply role &suggestions")));
        // Shortcut action shows its tab.
        for (QAction *action : plan->actions()) {
            if (action->text() == QLatin1String("&KPIs"))
                action->trigger();
        }
        QCOMPARE(context.tabs().currentWidget()->objectName(), QStringLiteral("kpiTableView"));

        // A new document: every view follows it.
        Project other = makePlanProject();
        other.kpis.clear();
        fixtureJourney(other).channelIds.removeLast();
        Document second(other);
        context.replaceDocument(&second);
        auto *kpis = context.window()->findChild<KpiTableView *>();
        QCOMPARE(kpis->proxy()->rowCount(), 0);
        auto *roles = context.window()->findChild<RoleMatrixEditor *>();
        QCOMPARE(roles->model()->rowCount(), 2);
    }

private:
    static QString findCheckResultNote(const Document &doc)
    {
        for (const CheckResult &r : doc.project().checklists.first().results) {
            if (r.itemId == QLatin1String("i-1") && r.channelId == QLatin1String("c-app"))
                return r.note;
        }
        return {};
    }
};

static RegisterPlanTest<TestPlanWidgets> registration;

#include "tst_widgets.moc"
