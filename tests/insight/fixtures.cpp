#include "fixtures.h"

#include <QDateTime>
#include <QFile>
#include <QTextStream>

namespace omnimap::test {

Project cafeProject()
{
    Project p;
    p.id = QStringLiteral("prj-cafe");
    p.name = QStringLiteral("Café order & pickup");
    p.currency = QStringLiteral("KRW");
    const char *channels[][3] = {{"ch-sns", "sns", "#E1306C"}, {"ch-web", "web", "#4E79A7"}, {"ch-app", "app", "#59A14F"},
                                 {"ch-store", "store", "#9C755F"}};
    for (const auto &c : channels) {
        Channel ch;
        ch.id = QString::fromLatin1(c[0]);
        ch.name = QString::fromLatin1(c[1]);
        ch.color = QString::fromLatin1(c[2]);
        p.channels.append(ch);
    }
    Persona persona;
    persona.id = QStringLiteral("pe-seoul");
    persona.name = QStringLiteral("서울 직장인");
    persona.segmentRule.conditions.append({SegmentField::Region, {}, SegmentOperator::Equals, {QStringLiteral("Seoul")}});
    p.personas.append(persona);

    Journey j;
    j.id = QStringLiteral("jr-main");
    j.name = QStringLiteral("Order ahead");
    j.personaIds = {persona.id};
    j.channelIds = {QStringLiteral("ch-sns"), QStringLiteral("ch-web"), QStringLiteral("ch-app"), QStringLiteral("ch-store")};
    const char *stages[][2] = {{"st-aware", "awareness"}, {"st-consider", "consideration"}, {"st-purchase", "purchase"}, {"st-loyal", "loyalty"}};
    for (const auto &s : stages) {
        Stage st;
        st.id = QString::fromLatin1(s[0]);
        st.name = QString::fromLatin1(s[1]);
        j.stages.append(st);
    }
    auto touch = [&](const char *id, const char *stage, const char *channel) {
        Touchpoint t;
        t.id = QString::fromLatin1(id);
        t.stageId = QString::fromLatin1(stage);
        t.channelId = QString::fromLatin1(channel);
        t.title = t.id;
        j.touchpoints.append(t);
    };
    touch("tp-ad", "st-aware", "ch-sns");
    touch("tp-menu", "st-consider", "ch-web");
    touch("tp-order", "st-purchase", "ch-app");
    touch("tp-pickup", "st-purchase", "ch-store");
    touch("tp-stamp", "st-loyal", "ch-app");
    auto handoff = [&](const char *id, const char *from, const char *to) {
        Handoff h;
        h.id = QString::fromLatin1(id);
        h.fromTouchpointId = QString::fromLatin1(from);
        h.toTouchpointId = QString::fromLatin1(to);
        j.handoffs.append(h);
    };
    handoff("ho-1", "tp-ad", "tp-menu");
    handoff("ho-2", "tp-menu", "tp-order");
    handoff("ho-3", "tp-order", "tp-pickup");
    p.journeys.append(j);

    Kpi conversion;
    conversion.id = QStringLiteral("kpi-conv");
    conversion.name = QStringLiteral("Order conversion");
    conversion.unit = KpiUnit::Percent;
    conversion.baseline = 20.0;
    conversion.target = 35.0;
    conversion.journeyId = j.id;
    conversion.stageId = QStringLiteral("st-purchase");
    conversion.touchpointIds = {QStringLiteral("tp-order")};
    conversion.binding = KpiBinding{QStringLiteral("purchase"), {}, {}, QStringLiteral("visit"), {}, {}, 0};
    p.kpis.append(conversion);
    Kpi visits;
    visits.id = QStringLiteral("kpi-visits");
    visits.name = QStringLiteral("Menu visits");
    visits.unit = KpiUnit::Count;
    visits.target = 100.0;
    visits.journeyId = j.id;
    visits.stageId = QStringLiteral("st-consider");
    visits.binding = KpiBinding{QStringLiteral("visit"), QStringLiteral("st-consider"), {}, {}, {}, {}, 0};
    p.kpis.append(visits);
    return p;
}

qint64 writeEventsCsv(const QString &path, int customers, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QTextStream out(&file);
    out << "user_id,timestamp,Source,stage,event,amount,region\n";
    quint32 state = seed;
    auto next = [&state](int n) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(n));
    };
    const QDateTime start(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
    const char *entry[] = {"sns", "sns", "web", "kakao"};
    const char *middle[] = {"web", "app", "kakao"};
    qint64 rows = 0;
    for (int c = 1; c <= customers; ++c) {
        QDateTime t = start.addSecs(qint64(next(60 * 24 * 60)) * 60);
        const char *region = next(3) == 0 ? "Busan" : "Seoul";
        auto row = [&](const char *channel, const char *stage, const char *event, int amount) {
            out << "u" << c << ',' << t.toString(Qt::ISODate) << ',' << channel << ',' << stage << ',' << event << ',';
            if (amount > 0)
                out << amount;
            out << ',' << region << '\n';
            ++rows;
            t = t.addSecs(3600 * (1 + next(30)));
        };
        row(entry[next(4)], "awareness", "impression", 0);
        if (next(100) < 70) {
            row(middle[next(3)], "consideration", "visit", 0);
            if (next(100) < 45) {
                row("app", "purchase", "purchase", 4500 + 500 * next(6));
                if (next(100) < 50)
                    row("store", "loyalty", "visit", 0);
            }
        }
    }
    return rows;
}

} // namespace omnimap::test
