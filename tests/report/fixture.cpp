#include "fixture.h"

#include <QDate>

namespace omnimap::test {

namespace {

Id fixedId(const char *prefix, int n)
{
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(n, 4, 10, QLatin1Char('0'));
}

void addPlanItems(Project &p, const Journey &j)
{
    const QStringList kpiNames = {QStringLiteral("주문 전환율"), QStringLiteral("Reach"), QStringLiteral("재구매율"),
                                  QStringLiteral("Basket size")};
    for (int i = 0; i < kpiNames.size(); ++i) {
        Kpi k;
        k.id = fixedId("kpi", i);
        k.name = kpiNames.at(i);
        k.unit = i == 1 ? KpiUnit::Count : KpiUnit::Percent;
        k.baseline = 10.0 + i;
        k.target = 20.0 + i;
        k.direction = KpiDirection::Increase;
        k.journeyId = j.id;
        k.stageId = j.stages.value(i % j.stages.size()).id;
        k.channelId = j.channelIds.value(i % j.channelIds.size());
        if (!j.touchpoints.isEmpty())
            k.touchpointIds = {j.touchpoints.at(i % j.touchpoints.size()).id};
        if (i != 3)
            k.actual = 12.5 + i * 3;
        if (i == 0)
            k.simulated = 21.25;
        if (i == 1)
            k.simulated = 19.0;
        p.kpis.append(k);
    }
    Checklist cl;
    cl.id = QStringLiteral("checklist-1");
    cl.name = QStringLiteral("톤앤매너 / Tone & manner");
    cl.journeyId = j.id;
    cl.channelIds = j.channelIds.mid(0, 3);
    const QStringList items = {QStringLiteral("해요체로 쓴다"), QStringLiteral("Logo clear space respected"),
                               QStringLiteral("프로모션 조건이 채널마다 같다")};
    for (int i = 0; i < items.size(); ++i) {
        ChecklistItem item;
        item.id = fixedId("item", i);
        item.category = i == 2 ? QStringLiteral("promotion") : QStringLiteral("tone");
        item.text = items.at(i);
        cl.items.append(item);
        for (int c = 0; c < cl.channelIds.size(); ++c) {
            CheckResult r;
            r.id = fixedId("result", i * 10 + c);
            r.itemId = item.id;
            r.channelId = cl.channelIds.at(c);
            r.status = (i + c) % 3 == 0 ? CheckStatus::Pass : (i + c) % 3 == 1 ? CheckStatus::Fail : CheckStatus::NotApplicable;
            r.reviewer = QStringLiteral("박서연");
            cl.results.append(r);
        }
    }
    p.checklists.append(cl);
    Campaign c;
    c.id = QStringLiteral("campaign-1");
    c.name = QStringLiteral("봄 신메뉴 런칭 Spring launch");
    c.objective = QStringLiteral("Drive app pre-orders for the spring menu");
    c.journeyId = j.id;
    c.start = QStringLiteral("2025-03-01");
    c.end = QStringLiteral("2025-04-30");
    c.currency = QStringLiteral("KRW");
    for (int i = 0; i < j.channelIds.size() && i < 6; ++i)
        c.budget.append({j.channelIds.at(i), 1000000.0 * (i + 1)});
    for (int i = 0; i < 8; ++i) {
        PlannedAction a;
        a.id = fixedId("action", i);
        a.title = i == 0 ? kFormulaText : QStringLiteral("액션 %1 action").arg(i);
        a.channelId = j.channelIds.at(i % j.channelIds.size());
        a.start = QDate(2025, 3, 1).addDays(i * 6).toString(Qt::ISODate);
        a.end = QDate(2025, 3, 1).addDays(i * 6 + 10).toString(Qt::ISODate);
        a.cost = 250000.0 * (i + 1);
        a.promotion = i % 3 == 0;
        c.actions.append(a);
    }
    p.campaigns.append(c);
    Scenario s;
    s.id = QStringLiteral("scenario-1");
    s.name = QStringLiteral("예산 20% 이동");
    s.journeyId = j.id;
    s.result = {{"conversionRate", 0.184}, {"customers", 100000}, {"revenue", {{"mean", 4.5e7}}}};
    p.scenarios.append(s);
    Scenario s2 = s;
    s2.id = QStringLiteral("scenario-2");
    s2.name = QStringLiteral("Remove web");
    s2.result = {{"conversionRate", 0.171}, {"customers", 100000}};
    p.scenarios.append(s2);
}

} // namespace

Project bilingualProject()
{
    Project p;
    p.id = QStringLiteral("project-1");
    p.name = QStringLiteral("별빛커피 Starlight Coffee plan");
    p.description = QStringLiteral("앱 주문 → 매장 픽업 journey for 2025");
    p.locale = QStringLiteral("ko");
    p.currency = QStringLiteral("KRW");
    p.brand.palette = {QStringLiteral("#0B6E4F"), QStringLiteral("#C8A165"), QStringLiteral("#3D5A80")};
    p.brand.toneOfVoice = QStringLiteral("따뜻하고 다정한 해요체");
    p.departments.append({QStringLiteral("dept-1"), QStringLiteral("마케팅팀"), QStringLiteral("#0B6E4F"), ExtraFields::object()});
    const QStringList channelNames = {QStringLiteral("인스타그램"), QStringLiteral("App"), QStringLiteral("매장 Store"),
                                      QStringLiteral("카카오톡")};
    const ChannelKind kinds[] = {ChannelKind::Social, ChannelKind::App, ChannelKind::Store, ChannelKind::Kakao};
    for (int i = 0; i < channelNames.size(); ++i) {
        Channel c;
        c.id = fixedId("channel", i);
        c.name = channelNames.at(i);
        c.kind = kinds[i];
        c.color = p.brand.palette.value(i, QStringLiteral("#6B8F71"));
        p.channels.append(c);
    }
    Persona ko;
    ko.id = QStringLiteral("persona-ko");
    ko.name = QStringLiteral("김지은");
    ko.segment = QStringLiteral("출근길 직장인");
    ko.quote = QStringLiteral("줄 서지 않고 바로 받고 싶어요");
    ko.goals = {QStringLiteral("출근 시간 안에 음료 받기")};
    ko.painPoints = {QStringLiteral("픽업대에서 내 음료를 찾기 어렵다")};
    ko.preferredChannels = {{fixedId("channel", 1), 0.9}, {fixedId("channel", 3), 0.5}};
    ko.ageBand = QStringLiteral("30-39");
    p.personas.append(ko);
    Persona en;
    en.id = QStringLiteral("persona-en");
    en.name = QStringLiteral("Daniel Park");
    en.segment = QStringLiteral("University students");
    en.scenario = kInjectionName;
    en.goals = {QStringLiteral("Cheap coffee between classes")};
    en.avatar = QStringLiteral("/etc/passwd"); // must never be read
    p.personas.append(en);
    Persona injected;
    injected.id = QStringLiteral("persona-x");
    injected.name = kInjectionName;
    p.personas.append(injected);

    Journey j;
    j.id = QStringLiteral("journey-1");
    j.name = QStringLiteral("앱 주문 → 매장 픽업");
    j.personaIds = {ko.id, en.id};
    for (int i = 0; i < 4; ++i)
        j.channelIds << fixedId("channel", i);
    const QStringList stageNames = {QStringLiteral("인지"), QStringLiteral("고려"), QStringLiteral("구매"),
                                    QStringLiteral("유지"), QStringLiteral("옹호")};
    for (int i = 0; i < stageNames.size(); ++i) {
        Stage s;
        s.id = fixedId("stage", i);
        s.name = stageNames.at(i);
        s.goal = QStringLiteral("Goal %1").arg(i);
        s.painPoints = {QStringLiteral("대기 시간 %1").arg(i)};
        s.emotions = {{ko.id, -2.0 + i, std::optional<double>(-1.0 + i)}, {en.id, 1.0 - i * 0.5, std::nullopt}};
        j.stages.append(s);
    }
    for (int i = 0; i < 10; ++i) {
        Touchpoint t;
        t.id = fixedId("tp", i);
        t.stageId = j.stages.at(i % 5).id;
        t.channelId = j.channelIds.at(i % 4);
        t.title = i == 0 ? kInjectionName : QStringLiteral("터치포인트 %1 Touchpoint").arg(i);
        t.description = QStringLiteral("설명 description, with \"quotes\" and a comma");
        t.message = QStringLiteral("별빛 리워드로 바로픽업 하세요");
        t.tags = {QStringLiteral("tag%1").arg(i)};
        t.momentOfTruth = i == 2;
        t.promotion = i == 3;
        t.order = i / 5;
        j.touchpoints.append(t);
    }
    for (int i = 0; i + 1 < 10; i += 3)
        j.handoffs.append({fixedId("handoff", i), fixedId("tp", i), fixedId("tp", i + 1), QStringLiteral("QR"), HandoffKind::QrCode, {}, ExtraFields::object(), std::nullopt});
    for (int s = 0; s < 5; ++s) {
        for (int c = 0; c < 4; ++c) {
            ChannelRole r;
            r.id = fixedId("role", s * 10 + c);
            r.stageId = j.stages.at(s).id;
            r.channelId = j.channelIds.at(c);
            r.level = (s + c) % 3 == 0 ? RoleLevel::Primary : (s + c) % 3 == 1 ? RoleLevel::Supporting : RoleLevel::None;
            r.purpose = QStringLiteral("역할 purpose %1").arg(s);
            j.roles.append(r);
        }
    }
    p.journeys.append(j);
    addPlanItems(p, p.journeys.constFirst());
    return p;
}

Project largeProject(int stages, int channels, int touchpoints)
{
    Project p = bilingualProject();
    Journey &j = p.journeys[0];
    j.stages.clear();
    j.touchpoints.clear();
    j.handoffs.clear();
    j.roles.clear();
    j.channelIds.clear();
    while (p.channels.size() < channels) {
        Channel c;
        c.id = fixedId("channel", int(p.channels.size()));
        c.name = QStringLiteral("채널 Channel %1").arg(p.channels.size());
        p.channels.append(c);
    }
    for (int c = 0; c < channels; ++c)
        j.channelIds << p.channels.at(c).id;
    for (int s = 0; s < stages; ++s) {
        Stage st;
        st.id = fixedId("stage", s);
        st.name = QStringLiteral("단계 Stage %1").arg(s + 1);
        st.emotions = {{QStringLiteral("persona-ko"), double((s % 11) - 5), std::nullopt}};
        j.stages.append(st);
        for (int c = 0; c < channels; ++c) {
            ChannelRole r;
            r.id = fixedId("role", s * 100 + c);
            r.stageId = st.id;
            r.channelId = j.channelIds.at(c);
            r.level = (s + c) % 4 == 0 ? RoleLevel::Primary : RoleLevel::Supporting;
            j.roles.append(r);
        }
    }
    for (int i = 0; i < touchpoints; ++i) {
        Touchpoint t;
        t.id = fixedId("tp", i);
        t.stageId = j.stages.at(i % stages).id;
        t.channelId = j.channelIds.at((i / stages) % channels);
        t.order = i / (stages * channels);
        t.title = QStringLiteral("터치포인트 Touchpoint %1").arg(i);
        t.description = QStringLiteral("고객이 앱에서 메뉴를 고르고 결제합니다. The customer orders ahead.");
        j.touchpoints.append(t);
        if (i > 0 && i % 3 == 0)
            j.handoffs.append({fixedId("handoff", i), fixedId("tp", i - 1), t.id, QString(), HandoffKind::Unspecified, {}, ExtraFields::object(), std::nullopt});
    }
    p.kpis.clear();
    p.checklists.clear();
    p.campaigns.clear();
    p.scenarios.clear();
    addPlanItems(p, j);
    return p;
}

} // namespace omnimap::test
