#include "sampleproject.h"

namespace omnimap::sim::test {

namespace {

Channel channel(const char *id, const char *name, ChannelKind kind)
{
    Channel c;
    c.id = QString::fromLatin1(id);
    c.name = QString::fromLatin1(name);
    c.kind = kind;
    return c;
}

Touchpoint touchpoint(const char *id, const char *stage, const char *channel, const char *title)
{
    Touchpoint t;
    t.id = QString::fromLatin1(id);
    t.stageId = QString::fromLatin1(stage);
    t.channelId = QString::fromLatin1(channel);
    t.title = QString::fromLatin1(title);
    return t;
}

Kpi kpi(const char *id, const char *name, KpiUnit unit, double target, const char *numType, const char *denType)
{
    Kpi k;
    k.id = QString::fromLatin1(id);
    k.name = QString::fromLatin1(name);
    k.unit = unit;
    k.target = target;
    k.journeyId = QStringLiteral("j1");
    KpiBinding b;
    b.numeratorEventType = QString::fromLatin1(numType);
    b.denominatorEventType = QString::fromLatin1(denType);
    k.binding = b;
    return k;
}

ScenarioModifier modifier(ModifierKind kind, const char *channel, double value, const char *target = "")
{
    ScenarioModifier m;
    m.kind = kind;
    m.channelId = QString::fromLatin1(channel);
    m.targetChannelId = QString::fromLatin1(target);
    m.value = value;
    return m;
}

} // namespace

omnimap::Project sampleProject()
{
    Project p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Sample");
    p.channels = {channel("ch-sns", "sns", ChannelKind::Social), channel("ch-email", "email", ChannelKind::Email),
                  channel("ch-web", "web", ChannelKind::Web), channel("ch-store", "store", ChannelKind::Store)};
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Buy a phone");
    j.channelIds = {QStringLiteral("ch-sns"), QStringLiteral("ch-email"), QStringLiteral("ch-web"), QStringLiteral("ch-store")};
    const char *const stages[][2] = {{"st-aware", "awareness"}, {"st-consider", "consideration"}, {"st-purchase", "purchase"},
                                     {"st-retain", "retention"}, {"st-advocate", "advocacy"}};
    for (const auto &s : stages) {
        Stage stage;
        stage.id = QString::fromLatin1(s[0]);
        stage.name = QString::fromLatin1(s[1]);
        j.stages.append(stage);
    }
    j.touchpoints = {touchpoint("tp1", "st-aware", "ch-sns", "SNS ad"), touchpoint("tp2", "st-aware", "ch-web", "Search ad"),
                     touchpoint("tp3", "st-consider", "ch-email", "Newsletter"), touchpoint("tp4", "st-consider", "ch-web", "Product page"),
                     touchpoint("tp5", "st-purchase", "ch-store", "Store counter"), touchpoint("tp6", "st-purchase", "ch-web", "Checkout"),
                     touchpoint("tp7", "st-retain", "ch-email", "Care mail"), touchpoint("tp8", "st-advocate", "ch-sns", "Review")};
    Handoff h;
    h.id = QStringLiteral("h1");
    h.fromTouchpointId = QStringLiteral("tp3");
    h.toTouchpointId = QStringLiteral("tp5");
    j.handoffs.append(h);
    p.journeys.append(j);

    Persona young;
    young.id = QStringLiteral("pe-young");
    young.name = QStringLiteral("Young urban");
    SegmentCondition age;
    age.field = SegmentField::AgeBand;
    age.op = SegmentOperator::In;
    age.values = {QStringLiteral("18-24"), QStringLiteral("25-34")};
    SegmentCondition region;
    region.field = SegmentField::Region;
    region.values = {QStringLiteral("Seoul")};
    young.segmentRule.conditions = {age, region};
    young.preferredChannels = {ChannelPreference{QStringLiteral("ch-sns"), 1.0}};
    Persona family;
    family.id = QStringLiteral("pe-family");
    family.name = QStringLiteral("Family planner");
    SegmentCondition tier;
    tier.field = SegmentField::Attribute;
    tier.attribute = QStringLiteral("household");
    tier.values = {QStringLiteral("family")};
    family.segmentRule.conditions = {tier};
    family.preferredChannels = {ChannelPreference{QStringLiteral("ch-email"), 1.0}};
    p.personas = {young, family};

    p.kpis = {kpi("k-conv", "Conversion rate", KpiUnit::Percent, 10.0, "purchase", "visit"),
              kpi("k-purchases", "Purchases", KpiUnit::Count, 100.0, "purchase", ""),
              kpi("k-ctr", "Click-through", KpiUnit::Percent, 50.0, "click", "impression")};
    Kpi storeVisits = kpi("k-store", "Store carts", KpiUnit::Count, 10.0, "add_to_cart", "");
    storeVisits.binding->numeratorChannelId = QStringLiteral("ch-store");
    storeVisits.binding->numeratorStageId = QStringLiteral("st-purchase");
    p.kpis.append(storeVisits);

    Scenario remove;
    remove.id = QStringLiteral("sc-remove-email");
    remove.name = QStringLiteral("No e-mail");
    remove.journeyId = QStringLiteral("j1");
    remove.modifiers = {modifier(ModifierKind::RemoveChannel, "ch-email", 1.0)};
    Scenario boost;
    boost.id = QStringLiteral("sc-boost-store");
    boost.name = QStringLiteral("Better store");
    boost.journeyId = QStringLiteral("j1");
    boost.modifiers = {modifier(ModifierKind::ScaleConversion, "ch-store", 1.5)};
    Scenario shift;
    shift.id = QStringLiteral("sc-shift");
    shift.name = QStringLiteral("SNS to web");
    shift.journeyId = QStringLiteral("j1");
    shift.modifiers = {modifier(ModifierKind::BudgetShift, "ch-sns", 0.5, "ch-web")};
    p.scenarios = {remove, boost, shift};
    return p;
}

} // namespace omnimap::sim::test
