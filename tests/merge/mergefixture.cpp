#include "mergefixture.h"

#include "format/projectfile.h"

using namespace omnimap;

namespace {

Touchpoint touchpoint(const QString &id, const QString &stage, const QString &channel, const QString &title, int order)
{
    Touchpoint t;
    t.id = id;
    t.stageId = stage;
    t.channelId = channel;
    t.title = title;
    t.order = order;
    t.message = QStringLiteral("Message of ") + title;
    return t;
}

} // namespace

Project makeMergeFixture()
{
    Project p;
    p.id = QStringLiteral("project");
    p.name = QStringLiteral("Café loyalty");
    p.description = QStringLiteral("Plan shared by four departments");
    p.brand.toneOfVoice = QStringLiteral("warm");
    p.brand.keywords = {QStringLiteral("fresh"), QStringLiteral("local")};
    p.departments = {{QStringLiteral("dep1"), QStringLiteral("Marketing"), QStringLiteral("#aa0000"), {}},
                     {QStringLiteral("dep2"), QStringLiteral("CRM"), QStringLiteral("#00aa00"), {}},
                     {QStringLiteral("dep3"), QStringLiteral("Store operations"), {}, {}}};
    for (const auto &[id, name, kind] : {std::tuple{QStringLiteral("ch1"), QStringLiteral("Instagram"), ChannelKind::Social},
                                         std::tuple{QStringLiteral("ch2"), QStringLiteral("E-mail"), ChannelKind::Email},
                                         std::tuple{QStringLiteral("ch3"), QStringLiteral("Store"), ChannelKind::Store}}) {
        Channel c;
        c.id = id;
        c.name = name;
        c.kind = kind;
        c.color = QStringLiteral("#336699");
        c.ownerDepartmentId = QStringLiteral("dep1");
        p.channels.append(c);
    }
    for (const auto &[id, name] : {std::pair{QStringLiteral("per1"), QStringLiteral("Commuter")},
                                   std::pair{QStringLiteral("per2"), QStringLiteral("Student")}}) {
        Persona persona;
        persona.id = id;
        persona.name = name;
        persona.quote = QStringLiteral("Coffee first");
        persona.goals = {QStringLiteral("fast service")};
        persona.preferredChannels = {{QStringLiteral("ch1"), 0.7}, {QStringLiteral("ch3"), 0.3}};
        SegmentCondition condition;
        condition.field = SegmentField::Region;
        condition.values = {QStringLiteral("Seoul")};
        persona.segmentRule.conditions = {condition};
        persona.ownerDepartmentId = QStringLiteral("dep2");
        p.personas.append(persona);
    }
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Morning coffee");
    j.personaIds = {QStringLiteral("per1"), QStringLiteral("per2")};
    j.channelIds = {QStringLiteral("ch1"), QStringLiteral("ch2"), QStringLiteral("ch3")};
    const QStringList stageNames = {QStringLiteral("Awareness"), QStringLiteral("Consideration"),
                                    QStringLiteral("Purchase"), QStringLiteral("Retention")};
    for (int i = 0; i < stageNames.size(); ++i) {
        Stage s;
        s.id = QStringLiteral("st%1").arg(i + 1);
        s.name = stageNames.at(i);
        s.goal = QStringLiteral("Goal ") + stageNames.at(i);
        s.actions = {QStringLiteral("looks around")};
        s.emotions = {{QStringLiteral("per1"), double(i) - 1.0, 2.0}, {QStringLiteral("per2"), 1.0, std::nullopt}};
        j.stages.append(s);
    }
    j.touchpoints = {touchpoint(QStringLiteral("tp1"), QStringLiteral("st1"), QStringLiteral("ch1"), QStringLiteral("Reel ad"), 0),
                     touchpoint(QStringLiteral("tp2"), QStringLiteral("st2"), QStringLiteral("ch2"), QStringLiteral("Welcome mail"), 0),
                     touchpoint(QStringLiteral("tp3"), QStringLiteral("st3"), QStringLiteral("ch3"), QStringLiteral("Counter order"), 0),
                     touchpoint(QStringLiteral("tp4"), QStringLiteral("st4"), QStringLiteral("ch2"), QStringLiteral("Stamp card mail"), 0)};
    j.touchpoints[0].tags = {QStringLiteral("reach")};
    j.touchpoints[2].ownerDepartmentId = QStringLiteral("dep3");
    j.handoffs = {{QStringLiteral("h1"), QStringLiteral("tp1"), QStringLiteral("tp2"), QStringLiteral("sign up"), HandoffKind::Unspecified, {}, {}, std::nullopt},
                  {QStringLiteral("h2"), QStringLiteral("tp2"), QStringLiteral("tp3"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt}};
    j.roles = {{QStringLiteral("r1"), QStringLiteral("st1"), QStringLiteral("ch1"), RoleLevel::Primary, QStringLiteral("drives awareness"), {}, {}},
               {QStringLiteral("r2"), QStringLiteral("st3"), QStringLiteral("ch3"), RoleLevel::Supporting, {}, {}, {}}};
    j.ownerDepartmentId = QStringLiteral("dep1");
    p.journeys.append(j);

    for (const auto &[id, name, target] : {std::tuple{QStringLiteral("kpi1"), QStringLiteral("Reach"), 10000.0},
                                           std::tuple{QStringLiteral("kpi2"), QStringLiteral("Open rate"), 0.35}}) {
        Kpi k;
        k.id = id;
        k.name = name;
        k.target = target;
        k.baseline = target / 2;
        k.journeyId = QStringLiteral("j1");
        k.touchpointIds = {QStringLiteral("tp1")};
        p.kpis.append(k);
    }
    ChecklistTemplate tmpl;
    tmpl.id = QStringLiteral("tmpl1");
    tmpl.name = QStringLiteral("Tone");
    tmpl.items = {{QStringLiteral("ti1"), QStringLiteral("tone"), QStringLiteral("Warm voice"), false, {}}};
    p.checklistTemplates.append(tmpl);
    Checklist list;
    list.id = QStringLiteral("cl1");
    list.name = QStringLiteral("Tone check");
    list.templateId = QStringLiteral("tmpl1");
    list.journeyId = QStringLiteral("j1");
    list.channelIds = {QStringLiteral("ch1"), QStringLiteral("ch2")};
    list.items = {{QStringLiteral("ci1"), QStringLiteral("tone"), QStringLiteral("Warm voice"), false, {}}};
    CheckResult result;
    result.id = QStringLiteral("res1");
    result.itemId = QStringLiteral("ci1");
    result.channelId = QStringLiteral("ch1");
    result.status = CheckStatus::Pass;
    list.results = {result};
    p.checklists.append(list);
    Campaign campaign;
    campaign.id = QStringLiteral("cam1");
    campaign.name = QStringLiteral("Spring launch");
    campaign.journeyId = QStringLiteral("j1");
    campaign.personaId = QStringLiteral("per1");
    campaign.start = QStringLiteral("2026-03-01");
    campaign.end = QStringLiteral("2026-03-31");
    campaign.budget = {{QStringLiteral("ch1"), 1000.0}, {QStringLiteral("ch2"), 500.0}};
    PlannedAction action;
    action.id = QStringLiteral("act1");
    action.touchpointId = QStringLiteral("tp1");
    action.channelId = QStringLiteral("ch1");
    action.title = QStringLiteral("Reel burst");
    action.start = QStringLiteral("2026-03-01");
    action.end = QStringLiteral("2026-03-07");
    action.cost = 400;
    campaign.actions = {action};
    p.campaigns.append(campaign);
    Scenario scenario;
    scenario.id = QStringLiteral("sc1");
    scenario.name = QStringLiteral("More e-mail");
    scenario.journeyId = QStringLiteral("j1");
    scenario.modifiers = {{ModifierKind::ScaleEntry, QStringLiteral("ch2"), {}, 1.2}};
    p.scenarios.append(scenario);
    p.dataSets = {{QStringLiteral("ds1"), QStringLiteral("Q1 events"), QStringLiteral("q1.sqlite"), QStringLiteral("abc"), {}}};
    Comment comment;
    comment.id = QStringLiteral("com1");
    comment.itemId = QStringLiteral("tp1");
    comment.author = QStringLiteral("Min-ji");
    comment.department = QStringLiteral("Marketing");
    comment.time = QStringLiteral("2026-02-01T09:00:00Z");
    comment.text = QStringLiteral("Shorter copy?");
    p.comments.append(comment);
    return p;
}

QByteArray projectBytes(const Project &project)
{
    return writeProject(project);
}
