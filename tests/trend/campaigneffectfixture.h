#pragma once

// The hand-made campaign-effect fixture shared by the engine test and the report test:
// a CSV of events (imported through the real pipeline) and a plan with one campaign.

#include "model/project.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace omnimap::testing {

// The campaign runs 2024-03-11 … 03-17 (7 days), so "before" is 03-04 … 03-10.
// Visits and purchases per channel and period; app customers live in the north, store
// customers in the south, email customers in the west (neither segment):
//                 before            during
//   app (treated) 200 visits, 20    250 visits, 40 purchases
//   store (comp.) 100 visits, 10    120 visits, 13
//   email          50 visits,  5     50 visits,  5
//   all           350 visits, 35    420 visits, 58
// plus one app visit on 03-01 and one on 03-20, outside both periods (they only make the
// data set cover both periods in full).
struct Block
{
    const char *channel;
    const char *prefix;
    const char *region;
    int customers;
    QDate first;
    int visits;
    int purchases;
};

inline QByteArray fixtureCsv()
{
    const QDate before(2024, 3, 4), during(2024, 3, 11);
    const Block blocks[] = {
        {"app", "n", "north", 20, before, 200, 20}, {"app", "n", "north", 20, during, 250, 40},
        {"store", "s", "south", 10, before, 100, 10}, {"store", "s", "south", 10, during, 120, 13},
        {"email", "w", "west", 5, before, 50, 5},    {"email", "w", "west", 5, during, 50, 5},
    };
    QByteArray csv = "customer_id,timestamp,channel,touchpoint,stage,event_type,region\n";
    auto line = [&csv](const QString &customer, const QDate &day, int minute, const char *channel, const char *type,
                       const char *region) {
        csv += QStringLiteral("%1,%2T%3:%4:00Z,%5,,,%6,%7\n")
                   .arg(customer, day.toString(Qt::ISODate))
                   .arg(8 + minute / 60, 2, 10, QLatin1Char('0'))
                   .arg(minute % 60, 2, 10, QLatin1Char('0'))
                   .arg(QLatin1String(channel), QLatin1String(type), QLatin1String(region))
                   .toUtf8();
    };
    for (const Block &b : blocks) {
        for (int i = 0; i < b.visits; ++i)
            line(QStringLiteral("%1%2").arg(QLatin1String(b.prefix)).arg(i % b.customers), b.first.addDays(i % 7), i, b.channel, "visit", b.region);
        for (int i = 0; i < b.purchases; ++i)
            line(QStringLiteral("%1%2").arg(QLatin1String(b.prefix)).arg(i % b.customers), b.first.addDays(i % 7), 300 + i, b.channel, "purchase", b.region);
    }
    line(QStringLiteral("n0"), QDate(2024, 3, 1), 0, "app", "visit", "north");
    line(QStringLiteral("n1"), QDate(2024, 3, 20), 0, "app", "visit", "north");
    return csv;
}

inline Kpi kpi(const QString &name, const QString &num, const QString &den, KpiUnit unit, const Id &journey = {})
{
    Kpi k;
    k.id = newId();
    k.name = name;
    k.unit = unit;
    k.journeyId = journey;
    if (!num.isEmpty())
        k.binding = KpiBinding{num, {}, {}, den, {}, {}, 30}; // the window is ignored: the period is the window
    return k;
}

inline Persona persona(const QString &name, const QString &region)
{
    Persona p;
    p.id = newId();
    p.name = name;
    SegmentCondition c;
    c.field = SegmentField::Region;
    c.values = {region};
    p.segmentRule.conditions = {c};
    return p;
}

inline Project fixtureProject()
{
    Project p;
    p.id = newId();
    p.name = QStringLiteral("Campaign effect fixture");
    for (const char *name : {"App", "Store", "Email"})
        p.channels.append(Channel{newId(), QLatin1String(name), ChannelKind::Other, {}, {}, {}, ExtraFields::object()});
    p.personas = {persona(QStringLiteral("North"), QStringLiteral("north")), persona(QStringLiteral("South"), QStringLiteral("south"))};
    Journey j;
    j.id = newId();
    j.name = QStringLiteral("Spring");
    p.journeys = {j};
    p.kpis = {kpi(QStringLiteral("Conversion"), QStringLiteral("purchase"), QStringLiteral("visit"), KpiUnit::Percent),
              kpi(QStringLiteral("Purchases"), QStringLiteral("purchase"), {}, KpiUnit::Count, j.id),
              kpi(QStringLiteral("NPS"), {}, {}, KpiUnit::Score),
              kpi(QStringLiteral("Visits per purchase"), QStringLiteral("visit"), QStringLiteral("purchase"), KpiUnit::Ratio),
              kpi(QStringLiteral("Other journey"), QStringLiteral("visit"), {}, KpiUnit::Count, QStringLiteral("elsewhere"))};
    Campaign c;
    c.id = newId();
    c.name = QStringLiteral("Spring push");
    c.journeyId = j.id;
    c.personaId = p.personas.at(0).id;
    c.start = QStringLiteral("2024-03-11");
    c.end = QStringLiteral("2024-03-17");
    PlannedAction a;
    a.id = newId();
    a.channelId = p.channels.at(0).id; // App
    a.title = QStringLiteral("App banner");
    c.actions = {a};
    p.campaigns = {c};
    return p;
}

} // namespace omnimap::testing
