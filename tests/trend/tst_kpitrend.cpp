// KPIs over time (issue 14 item 2): periods (ISO weeks across a year boundary), one-pass
// counts against a brute-force reference written for clarity here, hand-worked values on
// a tiny fixture, and `omnimap-cli measure --by` end to end.

#include "eventsource.h"
#include "kpitrend.h"

#include "format/projectfile.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace omnimap;
using namespace omnimap::sim;

namespace {

std::int64_t ms(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    Q_ASSERT(t.isValid());
    return t.toMSecsSinceEpoch();
}

struct Ev
{
    const char *ts;
    const char *channel;
    const char *type;
};

// Hand-made: ISO week 2020-W53 runs Mon 2020-12-28 … Sun 2021-01-03 (crossing the year),
// 2021-W01 (01-04 … 01-10) has no events at all, 2021-W02 ends after the last event.
const Ev kFixture[] = {
    {"2020-12-28T10:00:00Z", "app", "visit"},
    {"2020-12-31T23:59:59.999Z", "app", "visit"},
    {"2021-01-01T00:00:00Z", "app", "purchase"},
    {"2021-01-03T23:00:00Z", "store", "purchase"},
    {"2021-01-11T00:00:00Z", "app", "visit"},
    {"2021-01-12T08:00:00Z", "app", "visit"},
    {"2021-01-12T09:00:00Z", "app", "visit"},
    {"2021-01-13T12:00:00+09:00", "app", "purchase"}, // 03:00 UTC, same day
};

EventColumns columns(const std::vector<std::tuple<std::int64_t, int, int>> &events, const QStringList &channels,
                     const QStringList &types)
{
    EventColumns c;
    c.channelNames = QStringList{QString()} + channels;
    c.eventTypeNames = QStringList{QString()} + types;
    c.stageNames = QStringList{QString()};
    c.touchpointNames = QStringList{QString()};
    for (const auto &[ts, channel, type] : events) {
        c.customer.push_back(1);
        c.ts.push_back(ts);
        c.channel.push_back(std::uint16_t(channel));
        c.touchpoint.push_back(0);
        c.stage.push_back(0);
        c.eventType.push_back(std::uint16_t(type));
        c.revenue.push_back(0.0);
    }
    c.customerLimit = 2;
    return c;
}

EventColumns fixtureColumns()
{
    const QStringList channels{QStringLiteral("app"), QStringLiteral("store")};
    const QStringList types{QStringLiteral("visit"), QStringLiteral("purchase")};
    std::vector<std::tuple<std::int64_t, int, int>> events;
    for (const Ev &e : kFixture)
        events.emplace_back(ms(e.ts), int(channels.indexOf(QLatin1String(e.channel))) + 1,
                            int(types.indexOf(QLatin1String(e.type))) + 1);
    return columns(events, channels, types);
}

Kpi boundKpi(const QString &name, const QString &num, const Id &numChannel, const QString &den, const Id &denChannel,
             KpiUnit unit)
{
    Kpi k;
    k.id = newId();
    k.name = name;
    k.unit = unit;
    k.target = 40.0;
    k.binding = KpiBinding{num, {}, numChannel, den, {}, denChannel, 7}; // the window is ignored by trends
    return k;
}

/// App conversion (purchase/visit at app, %), purchases (a count), store conversion
/// (never has a denominator) and one KPI without a binding (not part of trends).
Project fixtureProject()
{
    Project p;
    p.id = newId();
    p.name = QStringLiteral("Trend fixture");
    Channel app{newId(), QStringLiteral("App"), ChannelKind::Other, {}, {}, {}, ExtraFields::object()};
    Channel store{newId(), QStringLiteral("Store"), ChannelKind::Other, {}, {}, {}, ExtraFields::object()};
    p.channels = {app, store};
    p.kpis.append(boundKpi(QStringLiteral("App conversion"), QStringLiteral("purchase"), app.id, QStringLiteral("visit"), app.id,
                           KpiUnit::Percent));
    p.kpis.append(boundKpi(QStringLiteral("Purchases"), QStringLiteral("purchase"), {}, {}, {}, KpiUnit::Count));
    p.kpis.append(boundKpi(QStringLiteral("Store conversion"), QStringLiteral("purchase"), store.id, QStringLiteral("visit"),
                           store.id, KpiUnit::Percent));
    Kpi unbound;
    unbound.id = newId();
    unbound.name = QStringLiteral("NPS");
    p.kpis.append(unbound);
    return p;
}

/// ISO 8601 week of a date by the Thursday rule, written out instead of QDate::weekNumber.
std::pair<int, int> isoWeek(const QDate &d)
{
    const QDate thursday = d.addDays(4 - d.dayOfWeek());
    return {thursday.year(), (thursday.dayOfYear() - 1) / 7 + 1};
}

/// A source that answers only what the interface requires, as the warehouse sources do
/// for trends today: countEventsByPeriod keeps the base class's answer.
class AggregateOnlySource final : public EventSource
{
public:
    QString description() const override { return QStringLiteral("postgres://omnimap@db:5432/sales?table=events"); }
    bool paths(const JourneyQuery &, PathLevel, PathAggregate &, QString *) override { return false; }
    bool timeToConvert(const JourneyQuery &, TimeToConvert &, QString *) override { return false; }
    bool stageCustomers(const JourneyQuery &, StageCounts &, QString *) override { return false; }
    bool attribute(const JourneyQuery &, const AttributionOptions &, AttributionResult &, QString *) override { return false; }
    bool countEvents(const std::vector<EventFilter> &filters, std::vector<double> &counts, QString *) override
    {
        counts.assign(filters.size(), 1.0);
        return true;
    }
    bool journeyChain(const JourneyQuery &, const omnimap::Journey &, JourneyChain &, QString *) override { return false; }
};

} // namespace

class TestKpiTrend : public QObject
{
    Q_OBJECT

private slots:
    void isoWeeksAcrossYearBoundaries()
    {
        const QDate sunday(2021, 1, 3), monday(2019, 12, 30), friday(2016, 1, 1);
        QCOMPARE(periodStart(sunday, TrendPeriod::Week), QDate(2020, 12, 28));
        QCOMPARE(periodLabel(TrendSpan{QDate(2020, 12, 28), QDate(2021, 1, 3)}, TrendPeriod::Week), QStringLiteral("2020-W53"));
        QCOMPARE(periodLabel(TrendSpan{periodStart(monday, TrendPeriod::Week), {}}, TrendPeriod::Week), QStringLiteral("2020-W01"));
        QCOMPARE(periodLabel(TrendSpan{periodStart(friday, TrendPeriod::Week), {}}, TrendPeriod::Week), QStringLiteral("2015-W53"));
        QCOMPARE(periodLabel(TrendSpan{QDate(2024, 2, 1), {}}, TrendPeriod::Month), QStringLiteral("2024-02"));
        const auto months = trendSpans(QDate(2024, 1, 31), QDate(2024, 3, 1), TrendPeriod::Month);
        QCOMPARE(int(months.size()), 3);
        QCOMPARE(months[1].first, QDate(2024, 2, 1));
        QCOMPARE(months[1].last, QDate(2024, 2, 29)); // leap year
        QVERIFY(months[0].partial && !months[1].partial && months[2].partial);
        QVERIFY(trendSpans(QDate(2024, 3, 2), QDate(2024, 3, 1), TrendPeriod::Day).empty());
    }

    void handWorkedWeeks()
    {
        const EventColumns events = fixtureColumns();
        const Project project = fixtureProject();
        PeriodCounts counts;
        QVERIFY(countEventsByPeriod(events, kpiFilters(project), TrendPeriod::Week, {}, counts));
        const KpiTrends t = kpiTrends(project, counts, TrendPeriod::Week);
        QCOMPARE(int(t.periods.size()), 3);
        QCOMPARE(periodLabel(t.periods[0], TrendPeriod::Week), QStringLiteral("2020-W53"));
        QCOMPARE(periodLabel(t.periods[1], TrendPeriod::Week), QStringLiteral("2021-W01"));
        QCOMPARE(periodLabel(t.periods[2], TrendPeriod::Week), QStringLiteral("2021-W02"));
        QVERIFY(!t.periods[0].partial && !t.periods[1].partial && t.periods[2].partial);
        QCOMPARE(t.periodEvents, (std::vector<std::int64_t>{4, 0, 4}));
        QCOMPARE(int(t.kpis.size()), 3); // the unbound KPI has no trend
        const KpiTrend &conv = t.kpis[0];
        QVERIFY(conv.points[0].measured);
        QCOMPARE(conv.points[0].value, 50.0); // 1 purchase / 2 visits at the app
        QCOMPARE(conv.points[0].status, KpiStatus::OnTrack);
        QVERIFY(!conv.points[1].measured); // no events at all that week
        QVERIFY(conv.points[1].note.contains(QStringLiteral("No events")));
        QVERIFY(conv.points[2].measured);
        QCOMPARE(conv.points[2].value, 100.0 / 3.0);
        const KpiTrend &purchases = t.kpis[1];
        QCOMPARE(purchases.points[0].value, 2.0);
        QVERIFY(!purchases.points[1].measured); // not a made-up 0
        QCOMPARE(purchases.points[2].value, 1.0);
        const KpiTrend &store = t.kpis[2];
        for (const KpiTrendPoint &p : store.points) {
            QVERIFY(!p.measured);
            QVERIFY(!p.note.isEmpty());
            QVERIFY(!std::isnan(p.value));
        }
        QCOMPARE(store.points[0].numerator, 1.0); // the purchase is counted, the ratio is not
    }

    void handWorkedMonthsAndDays()
    {
        const EventColumns events = fixtureColumns();
        const Project project = fixtureProject();
        PeriodCounts counts;
        QVERIFY(countEventsByPeriod(events, kpiFilters(project), TrendPeriod::Month, {}, counts));
        KpiTrends t = kpiTrends(project, counts, TrendPeriod::Month);
        QCOMPARE(int(t.periods.size()), 2);
        QCOMPARE(t.kpis[0].points[0].value, 0.0); // December: 0 purchases / 2 visits is a real 0 %
        QVERIFY(t.kpis[0].points[0].measured);
        QCOMPARE(t.kpis[0].points[1].value, 200.0 / 3.0); // January: 2 / 3
        QCOMPARE(t.kpis[1].points[1].value, 3.0);
        QVERIFY(countEventsByPeriod(events, kpiFilters(project), TrendPeriod::Day, {}, counts));
        t = kpiTrends(project, counts, TrendPeriod::Day);
        QCOMPARE(int(t.periods.size()), 17); // 2020-12-28 … 2021-01-13
        QCOMPARE(t.periodEvents[3], std::int64_t(1)); // 12-31 23:59:59.999 stays on the 31st
        QCOMPARE(t.periodEvents[4], std::int64_t(1)); // 01-01 00:00 opens the 1st
        QCOMPARE(t.periodEvents[16], std::int64_t(1)); // +09:00 evening → UTC 01-13
        // A range keeps only the events inside it.
        TrendRange range{ms("2021-01-01T00:00:00Z"), ms("2021-01-12T08:00:00Z")};
        QVERIFY(countEventsByPeriod(events, kpiFilters(project), TrendPeriod::Week, range, counts));
        QCOMPARE(counts.events, (std::vector<std::int64_t>{2, 0, 2}));
    }

    void matchesBruteForceReference()
    {
        // 20 000 random events over 14 months across a new year, 3 channels, 3 types.
        QRandomGenerator rng(14);
        const QStringList channels{QStringLiteral("app"), QStringLiteral("store"), QStringLiteral("web")};
        const QStringList types{QStringLiteral("visit"), QStringLiteral("purchase"), QStringLiteral("return")};
        const std::int64_t start = ms("2023-11-15T00:00:00Z");
        std::vector<std::tuple<std::int64_t, int, int>> raw;
        for (int i = 0; i < 20000; ++i) {
            // Skip all of 2024-03 so months and weeks with no data appear.
            std::int64_t ts = start + std::int64_t(rng.bounded(420 * 24)) * 3600000 + std::int64_t(rng.bounded(3600000));
            if (QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).date().month() == 3)
                continue;
            raw.emplace_back(ts, 1 + int(rng.bounded(3)), 1 + int(rng.bounded(3)));
        }
        const EventColumns events = columns(raw, channels, types);
        const Project project = fixtureProject(); // app, store conversion + purchases
        for (TrendPeriod period : {TrendPeriod::Day, TrendPeriod::Week, TrendPeriod::Month}) {
            PeriodCounts counts;
            QVERIFY(countEventsByPeriod(events, kpiFilters(project), period, {}, counts));
            const KpiTrends t = kpiTrends(project, counts, period);
            // Reference: bucket each event by its own UTC date, the ISO week by the Thursday rule.
            auto key = [period](const QDate &d) {
                if (period == TrendPeriod::Day)
                    return d.toString(Qt::ISODate);
                if (period == TrendPeriod::Month)
                    return d.toString(QStringLiteral("yyyy-MM"));
                const auto [y, w] = isoWeek(d);
                return QStringLiteral("%1-W%2").arg(y).arg(w, 2, 10, QLatin1Char('0'));
            };
            QHash<QString, std::array<double, 4>> ref; // app purchases, app visits, all purchases, all events
            for (const auto &[ts, channel, type] : raw) {
                auto &r = ref[key(QDateTime::fromMSecsSinceEpoch(ts, Qt::UTC).date())];
                r[0] += channel == 1 && type == 2;
                r[1] += channel == 1 && type == 1;
                r[2] += type == 2;
                r[3] += 1;
            }
            int withData = 0;
            for (std::size_t p = 0; p < t.periods.size(); ++p) {
                const QString label = periodLabel(t.periods[p], period);
                if (!ref.contains(label)) {
                    QCOMPARE(t.periodEvents[p], std::int64_t(0));
                    QVERIFY(!t.kpis[0].points[p].measured && !t.kpis[1].points[p].measured);
                    continue;
                }
                ++withData;
                const auto r = ref.value(label);
                QCOMPARE(double(t.periodEvents[p]), r[3]);
                QCOMPARE(t.kpis[1].points[p].value, r[2]);
                QCOMPARE(t.kpis[0].points[p].measured, r[1] > 0);
                if (r[1] > 0)
                    QVERIFY(std::abs(t.kpis[0].points[p].value - 100.0 * r[0] / r[1]) < 1e-9);
            }
            QCOMPARE(withData, int(ref.size())); // every reference period is in the trend
            if (period != TrendPeriod::Day)
                QVERIFY(withData < int(t.periods.size())); // March is a gap
        }
    }

    void cancelStopsThePass()
    {
        const EventColumns events = fixtureColumns();
        std::atomic<bool> cancel{true};
        PeriodCounts counts;
        QString error;
        QVERIFY(!countEventsByPeriod(events, kpiFilters(fixtureProject()), TrendPeriod::Week, {}, counts, &error, &cancel));
        QVERIFY(!error.isEmpty());
    }

    void cliMeasureByWeek()
    {
#ifndef OMNIMAP_CLI_PATH
        QSKIP("omnimap-cli is not built");
#else
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("events.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("customer_id,timestamp,channel,event_type\n");
        for (const Ev &e : kFixture)
            csv.write(QByteArray("c1,") + e.ts + ',' + e.channel + ',' + e.type + '\n');
        csv.close();
        const QString plan = dir.filePath(QStringLiteral("plan.omnimap"));
        QVERIFY(saveProjectFile(plan, fixtureProject()).ok);
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(OMNIMAP_CLI_PATH), args);
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [importCode, importOut, importErr] = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--events"), csv.fileName()});
        QVERIFY2(importCode == 0, importErr.constData());
        auto [code, out, err] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--by"),
                                     QStringLiteral("week"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(code == 0, err.constData());
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        QCOMPARE(root.value(QStringLiteral("period")).toString(), QStringLiteral("week"));
        const QJsonArray rows = root.value(QStringLiteral("kpi_trends")).toArray();
        QCOMPARE(rows.size(), 9); // 3 bound KPIs × 3 weeks
        const QJsonObject gap = rows.at(1).toObject();
        QCOMPARE(gap.value(QStringLiteral("period")).toString(), QStringLiteral("2021-W01"));
        QVERIFY(gap.value(QStringLiteral("actual")).isNull());
        QVERIFY(!gap.value(QStringLiteral("note")).toString().isEmpty());
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("actual")).toDouble(), 50.0);
        QCOMPARE(rows.at(3).toObject().value(QStringLiteral("actual")).toDouble(), 2.0); // purchases, W53
        auto [csvCode, csvOut, csvErr] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--by"),
                                              QStringLiteral("month"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csvCode, 0);
        QVERIFY(csvOut.startsWith("period,first_day,last_day,partial,kpi,actual"));
        QVERIFY(csvOut.contains("2021-01,2021-01-01,2021-01-31,true,Purchases,3,"));
        auto [badCode, badOut, badErr] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db,
                                              QStringLiteral("--by"), QStringLiteral("fortnight")});
        QCOMPARE(badCode, 2);
        QVERIFY(badErr.contains("--by"));
#endif
    }

    void sourceWithoutPeriodsSaysWhy()
    {
        // A warehouse source cannot count by period yet: a clear sentence naming the
        // source, never an empty or made-up trend.
        AggregateOnlySource source;
        KpiTrends trends;
        QString error;
        QVERIFY(!measureKpiTrends(fixtureProject(), source, TrendPeriod::Week, {}, trends, &error));
        QVERIFY2(error.contains(QStringLiteral("local data set only")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("postgres://omnimap@db:5432/sales")));
        QVERIFY(trends.kpis.empty() && trends.periods.empty());
    }

    void cliRecordsIntoThePlan()
    {
#ifndef OMNIMAP_CLI_PATH
        QSKIP("omnimap-cli is not built");
#else
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("events.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("customer_id,timestamp,channel,event_type\n");
        for (const Ev &e : kFixture)
            csv.write(QByteArray("c1,") + e.ts + ',' + e.channel + ',' + e.type + '\n');
        csv.close();
        const QString plan = dir.filePath(QStringLiteral("plan.omnimap"));
        QVERIFY(saveProjectFile(plan, fixtureProject()).ok);
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(OMNIMAP_CLI_PATH), args);
            p.waitForFinished(60000);
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [importCode, importOut, importErr] = run({QStringLiteral("import"), QStringLiteral("--db"), db,
                                                      QStringLiteral("--events"), csv.fileName()});
        QVERIFY2(importCode == 0, importErr.constData());
        const auto history = [](const QString &path, const QString &kpiName) {
            const LoadResult loaded = loadProjectFile(path);
            QList<KpiMeasurement> out;
            if (loaded.ok()) {
                for (const Kpi &k : loaded.project->kpis)
                    if (k.name == kpiName)
                        out = k.measurements;
            }
            return out;
        };

        // Whole data set, into the plan itself. The KPIs have a 7-day window: the data's
        // last day is 2021-01-13, so 2021-01-07 … 01-13 holds 3 app visits and 1 purchase
        // (01-11, 01-12 ×2, 01-13 03:00 UTC): app conversion 1/3, purchases 1; the store
        // conversion has no visit to divide by and is not recorded.
        auto [code, out, err] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--record"),
                                     QStringLiteral("--note"), QStringLiteral("baseline")});
        QVERIFY2(code == 0, err.constData());
        QList<KpiMeasurement> conv = history(plan, QStringLiteral("App conversion"));
        QCOMPARE(conv.size(), 1);
        QCOMPARE(conv[0].date, QStringLiteral("2021-01-13"));
        QCOMPARE(conv[0].periodStart, QStringLiteral("2021-01-07"));
        QVERIFY(qFuzzyCompare(conv[0].actual, 100.0 / 3.0));
        QCOMPARE(conv[0].note, QStringLiteral("baseline"));
        QVERIFY(conv[0].source.endsWith(QStringLiteral("d.sqlite")));
        QCOMPARE(history(plan, QStringLiteral("Purchases")).value(0).actual, 1.0);
        QVERIFY(history(plan, QStringLiteral("Store conversion")).isEmpty());

        // By week into another file: the last complete week with data is 2020-W53
        // (2021-W01 has none, W02 is partial): app 1 purchase / 2 visits = 50 %, 2 purchases.
        // The plan named first is left as it was.
        QFile before(plan);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray planBytes = before.readAll();
        before.close();
        const QString other = dir.filePath(QStringLiteral("other.omnimap"));
        auto [wCode, wOut, wErr] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--by"),
                                        QStringLiteral("week"), QStringLiteral("--record"), QStringLiteral("-o"), other});
        QVERIFY2(wCode == 0, wErr.constData());
        QFile after(plan);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), planBytes);
        conv = history(other, QStringLiteral("App conversion"));
        QCOMPARE(conv.size(), 2);
        QCOMPARE(conv[0].periodStart, QStringLiteral("2020-12-28")); // in date order: W53 first
        QCOMPARE(conv[0].date, QStringLiteral("2021-01-03"));
        QCOMPARE(conv[0].actual, 50.0);
        QCOMPARE(conv[1].date, QStringLiteral("2021-01-13"));
        QCOMPARE(history(other, QStringLiteral("Purchases")).value(0).actual, 2.0);

        // --note without --record, a bad --date: usage errors, nothing written.
        auto [nCode, nOut, nErr] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--note"),
                                        QStringLiteral("x")});
        QCOMPARE(nCode, 2);
        auto [dCode, dOut, dErr] = run({QStringLiteral("measure"), plan, QStringLiteral("--db"), db, QStringLiteral("--record"),
                                        QStringLiteral("--date"), QStringLiteral("13/01/2021")});
        QCOMPARE(dCode, 2);
        QVERIFY(dErr.contains("--date"));
        QCOMPARE(history(plan, QStringLiteral("App conversion")).size(), 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestKpiTrend)
#include "tst_kpitrend.moc"
