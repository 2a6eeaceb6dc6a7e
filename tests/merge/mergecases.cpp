// The rows of the table-driven merge suite: every kind of item × add / edit / delete /
// move on each side, both sides equal, reorder against rename, nested lists.

#include "mergecases.h"

#include "model/campaigncomparison.h"
#include "model/lookup.h"

#include <QTest>

using namespace omnimap;
using Kind = MergeConflict::Kind;

namespace {

Journey &journey(Project &p) { return p.journeys[0]; }
Touchpoint &tp(Project &p, const char *id) { return *findById(journey(p).touchpoints, QString::fromLatin1(id)); }
Stage &stage(Project &p, const char *id) { return *findById(journey(p).stages, QString::fromLatin1(id)); }
Kpi &kpi(Project &p, const char *id) { return *findById(p.kpis, QString::fromLatin1(id)); }

template<typename T>
void removeId(QList<T> &items, const char *id)
{
    // Applying both edits one after the other may delete an item twice.
    const qsizetype i = indexOfId(items, QString::fromLatin1(id));
    if (i >= 0)
        items.removeAt(i);
}

Touchpoint newTouchpoint(const char *id, const char *stageId, const char *channelId, const char *title)
{
    Touchpoint t;
    t.id = QString::fromLatin1(id);
    t.stageId = QString::fromLatin1(stageId);
    t.channelId = QString::fromLatin1(channelId);
    t.title = QString::fromUtf8(title);
    return t;
}

Stage newStage(const char *id, const char *name)
{
    Stage s;
    s.id = QString::fromLatin1(id);
    s.name = QString::fromUtf8(name);
    return s;
}

Comment newComment(const char *id, const char *text)
{
    Comment c;
    c.id = QString::fromLatin1(id);
    c.itemId = QStringLiteral("tp2");
    c.author = QStringLiteral("Jun");
    c.text = QString::fromUtf8(text);
    return c;
}

void noChange(Project &) {}

QStringList stageOrder(const Project &p)
{
    QStringList ids;
    for (const Stage &s : p.journeys.at(0).stages)
        ids.append(s.id);
    return ids;
}

} // namespace

const std::vector<MergeCase> &mergeCases()
{
    static const std::vector<MergeCase> cases = {
        // Both sides equal
        {"nothing changed", noChange, noChange},
        {"same edit on both sides", [](Project &p) { tp(p, "tp1").title = QStringLiteral("Reel"); },
         [](Project &p) { tp(p, "tp1").title = QStringLiteral("Reel"); }},
        {"both delete the same touchpoint", [](Project &p) { removeId(journey(p).touchpoints, "tp4"); },
         [](Project &p) { removeId(journey(p).touchpoints, "tp4"); }},
        {"both add the same touchpoint", [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpX", "st1", "ch2", "Same")); },
         [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpX", "st1", "ch2", "Same")); }, 0, Kind::Value,
         [](const MergeResult &r) {
             QCOMPARE(r.merged.journeys.at(0).touchpoints.size(), 5);
             QCOMPARE(r.merged.journeys.at(0).touchpoints.last().title, QStringLiteral("Same"));
         }, false},
        // Project and brand
        {"project name vs description", [](Project &p) { p.name = QStringLiteral("Café loyalty 2026"); },
         [](Project &p) { p.description = QStringLiteral("Owned by CRM"); }},
        {"project name changed differently", [](Project &p) { p.name = QStringLiteral("A"); },
         [](Project &p) { p.name = QStringLiteral("B"); }, 1},
        {"brand keywords added on both sides", [](Project &p) { p.brand.keywords.append(QStringLiteral("organic")); },
         [](Project &p) { p.brand.keywords.append(QStringLiteral("신선한")); }},
        {"brand tone changed differently", [](Project &p) { p.brand.toneOfVoice = QStringLiteral("playful"); },
         [](Project &p) { p.brand.toneOfVoice = QStringLiteral("formal"); }, 1},
        // Departments
        {"departments added on both sides", [](Project &p) { p.departments.append({QStringLiteral("depA"), QStringLiteral("Call centre"), {}, {}}); },
         [](Project &p) { p.departments.append({QStringLiteral("depB"), QStringLiteral("Legal"), {}, {}}); }},
        {"department renamed differently", [](Project &p) { p.departments[1].name = QStringLiteral("CRM team"); },
         [](Project &p) { p.departments[1].name = QStringLiteral("Loyalty"); }, 1},
        {"department deleted vs untouched", [](Project &p) { removeId(p.departments, "dep3"); }, noChange},
        // Channels and lanes
        {"channel colour vs channel name", [](Project &p) { p.channels[0].color = QStringLiteral("#E1306C"); },
         [](Project &p) { p.channels[0].name = QStringLiteral("Instagram Reels"); }},
        {"channel deleted vs renamed", [](Project &p) { removeId(p.channels, "ch2"); },
         [](Project &p) { p.channels[1].name = QStringLiteral("Newsletter"); }, 1, Kind::Item,
         [](const MergeResult &r) { QVERIFY(!findById(r.merged.channels, QStringLiteral("ch2"))); }},
        {"lanes reordered vs lane added", [](Project &p) { journey(p).channelIds.move(2, 0); },
         [](Project &p) { journey(p).channelIds.append(QStringLiteral("ch4")); },
         0, Kind::Value, [](const MergeResult &r) {
             QCOMPARE(r.merged.journeys.at(0).channelIds,
                      (QStringList{QStringLiteral("ch3"), QStringLiteral("ch4"), QStringLiteral("ch1"), QStringLiteral("ch2")}));
         }, false},
        {"lanes removed vs lane added", [](Project &p) { journey(p).channelIds.removeAll(QStringLiteral("ch1")); },
         [](Project &p) { journey(p).channelIds.insert(1, QStringLiteral("ch4")); }, 0, Kind::Value,
         [](const MergeResult &r) {
             QCOMPARE(r.merged.journeys.at(0).channelIds,
                      (QStringList{QStringLiteral("ch4"), QStringLiteral("ch2"), QStringLiteral("ch3")}));
         }, false},
        // Personas
        {"persona goals added on both sides", [](Project &p) { p.personas[0].goals.append(QStringLiteral("loyalty points")); },
         [](Project &p) { p.personas[0].goals.append(QStringLiteral("quiet seat")); }},
        {"persona quote changed differently", [](Project &p) { p.personas[0].quote = QStringLiteral("Espresso"); },
         [](Project &p) { p.personas[0].quote = QStringLiteral("Latte"); }, 1},
        {"segment rule edited on one side", [](Project &p) { p.personas[0].segmentRule.conditions[0].values = {QStringLiteral("Busan")}; },
         [](Project &p) { p.personas[1].name = QStringLiteral("Graduate"); }},
        {"segment conditions changed differently (no ids: one value)",
         [](Project &p) { p.personas[0].segmentRule.conditions[0].values = {QStringLiteral("Busan")}; },
         [](Project &p) { p.personas[0].segmentRule.conditions.append({SegmentField::AgeBand, {}, SegmentOperator::Equals, {QStringLiteral("20s")}}); },
         1},
        {"preferred channel weights of different channels", [](Project &p) { p.personas[0].preferredChannels[0].weight = 0.9; },
         [](Project &p) { p.personas[0].preferredChannels[1].weight = 0.1; }},
        {"persona deleted vs untouched", noChange, [](Project &p) { removeId(p.personas, "per2"); journey(p).personaIds.removeAll(QStringLiteral("per2")); for (Stage &s : journey(p).stages) s.emotions.removeLast(); }},
        // Journeys
        {"journey name vs journey description", [](Project &p) { journey(p).name = QStringLiteral("Morning run"); },
         [](Project &p) { journey(p).description = QStringLiteral("Weekdays 7-9"); }},
        {"journey review status changed differently", [](Project &p) { journey(p).review.status = ReviewStatus::Approved; },
         [](Project &p) { journey(p).review.status = ReviewStatus::InReview; }, 1},
        {"journey deleted vs touchpoint edited inside", [](Project &p) { p.journeys.clear(); p.kpis.clear(); p.checklists.clear(); p.campaigns.clear(); p.scenarios.clear(); },
         [](Project &p) { tp(p, "tp2").title = QStringLiteral("Welcome!"); }, 1, Kind::Item},
        // Stages
        {"both add different stages", [](Project &p) { journey(p).stages.append(newStage("stA", "Advocacy")); },
         [](Project &p) { journey(p).stages.append(newStage("stB", "Referral")); }},
        {"stages reordered vs stage renamed", [](Project &p) { journey(p).stages.move(0, 3); },
         [](Project &p) { stage(p, "st1").name = QStringLiteral("Discovery"); }},
        {"stages reordered the same way", [](Project &p) { journey(p).stages.move(3, 0); },
         [](Project &p) { journey(p).stages.move(3, 0); }, 0, Kind::Value,
         [](const MergeResult &r) {
             QCOMPARE(stageOrder(r.merged), (QStringList{QStringLiteral("st4"), QStringLiteral("st1"), QStringLiteral("st2"),
                                                          QStringLiteral("st3")}));
         }, false},
        {"stages reordered differently", [](Project &p) { journey(p).stages.move(0, 3); },
         [](Project &p) { journey(p).stages.move(3, 0); }, 1, Kind::Order},
        {"stage added among reordered stages", [](Project &p) { journey(p).stages.insert(1, newStage("stA", "Try")); },
         [](Project &p) { journey(p).stages.move(3, 2); }, 0, Kind::Value,
         [](const MergeResult &r) {
             QCOMPARE(stageOrder(r.merged), (QStringList{QStringLiteral("st1"), QStringLiteral("stA"), QStringLiteral("st2"),
                                                          QStringLiteral("st4"), QStringLiteral("st3")}));
         }, false},
        {"stage deleted vs emotion edited", [](Project &p) { removeId(journey(p).stages, "st4"); removeId(journey(p).touchpoints, "tp4"); },
         [](Project &p) { stage(p, "st4").emotions[0].asIs = 4; }, 1, Kind::Item},
        {"emotions of different personas (keyed by persona)", [](Project &p) { stage(p, "st2").emotions[0].asIs = -3; },
         [](Project &p) { stage(p, "st2").emotions[1].toBe = 4; }},
        {"emotion of one persona changed differently", [](Project &p) { stage(p, "st2").emotions[0].asIs = -3; },
         [](Project &p) { stage(p, "st2").emotions[0].asIs = 3; }, 1},
        {"stage actions added on both sides (nested list)", [](Project &p) { stage(p, "st1").actions.append(QStringLiteral("sees a reel")); },
         [](Project &p) { stage(p, "st1").actions.prepend(QStringLiteral("walks past")); }},
        // Touchpoints
        {"touchpoint added vs KPI target edited", [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpA", "st2", "ch1", "Story poll")); },
         [](Project &p) { kpi(p, "kpi2").target = 0.4; }},
        {"touchpoints added on both sides", [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpA", "st2", "ch1", "Story poll")); },
         [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpB", "st3", "ch3", "QR at counter")); }},
        {"touchpoint title changed differently", [](Project &p) { tp(p, "tp2").title = QStringLiteral("Hello mail"); },
         [](Project &p) { tp(p, "tp2").title = QStringLiteral("환영 메일"); }, 1},
        {"touchpoint edited vs deleted", [](Project &p) { tp(p, "tp4").message = QStringLiteral("Stamp 10 = free coffee"); },
         [](Project &p) { removeId(journey(p).touchpoints, "tp4"); }, 1, Kind::Item,
         [](const MergeResult &r) { QVERIFY(findById(r.merged.journeys.at(0).touchpoints, QStringLiteral("tp4"))); }},
        {"touchpoint deleted vs edited", [](Project &p) { removeId(journey(p).touchpoints, "tp4"); },
         [](Project &p) { tp(p, "tp4").message = QStringLiteral("Stamp 10 = free coffee"); }, 1, Kind::Item,
         [](const MergeResult &r) { QVERIFY(!findById(r.merged.journeys.at(0).touchpoints, QStringLiteral("tp4"))); }},
        {"touchpoint deleted vs untouched", [](Project &p) { removeId(journey(p).touchpoints, "tp4"); }, noChange},
        {"touchpoint moved vs retitled", [](Project &p) { tp(p, "tp3").stageId = QStringLiteral("st2"); tp(p, "tp3").order = 1; },
         [](Project &p) { tp(p, "tp3").title = QStringLiteral("Order at the counter"); }},
        {"touchpoint moved to different stages", [](Project &p) { tp(p, "tp3").stageId = QStringLiteral("st2"); },
         [](Project &p) { tp(p, "tp3").stageId = QStringLiteral("st4"); }, 1},
        {"touchpoint tags added on both sides", [](Project &p) { tp(p, "tp1").tags.append(QStringLiteral("video")); },
         [](Project &p) { tp(p, "tp1").tags.append(QStringLiteral("paid")); }},
        {"touchpoint added on both sides, same id, different titles", [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpX", "st1", "ch2", "Mine")); },
         [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpX", "st1", "ch2", "Yours")); }, 1},
        {"touchpoint added on a stage the other side deleted (reported)",
         [](Project &p) { journey(p).touchpoints.append(newTouchpoint("tpA", "st4", "ch1", "Late reel")); },
         [](Project &p) { removeId(journey(p).stages, "st4"); removeId(journey(p).touchpoints, "tp4"); }, 0, Kind::Value,
         [](const MergeResult &r) {
             QVERIFY(r.ok());
             bool warned = false;
             for (const Diagnostic &d : r.diagnostics)
                 warned = warned || (d.severity == Diagnostic::Severity::Warning && d.itemId == QStringLiteral("tpA"));
             QVERIFY2(warned, qPrintable(formatDiagnostics(r.diagnostics)));
         }},
        // Hand-offs and roles
        {"hand-off added vs touchpoint renamed", [](Project &p) { journey(p).handoffs.append({QStringLiteral("hA"), QStringLiteral("tp3"), QStringLiteral("tp4"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt}); },
         [](Project &p) { tp(p, "tp3").title = QStringLiteral("Counter"); }},
        {"hand-off deleted on both sides", [](Project &p) { removeId(journey(p).handoffs, "h2"); },
         [](Project &p) { removeId(journey(p).handoffs, "h2"); }},
        {"role purpose vs role level", [](Project &p) { journey(p).roles[0].purpose = QStringLiteral("drives reach"); },
         [](Project &p) { journey(p).roles[0].level = RoleLevel::Supporting; }},
        {"role level changed differently", [](Project &p) { journey(p).roles[1].level = RoleLevel::Primary; },
         [](Project &p) { journey(p).roles[1].level = RoleLevel::None; }, 1},
        // KPIs
        {"KPI target vs KPI baseline", [](Project &p) { kpi(p, "kpi1").target = 12000; },
         [](Project &p) { kpi(p, "kpi1").baseline = 4000; }},
        {"KPI target changed differently", [](Project &p) { kpi(p, "kpi1").target = 12000; },
         [](Project &p) { kpi(p, "kpi1").target = 15000; }, 1},
        {"KPI touchpoints added on both sides", [](Project &p) { kpi(p, "kpi1").touchpointIds.append(QStringLiteral("tp2")); },
         [](Project &p) { kpi(p, "kpi1").touchpointIds.append(QStringLiteral("tp3")); }},
        {"KPI deleted vs target edited", [](Project &p) { removeId(p.kpis, "kpi2"); },
         [](Project &p) { kpi(p, "kpi2").target = 0.5; }, 1, Kind::Item},
        // Checklists
        {"check result status vs note", [](Project &p) { p.checklists[0].results[0].status = CheckStatus::Fail; },
         [](Project &p) { p.checklists[0].results[0].note = QStringLiteral("logo too small"); }},
        {"check result status changed differently", [](Project &p) { p.checklists[0].results[0].status = CheckStatus::Fail; },
         [](Project &p) { p.checklists[0].results[0].status = CheckStatus::NotApplicable; }, 1},
        {"template items added on both sides", [](Project &p) { p.checklistTemplates[0].items.append({QStringLiteral("tiA"), {}, QStringLiteral("No slang"), false, {}}); },
         [](Project &p) { p.checklistTemplates[0].items.append({QStringLiteral("tiB"), {}, QStringLiteral("Polite endings"), true, {}}); }},
        // Campaigns
        {"budget lines of different channels", [](Project &p) { p.campaigns[0].budget[0].amount = 1200; },
         [](Project &p) { p.campaigns[0].budget[1].amount = 300; }},
        {"planned action added vs campaign renamed", [](Project &p) { p.campaigns[0].actions.append({QStringLiteral("actA"), QStringLiteral("tp2"), QStringLiteral("ch2"), QStringLiteral("Mail blast"), QStringLiteral("2026-03-10"), QStringLiteral("2026-03-10"), 50, false, {}}); },
         [](Project &p) { p.campaigns[0].name = QStringLiteral("Spring 2026"); }},
        {"planned action dates changed differently", [](Project &p) { p.campaigns[0].actions[0].end = QStringLiteral("2026-03-08"); },
         [](Project &p) { p.campaigns[0].actions[0].end = QStringLiteral("2026-03-14"); }, 1},
        {"campaign comparison picked vs campaign renamed", [](Project &p) { setCampaignComparison(p.campaigns[0], {QStringLiteral("ch3"), {}}); },
         [](Project &p) { p.campaigns[0].name = QStringLiteral("Spring 2026"); }},
        {"campaign comparison picked differently", [](Project &p) { setCampaignComparison(p.campaigns[0], {{}, QStringLiteral("per2")}); },
         [](Project &p) { setCampaignComparison(p.campaigns[0], {{}, QStringLiteral("per3")}); }, 1},
        // Scenarios, data sets, comments
        {"scenario modifiers changed differently (no ids: one value)", [](Project &p) { p.scenarios[0].modifiers[0].value = 1.5; },
         [](Project &p) { p.scenarios[0].modifiers[0].value = 0.8; }, 1},
        {"data set fingerprint same on both sides", [](Project &p) { p.dataSets[0].fingerprint = QStringLiteral("def"); },
         [](Project &p) { p.dataSets[0].fingerprint = QStringLiteral("def"); }},
        {"comments added on both sides", [](Project &p) { p.comments.append(newComment("comA", "Use the new photo")); },
         [](Project &p) { p.comments.append(newComment("comB", "고객 문의 많음")); }},
        {"comment resolved vs comment edited", [](Project &p) { p.comments[0].resolved = true; },
         [](Project &p) { p.comments[0].text = QStringLiteral("Shorter copy, please"); }},
        // Fields this version does not know
        {"unknown field added vs title edited", [](Project &p) { tp(p, "tp1").extra["x-priority"] = 2; },
         [](Project &p) { tp(p, "tp1").title = QStringLiteral("Reel"); }},
        {"unknown field changed differently", [](Project &p) { p.extra["x-season"] = "spring"; },
         [](Project &p) { p.extra["x-season"] = "summer"; }, 1},
    };
    return cases;
}
