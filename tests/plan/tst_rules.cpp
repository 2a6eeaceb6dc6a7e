// Consistency rules: each fires on the smallest break of the clean fixture and stays
// quiet on the fixture itself.

#include "planfixture.h"
#include "testregistry.h"

#include "rules/brandrules.h"
#include "rules/rulecatalogue.h"
#include "rules/ruleengine.h"

#include <QTest>

using namespace omnimap;

namespace {

QStringList ruleIds(const RuleFindings &findings)
{
    QStringList ids;
    for (const RuleFinding &f : findings)
        ids << f.ruleId;
    return ids;
}

RuleFindings findingsOf(const Project &project, const char *ruleId)
{
    RuleFindings found;
    for (const RuleFinding &f : runRules(project)) {
        if (f.ruleId == QLatin1String(ruleId))
            found << f;
    }
    return found;
}

} // namespace

class TestRules final : public QObject
{
    Q_OBJECT

private slots:
    void cleanFixtureHasNoFindings()
    {
        const RuleFindings findings = runRules(makePlanProject());
        QVERIFY2(findings.isEmpty(), qPrintable(ruleIds(findings).join(QLatin1Char(' '))));
    }

    void catalogueIdsAreUniqueAndExplained()
    {
        QStringList ids;
        for (const RuleInfo &rule : ruleCatalogue()) {
            QVERIFY(!ids.contains(QLatin1String(rule.id)));
            ids << QLatin1String(rule.id);
            QVERIFY(!rule.translatedTitle().isEmpty());
            QVERIFY(rule.translatedExplanation().size() > 20);
        }
        QCOMPARE(ids.size(), 15); // 13 + feedback.emotion-gap (issue 15) + experiment.design (issue 14)
        QVERIFY(findRule(QStringLiteral("stage.no-touchpoint")));
        QVERIFY(!findRule(QStringLiteral("nope")));
    }

    void stageWithoutTouchpoint()
    {
        Project p = makePlanProject();
        Stage loyal;
        loyal.id = QStringLiteral("s-loyal");
        loyal.name = QStringLiteral("Retention");
        fixtureJourney(p).stages << loyal;
        const RuleFindings found = findingsOf(p, "stage.no-touchpoint");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("s-loyal"));
        QCOMPARE(found.first().journeyId, QStringLiteral("j-1"));
        QCOMPARE(found.first().severity, Diagnostic::Severity::Warning);
        QVERIFY(found.first().message.contains(QStringLiteral("Retention")));
        QVERIFY(!found.first().explanation.isEmpty());
        // The empty stage is reported once: no "break" next to it as well.
        QVERIFY(findingsOf(p, "journey.no-handoff").isEmpty());
    }

    void touchpointWithoutKpi()
    {
        Project p = makePlanProject();
        p.kpis.removeAt(2); // k-aov listed t-store
        const RuleFindings found = findingsOf(p, "touchpoint.no-kpi");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("t-store"));

        // A KPI scoped to the stage and channel counts; one scoped to the stage only does not.
        Kpi stageOnly;
        stageOnly.id = QStringLiteral("k-stage");
        stageOnly.name = QStringLiteral("Stage");
        stageOnly.target = 1;
        stageOnly.stageId = QStringLiteral("s-buy");
        p.kpis << stageOnly;
        QCOMPARE(findingsOf(p, "touchpoint.no-kpi").size(), 1);
        p.kpis.last().channelId = QStringLiteral("c-store");
        QVERIFY(findingsOf(p, "touchpoint.no-kpi").isEmpty());
        // Scoped to another journey: no longer covers it.
        p.kpis.last().journeyId = QStringLiteral("j-other");
        QCOMPARE(findingsOf(p, "touchpoint.no-kpi").size(), 1);
    }

    void kpiWithoutTarget()
    {
        Project p = makePlanProject();
        p.kpis[1].target.reset();
        const RuleFindings found = findingsOf(p, "kpi.no-target");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("k-conv"));
        p.kpis[1].target = 0.0; // zero is a target
        QVERIFY(findingsOf(p, "kpi.no-target").isEmpty());
    }

    void roleWithoutTouchpoint()
    {
        Project p = makePlanProject();
        fixtureJourney(p).roles[3].level = RoleLevel::Supporting; // store at awareness, no card
        const RuleFindings found = findingsOf(p, "role.no-touchpoint");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("r-4"));
        QVERIFY(found.first().message.contains(QStringLiteral("supporting")));
        fixtureJourney(p).roles[3].level = RoleLevel::None;
        QVERIFY(findingsOf(p, "role.no-touchpoint").isEmpty());
    }

    void breakInJourney()
    {
        Project p = makePlanProject();
        fixtureJourney(p).handoffs.clear();
        const RuleFindings found = findingsOf(p, "journey.no-handoff");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("s-buy"));
        // A hand-off inside one stage does not bridge the gap.
        fixtureJourney(p).handoffs << Handoff{QStringLiteral("h-2"), QStringLiteral("t-app"),
                                               QStringLiteral("t-store"), {}, HandoffKind::Unspecified, {}, ExtraFields::object(), std::nullopt};
        QCOMPARE(findingsOf(p, "journey.no-handoff").size(), 1);
    }

    void handoffSkippingAStageBridgesBothGaps()
    {
        Project p = makePlanProject();
        Journey &j = fixtureJourney(p);
        Stage middle;
        middle.id = QStringLiteral("s-mid");
        middle.name = QStringLiteral("Consider");
        j.stages.insert(1, middle);
        j.touchpoints << Touchpoint{};
        j.touchpoints.last().id = QStringLiteral("t-mid");
        j.touchpoints.last().stageId = QStringLiteral("s-mid");
        j.touchpoints.last().channelId = QStringLiteral("c-app");
        j.touchpoints.last().message = QStringLiteral("stars");
        QVERIFY(findingsOf(p, "journey.no-handoff").isEmpty()); // h-1 goes aware → buy
    }

    void promotionParity()
    {
        Project p = makePlanProject();
        fixtureJourney(p).touchpoints[2].promotion = false; // store drops the coupon
        const RuleFindings found = findingsOf(p, "promotion.no-parity");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().severity, Diagnostic::Severity::Error);
        QCOMPARE(found.first().itemId, QStringLiteral("t-app"));
        QVERIFY(found.first().message.contains(QString::fromUtf8("매장")));

        // Marked not applicable for the store by the reviewer: no finding.
        CheckResult na;
        na.id = QStringLiteral("res-1");
        na.itemId = QStringLiteral("i-1");
        na.channelId = QStringLiteral("c-store");
        na.status = CheckStatus::NotApplicable;
        p.checklists[0].results << na;
        QVERIFY(findingsOf(p, "promotion.no-parity").isEmpty());

        // Without a parity item the checklist asks nothing.
        p.checklists[0].results.clear();
        p.checklists[0].items[0].requiresParity = false;
        QVERIFY(findingsOf(p, "promotion.no-parity").isEmpty());
    }

    void parityIgnoresChannelsOutsideTheChecklist()
    {
        Project p = makePlanProject();
        fixtureJourney(p).touchpoints[0].promotion = true; // social, not in the checklist
        QVERIFY(findingsOf(p, "promotion.no-parity").isEmpty());
    }

    void forbiddenWords_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("fires");
        QTest::newRow("plain korean") << QString::fromUtf8("오늘만 최저가!") << true;
        QTest::newRow("spaced korean") << QString::fromUtf8("오늘만 최 저 가!") << true;
        QTest::newRow("newline and tab") << QString::fromUtf8("최\n저\t가 별") << true;
        QTest::newRow("ideographic space") << QString::fromUtf8("최\u3000저가") << true;
        QTest::newRow("full-width latin") << QString::fromUtf8("ＦＲＥＥ coffee") << true;
        QTest::newRow("upper case") << QStringLiteral("FREE stars") << true;
        QTest::newRow("spaced latin") << QStringLiteral("f r e e stars") << true;
        QTest::newRow("zero-width space") << QString::fromUtf8("fr\u200Bee stars") << true;
        QTest::newRow("clean korean") << QString::fromUtf8("별 2배 적립") << false;
        QTest::newRow("similar word") << QString::fromUtf8("최저 기온에도 별") << false;
        QTest::newRow("clean english") << QStringLiteral("Collect stars, fee waived") << false;
    }

    void forbiddenWords()
    {
        QFETCH(QString, message);
        QFETCH(bool, fires);
        Project p = makePlanProject();
        fixtureJourney(p).touchpoints[0].message = message;
        const RuleFindings found = findingsOf(p, "message.forbidden-word");
        QCOMPARE(found.size(), fires ? 1 : 0);
        if (fires) {
            QCOMPARE(found.first().itemId, QStringLiteral("t-ad"));
            QCOMPARE(found.first().severity, Diagnostic::Severity::Error);
        }
    }

    void brandKeywords()
    {
        Project p = makePlanProject();
        fixtureJourney(p).touchpoints[1].message = QStringLiteral("Order ahead, skip the queue");
        QCOMPARE(findingsOf(p, "message.no-keyword").size(), 1);
        fixtureJourney(p).touchpoints[1].message = QString::fromUtf8("ＳＴＡＲＳ for you"); // full width, upper
        QVERIFY(findingsOf(p, "message.no-keyword").isEmpty());
        fixtureJourney(p).touchpoints[1].message.clear(); // no copy yet: nothing to check
        QVERIFY(findingsOf(p, "message.no-keyword").isEmpty());
        p.brand.keywords.clear();
        fixtureJourney(p).touchpoints[1].message = QStringLiteral("anything");
        QVERIFY(findingsOf(p, "message.no-keyword").isEmpty());
    }

    void paletteTolerance()
    {
        Project p = makePlanProject();
        p.channels[1].color = QStringLiteral("#05754F"); // 5,5,5 off #00704A: within tolerance
        QVERIFY(findingsOf(p, "channel.off-palette").isEmpty());
        p.channels[1].color = QStringLiteral("#FF0000");
        const RuleFindings found = findingsOf(p, "channel.off-palette");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("c-app"));
        QVERIFY(qAbs(*paletteDistance(QStringLiteral("#05754F"), p.brand.palette) - std::sqrt(75.0)) < 1e-9);
        QVERIFY(!paletteDistance(QStringLiteral("red"), p.brand.palette));
        p.brand.palette.clear(); // no palette: nothing to check
        QVERIFY(findingsOf(p, "channel.off-palette").isEmpty());
    }

    void disabledRulesAreSkipped()
    {
        Project p = makePlanProject();
        fixtureJourney(p).handoffs.clear();
        p.kpis[1].target.reset();
        p.disabledRules = {QStringLiteral("journey.no-handoff")};
        const QStringList ids = ruleIds(runRules(p));
        QVERIFY(!ids.contains(QStringLiteral("journey.no-handoff")));
        QVERIFY(ids.contains(QStringLiteral("kpi.no-target")));
        RuleOptions all;
        all.includeDisabled = true;
        QVERIFY(ruleIds(runRules(p, all)).contains(QStringLiteral("journey.no-handoff")));
    }

    void campaignActionOutsideDates()
    {
        Project p = makePlanProject();
        p.campaigns[0].actions[0].end = QStringLiteral("2027-01-11"); // one day past the end
        const RuleFindings found = findingsOf(p, "campaign.action-outside-dates");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("a-1"));
        p.campaigns[0].actions[0].end = QStringLiteral("2027-01-10"); // the last day is inside
        QVERIFY(findingsOf(p, "campaign.action-outside-dates").isEmpty());
    }

    void campaignInvalidDates()
    {
        Project p = makePlanProject();
        p.campaigns[0].actions[1].end = QStringLiteral("2026-12-19"); // before its start
        p.campaigns[1].end = QStringLiteral("31/03/2027");
        const RuleFindings found = findingsOf(p, "campaign.invalid-dates");
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).itemId, QStringLiteral("a-2"));
        QCOMPARE(found.at(1).itemId, QStringLiteral("cmp-spring"));
        QVERIFY(hasErrors(found));
    }

    void campaignOverBudget()
    {
        Project p = makePlanProject();
        p.campaigns[0].actions[1].cost = 500001; // store, via its touchpoint's lane
        RuleFindings found = findingsOf(p, "campaign.over-budget");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("cmp-winter"));
        QVERIFY2(found.first().message.contains(QString::fromUtf8("₩500,001")), qPrintable(found.first().message));
        // An action on a channel with no budget line is over budget too.
        p.campaigns[0].actions[1].cost = 0;
        p.campaigns[0].actions << PlannedAction{QStringLiteral("a-9"), {}, QStringLiteral("c-social"), QStringLiteral("Reel"),
                                                QStringLiteral("2026-12-21"), QStringLiteral("2026-12-22"), 10, false,
                                                ExtraFields::object()};
        found = findingsOf(p, "campaign.over-budget");
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().message.contains(QStringLiteral("no budget line")));
    }

    void overlappingPromotions()
    {
        Project p = makePlanProject();
        // Spring's store coupon moves into winter, on the same stage (buy) as winter's app coupon.
        p.campaigns[1].start = QStringLiteral("2027-01-01");
        p.campaigns[1].actions[0].start = QStringLiteral("2027-01-03");
        p.campaigns[1].actions[0].end = QStringLiteral("2027-01-05");
        RuleFindings found = findingsOf(p, "campaign.overlapping-promotions");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("a-3"));
        QVERIFY(found.first().message.contains(QStringLiteral("2027-01-03 to 2027-01-03")));
        // Different persona: customers cannot get both.
        p.campaigns[1].personaId = QStringLiteral("pe-2");
        QVERIFY(findingsOf(p, "campaign.overlapping-promotions").isEmpty());
        // Back to the same persona, but a day apart: no overlap.
        p.campaigns[1].personaId = QStringLiteral("pe-1");
        p.campaigns[1].actions[0].start = QStringLiteral("2027-01-04");
        QVERIFY(findingsOf(p, "campaign.overlapping-promotions").isEmpty());
    }
};

static RegisterPlanTest<TestRules> registration;

#include "tst_rules.moc"
