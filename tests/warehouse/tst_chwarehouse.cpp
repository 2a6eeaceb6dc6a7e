// The ClickHouse source against a real two-shard cluster (scripts/ch-test-cluster.sh, a
// CTest fixture, loaded with the same 1 M generated events as the PostgreSQL fixture):
// SQLite, PostgreSQL and ClickHouse give the same paths, funnel, transitions, time to
// convert, attribution, KPIs and chain; faults (wrong password, server down, a shard
// down, a killed query, time limit, cancel, wrong column type, time zones) give clear
// errors. Without the cluster the test skips, except in CI (CI=true): a failure there.

#include "cheventsource.h"
#include "eventsource.h"
#include "pgeventsource.h"
#include "sqliteeventsource.h"

#include "format/projectfile.h"
#include "explainwarehousetitles.h"
#include "stallproxy.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <map>
#include <thread>

using namespace omnimap;
using namespace omnimap::sim;

namespace {

QHash<QString, QString> readEnv(const char *variable)
{
    QHash<QString, QString> env;
    if (qEnvironmentVariableIsEmpty(variable))
        return env;
    QFile file(qEnvironmentVariable(variable));
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const auto eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return env;
}

bool close(double a, double b, double tolerance = 1e-9)
{
    return std::fabs(a - b) <= tolerance * std::max({1.0, std::fabs(a), std::fabs(b)});
}

struct PathOutcome
{
    std::int64_t journeys, conversions;
    double value;
};

std::map<QString, PathOutcome> byLabel(const PathAggregate &a)
{
    std::map<QString, PathOutcome> out;
    for (const PathStat &p : a.paths) {
        QStringList parts;
        for (std::uint16_t id : p.ids)
            parts.append(a.names.value(id));
        out[parts.join(QStringLiteral(" > "))] = {p.journeys, p.conversions, p.value};
    }
    return out;
}

constexpr qint64 kJan1 = 1704067200000; // 2024-01-01T00:00:00Z
constexpr double kHour = 1.0 / 24.0;

} // namespace

class TestChWarehouse : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env, m_pgEnv;
    DataSet m_dataSet;
    std::unique_ptr<SqliteEventSource> m_sqlite;
    std::unique_ptr<ChEventSource> m_ch;
    Project m_project;

    WarehouseConnection connection(const QString &table = QStringLiteral("events")) const
    {
        WarehouseConnection c;
        c.kind = QStringLiteral("clickhouse");
        c.name = QStringLiteral("test");
        c.host = m_env.value(QStringLiteral("OMNIMAP_CH_HOST"));
        c.port = m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt();
        c.database = m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE"));
        c.user = m_env.value(QStringLiteral("OMNIMAP_CH_USER"));
        c.sslMode = QStringLiteral("disable");
        c.table = table;
        c.mapping.insert(QStringLiteral("sequence"), QStringLiteral("seq"));
        return c;
    }
    QString password() const { return m_env.value(QStringLiteral("OMNIMAP_CH_PASSWORD")); }

    /// An administrator's source (same HTTP port): KILL QUERY and system.processes work
    /// in a read-only session.
    int runningQueries(const QString &like)
    {
        ChEventSource admin;
        WarehouseConnection c = connection();
        c.user = m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN"));
        QString error;
        if (!admin.open(c, m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN_PASSWORD")), &error))
            return -1;
        int count = -1;
        // Not the source's own catalogue look-ups while it opens (system.tables/columns name
        // the table too): a test that froze the network on one of those would fail the open.
        admin.run(QStringLiteral("SELECT count() FROM system.processes WHERE user = 'analyst' AND query LIKE ") + chLiteral(like)
                      + QStringLiteral(" AND query NOT LIKE '%system.%'"),
                  1,
                  [&count](const QStringList &r) { count = r.value(0).toInt(); return true; }, &error);
        return count;
    }
    /// Waits until the slow query shows in system.processes. A minute, not seconds: on a
    /// shared two-core CI machine the CLI's start-up and the server's first answer can take
    /// long (20 s was once not enough). A CLI that ended before its query showed fails at
    /// once, with what it printed.
    bool slowQueryShows(QProcess *cli, QString *why)
    {
        QElapsedTimer waited;
        waited.start();
        int count = -1;
        while (waited.elapsed() < 60000) {
            count = runningQueries(QStringLiteral("%events_slow%"));
            if (count >= 1)
                return true;
            if (cli && cli->state() == QProcess::NotRunning) {
                *why = QStringLiteral("the CLI ended (exit %1) before its query showed: %2")
                           .arg(cli->exitCode())
                           .arg(QString::fromUtf8(cli->readAllStandardError()));
                return false;
            }
            QTest::qWait(100);
        }
        *why = QStringLiteral("no running query after %1 ms (last count %2)").arg(waited.elapsed()).arg(count);
        return false;
    }
    /// The administrator's own client (not read-only): KILL QUERY of another user's query.
    bool adminRun(const QString &sql)
    {
        QProcess client;
        client.setStandardOutputFile(QProcess::nullDevice());
        client.start(QStringLiteral("clickhouse-client"),
                                 {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), m_env.value(QStringLiteral("OMNIMAP_CH_TCP1")),
                                  QStringLiteral("--user"), m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN")), QStringLiteral("--password"),
                                  m_env.value(QStringLiteral("OMNIMAP_CH_ADMIN_PASSWORD")), QStringLiteral("--query"), sql});
        return client.waitForFinished(30000) && client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0;
    }
    bool shard(const char *command, const char *number = "2")
    {
        return QProcess::execute(QStringLiteral("bash"), {m_env.value(QStringLiteral("OMNIMAP_CH_SCRIPT")), QString::fromLatin1(command),
                                                         m_env.value(QStringLiteral("OMNIMAP_CH_STATE")), QString::fromLatin1(number)}) == 0;
    }
    /// Restarts a shard at the end of a scope, whatever the test's outcome.
    struct RestartShard
    {
        TestChWarehouse *test;
        const char *number;
        ~RestartShard() { test->shard("start-shard", number); }
    };
    QString cliUrl(const QString &table, const QString &extra = QString(), const QString &port = QString()) const
    {
        return QStringLiteral("clickhouse://%1@%2:%3/%4?table=%5&map.sequence=seq%6")
            .arg(m_env.value(QStringLiteral("OMNIMAP_CH_USER")), m_env.value(QStringLiteral("OMNIMAP_CH_HOST")),
                 port.isEmpty() ? m_env.value(QStringLiteral("OMNIMAP_CH_PORT")) : port, m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE")), table,
                 extra);
    }
    /// omnimap-cli paths on a ClickHouse URL, started (not waited for).
    void startCli(QProcess &p, const QString &source) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLICKHOUSE_PASSWORD"), password());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("paths"), QStringLiteral("--source"), source, QStringLiteral("--top"), QStringLiteral("5")});
    }
    /// Runs the CLI to the end: exit code, stdout, stderr.
    int cli(const QString &source, QString *out, QString *err) const
    {
        QProcess p;
        startCli(p, source);
        if (!p.waitForFinished(300000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }
    QByteArray dataSetDigest() const
    {
        QFile f(m_env.value(QStringLiteral("OMNIMAP_CH_DATASET")));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    void comparePaths(EventSource &local, EventSource &remote, const JourneyQuery &query)
    {
        for (PathLevel level : {PathLevel::Channel, PathLevel::Touchpoint}) {
            PathAggregate a, b;
            QString error;
            QVERIFY2(local.paths(query, level, a, &error), qPrintable(error));
            QVERIFY2(remote.paths(query, level, b, &error), qPrintable(error));
            QVERIFY(a.summary.journeys > 1000);
            QCOMPARE(b.summary.journeys, a.summary.journeys);
            QCOMPARE(b.summary.conversions, a.summary.conversions);
            QCOMPARE(b.summary.distinctPaths, a.summary.distinctPaths);
            QCOMPARE(b.conversionsWithoutTouches, a.conversionsWithoutTouches);
            QVERIFY(close(b.summary.value, a.summary.value));
            const auto la = byLabel(a), lb = byLabel(b);
            QCOMPARE(lb.size(), la.size());
            for (const auto &[label, outcome] : la) {
                const auto found = lb.find(label);
                QVERIFY2(found != lb.end(), qPrintable(label));
                QCOMPARE(found->second.journeys, outcome.journeys);
                QCOMPARE(found->second.conversions, outcome.conversions);
                QVERIFY2(close(found->second.value, outcome.value), qPrintable(label));
            }
            if (level != PathLevel::Channel)
                continue;
            auto cells = [](const TransitionMatrix &m) {
                std::map<std::pair<QString, QString>, double> c;
                for (int r = 0; r < m.size; ++r)
                    for (int k = 0; k < m.size; ++k)
                        if (m.count(r, k) > 0)
                            c[{m.states.at(r), m.states.at(k)}] = m.count(r, k);
                return c;
            };
            const auto ca = cells(transitionsFromPaths(a)), cb = cells(transitionsFromPaths(b));
            QVERIFY(ca.size() > 10);
            QVERIFY(ca == cb);
        }
    }

    void compareFunnelAndTime(EventSource &local, EventSource &remote, const JourneyQuery &query)
    {
        StageCounts a, b;
        QString error;
        QVERIFY2(local.stageCustomers(query, a, &error), qPrintable(error));
        QVERIFY2(remote.stageCustomers(query, b, &error), qPrintable(error));
        std::map<QString, std::int64_t> ma, mb;
        for (qsizetype i = 0; i < a.stages.size(); ++i)
            ma[a.stages.at(i)] = a.customers[std::size_t(i)];
        for (qsizetype i = 0; i < b.stages.size(); ++i)
            mb[b.stages.at(i)] = b.customers[std::size_t(i)];
        QVERIFY(ma.size() >= 3);
        QVERIFY(ma == mb);
        TimeToConvert ta, tb;
        QVERIFY2(local.timeToConvert(query, ta, &error), qPrintable(error));
        QVERIFY2(remote.timeToConvert(query, tb, &error), qPrintable(error));
        QVERIFY(ta.conversions > 100);
        QCOMPARE(tb.conversions, ta.conversions);
        for (std::size_t i = 0; i < ta.bins.size(); ++i)
            QCOMPARE(tb.bins[i].count, ta.bins[i].count);
        QVERIFY(close(tb.meanDays, ta.meanDays));
        QCOMPARE(tb.medianDays, ta.medianDays);
        QCOMPARE(tb.p90Days, ta.p90Days);
    }

    void compareAttribution(EventSource &local, EventSource &remote, const JourneyQuery &query)
    {
        for (const QString &model : attributionModelNames()) {
            AttributionOptions options;
            QVERIFY(attributionModelFromName(model, options.model));
            AttributionResult a, b;
            QString error;
            QVERIFY2(local.attribute(query, options, a, &error), qPrintable(error));
            QVERIFY2(remote.attribute(query, options, b, &error), qPrintable(error));
            QVERIFY(close(b.totalConversions, a.totalConversions));
            QVERIFY(close(b.totalValue, a.totalValue));
            QCOMPARE(b.channels.size(), a.channels.size());
            std::map<QString, const ChannelCredit *> credits;
            for (const ChannelCredit &c : b.channels)
                credits[c.channel] = &c;
            double sum = 0.0;
            for (const ChannelCredit &c : a.channels) {
                const ChannelCredit *other = credits[c.channel];
                QVERIFY2(other, qPrintable(c.channel));
                QVERIFY2(close(other->conversions, c.conversions), qPrintable(model + QLatin1Char(' ') + c.channel));
                QVERIFY2(close(other->value, c.value), qPrintable(model + QLatin1Char(' ') + c.channel));
                sum += other->conversions;
            }
            QVERIFY2(close(sum, b.totalConversions), qPrintable(model)); // every model shares out all conversions
        }
    }

    void compareChain(EventSource &local, EventSource &remote, const JourneyQuery &query)
    {
        const Journey &journey = m_project.journeys.first();
        JourneyChain a, b;
        QString error;
        QVERIFY2(local.journeyChain(query, journey, a, &error), qPrintable(error));
        QVERIFY2(remote.journeyChain(query, journey, b, &error), qPrintable(error));
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.calibrationJourneys, a.calibrationJourneys);
        auto index = [](const JourneyChain &chain) {
            std::map<std::pair<QString, QString>, int> map;
            for (int s = 0; s < chain.size(); ++s)
                map[{chain.states[std::size_t(s)].stage, chain.states[std::size_t(s)].channel}] = s;
            return map;
        };
        const auto ia = index(a), ib = index(b);
        for (const auto &[cell, s] : ia) {
            const int t = ib.at(cell);
            QVERIFY(close(b.entry[std::size_t(t)], a.entry[std::size_t(s)]));
            QVERIFY(close(b.dwellDays[std::size_t(t)], a.dwellDays[std::size_t(s)]));
            QVERIFY(close(b.revenue[std::size_t(t)], a.revenue[std::size_t(s)]));
            QVERIFY(close(b.p(t, b.conversionColumn()), a.p(s, a.conversionColumn())));
            for (const auto &[to, u] : ia)
                QVERIFY(close(b.p(t, ib.at(to)), a.p(s, u)));
            for (const auto &[type, perVisit] : a.eventsPerVisit)
                QVERIFY2(close(b.eventsPerVisit.at(type)[std::size_t(t)], perVisit[std::size_t(s)]), qPrintable(type));
        }
    }

private slots:
    void initTestCase()
    {
        m_env = readEnv("OMNIMAP_CH_ENV");
        if (m_env.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("No ClickHouse test cluster (OMNIMAP_CH_ENV): in CI this is a failure.");
            QSKIP("No ClickHouse test cluster: run through ctest (scripts/ch-test-cluster.sh).");
        }
        m_pgEnv = readEnv("OMNIMAP_PG_ENV");
        QVERIFY(m_dataSet.open(m_env.value(QStringLiteral("OMNIMAP_CH_DATASET"))));
        QVERIFY(m_dataSet.eventCount() >= qEnvironmentVariableIntValue("OMNIMAP_CH_MIN_EVENTS"));
        m_sqlite = std::make_unique<SqliteEventSource>(m_dataSet);
        m_ch = std::make_unique<ChEventSource>();
        QString error;
        QVERIFY2(m_ch->open(connection(), password(), &error), qPrintable(error));
        QCOMPARE(m_ch->eventRows(&error), m_dataSet.eventCount());
        const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
        QVERIFY(loaded.ok());
        m_project = *loaded.project;
    }

    void literalsCannotEndTheString()
    {
        // Independent of the server: what the escaping must produce.
        QCOMPARE(chLiteral(QStringLiteral("it's")), QStringLiteral("'it\\'s'"));
        QCOMPARE(chLiteral(QStringLiteral("a\\'b")), QStringLiteral("'a\\\\\\'b'"));
        QCOMPARE(chLiteral(QStringLiteral("x\ny\tz")), QStringLiteral("'x\\ny\\tz'"));
        QCOMPARE(chLiteral(QString(QChar(0x01))), QStringLiteral("'\\x01'"));
        QCOMPARE(chIdentifier(QStringLiteral("we`ird")), QStringLiteral("`we\\`ird`"));
        // And the server reads every hostile string back unchanged.
        const QStringList hostile{QStringLiteral("'; DROP TABLE events; --"), QStringLiteral("\\'"), QStringLiteral("a\\"),
                                  QStringLiteral("줄\n바꿈\t탭"), QString(QChar(0)) + QStringLiteral("nul"), QStringLiteral("\x1F\x7F")};
        for (const QString &text : hostile) {
            QString back;
            QString error;
            QVERIFY2(m_ch->run(QStringLiteral("SELECT ") + chLiteral(text), 1, [&back](const QStringList &r) { back = r.value(0); return true; }, &error),
                     qPrintable(error));
            QCOMPARE(back, text);
        }
        for (double v : {0.1, 1.0 / 3.0, -2.5e-300, 86400000.0}) {
            double back = 0;
            QString error;
            QVERIFY(m_ch->run(QStringLiteral("SELECT toString(") + chLiteral(v) + QLatin1Char(')'), 1,
                              [&back](const QStringList &r) { back = r.value(0).toDouble(); return true; }, &error));
            QCOMPARE(back, v);
        }
    }

    void sameAnswersAsSqliteOnAllEvents()
    {
        const JourneyQuery query;
        comparePaths(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareAttribution(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareChain(*m_sqlite, *m_ch, query);
    }

    /// `omnimap-cli explain-warehouse` on ClickHouse (18.16 has no EXPLAIN): the server's
    /// version, then every statement Omnimap sends, each reading the mapped table.
    void explainWarehouseListsEveryStatement()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLICKHOUSE_PASSWORD"), password());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("explain-warehouse"), QStringLiteral("--source"), cliUrl(QStringLiteral("events"))});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(out.startsWith(QLatin1String("<!-- ClickHouse 18.")), qPrintable(out.left(80)));
        const QStringList titles = explainWarehouseTitles();
        QStringList sections = out.split(QStringLiteral("## "), Qt::SkipEmptyParts);
        sections.removeFirst(); // the version line
        QCOMPARE(sections.size(), titles.size());
        const QString table = QStringLiteral("FROM `%1`.`events`").arg(m_env.value(QStringLiteral("OMNIMAP_CH_DATABASE")));
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(sections.at(i).startsWith(titles.at(i) + QStringLiteral("\n\n```sql\n")), qPrintable(sections.at(i).left(80)));
            QVERIFY2(sections.at(i).contains(table), qPrintable(sections.at(i)));
        }
    }

    void sameAnswersForAPeriodAndShortLookBack()
    {
        JourneyQuery query;
        query.lookbackDays = 2.5;
        query.fromMs = kJan1 + 10LL * 86400000;
        query.toMs = kJan1 + 40LL * 86400000;
        comparePaths(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareAttribution(*m_sqlite, *m_ch, query);
    }

    void sameAnswersForAPersonaSegment()
    {
        JourneyQuery query;
        query.segment = m_project.personas.at(1).segmentRule;
        query.conversionEventTypes = {QStringLiteral("PURCHASE"), QStringLiteral("add_to_cart")};
        comparePaths(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(*m_sqlite, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareChain(*m_sqlite, *m_ch, query);
    }

    void sameAnswersAsPostgres()
    {
        // The third engine on the same events (the PostgreSQL fixture's server).
        if (m_pgEnv.isEmpty())
            QSKIP("No PostgreSQL fixture in this run.");
        QCOMPARE(m_pgEnv.value(QStringLiteral("OMNIMAP_PG_DATASET")), m_env.value(QStringLiteral("OMNIMAP_CH_DATASET")));
        PgEventSource pg;
        WarehouseConnection c;
        c.host = m_pgEnv.value(QStringLiteral("PGHOST"));
        c.port = m_pgEnv.value(QStringLiteral("PGPORT")).toInt();
        c.database = m_pgEnv.value(QStringLiteral("PGDATABASE"));
        c.user = m_pgEnv.value(QStringLiteral("OMNIMAP_PG_USER"));
        c.sslMode = QStringLiteral("disable");
        c.table = QStringLiteral("events");
        c.mapping.insert(QStringLiteral("sequence"), QStringLiteral("seq"));
        QString error;
        QVERIFY2(pg.open(c, m_pgEnv.value(QStringLiteral("OMNIMAP_PG_PASSWORD")), &error), qPrintable(error));
        const JourneyQuery query;
        comparePaths(pg, *m_ch, query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(pg, *m_ch, query);
    }

    void kpisAgree()
    {
        Project project = m_project;
        Kpi windowed;
        windowed.id = QStringLiteral("kpi-window");
        windowed.name = QStringLiteral("purchases per visit, last 7 days");
        windowed.binding = KpiBinding{QStringLiteral("Purchase"), {}, {}, QStringLiteral("visit"), {}, {}, 7};
        project.kpis.append(windowed);
        std::vector<KpiValue> a, b;
        QString error;
        QVERIFY2(measureKpis(project, *m_sqlite, a, &error), qPrintable(error));
        QVERIFY2(measureKpis(project, *m_ch, b, &error), qPrintable(error));
        QCOMPARE(b.size(), a.size());
        int measured = 0;
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].numerator, a[i].numerator);
            QCOMPARE(b[i].denominator, a[i].denominator);
            QVERIFY(close(b[i].value, a[i].value));
            measured += a[i].measured && a[i].numerator > 0;
        }
        QVERIFY(measured >= 2);
    }

    void nullsAreLeftOut()
    {
        // By hand: a visits by web (10:00) and email (11:00) and buys for 10 at 12:00; rows
        // without a customer or a time are ignored; b visits by sns.
        ChEventSource ch;
        QString error;
        QVERIFY2(ch.open(connection(QStringLiteral("events_nulls")), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY2(ch.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        const auto labels = byLabel(paths);
        QCOMPARE(labels.size(), std::size_t(2));
        QCOMPARE(labels.at(QStringLiteral("web > email")).conversions, 1);
        QCOMPARE(labels.at(QStringLiteral("web > email")).value, 10.0);
        QCOMPARE(labels.at(QStringLiteral("sns")).conversions, 0);
        TimeToConvert ttc;
        QVERIFY(ch.timeToConvert(JourneyQuery(), ttc, &error));
        QCOMPARE(ttc.conversions, 1);
        QVERIFY(close(ttc.meanDays, 2.0 * kHour, 1e-12));
    }

    void dateTimeIsAnInstantWhateverItsZone()
    {
        // events_seoul: DateTime('Asia/Seoul') written as Seoul wall-clock text. Visits at
        // 08:00 and 09:30 KST on 1 Jan are 23:00 UTC on 31 Dec and 00:30 UTC on 1 Jan; the
        // purchase at 09:00 KST on 3 Jan is 00:00 UTC.
        ChEventSource ch;
        QString error;
        WarehouseConnection c = connection(QStringLiteral("events_seoul"));
        QVERIFY2(ch.open(c, password(), &error), qPrintable(error));
        TimeToConvert ttc;
        QVERIFY2(ch.timeToConvert(JourneyQuery(), ttc, &error), qPrintable(error));
        QCOMPARE(ttc.conversions, 1);
        QVERIFY2(close(ttc.meanDays, 2.0 + kHour, 1e-12), qPrintable(QString::number(ttc.meanDays, 'g', 17)));
        // From 1 Jan 00:00 UTC the 23:00 UTC visit is outside; read as UTC wall-clock it would be inside.
        JourneyQuery fromJan1;
        fromJan1.fromMs = kJan1;
        PathAggregate paths;
        QVERIFY(ch.paths(fromJan1, PathLevel::Channel, paths, &error));
        const auto labels = byLabel(paths);
        QCOMPARE(labels.size(), std::size_t(1));
        QCOMPARE(labels.begin()->first, QStringLiteral("email"));
        QCOMPARE(labels.begin()->second.value, 25.0);
        // A Date column is midnight UTC: both visits on 1 Jan, the purchase on 3 Jan.
        c.mapping.insert(QStringLiteral("ts"), QStringLiteral("day"));
        ChEventSource byDay;
        QVERIFY2(byDay.open(c, password(), &error), qPrintable(error));
        QVERIFY(byDay.timeToConvert(JourneyQuery(), ttc, &error));
        QCOMPARE(ttc.meanDays, 2.0);
    }

    void badConnectionsAndMappingsSayWhy()
    {
        ChEventSource ch;
        QString error;
        QVERIFY(!ch.open(connection(), QStringLiteral("wrong password"), &error));
        QVERIFY2(error.contains(QLatin1String("refused the user")), qPrintable(error));
        WarehouseConnection down = connection();
        down.port = 1;
        QVERIFY(!ch.open(down, password(), &error));
        QVERIFY2(error.contains(QLatin1String("Could not reach the server")), qPrintable(error));
        WarehouseConnection missing = connection();
        missing.mapping.insert(QStringLiteral("channel"), QStringLiteral("no_such_column"));
        QVERIFY(!ch.open(missing, password(), &error));
        QVERIFY2(error.contains(QLatin1String("no_such_column")), qPrintable(error));
        QVERIFY(!ch.open(connection(QStringLiteral("no_such_table")), password(), &error));
        QVERIFY2(error.contains(QLatin1String("no table or view")), qPrintable(error));
        WarehouseConnection textTime = connection(QStringLiteral("events_text_time"));
        textTime.mapping.clear();
        QVERIFY(!ch.open(textTime, password(), &error));
        QVERIFY2(error.contains(QLatin1String("time column has type String")), qPrintable(error));
        QVERIFY(ch.open(connection(), password(), &error));
        JourneyQuery query;
        query.segment = SegmentRule{true, {SegmentCondition{SegmentField::Attribute, QStringLiteral("loyalty"), SegmentOperator::Equals, {QStringLiteral("gold")}}}};
        PathAggregate paths;
        QVERIFY(!ch.paths(query, PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("loyalty")), qPrintable(error));
    }

    void emptyTableAndReadOnlyAndHugeResult()
    {
        ChEventSource ch;
        QString error;
        QVERIFY2(ch.open(connection(QStringLiteral("events_empty")), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY2(ch.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        QCOMPARE(paths.summary.journeys, 0);
        std::vector<double> counts;
        QVERIFY(ch.countEvents({EventFilter{QStringLiteral("visit"), {}, {}, 0}}, counts, &error));
        QCOMPARE(counts.at(0), 0.0);
        // The test user may create tables: only Omnimap's readonly=1 stops it.
        QVERIFY(!m_ch->run(QStringLiteral("CREATE TABLE warehouse.omnimap_must_not (a UInt8) ENGINE = Memory"), 0,
                           [](const QStringList &) { return true; }, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
        ChEventSource limited;
        QVERIFY(limited.open(connection(), password(), &error));
        limited.setMaxRows(5);
        QVERIFY(!limited.paths(JourneyQuery(), PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("more than 5 distinct paths")), qPrintable(error));
    }

    void timeoutCancelAndKillStopTheServerQuery()
    {
        // Time limit: 1 s on a view that sleeps on every row.
        WarehouseConnection quick = connection(QStringLiteral("events_slow"));
        quick.timeoutSeconds = 1;
        ChEventSource slow;
        QString error;
        QVERIFY2(slow.open(quick, password(), &error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        PathAggregate paths;
        QVERIFY(!slow.paths(JourneyQuery(), PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("time limit (1 s)")), qPrintable(error));
        QVERIFY(clock.elapsed() < 20000);
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(QStringLiteral("%events_slow%")), 0, 10000);

        // Cancel from another thread: KILL QUERY by the query's id.
        std::atomic<bool> cancel{false};
        bool ok = true, opened = false;
        QString workerError;
        std::thread worker([&] {
            ChEventSource ch;
            ch.setCancelFlag(&cancel);
            PathAggregate found;
            opened = ch.open(connection(QStringLiteral("events_slow")), password(), &workerError);
            ok = opened && ch.paths(JourneyQuery(), PathLevel::Channel, found, &workerError);
        });
        struct Join
        {
            std::thread &thread;
            ~Join() { if (thread.joinable()) thread.join(); }
        } join{worker};
        {
            QString why;
            QVERIFY2(slowQueryShows(nullptr, &why), qPrintable(why));
        }
        clock.restart();
        cancel = true;
        worker.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(workerError.contains(QLatin1String("Cancelled")), qPrintable(workerError));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(QStringLiteral("%events_slow%")), 0, 15000);

        // An administrator kills the query mid-way.
        std::thread victim([&] {
            ChEventSource ch;
            PathAggregate found;
            opened = ch.open(connection(QStringLiteral("events_slow")), password(), &workerError);
            ok = opened && ch.paths(JourneyQuery(), PathLevel::Channel, found, &workerError);
        });
        Join joinVictim{victim};
        {
            QString why;
            QVERIFY2(slowQueryShows(nullptr, &why), qPrintable(why));
        }
        QVERIFY(adminRun(QStringLiteral("KILL QUERY WHERE user = 'analyst' ASYNC")));
        victim.join();
        QVERIFY(!ok);
        QVERIFY2(workerError.contains(QLatin1String("stopped on the server")), qPrintable(workerError));
    }

    void aShardDownIsNamedOrSkippedByChoice()
    {
        PathAggregate all;
        QString error;
        QVERIFY(m_ch->paths(JourneyQuery(), PathLevel::Channel, all, &error));
        QVERIFY(shard("stop-shard"));
        struct Restart
        {
            TestChWarehouse *test;
            ~Restart() { test->shard("start-shard"); }
        } restart{this};
        ChEventSource ch;
        QVERIFY2(ch.open(connection(), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY(!ch.paths(JourneyQuery(), PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("shard")) && error.contains(m_env.value(QStringLiteral("OMNIMAP_CH_TCP2"))), qPrintable(error));
        WarehouseConnection skip = connection();
        skip.skipUnavailableShards = true;
        ChEventSource partial;
        QVERIFY2(partial.open(skip, password(), &error), qPrintable(error));
        QVERIFY2(partial.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        QVERIFY(paths.summary.journeys > 0);
        QVERIFY(paths.summary.journeys < all.summary.journeys);

        // The CLI: the same sentence naming the shard, exit 1; with the user's choice to
        // skip it, an answer (exit 0) without that shard's customers.
        const QByteArray before = dataSetDigest();
        QString out, err;
        QCOMPARE(cli(cliUrl(QStringLiteral("events")), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("shard")) && err.contains(m_env.value(QStringLiteral("OMNIMAP_CH_TCP2"))), qPrintable(err));
        QCOMPARE(cli(cliUrl(QStringLiteral("events"), QStringLiteral("&skip_unavailable_shards=1")), &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("Top paths: %1 journeys").arg(paths.summary.journeys)), qPrintable(out));
        QCOMPARE(dataSetDigest(), before);
    }

    void wrongColumnTypeInTheCli()
    {
        QString out, err;
        QCOMPARE(cli(cliUrl(QStringLiteral("events_text_time"), QString()).remove(QStringLiteral("&map.sequence=seq")), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("time column has type String")), qPrintable(err));
        QCOMPARE(cli(cliUrl(QStringLiteral("events"), QStringLiteral("&map.revenue=channel")), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("revenue column has type String")), qPrintable(err));
    }

    void frozenNetworkGivesUpWithAClearMessage()
    {
        // A loopback proxy in front of the first server's HTTP port, paused mid-query:
        // the connection stays open, nothing crosses.
        const QByteArray before = dataSetDigest();
        test::StallProxy proxy;
        QVERIFY(proxy.start(m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt()));
        WarehouseConnection through = connection(QStringLiteral("events_slow"));
        through.port = proxy.port();
        through.timeoutSeconds = 4;
        bool ok = true, opened = false;
        QString error;
        QElapsedTimer clock;
        std::thread worker([&] {
            ChEventSource ch;
            PathAggregate found;
            opened = ch.open(through, password(), &error);
            clock.start();
            ok = opened && ch.paths(JourneyQuery(), PathLevel::Channel, found, &error);
        });
        struct Join
        {
            std::thread &thread;
            ~Join() { if (thread.joinable()) thread.join(); }
        } join{worker};
        {
            QString why;
            QVERIFY2(slowQueryShows(nullptr, &why), qPrintable(why));
        }
        proxy.freeze();
        worker.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("No answer from the server")) && error.contains(QString::number(proxy.port())),
                 qPrintable(error));
        QVERIFY2(clock.elapsed() >= 13000 && clock.elapsed() < 40000, qPrintable(QString::number(clock.elapsed())));
        proxy.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(QStringLiteral("%events_slow%")), 0, 15000);

        test::StallProxy cliProxy;
        QVERIFY(cliProxy.start(m_env.value(QStringLiteral("OMNIMAP_CH_PORT")).toInt()));
        QProcess p;
        startCli(p, cliUrl(QStringLiteral("events_slow"), QStringLiteral("&timeout=4"), QString::number(cliProxy.port())));
        {
            QString why;
            QVERIFY2(slowQueryShows(&p, &why), qPrintable(why));
        }
        cliProxy.freeze();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("No answer from the server")), qPrintable(err));
        cliProxy.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(QStringLiteral("%events_slow%")), 0, 15000);
        QCOMPARE(dataSetDigest(), before);
    }

    /// Last: the servers are killed (SIGKILL, as a crash) and restarted.
    void aServerKilledMidQueryIsNamed()
    {
        const QByteArray before = dataSetDigest();
        auto killedDuringQuery = [this](const char *number, QString *error) {
            bool ok = true, opened = false;
            std::thread victim([&] {
                ChEventSource ch;
                PathAggregate found;
                opened = ch.open(connection(QStringLiteral("events_slow")), password(), error);
                ok = opened && ch.paths(JourneyQuery(), PathLevel::Channel, found, error);
            });
            struct Join
            {
                std::thread &thread;
                ~Join() { if (thread.joinable()) thread.join(); }
            } join{victim};
            {
                QString why;
                QVERIFY2(slowQueryShows(nullptr, &why), qPrintable(why));
            }
            QVERIFY(shard("kill-shard", number));
            victim.join();
            QVERIFY(opened);
            QVERIFY(!ok);
        };
        {
            // The second shard crashes: the server Omnimap talks to names it.
            RestartShard restart{this, "2"};
            QString error;
            killedDuringQuery("2", &error);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(error.contains(QLatin1String("shard")) && error.contains(m_env.value(QStringLiteral("OMNIMAP_CH_TCP2"))), qPrintable(error));
        }
        {
            // The server Omnimap talks to crashes: the connection ends mid-query.
            RestartShard restart{this, "1"};
            QString error;
            killedDuringQuery("1", &error);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(error.contains(QLatin1String("ended the connection")) || error.contains(QLatin1String("Could not reach")), qPrintable(error));
        }
        // The CLI while the second shard crashes.
        {
            RestartShard restart{this, "2"};
            QProcess p;
            startCli(p, cliUrl(QStringLiteral("events_slow")));
            {
                QString why;
                QVERIFY2(slowQueryShows(&p, &why), qPrintable(why));
            }
            QVERIFY(shard("kill-shard", "2"));
            QVERIFY(p.waitForFinished(120000));
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(err.contains(QLatin1String("shard")) && err.contains(m_env.value(QStringLiteral("OMNIMAP_CH_TCP2"))), qPrintable(err));
        }
        // Both back: the whole table answers as before.
        ChEventSource again;
        QString error;
        QVERIFY2(again.open(connection(), password(), &error), qPrintable(error));
        QCOMPARE(again.eventRows(&error), m_dataSet.eventCount());
        QCOMPARE(dataSetDigest(), before);
    }
};

QTEST_GUILESS_MAIN(TestChWarehouse)
#include "tst_chwarehouse.moc"
