#include "planfixture.h"

using namespace omnimap;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Touchpoint touchpoint(const char *id, const char *stage, const char *channel, const char *title,
                      const char *message, bool promotion = false)
{
    Touchpoint t;
    t.id = s(id);
    t.stageId = s(stage);
    t.channelId = s(channel);
    t.title = s(title);
    t.message = s(message);
    t.promotion = promotion;
    return t;
}

ChannelRole role(const char *id, const char *stage, const char *channel, RoleLevel level)
{
    ChannelRole r;
    r.id = s(id);
    r.stageId = s(stage);
    r.channelId = s(channel);
    r.level = level;
    return r;
}

Kpi kpi(const char *id, const char *name, double target)
{
    Kpi k;
    k.id = s(id);
    k.name = s(name);
    k.target = target;
    k.journeyId = QStringLiteral("j-1");
    return k;
}

} // namespace

Project makePlanProject()
{
    Project p;
    p.id = QStringLiteral("p-plan");
    p.name = s("카페 플랜");
    p.locale = QStringLiteral("ko");
    p.currency = QStringLiteral("KRW");
    p.brand.keywords = {s("별"), QStringLiteral("stars")};
    p.brand.forbiddenWords = {s("최저가"), QStringLiteral("free")};
    p.brand.palette = {QStringLiteral("#00704A"), QStringLiteral("#F2E8DA"), QStringLiteral("#1E3932")};
    p.departments = {{QStringLiteral("d-mkt"), s("마케팅"), QStringLiteral("#123456"), ExtraFields::object()}};
    p.channels = {
        {QStringLiteral("c-social"), QStringLiteral("Instagram"), ChannelKind::Social, QStringLiteral("#1E3932"), {}, {}, ExtraFields::object()},
        {QStringLiteral("c-app"), QStringLiteral("App"), ChannelKind::App, QStringLiteral("#00704A"), QStringLiteral("d-mkt"), {}, ExtraFields::object()},
        {QStringLiteral("c-store"), s("매장"), ChannelKind::Store, QStringLiteral("#F2E8DA"), {}, {}, ExtraFields::object()},
    };
    Persona persona;
    persona.id = QStringLiteral("pe-1");
    persona.name = s("김지은");
    p.personas = {persona};

    Journey j;
    j.id = QStringLiteral("j-1");
    j.name = QStringLiteral("Order ahead");
    j.personaIds = {QStringLiteral("pe-1")};
    j.channelIds = {QStringLiteral("c-social"), QStringLiteral("c-app"), QStringLiteral("c-store")};
    Stage aware;
    aware.id = QStringLiteral("s-aware");
    aware.name = s("인지");
    Stage buy;
    buy.id = QStringLiteral("s-buy");
    buy.name = s("구매");
    j.stages = {aware, buy};
    j.touchpoints = {
        touchpoint("t-ad", "s-aware", "c-social", "Reel", "별 모으고 커피 받자"),
        touchpoint("t-app", "s-buy", "c-app", "App coupon", "Collect stars twice as fast", true),
        touchpoint("t-store", "s-buy", "c-store", "Store coupon", "별 2배 적립", true),
    };
    j.handoffs = {{QStringLiteral("h-1"), QStringLiteral("t-ad"), QStringLiteral("t-app"), QStringLiteral("link"), HandoffKind::Unspecified, {}, ExtraFields::object(), std::nullopt}};
    j.roles = {role("r-1", "s-aware", "c-social", RoleLevel::Primary),
               role("r-2", "s-buy", "c-app", RoleLevel::Primary),
               role("r-3", "s-buy", "c-store", RoleLevel::Supporting),
               role("r-4", "s-aware", "c-store", RoleLevel::None)};
    p.journeys = {j};

    Kpi reach = kpi("k-reach", "Reach", 50000);
    reach.libraryKey = QStringLiteral("reach");
    reach.unit = KpiUnit::Count;
    reach.touchpointIds = {QStringLiteral("t-ad")};
    Kpi conversion = kpi("k-conv", "App conversion", 12.5);
    conversion.stageId = QStringLiteral("s-buy");
    conversion.channelId = QStringLiteral("c-app");
    Kpi aov = kpi("k-aov", "Basket", 9000);
    aov.unit = KpiUnit::Currency;
    aov.currency = QStringLiteral("KRW");
    aov.touchpointIds = {QStringLiteral("t-store")};
    p.kpis = {reach, conversion, aov};

    Checklist checklist;
    checklist.id = QStringLiteral("cl-1");
    checklist.name = QStringLiteral("Promotion parity");
    checklist.journeyId = QStringLiteral("j-1");
    checklist.channelIds = {QStringLiteral("c-app"), QStringLiteral("c-store")};
    checklist.items = {{QStringLiteral("i-1"), QStringLiteral("promotion"), QStringLiteral("Same coupon everywhere"), true, ExtraFields::object()},
                       {QStringLiteral("i-2"), QStringLiteral("tone"), QStringLiteral("Warm tone"), false, ExtraFields::object()}};
    p.checklists = {checklist};

    Campaign winter;
    winter.id = QStringLiteral("cmp-winter");
    winter.name = QStringLiteral("Winter stars");
    winter.personaId = QStringLiteral("pe-1");
    winter.journeyId = QStringLiteral("j-1");
    winter.start = QStringLiteral("2026-12-20");
    winter.end = QStringLiteral("2027-01-10");
    winter.currency = QStringLiteral("KRW");
    winter.budget = {{QStringLiteral("c-app"), 1000000}, {QStringLiteral("c-store"), 500000}};
    winter.actions = {{QStringLiteral("a-1"), QStringLiteral("t-app"), QStringLiteral("c-app"), QStringLiteral("Push coupon"),
                       QStringLiteral("2026-12-28"), QStringLiteral("2027-01-03"), 800000, true, ExtraFields::object()},
                      {QStringLiteral("a-2"), QStringLiteral("t-store"), {}, QStringLiteral("POP"),
                       QStringLiteral("2026-12-20"), QStringLiteral("2026-12-20"), 500000, false, ExtraFields::object()}};
    Campaign spring = winter;
    spring.id = QStringLiteral("cmp-spring");
    spring.name = QStringLiteral("Spring");
    spring.start = QStringLiteral("2027-03-01");
    spring.end = QStringLiteral("2027-03-31");
    spring.actions = {{QStringLiteral("a-3"), QStringLiteral("t-store"), QStringLiteral("c-store"), QStringLiteral("Coupon"),
                       QStringLiteral("2027-03-05"), QStringLiteral("2027-03-10"), 100000, true, ExtraFields::object()}};
    p.campaigns = {winter, spring};
    return p;
}

Journey &fixtureJourney(Project &project)
{
    return project.journeys.first();
}
