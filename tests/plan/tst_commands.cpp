// Undo commands of the plan tools: each edit changes the model, announces the change,
// and undoes exactly.

#include "planfixture.h"
#include "testregistry.h"

#include "document/commands/plan/moveplannedaction.h"
#include "document/commands/plan/plancommands.h"
#include "document/document.h"
#include "model/lookup.h"
#include "plan/rolesuggestions.h"

#include <QSignalSpy>
#include <QTest>

using namespace omnimap;

class TestPlanCommands final : public QObject
{
    Q_OBJECT

private slots:
    void channelRoleCellAndUndo()
    {
        Document doc(makePlanProject());
        QSignalSpy spy(&doc, &Document::changed);
        doc.undoStack()->push(setChannelRole(&doc, QStringLiteral("j-1"), QStringLiteral("s-buy"),
                                             QStringLiteral("c-social"), RoleLevel::Supporting,
                                             QStringLiteral("UGC"), QStringLiteral("d-mkt")));
        const Journey &j = doc.project().journeys.first();
        const ChannelRole *role = findRole(j, QStringLiteral("s-buy"), QStringLiteral("c-social"));
        QVERIFY(role);
        QCOMPARE(role->level, RoleLevel::Supporting);
        QCOMPARE(role->purpose, QStringLiteral("UGC"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChangeEvent>().kind, ItemKind::ChannelRole);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(!findRole(doc.project().journeys.first(), QStringLiteral("s-buy"), QStringLiteral("c-social")));
        QVERIFY(!doc.isModified());
        // Changing an existing cell keeps its id.
        doc.undoStack()->push(setChannelRole(&doc, QStringLiteral("j-1"), QStringLiteral("s-aware"),
                                             QStringLiteral("c-social"), RoleLevel::None, {}, {}));
        QCOMPARE(findRole(doc.project().journeys.first(), QStringLiteral("s-aware"), QStringLiteral("c-social"))->id,
                 QStringLiteral("r-1"));
    }

    void applySuggestionsIsOneStep()
    {
        Project p = makePlanProject();
        fixtureJourney(p).roles.clear();
        Document doc(p);
        doc.undoStack()->push(setJourneyRoles(&doc, QStringLiteral("j-1"),
                                              rolesWithSuggestions(doc.project(), doc.project().journeys.first()),
                                              QStringLiteral("Apply suggestions")));
        QCOMPARE(doc.project().journeys.first().roles.size(), 3);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QVERIFY(doc.project().journeys.first().roles.isEmpty());
    }

    void kpiAddChangeRemove()
    {
        Document doc(makePlanProject());
        Kpi kpi;
        kpi.id = QStringLiteral("k-new");
        kpi.name = QStringLiteral("NPS");
        doc.undoStack()->push(addKpi(&doc, kpi));
        QCOMPARE(doc.project().kpis.size(), 4);
        kpi.target = 40;
        doc.undoStack()->push(changeKpi(&doc, kpi, QStringLiteral("Set target")));
        QCOMPARE(*findById(doc.project().kpis, QStringLiteral("k-new"))->target, 40.0);
        doc.undoStack()->push(removeKpi(&doc, QStringLiteral("k-reach")));
        QCOMPARE(doc.project().kpis.size(), 3);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().kpis.first().id, QStringLiteral("k-reach")); // back at its place
        doc.undoStack()->undo();
        QVERIFY(!findById(doc.project().kpis, QStringLiteral("k-new"))->target);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().kpis.size(), 3);
        // Removing a KPI that is not there pushes nothing.
        doc.undoStack()->push(removeKpi(&doc, QStringLiteral("missing")));
        QCOMPARE(doc.project().kpis.size(), 3);
    }

    void checkResults()
    {
        Document doc(makePlanProject());
        CheckResult r;
        r.itemId = QStringLiteral("i-1");
        r.channelId = QStringLiteral("c-store");
        r.status = CheckStatus::Fail;
        r.note = QStringLiteral("no POP");
        doc.undoStack()->push(setCheckResult(&doc, QStringLiteral("cl-1"), r));
        QCOMPARE(doc.project().checklists.first().results.size(), 1);
        const Id id = doc.project().checklists.first().results.first().id;
        QVERIFY(!id.isEmpty());
        r.status = CheckStatus::Pass;
        doc.undoStack()->push(setCheckResult(&doc, QStringLiteral("cl-1"), r));
        QCOMPARE(doc.project().checklists.first().results.size(), 1);
        QCOMPARE(doc.project().checklists.first().results.first().status, CheckStatus::Pass);
        QCOMPARE(doc.project().checklists.first().results.first().id, id);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().checklists.first().results.first().status, CheckStatus::Fail);
        doc.undoStack()->undo();
        QVERIFY(doc.project().checklists.first().results.isEmpty());
    }

    void ruleSwitch()
    {
        Document doc(makePlanProject());
        doc.undoStack()->push(setRuleEnabled(&doc, QStringLiteral("kpi.no-target"), false));
        QCOMPARE(doc.project().disabledRules, QStringList{QStringLiteral("kpi.no-target")});
        doc.undoStack()->push(setRuleEnabled(&doc, QStringLiteral("kpi.no-target"), true));
        QVERIFY(doc.project().disabledRules.isEmpty());
        doc.undoStack()->undo();
        QCOMPARE(doc.project().disabledRules.size(), 1);
    }

    void dragIsOneUndoStep()
    {
        Document doc(makePlanProject());
        const auto action = [&doc] { return doc.project().campaigns.first().actions.first(); };
        DateSpan span = actionSpan(action());
        for (int day = 1; day <= 5; ++day) {
            doc.undoStack()->push(new MovePlannedActionCommand(&doc, QStringLiteral("cmp-winter"), QStringLiteral("a-1"),
                                                               editSpan(span, SpanEdit::Move, day), 1));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(action().start, QStringLiteral("2027-01-02"));
        QCOMPARE(action().end, QStringLiteral("2027-01-08"));
        // A second drag of the same action is its own step.
        span = actionSpan(action());
        doc.undoStack()->push(new MovePlannedActionCommand(&doc, QStringLiteral("cmp-winter"), QStringLiteral("a-1"),
                                                           editSpan(span, SpanEdit::ResizeEnd, 2), 2));
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(action().end, QStringLiteral("2027-01-10"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(action().start, QStringLiteral("2026-12-28"));
        QCOMPARE(action().end, QStringLiteral("2027-01-03"));
    }

    void campaignAddRemove()
    {
        Document doc(makePlanProject());
        doc.undoStack()->push(removeCampaign(&doc, QStringLiteral("cmp-winter")));
        QCOMPARE(doc.project().campaigns.size(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().campaigns.first().id, QStringLiteral("cmp-winter"));
        Campaign c = doc.project().campaigns.first();
        c.budget[0].amount = 5;
        doc.undoStack()->push(changeCampaign(&doc, c, QStringLiteral("Budget")));
        QCOMPARE(doc.project().campaigns.first().budget.first().amount, 5.0);
        doc.undoStack()->undo();
        QCOMPARE(doc.project().campaigns.first().budget.first().amount, 1000000.0);
    }
};

static RegisterPlanTest<TestPlanCommands> registration;

#include "tst_commands.moc"
