#include "fixture.h"

#include <QRandomGenerator>

#include <algorithm>

namespace omnimap::testing {

namespace {

Stage stage(const QString &id, const QString &name, const QString &goal, double a1, double b1, double a2)
{
    Stage s;
    s.id = id;
    s.name = name;
    s.goal = goal;
    s.actions = {QStringLiteral("Looks for a coffee nearby"), QStringLiteral("Reads reviews")};
    s.thoughts = {QStringLiteral("Is it worth the walk?")};
    s.painPoints = {QStringLiteral("Queue at peak time")};
    s.opportunities = {QStringLiteral("Order ahead in the app")};
    s.emotions = {EmotionScore{QStringLiteral("p1"), a1, b1}, EmotionScore{QStringLiteral("p2"), a2, std::nullopt}};
    return s;
}

Touchpoint card(const QString &id, const QString &stageId, const QString &channelId, const QString &title,
                const QString &description, int order = 0)
{
    Touchpoint t;
    t.id = id;
    t.stageId = stageId;
    t.channelId = channelId;
    t.title = title;
    t.description = description;
    t.order = order;
    return t;
}

} // namespace

Project cafeProject()
{
    Project p;
    p.id = QStringLiteral("project-cafe");
    p.name = QStringLiteral("Café Aurora");
    p.departments = {Department{QStringLiteral("d1"), QStringLiteral("Marketing"), QStringLiteral("#7c3aed"), {}}};
    p.channels = {Channel{QStringLiteral("c-sns"), QStringLiteral("Instagram"), ChannelKind::Social,
                          QStringLiteral("#db2777"), {}, {}, {}},
                  Channel{QStringLiteral("c-app"), QStringLiteral("Café app"), ChannelKind::App,
                          QStringLiteral("#2563eb"), {}, {}, {}},
                  Channel{QStringLiteral("c-store"), QStringLiteral("Store 매장"), ChannelKind::Store,
                          QStringLiteral("#16a34a"), {}, {}, {}}};
    Persona a;
    a.id = QStringLiteral("p1");
    a.name = QStringLiteral("Ji-woo Kim 김지우");
    a.segment = QStringLiteral("Young urban professional");
    a.scenario = QStringLiteral("Grabs a coffee on the way to work and wants no queue.");
    Persona b;
    b.id = QStringLiteral("p2");
    b.name = QStringLiteral("Mark Lee");
    b.segment = QStringLiteral("Remote worker");
    b.scenario = QStringLiteral("Spends afternoons working in the café.");
    p.personas = {a, b};
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Morning coffee 아침 커피");
    j.personaIds = {QStringLiteral("p1"), QStringLiteral("p2")};
    j.channelIds = {QStringLiteral("c-sns"), QStringLiteral("c-app"), QStringLiteral("c-store")};
    j.stages = {stage(QStringLiteral("s1"), QStringLiteral("Awareness 인지"), QStringLiteral("Be seen nearby"), -1, 2, 0),
                stage(QStringLiteral("s2"), QStringLiteral("Consideration"), QStringLiteral("Show the menu and wait time"), 1, 3, 2),
                stage(QStringLiteral("s3"), QStringLiteral("Purchase 구매"), QStringLiteral("Order in under a minute"), -3, 4, -1),
                stage(QStringLiteral("s4"), QStringLiteral("Loyalty"), QStringLiteral("Come back tomorrow"), 2, 4, 3)};
    j.touchpoints = {card(QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("c-sns"), QStringLiteral("Reel: latte art"),
                          QStringLiteral("Short video of the barista's latte art with the store's location tag.")),
                     card(QStringLiteral("t2"), QStringLiteral("s2"), QStringLiteral("c-app"), QStringLiteral("Menu & wait time"),
                          QStringLiteral("The app shows the menu and the live queue length.")),
                     card(QStringLiteral("t3"), QStringLiteral("s3"), QStringLiteral("c-app"), QStringLiteral("Order ahead 미리 주문"),
                          QStringLiteral("Pay in the app, pick up at the counter without queueing.")),
                     card(QStringLiteral("t4"), QStringLiteral("s3"), QStringLiteral("c-store"), QStringLiteral("Pick-up counter"),
                          QStringLiteral("Named cup waits on the shelf.")),
                     card(QStringLiteral("t5"), QStringLiteral("s4"), QStringLiteral("c-app"), QStringLiteral("Stamp card"),
                          QStringLiteral("Tenth coffee free; push reminder after three days."))};
    j.touchpoints[2].momentOfTruth = true;
    j.touchpoints[4].promotion = true;
    j.touchpoints[2].ownerDepartmentId = QStringLiteral("d1");
    j.handoffs = {Handoff{QStringLiteral("h1"), QStringLiteral("t1"), QStringLiteral("t2"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt},
                  Handoff{QStringLiteral("h2"), QStringLiteral("t3"), QStringLiteral("t4"), {}, HandoffKind::Unspecified, {}, {}, std::nullopt}};
    j.roles = {ChannelRole{QStringLiteral("r1"), QStringLiteral("s1"), QStringLiteral("c-sns"), RoleLevel::Primary,
                           QStringLiteral("Drives awareness"), {}, {}}};
    p.journeys = {j};
    Kpi k;
    k.id = QStringLiteral("k1");
    k.name = QStringLiteral("App orders");
    k.unit = KpiUnit::Percent;
    k.target = 30;
    k.simulated = 28;
    k.touchpointIds = {QStringLiteral("t3")};
    Kpi k2 = k;
    k2.id = QStringLiteral("k2");
    k2.name = QStringLiteral("Reach");
    k2.unit = KpiUnit::Count;
    k2.target = 50000;
    k2.simulated = 61000;
    k2.touchpointIds = {QStringLiteral("t1"), QStringLiteral("t3")};
    p.kpis = {k, k2};
    return p;
}

Project largeProject(int stages, int channels, int touchpoints, int handoffs, HandoffSpread spread)
{
    QRandomGenerator rng(42);
    Project p;
    p.id = QStringLiteral("large");
    p.name = QStringLiteral("Large");
    Journey j;
    j.id = QStringLiteral("j1");
    j.name = QStringLiteral("Large journey");
    for (int c = 0; c < channels; ++c) {
        const QString id = QStringLiteral("c%1").arg(c);
        p.channels.append(Channel{id, QStringLiteral("Channel %1").arg(c), ChannelKind(c % 13), {}, {}, {}, {}});
        j.channelIds.append(id);
    }
    for (int s = 0; s < stages; ++s) {
        Stage st;
        st.id = QStringLiteral("s%1").arg(s);
        st.name = QStringLiteral("Stage %1").arg(s);
        j.stages.append(st);
    }
    QList<int> stageOf;
    QList<QList<int>> cardsInStage(stages);
    for (int t = 0; t < touchpoints; ++t) {
        Touchpoint tp;
        tp.id = QStringLiteral("t%1").arg(t);
        const int stage = rng.bounded(stages);
        stageOf.append(stage);
        cardsInStage[stage].append(t);
        tp.stageId = QStringLiteral("s%1").arg(stage);
        tp.channelId = QStringLiteral("c%1").arg(rng.bounded(channels));
        tp.title = QStringLiteral("Touchpoint %1").arg(t);
        tp.description = QStringLiteral("Generated card number %1 with a description long enough to wrap.").arg(t);
        tp.order = t;
        j.touchpoints.append(tp);
    }
    for (int h = 0; h < handoffs; ++h) {
        const int from = rng.bounded(touchpoints);
        int to = rng.bounded(touchpoints);
        if (spread == HandoffSpread::Local) {
            // A card of the same or a neighbouring stage.
            const int stage = std::clamp(stageOf.at(from) + rng.bounded(3) - 1, 0, stages - 1);
            const QList<int> &candidates = cardsInStage.at(stage);
            if (!candidates.isEmpty())
                to = candidates.at(rng.bounded(int(candidates.size())));
        }
        if (to == from)
            to = (to + 1) % touchpoints;
        j.handoffs.append(Handoff{QStringLiteral("h%1").arg(h), QStringLiteral("t%1").arg(from),
                                  QStringLiteral("t%1").arg(to), {}, HandoffKind::Unspecified, {}, {}, std::nullopt});
    }
    p.journeys = {j};
    return p;
}

} // namespace omnimap::testing
