// The warehouse source against a real PostgreSQL 15 (scripts/pg-test-server.sh starts it
// as a CTest fixture with 1 M generated events): the same events in SQLite and in
// PostgreSQL give the same paths, funnel, transitions, time to convert, attribution,
// KPIs and chain; faults give clear errors. Without a server the test is skipped,
// except in CI (CI=true), where that is a failure.

#include "eventsource.h"
#include "pgeventsource.h"
#include "sqliteeventsource.h"

#include "format/projectfile.h"
#include "explainwarehousetitles.h"
#include "stallproxy.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cmath>
#include <csignal>
#include <map>
#include <thread>

using namespace omnimap;
using namespace omnimap::sim;

namespace {

QHash<QString, QString> readEnv()
{
    QHash<QString, QString> env;
    QFile file(qEnvironmentVariable("OMNIMAP_PG_ENV"));
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

QString pathLabel(const PathStat &p, const QStringList &names)
{
    QStringList parts;
    for (std::uint16_t id : p.ids)
        parts.append(names.value(id));
    return parts.join(QStringLiteral(" > "));
}

struct PathOutcome
{
    std::int64_t journeys, conversions;
    double value;
};

std::map<QString, PathOutcome> byLabel(const PathAggregate &a)
{
    std::map<QString, PathOutcome> out;
    for (const PathStat &p : a.paths)
        out[pathLabel(p, a.names)] = {p.journeys, p.conversions, p.value};
    return out;
}

} // namespace

class TestWarehouse : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    DataSet m_dataSet;
    std::unique_ptr<SqliteEventSource> m_sqlite;
    std::unique_ptr<PgEventSource> m_pg;
    Project m_project;

    WarehouseConnection connection(const QString &table = QStringLiteral("events")) const
    {
        WarehouseConnection c;
        c.name = QStringLiteral("test");
        c.host = m_env.value(QStringLiteral("PGHOST"));
        c.port = m_env.value(QStringLiteral("PGPORT")).toInt();
        c.database = m_env.value(QStringLiteral("PGDATABASE"));
        c.user = m_env.value(QStringLiteral("OMNIMAP_PG_USER"));
        c.sslMode = QStringLiteral("disable");
        c.table = table;
        c.mapping.insert(QStringLiteral("sequence"), QStringLiteral("seq"));
        return c;
    }
    QString password() const { return m_env.value(QStringLiteral("OMNIMAP_PG_PASSWORD")); }

    JourneyQuery windowQuery() const
    {
        JourneyQuery q;
        q.lookbackDays = 2.5;
        q.fromMs = 1704067200000 + 10LL * 86400000; // 2024-01-11
        q.toMs = 1704067200000 + 40LL * 86400000;
        return q;
    }
    JourneyQuery segmentQuery() const
    {
        JourneyQuery q;
        q.segment = m_project.personas.at(1).segmentRule; // age band and region IN (…)
        q.conversionEventTypes = {QStringLiteral("PURCHASE"), QStringLiteral("add_to_cart")};
        return q;
    }

    /// An admin session through psql (the fixture's superuser) for faults the test
    /// provokes on the server: views that sleep, terminating a backend.
    bool admin(const QString &sql)
    {
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_env.value(QStringLiteral("PGHOST")));
        env.insert(QStringLiteral("PGPORT"), m_env.value(QStringLiteral("PGPORT")));
        env.insert(QStringLiteral("PGDATABASE"), m_env.value(QStringLiteral("PGDATABASE")));
        env.insert(QStringLiteral("PGUSER"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN")));
        env.insert(QStringLiteral("PGPASSWORD"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN_PASSWORD")));
        psql.setProcessEnvironment(env);
        psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                            QStringLiteral("-c"), sql});
        return psql.waitForFinished(60000) && psql.exitCode() == 0;
    }

    /// The first line psql prints for `sql` as the fixture's superuser.
    QString adminValue(const QString &sql)
    {
        QProcess psql;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), m_env.value(QStringLiteral("PGHOST")));
        env.insert(QStringLiteral("PGPORT"), m_env.value(QStringLiteral("PGPORT")));
        env.insert(QStringLiteral("PGDATABASE"), m_env.value(QStringLiteral("PGDATABASE")));
        env.insert(QStringLiteral("PGUSER"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN")));
        env.insert(QStringLiteral("PGPASSWORD"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN_PASSWORD")));
        psql.setProcessEnvironment(env);
        psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"), sql});
        psql.waitForFinished(30000);
        return QString::fromUtf8(psql.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    /// The server process that runs the test user's query, once there is one.
    qint64 activeBackend()
    {
        return adminValue(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = 'analyst' AND state = 'active' LIMIT 1")).toLongLong();
    }
    /// The server accepts queries again (after a crash it restarts by itself).
    bool serverBack()
    {
        return adminValue(QStringLiteral("SELECT 1")) == QLatin1String("1");
    }
    QString cliUrl(const QString &port, const QString &table, const QString &extra = QString()) const
    {
        return QStringLiteral("postgres://%1@%2:%3/%4?table=%5&sslmode=disable%6")
            .arg(m_env.value(QStringLiteral("OMNIMAP_PG_USER")), m_env.value(QStringLiteral("PGHOST")), port,
                 m_env.value(QStringLiteral("PGDATABASE")), table, extra);
    }
    /// omnimap-cli paths on a warehouse URL, started (not waited for).
    void startCli(QProcess &p, const QString &source, const QStringList &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OMNIMAP_CLI_PATH), QStringList{QStringLiteral("paths"), QStringLiteral("--source"), source,
                                                              QStringLiteral("--top"), QStringLiteral("5")} + extra);
    }
    QByteArray dataSetDigest() const
    {
        QFile f(m_env.value(QStringLiteral("OMNIMAP_PG_DATASET")));
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    // Each comparison asks both sources for one query; the warehouse answers paths,
    // transitions, attribution and time to convert from one cached pass.
    void comparePaths(const JourneyQuery &query)
    {
        {
            for (PathLevel level : {PathLevel::Channel, PathLevel::Touchpoint}) {
                PathAggregate local, remote;
                QString error;
                QVERIFY2(m_sqlite->paths(query, level, local, &error), qPrintable(error));
                QVERIFY2(m_pg->paths(query, level, remote, &error), qPrintable(error));
                QVERIFY(local.summary.journeys > 1000);
                QCOMPARE(remote.summary.journeys, local.summary.journeys);
                QCOMPARE(remote.summary.conversions, local.summary.conversions);
                QCOMPARE(remote.summary.distinctPaths, local.summary.distinctPaths);
                QCOMPARE(remote.conversionsWithoutTouches, local.conversionsWithoutTouches);
                QVERIFY(close(remote.summary.value, local.summary.value));
                const auto a = byLabel(local), b = byLabel(remote);
                QCOMPARE(b.size(), a.size());
                for (const auto &[label, outcome] : a) {
                    const auto found = b.find(label);
                    QVERIFY2(found != b.end(), qPrintable(label));
                    QCOMPARE(found->second.journeys, outcome.journeys);
                    QCOMPARE(found->second.conversions, outcome.conversions);
                    QVERIFY2(close(found->second.value, outcome.value), qPrintable(label));
                }
                if (level != PathLevel::Channel)
                    continue;
                // Transitions: every non-zero cell by state names.
                const TransitionMatrix ml = transitionsFromPaths(local), mr = transitionsFromPaths(remote);
                std::map<std::pair<QString, QString>, double> cl, cr;
                for (int r = 0; r < ml.size; ++r)
                    for (int c = 0; c < ml.size; ++c)
                        if (ml.count(r, c) > 0)
                            cl[{ml.states.at(r), ml.states.at(c)}] = ml.count(r, c);
                for (int r = 0; r < mr.size; ++r)
                    for (int c = 0; c < mr.size; ++c)
                        if (mr.count(r, c) > 0)
                            cr[{mr.states.at(r), mr.states.at(c)}] = mr.count(r, c);
                QVERIFY(cl.size() > 10);
                QVERIFY(cl == cr);
            }
        }
    }

    void compareFunnelAndTime(const JourneyQuery &query)
    {
        {
            StageCounts local, remote;
            QString error;
            QVERIFY2(m_sqlite->stageCustomers(query, local, &error), qPrintable(error));
            QVERIFY2(m_pg->stageCustomers(query, remote, &error), qPrintable(error));
            std::map<QString, std::int64_t> a, b;
            for (qsizetype i = 0; i < local.stages.size(); ++i)
                a[local.stages.at(i)] = local.customers[std::size_t(i)];
            for (qsizetype i = 0; i < remote.stages.size(); ++i)
                b[remote.stages.at(i)] = remote.customers[std::size_t(i)];
            QVERIFY(a.size() >= 3);
            QVERIFY(a == b);

            TimeToConvert tl, tw;
            QVERIFY2(m_sqlite->timeToConvert(query, tl, &error), qPrintable(error));
            QVERIFY2(m_pg->timeToConvert(query, tw, &error), qPrintable(error));
            QVERIFY(tl.conversions > 100);
            QCOMPARE(tw.conversions, tl.conversions);
            for (std::size_t i = 0; i < tl.bins.size(); ++i)
                QCOMPARE(tw.bins[i].count, tl.bins[i].count);
            QVERIFY(close(tw.meanDays, tl.meanDays));
            QCOMPARE(tw.medianDays, tl.medianDays);
            QCOMPARE(tw.p90Days, tl.p90Days);
        }
    }

    void compareAttribution(const JourneyQuery &query)
    {
        {
            for (const QString &model : attributionModelNames()) {
                for (int order : {1, 2}) {
                    AttributionOptions options;
                    QVERIFY(attributionModelFromName(model, options.model));
                    if (options.model != AttributionModel::Markov && order > 1)
                        continue;
                    options.markovOrder = order;
                    AttributionResult local, remote;
                    QString error;
                    QVERIFY2(m_sqlite->attribute(query, options, local, &error), qPrintable(error));
                    QVERIFY2(m_pg->attribute(query, options, remote, &error), qPrintable(error));
                    QVERIFY(close(remote.totalConversions, local.totalConversions));
                    QVERIFY(close(remote.totalValue, local.totalValue));
                    QVERIFY(close(remote.conversionProbability, local.conversionProbability));
                    QCOMPARE(remote.channels.size(), local.channels.size());
                    std::map<QString, const ChannelCredit *> credits;
                    for (const ChannelCredit &c : remote.channels)
                        credits[c.channel] = &c;
                    double sum = 0.0;
                    for (const ChannelCredit &c : local.channels) {
                        const ChannelCredit *other = credits[c.channel];
                        QVERIFY2(other, qPrintable(c.channel));
                        QVERIFY2(close(other->conversions, c.conversions), qPrintable(model + QLatin1Char(' ') + c.channel));
                        QVERIFY2(close(other->value, c.value), qPrintable(model + QLatin1Char(' ') + c.channel));
                        QVERIFY(close(other->removalEffect, c.removalEffect));
                        sum += other->conversions;
                    }
                    // Every model shares out all conversions: an independent check.
                    QVERIFY2(close(sum, remote.totalConversions), qPrintable(model));
                }
            }
        }
    }

    void compareChain(const JourneyQuery &query)
    {
        const Journey &journey = m_project.journeys.first();
        {
            JourneyChain local, remote;
            QString error;
            QVERIFY2(m_sqlite->journeyChain(query, journey, local, &error), qPrintable(error));
            QVERIFY2(m_pg->journeyChain(query, journey, remote, &error), qPrintable(error));
            QCOMPARE(remote.size(), local.size());
            QCOMPARE(remote.calibrationJourneys, local.calibrationJourneys);
            auto index = [](const JourneyChain &chain) {
                std::map<std::pair<QString, QString>, int> map;
                for (int s = 0; s < chain.size(); ++s)
                    map[{chain.states[std::size_t(s)].stage, chain.states[std::size_t(s)].channel}] = s;
                return map;
            };
            const auto il = index(local), ir = index(remote);
            for (const auto &[cell, s] : il) {
                const int t = ir.at(cell);
                QVERIFY(close(remote.entry[std::size_t(t)], local.entry[std::size_t(s)]));
                QVERIFY(close(remote.dwellDays[std::size_t(t)], local.dwellDays[std::size_t(s)]));
                QVERIFY(close(remote.revenue[std::size_t(t)], local.revenue[std::size_t(s)]));
                QVERIFY(close(remote.p(t, remote.conversionColumn()), local.p(s, local.conversionColumn())));
                QVERIFY(close(remote.p(t, remote.nullColumn()), local.p(s, local.nullColumn())));
                for (const auto &[to, u] : il)
                    QVERIFY(close(remote.p(t, ir.at(to)), local.p(s, u)));
                for (const auto &[type, perVisit] : local.eventsPerVisit)
                    QVERIFY2(close(remote.eventsPerVisit.at(type)[std::size_t(t)], perVisit[std::size_t(s)]), qPrintable(type));
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_env = readEnv();
        if (m_env.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("No PostgreSQL test server (OMNIMAP_PG_ENV): in CI this is a failure.");
            QSKIP("No PostgreSQL test server: run through ctest (scripts/pg-test-server.sh).");
        }
        QVERIFY(m_dataSet.open(m_env.value(QStringLiteral("OMNIMAP_PG_DATASET"))));
        QVERIFY(m_dataSet.eventCount() >= 1000000);
        m_sqlite = std::make_unique<SqliteEventSource>(m_dataSet);
        m_pg = std::make_unique<PgEventSource>();
        QString error;
        QVERIFY2(m_pg->open(connection(), password(), &error), qPrintable(error));
        QCOMPARE(m_pg->eventRows(&error), m_dataSet.eventCount());
        const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
        QVERIFY(loaded.ok());
        m_project = *loaded.project;
        QVERIFY(m_project.personas.size() >= 2);
    }

    void sameAnswersOnAllEvents()
    {
        const JourneyQuery query;
        comparePaths(query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(query);
        if (QTest::currentTestFailed())
            return;
        compareAttribution(query);
        if (QTest::currentTestFailed())
            return;
        compareChain(query);
    }

    void sameAnswersForAPeriodAndShortLookBack()
    {
        const JourneyQuery query = windowQuery();
        comparePaths(query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(query);
        if (QTest::currentTestFailed())
            return;
        compareAttribution(query);
    }

    void sameAnswersForAPersonaSegment()
    {
        const JourneyQuery query = segmentQuery();
        comparePaths(query);
        if (QTest::currentTestFailed())
            return;
        compareFunnelAndTime(query);
        if (QTest::currentTestFailed())
            return;
        compareAttribution(query);
        if (QTest::currentTestFailed())
            return;
        compareChain(query);
    }

    void kpisAgree()
    {
        Project project = m_project;
        // Bindings with a window and with a ratio, besides the sample's own.
        Kpi windowed;
        windowed.id = QStringLiteral("kpi-window");
        windowed.name = QStringLiteral("purchases per visit, last 7 days");
        windowed.binding = KpiBinding{QStringLiteral("Purchase"), {}, {}, QStringLiteral("visit"), {}, {}, 7};
        project.kpis.append(windowed);
        Kpi count = windowed;
        count.id = QStringLiteral("kpi-count");
        count.unit = KpiUnit::Count;
        count.binding = KpiBinding{QStringLiteral("click"), {}, {}, {}, {}, {}, 0};
        project.kpis.append(count);
        std::vector<KpiValue> local, remote;
        QString error;
        QVERIFY2(measureKpis(project, *m_sqlite, local, &error), qPrintable(error));
        QVERIFY2(measureKpis(project, *m_pg, remote, &error), qPrintable(error));
        QCOMPARE(remote.size(), local.size());
        int measured = 0;
        for (std::size_t i = 0; i < local.size(); ++i) {
            QCOMPARE(remote[i].measured, local[i].measured);
            QCOMPARE(remote[i].numerator, local[i].numerator);
            QCOMPARE(remote[i].denominator, local[i].denominator);
            QVERIFY(close(remote[i].value, local[i].value));
            measured += local[i].measured && local[i].numerator > 0;
        }
        QVERIFY(measured >= 3);
    }

    void nullCustomersAndTimesAreLeftOut()
    {
        // Worked by hand: customer a visits by web (10:00) and email (11:00) and buys for
        // 10 at 12:00; the rows without a customer or a time are ignored; b visits by sns.
        PgEventSource pg;
        QString error;
        QVERIFY2(pg.open(connection(QStringLiteral("events_nulls")), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY2(pg.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        const auto labels = byLabel(paths);
        QCOMPARE(labels.size(), std::size_t(2));
        QCOMPARE(labels.at(QStringLiteral("web > email")).journeys, 1);
        QCOMPARE(labels.at(QStringLiteral("web > email")).conversions, 1);
        QCOMPARE(labels.at(QStringLiteral("web > email")).value, 10.0);
        QCOMPARE(labels.at(QStringLiteral("sns")).conversions, 0);
        TimeToConvert ttc;
        QVERIFY(pg.timeToConvert(JourneyQuery(), ttc, &error));
        QCOMPARE(ttc.conversions, 1);
        QVERIFY(close(ttc.meanDays, 2.0 / 24.0, 1e-12));
    }

    void emptyTableGivesEmptyResults()
    {
        PgEventSource pg;
        QString error;
        QVERIFY2(pg.open(connection(QStringLiteral("events_empty")), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY2(pg.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        QCOMPARE(paths.summary.journeys, 0);
        QVERIFY(paths.paths.empty());
        TimeToConvert ttc;
        QVERIFY(pg.timeToConvert(JourneyQuery(), ttc, &error));
        QCOMPARE(ttc.conversions, 0);
        std::vector<KpiValue> kpis;
        QVERIFY2(measureKpis(m_project, pg, kpis, &error), qPrintable(error));
        for (const KpiValue &k : kpis)
            QCOMPARE(k.numerator, 0.0);
    }

    void badConnectionsAndMappingsSayWhy()
    {
        PgEventSource pg;
        QString error;
        QVERIFY(!pg.open(connection(), QStringLiteral("wrong password"), &error));
        QVERIFY2(error.contains(QLatin1String("refused the password")), qPrintable(error));

        WarehouseConnection down = connection();
        down.port = 1; // nothing listens there
        QVERIFY(!pg.open(down, password(), &error));
        QVERIFY2(error.contains(QLatin1String("Could not reach the server")), qPrintable(error));

        WarehouseConnection missing = connection();
        missing.mapping.insert(QStringLiteral("channel"), QStringLiteral("no_such_column"));
        QVERIFY(!pg.open(missing, password(), &error));
        QVERIFY2(error.contains(QLatin1String("no_such_column")), qPrintable(error));

        QVERIFY(!pg.open(connection(QStringLiteral("no_such_table")), password(), &error));
        QVERIFY2(error.contains(QLatin1String("no table or view")), qPrintable(error));

        WarehouseConnection textTime = connection(QStringLiteral("events_text_time"));
        textTime.mapping.clear();
        QVERIFY(!pg.open(textTime, password(), &error));
        QVERIFY2(error.contains(QLatin1String("time column has type text")), qPrintable(error));

        // A segment on an attribute the table does not have.
        QVERIFY(pg.open(connection(), password(), &error));
        JourneyQuery query;
        query.segment = SegmentRule{true, {SegmentCondition{SegmentField::Attribute, QStringLiteral("loyalty"), SegmentOperator::Equals, {QStringLiteral("gold")}}}};
        PathAggregate paths;
        QVERIFY(!pg.paths(query, PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("loyalty")), qPrintable(error));
    }

    void sessionIsReadOnly()
    {
        QString error;
        // The test user may insert into this table: only the read-only session stops it.
        QVERIFY(!m_pg->run(PgStatement{QStringLiteral("INSERT INTO events_empty SELECT * FROM events_empty"), {}},
                           [](const QVariantList &) { return true; }, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    }

    void hugeResultIsRefused()
    {
        PgEventSource pg;
        QString error;
        QVERIFY(pg.open(connection(), password(), &error));
        pg.setMaxRows(5);
        PathAggregate paths;
        QVERIFY(!pg.paths(JourneyQuery(), PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("more than 5 distinct paths")), qPrintable(error));
    }

    /// The CLI on the same faults: a clear message on stderr, exit code 1, and the local
    /// data set (opened by this test, also given to the CLI) byte for byte unchanged.
    void cliSaysWhyAndLeavesTheDataSetAlone()
    {
        const QString dataSet = m_env.value(QStringLiteral("OMNIMAP_PG_DATASET"));
        auto digest = [&dataSet] {
            QFile f(dataSet);
            return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray before = digest();
        QVERIFY(!before.isEmpty());
        auto url = [this](const QString &port, const QString &table, const QString &extra = QString()) {
            return QStringLiteral("postgres://%1@%2:%3/%4?table=%5&sslmode=disable%6")
                .arg(m_env.value(QStringLiteral("OMNIMAP_PG_USER")), m_env.value(QStringLiteral("PGHOST")), port,
                     m_env.value(QStringLiteral("PGDATABASE")), table, extra);
        };
        auto cli = [](const QString &source, const QString &password, QString *out, QString *err) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGPASSWORD"), password);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("paths"), QStringLiteral("--source"), source, QStringLiteral("--top"), QStringLiteral("3")});
            if (!p.waitForFinished(300000))
                return -1;
            *out = QString::fromUtf8(p.readAllStandardOutput());
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitCode();
        };
        const QString port = m_env.value(QStringLiteral("PGPORT"));
        QString out, err;
        QCOMPARE(cli(url(port, QStringLiteral("events_nulls")), QStringLiteral("wrong password"), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("refused the password")), qPrintable(err));
        QVERIFY(!err.contains(QLatin1String("wrong password")));
        // A port nothing listens on (bound, then closed).
        QCOMPARE(cli(url(QStringLiteral("1"), QStringLiteral("events_nulls")), password(), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("Could not reach the server")), qPrintable(err));
        QCOMPARE(cli(url(port, QStringLiteral("events_nulls"), QStringLiteral("&map.channel=no_such_column")), password(), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("no_such_column")), qPrintable(err));
        QCOMPARE(cli(url(port, QStringLiteral("events_text_time")), password(), &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("time column has type text")), qPrintable(err));
        // 0 rows: not an error, no journeys.
        QCOMPARE(cli(url(port, QStringLiteral("events_empty")), password(), &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("Top paths: 0 journeys")), qPrintable(out));
        // NULL customers and times are left out (worked by hand: a's web, email then a
        // purchase; b's sns; the two rows without a customer or a time do not count).
        QCOMPARE(cli(url(port, QStringLiteral("events_nulls"), QStringLiteral("&map.sequence=seq")), password(), &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("Top paths: 2 journeys, 1 conversions")), qPrintable(out));
        QCOMPARE(digest(), before);
    }

    /// `omnimap-cli explain-warehouse` (docs/warehouse.md): every statement Omnimap sends,
    /// each with the plan PostgreSQL made of it — what an administrator reviews before
    /// granting access. The plans are the server's own text, so a statement that did not
    /// reach it (or reached another table) cannot pass.
    void explainWarehouseShowsEveryStatementWithItsPlan()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("explain-warehouse"), QStringLiteral("--source"),
                                                  cliUrl(m_env.value(QStringLiteral("PGPORT")), QStringLiteral("events"))});
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QStringList titles = explainWarehouseTitles();
        const QStringList sections = out.split(QStringLiteral("## "), Qt::SkipEmptyParts);
        QCOMPARE(sections.size(), titles.size());
        for (int i = 0; i < titles.size(); ++i) {
            const QString &section = sections.at(i);
            QVERIFY2(section.startsWith(titles.at(i) + QStringLiteral("\n\n```sql\n")), qPrintable(section.left(80)));
            // The statement reads the mapped table, quoted; the plan after it scans it.
            const qsizetype planStart = section.indexOf(QStringLiteral("\n```\n\n```\n"));
            QVERIFY2(planStart > 0, qPrintable(titles.at(i)));
            QVERIFY2(section.left(planStart).contains(QLatin1String("FROM \"public\".\"events\"")), qPrintable(titles.at(i)));
            QVERIFY2(section.mid(planStart).contains(QLatin1String("Scan on events")), qPrintable(section.mid(planStart)));
        }
    }

    void timeoutCancelAndKillStopTheServerQuery()
    {
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow AS SELECT e.* FROM events e, pg_sleep(30) s;"
                                     "GRANT SELECT ON events_slow TO ") + m_env.value(QStringLiteral("OMNIMAP_PG_USER"))));
        QString error;
        auto runningQueries = [this] {
            QProcess psql;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("PGHOST"), m_env.value(QStringLiteral("PGHOST")));
            env.insert(QStringLiteral("PGPORT"), m_env.value(QStringLiteral("PGPORT")));
            env.insert(QStringLiteral("PGDATABASE"), m_env.value(QStringLiteral("PGDATABASE")));
            env.insert(QStringLiteral("PGUSER"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN")));
            env.insert(QStringLiteral("PGPASSWORD"), m_env.value(QStringLiteral("OMNIMAP_PG_ADMIN_PASSWORD")));
            psql.setProcessEnvironment(env);
            psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-c"),
                                                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'analyst' AND state = 'active'")});
            psql.waitForFinished(30000);
            return psql.readAllStandardOutput().trimmed().toInt();
        };

        // Timeout: 1 s on a query that sleeps 30 s.
        WarehouseConnection quick = connection(QStringLiteral("events_slow"));
        quick.timeoutSeconds = 1;
        PgEventSource pg;
        QVERIFY2(pg.open(quick, password(), &error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        PathAggregate paths;
        QVERIFY(!pg.paths(JourneyQuery(), PathLevel::Channel, paths, &error));
        QVERIFY2(error.contains(QLatin1String("time limit (1 s)")), qPrintable(error));
        QVERIFY(clock.elapsed() < 15000);

        // Cancel from another thread: the server stops the query too. A connection
        // belongs to the thread that opened it, so the worker opens its own.
        std::atomic<bool> cancel{false};
        std::atomic<bool> opened{false};
        bool ok = true;
        QString workerError;
        std::thread worker([&] {
            PgEventSource slow;
            slow.setCancelFlag(&cancel);
            PathAggregate found;
            opened = slow.open(connection(QStringLiteral("events_slow")), password(), &workerError);
            ok = opened && slow.paths(JourneyQuery(), PathLevel::Channel, found, &workerError);
        });
        struct Join
        {
            std::thread &thread;
            ~Join() { if (thread.joinable()) thread.join(); }
        } join{worker};
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(), 1, 20000);
        clock.restart();
        cancel = true;
        worker.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(workerError.contains(QLatin1String("Cancelled")), qPrintable(workerError));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(), 0, 5000);

        // The server ends the session mid-query (as a restart or an administrator would).
        std::thread victim([&] {
            PgEventSource killed;
            PathAggregate found;
            opened = killed.open(connection(QStringLiteral("events_slow")), password(), &workerError);
            ok = opened && killed.paths(JourneyQuery(), PathLevel::Channel, found, &workerError);
        });
        Join joinVictim{victim};
        QTRY_COMPARE_WITH_TIMEOUT(runningQueries(), 1, 20000);
        QVERIFY(admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'analyst' AND state = 'active'")));
        victim.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(workerError.contains(QLatin1String("ended the connection")), qPrintable(workerError));
    }

    void timesAreInstantsWhateverTheSessionZone()
    {
        // events_zones, worked by hand: visits at 08:00 and 09:30 Seoul time (UTC+9) on
        // 1 Jan 2024 are 23:00 UTC on 31 Dec and 00:30 UTC on 1 Jan; the purchase (25) at
        // 09:00 Seoul time on 3 Jan is 00:00 UTC. The test user's sessions run in
        // Asia/Seoul (the fixture's ALTER ROLE): the answers must be the UTC ones.
        constexpr qint64 jan1 = 1704067200000; // 2024-01-01T00:00:00Z
        QString zone;
        QVERIFY(m_pg->run(PgStatement{QStringLiteral("SELECT current_setting('TimeZone')"), {}},
                          [&zone](const QVariantList &r) { zone = r.value(0).toString(); return true; }, nullptr));
        QCOMPARE(zone, QStringLiteral("Asia/Seoul"));
        WarehouseConnection c = connection(QStringLiteral("events_zones"));
        PgEventSource pg;
        QString error;
        QVERIFY2(pg.open(c, password(), &error), qPrintable(error));
        TimeToConvert ttc;
        QVERIFY2(pg.timeToConvert(JourneyQuery(), ttc, &error), qPrintable(error));
        QCOMPARE(ttc.conversions, 1);
        QVERIFY2(close(ttc.meanDays, 2.0 + 1.0 / 24.0, 1e-12), qPrintable(QString::number(ttc.meanDays, 'g', 17)));
        JourneyQuery fromJan1;
        fromJan1.fromMs = jan1;
        PathAggregate paths;
        QVERIFY2(pg.paths(fromJan1, PathLevel::Channel, paths, &error), qPrintable(error));
        auto labels = byLabel(paths);
        QCOMPARE(labels.size(), std::size_t(1));
        QCOMPARE(labels.begin()->first, QStringLiteral("email")); // the 23:00 UTC visit is before 1 Jan
        QCOMPARE(labels.begin()->second.value, 25.0);

        // A timestamp without a zone is read as UTC wall-clock (documented): Seoul's
        // 08:00 becomes 08:00 UTC, so both visits fall on 1 Jan.
        c.mapping.insert(QStringLiteral("ts"), QStringLiteral("local_ts"));
        PgEventSource local;
        QVERIFY2(local.open(c, password(), &error), qPrintable(error));
        QVERIFY(local.paths(fromJan1, PathLevel::Channel, paths, &error));
        labels = byLabel(paths);
        QCOMPARE(labels.size(), std::size_t(1));
        QCOMPARE(labels.begin()->first, QStringLiteral("web > email"));
        QVERIFY(local.timeToConvert(JourneyQuery(), ttc, &error));
        QVERIFY(close(ttc.meanDays, 2.0 + 1.0 / 24.0, 1e-12)); // 08:00 on 1 Jan to 09:00 on 3 Jan
        // A date is midnight UTC: 1 Jan to 3 Jan.
        c.mapping.insert(QStringLiteral("ts"), QStringLiteral("day"));
        PgEventSource byDay;
        QVERIFY2(byDay.open(c, password(), &error), qPrintable(error));
        QVERIFY(byDay.timeToConvert(JourneyQuery(), ttc, &error));
        QCOMPARE(ttc.meanDays, 2.0);

        // The CLI reads the same instants.
        const QString port = m_env.value(QStringLiteral("PGPORT"));
        for (const auto &[column, path] : {std::pair{QStringLiteral("ts"), QStringLiteral("email ")},
                                           std::pair{QStringLiteral("local_ts"), QStringLiteral("web > email")}}) {
            QProcess p;
            startCli(p, cliUrl(port, QStringLiteral("events_zones"), QStringLiteral("&map.ts=") + column), {QStringLiteral("--from"), QStringLiteral("2024-01-01")});
            QVERIFY(p.waitForFinished(120000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(out.contains(QLatin1String("Top paths: 1 journeys, 1 conversions")), qPrintable(out));
            QVERIFY2(out.contains(path), qPrintable(column + QLatin1Char('\n') + out));
            if (column == QLatin1String("ts"))
                QVERIFY2(!out.contains(QLatin1String("web")), qPrintable(out));
        }
    }

    void frozenNetworkGivesUpWithAClearMessage()
    {
        // A loopback proxy between Omnimap and the server is paused mid-query: the
        // connection stays open, nothing crosses (a dead network, a frozen middlebox).
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow AS SELECT e.* FROM events e, pg_sleep(30) s;"
                                     "GRANT SELECT ON events_slow TO ") + m_env.value(QStringLiteral("OMNIMAP_PG_USER"))));
        const QByteArray before = dataSetDigest();
        test::StallProxy proxy;
        QVERIFY(proxy.start(m_env.value(QStringLiteral("PGPORT")).toInt()));
        WarehouseConnection through = connection(QStringLiteral("events_slow"));
        through.port = proxy.port();
        through.timeoutSeconds = 4; // long enough to see the query running before the freeze
        bool ok = true, opened = false;
        QString error;
        QElapsedTimer clock;
        std::thread worker([&] {
            PgEventSource pg;
            PathAggregate found;
            opened = pg.open(through, password(), &error);
            clock.start();
            ok = opened && pg.paths(JourneyQuery(), PathLevel::Channel, found, &error);
        });
        struct Join
        {
            std::thread &thread;
            ~Join() { if (thread.joinable()) thread.join(); }
        } join{worker};
        QTRY_VERIFY_WITH_TIMEOUT(activeBackend() > 0, 20000);
        proxy.freeze();
        worker.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("No answer from the server")) && error.contains(QString::number(proxy.port())),
                 qPrintable(error));
        // Given up at the time limit plus the grace (4 + 10 s), not never.
        QVERIFY2(clock.elapsed() >= 13000 && clock.elapsed() < 40000, qPrintable(QString::number(clock.elapsed())));
        proxy.thaw();
        // The server's own time limit stopped the query there.
        QTRY_COMPARE_WITH_TIMEOUT(activeBackend(), 0, 15000);

        // The CLI: exit 1 with the same sentence.
        test::StallProxy cliProxy;
        QVERIFY(cliProxy.start(m_env.value(QStringLiteral("PGPORT")).toInt()));
        QProcess cli;
        startCli(cli, cliUrl(QString::number(cliProxy.port()), QStringLiteral("events_slow"), QStringLiteral("&timeout=4")));
        QTRY_VERIFY_WITH_TIMEOUT(activeBackend() > 0, 20000);
        cliProxy.freeze();
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("No answer from the server")), qPrintable(err));
        cliProxy.thaw();
        QTRY_COMPARE_WITH_TIMEOUT(activeBackend(), 0, 15000);
        QCOMPARE(dataSetDigest(), before);
    }

    /// Last: killing a server process makes PostgreSQL restart every session (m_pg too).
    void serverProcessKilledMidQuerySaysSo()
    {
        QVERIFY(admin(QStringLiteral("CREATE OR REPLACE VIEW events_slow AS SELECT e.* FROM events e, pg_sleep(30) s;"
                                     "GRANT SELECT ON events_slow TO ") + m_env.value(QStringLiteral("OMNIMAP_PG_USER"))));
        const QByteArray before = dataSetDigest();
        // The process serving the query is killed (as the out-of-memory killer would):
        // the server drops every session and recovers.
        bool ok = true, opened = false;
        QString error;
        std::thread victim([&] {
            PgEventSource pg;
            PathAggregate found;
            opened = pg.open(connection(QStringLiteral("events_slow")), password(), &error);
            ok = opened && pg.paths(JourneyQuery(), PathLevel::Channel, found, &error);
        });
        struct Join
        {
            std::thread &thread;
            ~Join() { if (thread.joinable()) thread.join(); }
        } join{victim};
        qint64 pid = 0;
        QTRY_VERIFY_WITH_TIMEOUT((pid = activeBackend()) > 0, 20000);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        victim.join();
        QVERIFY(opened);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QLatin1String("ended the connection")), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(serverBack(), 60000);

        // The CLI: exit 1, the same sentence, the local data set untouched.
        QProcess cli;
        startCli(cli, cliUrl(m_env.value(QStringLiteral("PGPORT")), QStringLiteral("events_slow")));
        QTRY_VERIFY_WITH_TIMEOUT((pid = activeBackend()) > 0, 20000);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(err.contains(QLatin1String("ended the connection")), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(serverBack(), 60000);
        QCOMPARE(dataSetDigest(), before);
        // And the server answers a new session normally.
        PgEventSource again;
        QVERIFY2(again.open(connection(QStringLiteral("events_nulls")), password(), &error), qPrintable(error));
        PathAggregate paths;
        QVERIFY2(again.paths(JourneyQuery(), PathLevel::Channel, paths, &error), qPrintable(error));
        QCOMPARE(paths.summary.journeys, 2);
    }
};

QTEST_GUILESS_MAIN(TestWarehouse)
#include "tst_warehouse.moc"
