// Pure plan helpers: checklist score arithmetic, the KPI library and value formats,
// role suggestions, campaign date spans and budgets.

#include "planfixture.h"
#include "testregistry.h"

#include "plan/campaignschedule.h"
#include "plan/checklistscore.h"
#include "plan/checklisttemplates.h"
#include "plan/kpilibrary.h"
#include "plan/rolesuggestions.h"
#include "plan/textmatch.h"

#include <QTest>

using namespace omnimap;

namespace {

CheckResult result(const QString &item, const QString &channel, CheckStatus status)
{
    CheckResult r;
    r.id = newId();
    r.itemId = item;
    r.channelId = channel;
    r.status = status;
    return r;
}

} // namespace

class TestPlanMath final : public QObject
{
    Q_OBJECT

private slots:
    void scoreExcludesNotApplicableAndCountsUncheckedApart()
    {
        Checklist c = makePlanProject().checklists.first(); // items i-1 (promotion), i-2 (tone); app, store
        const QString app = QStringLiteral("c-app");
        const QString store = QStringLiteral("c-store");
        c.results = {result(QStringLiteral("i-1"), app, CheckStatus::Pass),
                     result(QStringLiteral("i-2"), app, CheckStatus::Fail),
                     result(QStringLiteral("i-1"), store, CheckStatus::NotApplicable)};
        // i-2 on the store has no result: unchecked.
        const ChecklistScores s = scoreChecklist(c);
        QCOMPARE(s.overall.pass, 1);
        QCOMPARE(s.overall.fail, 1);
        QCOMPARE(s.overall.notApplicable, 1);
        QCOMPARE(s.overall.unchecked, 1);
        QCOMPARE(s.overall.total(), 4);
        QCOMPARE(*s.overall.ratio(), 0.5);
        QCOMPARE(*s.byChannel.value(app).ratio(), 0.5);
        QVERIFY(!s.byChannel.value(store).ratio()); // only n.a. and unchecked: no score
        QCOMPARE(*s.byCategory.value(QStringLiteral("promotion")).ratio(), 1.0);
        QCOMPARE(*s.byCategory.value(QStringLiteral("tone")).ratio(), 0.0);
        QCOMPARE(s.byCategoryAndChannel.value(QStringLiteral("tone")).value(store).unchecked, 1);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("promotion"), QStringLiteral("tone")}));
        QCOMPARE(formatScore(s.overall.ratio()), QStringLiteral("50 %"));
        QCOMPARE(formatScore(std::nullopt), QStringLiteral("—"));
    }

    void scoreOverSeveralChecklists()
    {
        const Project p = makePlanProject();
        Checklist a = p.checklists.first();
        a.results = {result(QStringLiteral("i-1"), QStringLiteral("c-app"), CheckStatus::Pass)};
        Checklist b = a;
        b.id = QStringLiteral("cl-2");
        b.journeyId = QStringLiteral("j-2");
        b.results = {result(QStringLiteral("i-1"), QStringLiteral("c-app"), CheckStatus::Fail),
                     result(QStringLiteral("i-2"), QStringLiteral("c-app"), CheckStatus::Fail)};
        const ChecklistScores all = scoreChecklists({a, b});
        QCOMPARE(all.overall.pass, 1);
        QCOMPARE(all.overall.fail, 2);
        QCOMPARE(all.overall.unchecked, 5);
        QVERIFY(qAbs(*all.overall.ratio() - 1.0 / 3.0) < 1e-12);
        QCOMPARE(*scoreChecklists({a, b}, QStringLiteral("j-1")).overall.ratio(), 1.0);
    }

    void builtInTemplates()
    {
        const QList<ChecklistTemplate> templates = builtInChecklistTemplates();
        QCOMPARE(templates.size(), 6);
        QStringList categories;
        bool parity = false;
        for (const ChecklistTemplate &t : templates) {
            QVERIFY(t.builtIn);
            QVERIFY(t.id.startsWith(QStringLiteral("builtin.")));
            QVERIFY(!t.items.isEmpty());
            categories << t.items.first().category;
            for (const ChecklistItem &item : t.items)
                parity = parity || (item.category == QLatin1String("promotion") && item.requiresParity);
        }
        QCOMPARE(categories, (QStringList{QStringLiteral("tone"), QStringLiteral("visual"), QStringLiteral("message"),
                                          QStringLiteral("promotion"), QStringLiteral("service"), QStringLiteral("privacy")}));
        QVERIFY(parity);
        // Ids are stable between calls (the template can be traced from a checklist).
        QCOMPARE(builtInChecklistTemplates().at(3).items.at(1).id, templates.at(3).items.at(1).id);

        const Checklist applied = applyChecklistTemplate(templates.at(3), QStringLiteral("j-1"),
                                                         {QStringLiteral("c-app"), QStringLiteral("c-store")});
        QCOMPARE(applied.templateId, QStringLiteral("builtin.promotion"));
        QCOMPARE(applied.items.size(), templates.at(3).items.size());
        QVERIFY(applied.items.first().id != templates.at(3).items.first().id);
        QVERIFY(applied.results.isEmpty());
        QCOMPARE(scoreChecklist(applied).overall.unchecked, 2 * int(applied.items.size()));

        Project p;
        ChecklistTemplate mine;
        mine.id = QStringLiteral("user-1");
        mine.name = QStringLiteral("Kiosk");
        p.checklistTemplates << mine;
        QCOMPARE(availableChecklistTemplates(p).size(), 7);
        QCOMPARE(availableChecklistTemplates(p).last().id, QStringLiteral("user-1"));
    }

    void kpiLibrary()
    {
        QVERIFY(omnimap::kpiLibrary().size() >= 16);
        QStringList keys;
        for (const KpiLibraryEntry &entry : omnimap::kpiLibrary()) {
            QVERIFY(!keys.contains(QLatin1String(entry.key)));
            keys << QLatin1String(entry.key);
            QVERIFY(!kpiLibraryName(entry).isEmpty());
            QVERIFY(!kpiLibraryDescription(entry).isEmpty());
        }
        for (const char *key : {"reach", "impressions", "engagement_rate", "ctr", "open_rate", "click_to_open",
                                "conversion_rate", "cross_channel_transfer", "drop_off_rate", "average_order_value",
                                "repeat_purchase_rate", "churn_rate", "nps", "csat", "clv", "roi",
                                "cost_per_acquisition"})
            QVERIFY2(findKpiLibraryEntry(QLatin1String(key)), key);
        QCOMPARE(findKpiLibraryEntry(QStringLiteral("churn_rate"))->direction, KpiDirection::Decrease);
        QVERIFY(!findKpiLibraryEntry(QStringLiteral("custom")));

        const Kpi aov = makeKpiFromLibrary(*findKpiLibraryEntry(QStringLiteral("average_order_value")),
                                           QStringLiteral("KRW"), QStringLiteral("j-1"), QStringLiteral("s-buy"));
        QCOMPARE(aov.unit, KpiUnit::Currency);
        QCOMPARE(aov.currency, QStringLiteral("KRW"));
        QCOMPARE(aov.libraryKey, QStringLiteral("average_order_value"));
        QCOMPARE(aov.stageId, QStringLiteral("s-buy"));
        QVERIFY(!aov.id.isEmpty());
        QVERIFY(!aov.target);
        QVERIFY(makeKpiFromLibrary(*findKpiLibraryEntry(QStringLiteral("ctr")), QStringLiteral("KRW")).currency.isEmpty());
    }

    void kpiFormats()
    {
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(currencyDecimals(QStringLiteral("KRW")), 0);
        QCOMPARE(currencyDecimals(QStringLiteral("usd")), 2);
        QCOMPARE(formatKpiValue(15000.4, KpiUnit::Currency, QStringLiteral("KRW"), c), QString::fromUtf8("₩15,000"));
        QCOMPARE(formatKpiValue(12.5, KpiUnit::Currency, QStringLiteral("USD"), c), QStringLiteral("$12.50"));
        QCOMPARE(formatKpiValue(12.5, KpiUnit::Percent, {}, c), QStringLiteral("12.5 %"));
        QCOMPARE(formatKpiValue(3.25, KpiUnit::Percent, {}, c), QStringLiteral("3.25 %"));
        QCOMPARE(formatKpiValue(1200, KpiUnit::Count, {}, c), QStringLiteral("1,200"));
        QCOMPARE(formatKpiValue(3.5, KpiUnit::Duration, {}, c), QStringLiteral("3 h 30 min"));
        QCOMPARE(formatKpiValue(0.25, KpiUnit::Duration, {}, c), QStringLiteral("15 min"));
        QCOMPARE(formatKpiValue(50, KpiUnit::Duration, {}, c), QStringLiteral("2 d 2 h"));
    }

    void textFolding()
    {
        QCOMPARE(foldForMatching(QString::fromUtf8("ＦＲＥＥ  Coffee")), QStringLiteral("freecoffee"));
        QCOMPARE(foldForMatching(QString::fromUtf8("최 저 가")), QString::fromUtf8("최저가"));
        QCOMPARE(matchingWords(QString::fromUtf8("오늘 최\u3000저가 ＦＲＥＥ"),
                               {QString::fromUtf8("최저가"), QStringLiteral("Free"), QStringLiteral("sale"), QString()}),
                 (QStringList{QString::fromUtf8("최저가"), QStringLiteral("Free")}));
    }

    void stageClassification()
    {
        QCOMPARE(classifyStage(QString::fromUtf8("인지"), 0, 5), StagePhase::Awareness);
        QCOMPARE(classifyStage(QStringLiteral("Research & compare"), 0, 5), StagePhase::Consideration);
        QCOMPARE(classifyStage(QString::fromUtf8("대출 신청"), 1, 5), StagePhase::Purchase);
        QCOMPARE(classifyStage(QString::fromUtf8("매장 픽업"), 3, 5), StagePhase::Experience);
        QCOMPARE(classifyStage(QString::fromUtf8("재구매"), 1, 5), StagePhase::Retention);
        QCOMPARE(classifyStage(QStringLiteral("Customer service"), 0, 5), StagePhase::Service);
        QCOMPARE(classifyStage(QString::fromUtf8("추천"), 0, 5), StagePhase::Advocacy);
        // Unknown names: by position on the five-step journey.
        QCOMPARE(classifyStage(QStringLiteral("Step A"), 0, 5), StagePhase::Awareness);
        QCOMPARE(classifyStage(QStringLiteral("Step B"), 2, 5), StagePhase::Purchase);
        QCOMPARE(classifyStage(QStringLiteral("Step C"), 4, 5), StagePhase::Advocacy);
        QCOMPARE(classifyStage(QStringLiteral("Step Z"), 2, 3), StagePhase::Advocacy);
        QCOMPARE(classifyStage(QStringLiteral("Only"), 0, 1), StagePhase::Purchase);
    }

    void roleSuggestionsFollowPractice()
    {
        QCOMPARE(suggestRole(ChannelKind::Social, StagePhase::Awareness).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Ads, StagePhase::Awareness).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Web, StagePhase::Consideration).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::App, StagePhase::Purchase).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Store, StagePhase::Experience).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Store, StagePhase::Purchase).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Email, StagePhase::Retention).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Kakao, StagePhase::Retention).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Push, StagePhase::Retention).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::CallCenter, StagePhase::Service).level, RoleLevel::Primary);
        QCOMPARE(suggestRole(ChannelKind::Email, StagePhase::Awareness).level, RoleLevel::None);
        QCOMPARE(suggestRole(ChannelKind::Other, StagePhase::Purchase).level, RoleLevel::None);
        QVERIFY(!suggestRole(ChannelKind::Store, StagePhase::Experience).purpose.isEmpty());
    }

    void suggestionsKeepTheUsersCells()
    {
        Project p = makePlanProject();
        Journey &j = fixtureJourney(p);
        j.roles[0].level = RoleLevel::Supporting; // the user downgraded social at awareness
        j.roles[0].purpose = QStringLiteral("mine");
        const QList<ChannelRole> roles = rolesWithSuggestions(p, j);
        const auto roleAt = [&roles](const char *stage, const char *channel) -> const ChannelRole * {
            for (const ChannelRole &r : roles) {
                if (r.stageId == QLatin1String(stage) && r.channelId == QLatin1String(channel))
                    return &r;
            }
            return nullptr;
        };
        QCOMPARE(roleAt("s-aware", "c-social")->level, RoleLevel::Supporting);
        QCOMPARE(roleAt("s-aware", "c-social")->purpose, QStringLiteral("mine"));
        // r-4 (store at awareness, none, no purpose) is unset; the store has nothing to suggest there.
        QCOMPARE(roleAt("s-aware", "c-store")->level, RoleLevel::None);
        // The app at purchase was primary with no purpose: set by the user, kept.
        QVERIFY(roleAt("s-buy", "c-app")->purpose.isEmpty());
        // The social lane at purchase gets nothing; the app at awareness gets nothing either.
        QVERIFY(!roleAt("s-buy", "c-social"));
        QVERIFY(!roleAt("s-aware", "c-app"));
        QCOMPARE(roles.size(), j.roles.size());

        j.roles.clear();
        const QList<ChannelRole> fresh = rolesWithSuggestions(p, j);
        QCOMPARE(fresh.size(), 3); // social@aware, app@buy, store@buy
        QCOMPARE(fresh.first().channelId, QStringLiteral("c-social"));
        QCOMPARE(fresh.first().level, RoleLevel::Primary);
        j.roles = fresh;
        QCOMPARE(rolesWithSuggestions(p, j).size(), 3); // applying twice changes nothing
    }

    void campaignAcrossYearEnd()
    {
        const Project p = makePlanProject();
        const Campaign &winter = p.campaigns.first(); // 2026-12-20 .. 2027-01-10
        const DateSpan span = campaignSpan(winter);
        QVERIFY(span.isValid());
        QCOMPARE(span.lengthDays(), 22);
        QVERIFY(span.contains(actionSpan(winter.actions.first()))); // 12-28 .. 01-03
        QCOMPARE(actionSpan(winter.actions.first()).lengthDays(), 7);
        // Moving by 8 days pushes it past the end, across no trouble at the year boundary.
        const DateSpan moved = editSpan(actionSpan(winter.actions.first()), SpanEdit::Move, 8);
        QCOMPARE(isoDate(moved.start), QStringLiteral("2027-01-05"));
        QCOMPARE(isoDate(moved.end), QStringLiteral("2027-01-11"));
        QVERIFY(!span.contains(moved));
        const DateSpan back = editSpan(moved, SpanEdit::Move, -16);
        QCOMPARE(isoDate(back.start), QStringLiteral("2026-12-20"));
    }

    void zeroLengthActions()
    {
        const DateSpan oneDay = parseSpan(QStringLiteral("2026-12-31"), QStringLiteral("2026-12-31"));
        QVERIFY(oneDay.isValid());
        QCOMPARE(oneDay.lengthDays(), 1);
        // Resizing past the other end stops at one day instead of inverting.
        const DateSpan shrunk = editSpan(oneDay, SpanEdit::ResizeEnd, -3);
        QCOMPARE(shrunk.start, shrunk.end);
        const DateSpan grown = editSpan(oneDay, SpanEdit::ResizeEnd, 1);
        QCOMPARE(isoDate(grown.end), QStringLiteral("2027-01-01"));
        QCOMPARE(editSpan(grown, SpanEdit::ResizeStart, 5).start, grown.end);
        QVERIFY(oneDay.overlaps(parseSpan(QStringLiteral("2026-12-31"), QStringLiteral("2027-01-02"))));
        QVERIFY(!oneDay.overlaps(parseSpan(QStringLiteral("2027-01-01"), QStringLiteral("2027-01-02"))));
        QVERIFY(!parseSpan(QStringLiteral("2027-01-02"), QStringLiteral("2027-01-01")).isValid());
        QVERIFY(!parseSpan(QString(), QStringLiteral("2027-01-01")).isValid());
        QVERIFY(!parseSpan(QStringLiteral("2027-02-30"), QStringLiteral("2027-03-01")).isValid());
    }

    void budgetUse()
    {
        const Project p = makePlanProject();
        const QList<ChannelBudgetUse> rows = campaignBudgetUse(p, p.campaigns.first());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).channelId, QStringLiteral("c-app"));
        QCOMPARE(rows.at(0).planned, 800000.0);
        QCOMPARE(*rows.at(0).budget, 1000000.0);
        QCOMPARE(rows.at(1).channelId, QStringLiteral("c-store")); // a-2 has no channel: its touchpoint's lane
        QCOMPARE(rows.at(1).planned, 500000.0);
        QVERIFY(!rows.at(1).exceeded()); // exactly on budget
        QCOMPARE(campaignBudgetTotal(p.campaigns.first()), 1500000.0);
        QCOMPARE(campaignPlannedTotal(p.campaigns.first()), 1300000.0);
    }
};

static RegisterPlanTest<TestPlanMath> registration;

#include "tst_planmath.moc"
