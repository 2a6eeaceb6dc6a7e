#include "fullproject.h"

using namespace omnimap;

Project makeFullProject()
{
    Project p;
    p.id = QStringLiteral("p-1");
    p.name = QStringLiteral("카페 주문 여정 Café journey");
    p.description = QStringLiteral("Line one\nline two \"quoted\" \\ back");
    p.locale = QStringLiteral("ko");
    p.currency = QStringLiteral("KRW");
    p.brand.toneOfVoice = QStringLiteral("따뜻하고 친근한");
    p.brand.keywords = {QStringLiteral("별"), QStringLiteral("stars")};
    p.brand.forbiddenWords = {QStringLiteral("최저가")};
    p.brand.palette = {QStringLiteral("#00704A"), QStringLiteral("#F2E8DA")};
    p.brand.extra["futureBrandField"] = 7;
    p.departments = {{QStringLiteral("d-1"), QStringLiteral("마케팅"), QStringLiteral("#123456"), ExtraFields::object()}};
    Channel app{QStringLiteral("c-app"), QStringLiteral("App"), ChannelKind::App, QStringLiteral("#00704A"),
                QStringLiteral("d-1"), QStringLiteral("Mobile app"), ExtraFields::object()};
    Channel store{QStringLiteral("c-store"), QStringLiteral("매장"), ChannelKind::Store, QStringLiteral("#F2E8DA"),
                  {}, {}, ExtraFields::object()};
    p.channels = {app, store};

    Persona persona;
    persona.id = QStringLiteral("pe-1");
    persona.name = QStringLiteral("김지은");
    persona.segment = QStringLiteral("직장인");
    persona.scenario = QStringLiteral("Orders ahead on the way to work");
    persona.quote = QStringLiteral("줄 서기 싫어요");
    // A 1×1 PNG embedded as a data URI: the only kind of avatar a project may carry.
    persona.avatar = QStringLiteral("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4Eq4FAANYAVbgVbXQAAAAAElFTkSuQmCC");
    persona.color = QStringLiteral("#AA3377");
    persona.ageBand = QStringLiteral("30-39");
    persona.gender = QStringLiteral("F");
    persona.location = QStringLiteral("Seoul");
    persona.occupation = QStringLiteral("Designer");
    persona.income = QStringLiteral("middle");
    persona.goals = {QStringLiteral("No queue")};
    persona.motivations = {QStringLiteral("Stars")};
    persona.painPoints = {QStringLiteral("Crowded store")};
    persona.devices = {QStringLiteral("iPhone"), QStringLiteral("Watch")};
    persona.preferredChannels = {{QStringLiteral("c-app"), 0.75}};
    persona.segmentRule.matchAll = false;
    persona.segmentRule.conditions = {
        {SegmentField::AgeBand, {}, SegmentOperator::In, {QStringLiteral("30-39"), QStringLiteral("40-49")}},
        {SegmentField::Attribute, QStringLiteral("tier"), SegmentOperator::Equals, {QStringLiteral("gold")}}};
    persona.ownerDepartmentId = QStringLiteral("d-1");
    persona.extra["unknownNested"] = {{"a", {1, 2, 3}}};
    p.personas = {persona};

    Journey j;
    j.id = QStringLiteral("j-1");
    j.name = QStringLiteral("Order & pick-up");
    j.description = QStringLiteral("desc");
    j.personaIds = {QStringLiteral("pe-1")};
    j.channelIds = {QStringLiteral("c-app"), QStringLiteral("c-store")};
    Stage s1;
    s1.id = QStringLiteral("s-1");
    s1.name = QStringLiteral("인지");
    s1.goal = QStringLiteral("Know the app");
    s1.actions = {QStringLiteral("sees ad")};
    s1.thoughts = {QStringLiteral("hmm")};
    s1.painPoints = {QStringLiteral("noise")};
    s1.opportunities = {QStringLiteral("QR")};
    s1.emotions = {{QStringLiteral("pe-1"), -2.5, 3.0}};
    Stage s2;
    s2.id = QStringLiteral("s-2");
    s2.name = QStringLiteral("구매");
    s2.emotions = {{QStringLiteral("pe-1"), 4.0, std::nullopt}};
    j.stages = {s1, s2};
    Touchpoint t1;
    t1.id = QStringLiteral("t-1");
    t1.stageId = QStringLiteral("s-1");
    t1.channelId = QStringLiteral("c-app");
    t1.title = QStringLiteral("Push coupon");
    t1.description = QStringLiteral("A coupon");
    t1.message = QStringLiteral("별 2배 적립!");
    t1.tags = {QStringLiteral("promo")};
    t1.momentOfTruth = true;
    t1.promotion = true;
    t1.ownerDepartmentId = QStringLiteral("d-1");
    t1.order = 2;
    t1.width = 1.5;
    t1.height = 0.75;
    t1.review = {ReviewStatus::Approved, QStringLiteral("lee"), QStringLiteral("2026-11-01T10:00:00Z")};
    Touchpoint t2;
    t2.id = QStringLiteral("t-2");
    t2.stageId = QStringLiteral("s-2");
    t2.channelId = QStringLiteral("c-store");
    t2.title = QStringLiteral("Pick-up counter");
    j.touchpoints = {t1, t2};
    j.handoffs = {{QStringLiteral("h-1"), QStringLiteral("t-1"), QStringLiteral("t-2"), QStringLiteral("QR"), HandoffKind::QrCode,
                   QStringLiteral("d-1"), ExtraFields::object(), std::nullopt}};
    j.roles = {{QStringLiteral("r-1"), QStringLiteral("s-1"), QStringLiteral("c-app"), RoleLevel::Primary,
                QStringLiteral("drives awareness"), QStringLiteral("d-1"), ExtraFields::object()},
               {QStringLiteral("r-2"), QStringLiteral("s-2"), QStringLiteral("c-store"), RoleLevel::Supporting,
                {}, {}, ExtraFields::object()}};
    j.review = {ReviewStatus::InReview, QStringLiteral("kim"), {}};
    j.ownerDepartmentId = QStringLiteral("d-1");
    p.journeys = {j};

    Kpi k;
    k.id = QStringLiteral("k-1");
    k.name = QStringLiteral("전환율");
    k.libraryKey = QStringLiteral("conversion_rate");
    k.unit = KpiUnit::Percent;
    k.baseline = 2.5;
    k.target = 3.25;
    k.direction = KpiDirection::Increase;
    k.journeyId = QStringLiteral("j-1");
    k.stageId = QStringLiteral("s-2");
    k.channelId = QStringLiteral("c-app");
    k.touchpointIds = {QStringLiteral("t-1")};
    k.ownerDepartmentId = QStringLiteral("d-1");
    k.binding = KpiBinding{QStringLiteral("purchase"), QStringLiteral("s-2"), QStringLiteral("c-app"),
                           QStringLiteral("visit"), QStringLiteral("s-1"), {}, 30};
    k.actual = 2.75;
    k.simulated = 0.1 + 0.2; // not exactly representable: must survive the round trip
    Kpi k2;
    k2.id = QStringLiteral("k-2");
    k2.name = QStringLiteral("Basket");
    k2.unit = KpiUnit::Currency;
    k2.currency = QStringLiteral("KRW");
    k2.direction = KpiDirection::Decrease;
    p.kpis = {k, k2};

    ChecklistItem item{QStringLiteral("ci-1"), QStringLiteral("promotion"), QStringLiteral("Same coupon everywhere"),
                       true, ExtraFields::object()};
    p.checklistTemplates = {{QStringLiteral("ct-1"), QStringLiteral("Brand"), true, {item}, ExtraFields::object()}};
    Checklist cl;
    cl.id = QStringLiteral("cl-1");
    cl.name = QStringLiteral("Launch check");
    cl.templateId = QStringLiteral("ct-1");
    cl.journeyId = QStringLiteral("j-1");
    cl.channelIds = {QStringLiteral("c-app"), QStringLiteral("c-store")};
    ChecklistItem copy = item;
    copy.id = QStringLiteral("ci-1-copy");
    cl.items = {copy};
    cl.results = {{QStringLiteral("cr-1"), QStringLiteral("ci-1-copy"), QStringLiteral("c-app"), CheckStatus::Fail,
                   QStringLiteral("missing"), QStringLiteral("https://x"), QStringLiteral("park"),
                   QStringLiteral("2026-11-02"), ExtraFields::object()}};
    p.checklists = {cl};

    Campaign c;
    c.id = QStringLiteral("cam-1");
    c.name = QStringLiteral("Winter");
    c.objective = QStringLiteral("More orders");
    c.personaId = QStringLiteral("pe-1");
    c.journeyId = QStringLiteral("j-1");
    c.start = QStringLiteral("2026-12-20");
    c.end = QStringLiteral("2027-01-10");
    c.currency = QStringLiteral("KRW");
    c.budget = {{QStringLiteral("c-app"), 1000000.0}};
    c.actions = {{QStringLiteral("a-1"), QStringLiteral("t-1"), QStringLiteral("c-app"), QStringLiteral("Send push"),
                  QStringLiteral("2026-12-21"), QStringLiteral("2026-12-21"), 50000.0, true, ExtraFields::object()}};
    c.ownerDepartmentId = QStringLiteral("d-1");
    p.campaigns = {c};

    Scenario sc;
    sc.id = QStringLiteral("sc-1");
    sc.name = QStringLiteral("Shift ads");
    sc.description = QStringLiteral("20% to Kakao");
    sc.journeyId = QStringLiteral("j-1");
    sc.personaId = QStringLiteral("pe-1");
    sc.modifiers = {{ModifierKind::BudgetShift, QStringLiteral("c-app"), QStringLiteral("c-store"), 0.2}};
    sc.result = {{"fingerprint", "abc"}, {"conversions", 12.5}};
    p.scenarios = {sc};
    p.dataSets = {{QStringLiteral("ds-1"), QStringLiteral("Sample"), QStringLiteral("/tmp/x.sqlite"),
                   QStringLiteral("f00"), ExtraFields::object()}};
    p.comments = {{QStringLiteral("cm-1"), QStringLiteral("t-1"), {}, QStringLiteral("kim"), QStringLiteral("CRM"),
                   QStringLiteral("2026-11-03T09:00:00Z"), QStringLiteral("Check copy"), true, ExtraFields::object()}};
    p.disabledRules = {QStringLiteral("brand.palette")};
    p.extra["fromTheFuture"] = {{"x", "y"}};
    return p;
}
