// Before and after a campaign (issue 14 item 3): a hand-made data set imported through the
// real CSV pipeline, the campaign's KPIs before and during it, the differences with their
// 95 % intervals and the difference-in-differences against a channel and against a
// segment, all against numbers worked out by hand below (and re-derived from the counts
// by a reference written for clarity); bad input; `omnimap-cli campaign-effect` end to end.

#include "campaigneffect.h"
#include "campaigneffecttables.h"
#include "dataset.h"
#include "eventcache.h"
#include "eventimporter.h"

#include "format/projectfile.h"
#include "model/campaigncomparison.h"

#include "campaigneffectfixture.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace omnimap;
using namespace omnimap::sim;
using omnimap::testing::fixtureCsv;
using omnimap::testing::fixtureProject;

namespace {

constexpr double kZ = 1.959963984540054;

// ---- the reference, written for clarity ------------------------------------------------

struct Ci
{
    double value, low, high;
};

/// Wilson score interval of x out of n.
std::pair<double, double> wilson(double x, double n)
{
    const double p = x / n, z2 = kZ * kZ;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = kZ / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {centre - half, centre + half};
}

/// Newcombe's hybrid score interval for p2 − p1, in points.
Ci newcombe(double x1, double n1, double x2, double n2)
{
    const double p1 = x1 / n1, p2 = x2 / n2;
    const auto [l1, u1] = wilson(x1, n1);
    const auto [l2, u2] = wilson(x2, n2);
    const double d = p2 - p1;
    return {100 * d, 100 * (d - std::hypot(p2 - l2, u1 - p1)), 100 * (d + std::hypot(u2 - p2, p1 - l1))};
}

Ci normal(double value, double variance)
{
    return {value, value - kZ * std::sqrt(variance), value + kZ * std::sqrt(variance)};
}

void near(double actual, double expected, const char *what)
{
    QVERIFY2(std::abs(actual - expected) < 1e-6, qPrintable(QStringLiteral("%1: %2, expected %3")
                                                                .arg(QLatin1String(what)).arg(actual, 0, 'g', 12).arg(expected, 0, 'g', 12)));
}

void nearCi(const std::optional<EffectEstimate> &e, const Ci &expected, const char *what)
{
    QVERIFY2(e.has_value(), what);
    near(e->value, expected.value, what);
    near(e->interval.low, expected.low, what);
    near(e->interval.high, expected.high, what);
}

const KpiEffect *byName(const CampaignEffect &e, const QString &name)
{
    for (const KpiEffect &k : e.kpis) {
        if (k.name == name)
            return &k;
    }
    return nullptr;
}

} // namespace

class TestCampaignEffect : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;
    EventColumnsPtr m_events;

    CampaignEffect run(const Project &p, std::optional<ComparisonKind> kind = std::nullopt, const QString &id = {})
    {
        EffectSetup setup;
        QString error;
        if (!prepareCampaignEffect(p, p.campaigns.at(0), setup, &error, kind, id))
            qFatal("%s", qPrintable(error));
        DataSet ds;
        if (!ds.open(m_data) || !loadEffectSegments(ds, setup, m_events->customerLimit, &error))
            qFatal("%s", qPrintable(error));
        CampaignEffect e;
        if (!campaignEffect(setup, *m_events, e, &error))
            qFatal("%s", qPrintable(error));
        return e;
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(QStringLiteral("effect.sqlite"));
        DataSet ds;
        QVERIFY(ds.open(m_data, DataSet::OpenMode::Create));
        const ImportResult imported = importEventsCsvBytes(ds, fixtureCsv(), QStringLiteral("effect.csv"), {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        m_events = loadEventColumns(ds);
        QVERIFY(m_events);
        QCOMPARE(m_events->size(), std::size_t(350 + 35 + 420 + 58 + 2));
    }

    void beforeAndAfterByHand()
    {
        const CampaignEffect e = run(fixtureProject());
        QCOMPARE(e.beforeFirst, QDate(2024, 3, 4));
        QCOMPARE(e.beforeLast, QDate(2024, 3, 10));
        QCOMPARE(e.days, 7);
        QCOMPARE(e.eventsBefore, 385);
        QCOMPARE(e.eventsDuring, 478);
        QVERIFY2(e.notes.isEmpty(), qPrintable(e.notes.join(QLatin1Char('\n'))));
        // The campaign's journey and the plan-wide KPIs, in plan order; not "Other journey".
        QCOMPARE(e.kpis.size(), std::size_t(4));
        QCOMPARE(e.kpis[0].name, QStringLiteral("Conversion"));
        QCOMPARE(e.kpis[2].name, QStringLiteral("NPS"));

        // Conversion: 35/350 = 10 % → 58/420 = 13.8095 %; Newcombe: +3.8095 (−0.8516 … 8.3455),
        // by hand (Wilson limits 0.07301/0.13554 and 0.10858/0.17402).
        const KpiEffect &conv = e.kpis[0];
        QCOMPARE(conv.method, EffectMethod::TwoProportion);
        near(conv.before.value, 10.0, "conversion before");
        near(conv.during.value, 5800.0 / 420.0, "conversion during");
        nearCi(conv.difference, newcombe(35, 350, 58, 420), "conversion difference (reference)");
        nearCi(conv.difference, {3.8095238095238098, -0.85163370963166, 8.34553280871006}, "conversion difference (by hand)");
        QVERIFY(!conv.difference->significant());
        QVERIFY(!conv.did && conv.didNote.isEmpty()); // no comparison asked

        // Purchases (count, Poisson): 35 → 58, +23 ± 1.96·√93 = 4.0988 … 41.9012: significant.
        const KpiEffect &count = e.kpis[1];
        QCOMPARE(count.method, EffectMethod::Count);
        nearCi(count.difference, normal(23, 35 + 58), "purchases difference (reference)");
        nearCi(count.difference, {23, 4.098791828971525, 41.90120817102847}, "purchases difference (by hand)");
        QVERIFY(count.difference->significant());

        // No binding: a message, no number.
        const KpiEffect &nps = e.kpis[2];
        QVERIFY(!nps.before.measured && !nps.during.measured && !nps.difference);
        QVERIFY(nps.differenceNote.contains(QStringLiteral("binding")));

        // Visits per purchase (a ratio: Poisson visits given purchases): 10 → 7.2414,
        // −2.7586, variance 350/35² + 420/58².
        const KpiEffect &rate = e.kpis[3];
        QCOMPARE(rate.method, EffectMethod::Rate);
        nearCi(rate.difference, normal(420.0 / 58 - 10, 350.0 / (35 * 35) + 420.0 / (58 * 58)), "rate difference");
        nearCi(rate.difference, {-2.7586206896551726, -4.014475398491247, -1.502765980819098}, "rate difference (by hand)");
    }

    void differenceInDifferencesByChannel()
    {
        const CampaignEffect e = run(fixtureProject(), ComparisonKind::Channel, QStringLiteral("store"));
        QCOMPARE(e.comparisonName, QStringLiteral("Store"));
        QCOMPARE(e.treatedName, QStringLiteral("App"));
        const KpiEffect &conv = *byName(e, QStringLiteral("Conversion"));
        // App 10 % → 16 % (+6), store 10 % → 10.833 % (+0.833): DiD +5.1667 points, Wald.
        near(conv.treatedBefore.value, 10.0, "treated before");
        near(conv.treatedDuring.value, 16.0, "treated during");
        near(conv.comparisonBefore.value, 10.0, "comparison before");
        near(conv.comparisonDuring.value, 1300.0 / 120.0, "comparison during");
        const double v = 1e4 * (0.1 * 0.9 / 200 + 0.16 * 0.84 / 250 + 0.1 * 0.9 / 100 + (13.0 / 120) * (107.0 / 120) / 120);
        nearCi(conv.did, normal(6.0 - (1300.0 / 120 - 10), v), "conversion DiD (reference)");
        nearCi(conv.did, {5.166666666666666, -5.003595423340217, 15.336928756673549}, "conversion DiD (by hand)");
        // Purchases: (40 − 20) − (13 − 10) = 17, variance 20 + 40 + 10 + 13.
        nearCi(byName(e, QStringLiteral("Purchases"))->did, {17, -0.8561216986671667, 34.85612169866717}, "purchases DiD");
        // Visits per purchase: (6.25 − 10) − (9.2308 − 10) = −2.9808.
        nearCi(byName(e, QStringLiteral("Visits per purchase"))->did,
               {-2.98076923076923, -5.9957450581554355, 0.034206596616976004}, "rate DiD");
        QVERIFY(!byName(e, QStringLiteral("NPS"))->did);
    }

    void differenceInDifferencesBySegment()
    {
        // North (the campaign's persona) holds exactly the app customers, South the store
        // customers: the same four cells as by channel.
        Project p = fixtureProject();
        setCampaignComparison(p.campaigns[0], {{}, p.personas.at(1).id}); // stored in the plan
        const CampaignEffect e = run(p);
        QCOMPARE(e.comparison, ComparisonKind::Segment);
        QCOMPARE(e.treatedName, QStringLiteral("North"));
        nearCi(byName(e, QStringLiteral("Conversion"))->did, {5.166666666666666, -5.003595423340217, 15.336928756673549},
               "segment DiD");
        nearCi(byName(e, QStringLiteral("Purchases"))->did, {17, -0.8561216986671667, 34.85612169866717}, "segment purchases DiD");
    }

    void badInput()
    {
        Project p = fixtureProject();
        EffectSetup setup;
        QString error;
        // The campaign touches App: not a comparison.
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error, ComparisonKind::Channel, QStringLiteral("App")));
        QVERIFY2(error.contains(QStringLiteral("touches")), qPrintable(error));
        // Its own persona is not a comparison either.
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error, ComparisonKind::Segment, QStringLiteral("North")));
        QVERIFY2(error.contains(QStringLiteral("targets")), qPrintable(error));
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error, ComparisonKind::Channel, QStringLiteral("Fax")));
        QVERIFY2(error.contains(QStringLiteral("not in the plan")), qPrintable(error));
        // Both stored: ambiguous.
        setCampaignComparison(p.campaigns[0], {p.channels.at(1).id, p.personas.at(1).id});
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error));
        setCampaignComparison(p.campaigns[0], {campaignComparison(p.campaigns[0]).channelId, {}});
        QVERIFY(prepareCampaignEffect(p, p.campaigns[0], setup, &error));
        QCOMPARE(setup.comparison, ComparisonKind::Channel);
        // No dates.
        p.campaigns[0].end.clear();
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error));
        QVERIFY2(error.contains(QStringLiteral("no start or end date")), qPrintable(error));
        p.campaigns[0].end = QStringLiteral("2024-03-01");
        QVERIFY(!prepareCampaignEffect(p, p.campaigns[0], setup, &error));
        QVERIFY2(error.contains(QStringLiteral("before it starts")), qPrintable(error));
    }

    void periodWithoutData()
    {
        // A campaign after the data: no number anywhere, a message per KPI.
        Project p = fixtureProject();
        p.campaigns[0].start = QStringLiteral("2025-01-01");
        p.campaigns[0].end = QStringLiteral("2025-01-31");
        const CampaignEffect e = run(p, ComparisonKind::Channel, QStringLiteral("Store"));
        QCOMPARE(e.eventsBefore, 0);
        QCOMPARE(e.eventsDuring, 0);
        for (const KpiEffect &k : e.kpis) {
            QVERIFY(!k.before.measured && !k.during.measured && !k.difference && !k.did);
            QVERIFY(!k.differenceNote.isEmpty() && !k.didNote.isEmpty());
        }
        QVERIFY(byName(e, QStringLiteral("Conversion"))->differenceNote.contains(QStringLiteral("No events in the data set from 2024-12-01 to 2024-12-31")));
        const QString text = renderTables(campaignEffectTables(e), QStringLiteral("json"));
        QVERIFY(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    }

    void partlyCoveredPeriod()
    {
        // 2024-03-02 … 03-08: "before" is 02-24 … 03-01 and the data start on 03-01. The
        // rates still compare (with a note); the counts do not.
        Project p = fixtureProject();
        p.campaigns[0].start = QStringLiteral("2024-03-02");
        p.campaigns[0].end = QStringLiteral("2024-03-08");
        const CampaignEffect e = run(p);
        QCOMPARE(e.notes.size(), 1);
        QVERIFY(e.notes.at(0).contains(QStringLiteral("2024-03-01")));
        const KpiEffect &count = *byName(e, QStringLiteral("Purchases"));
        QVERIFY(!count.difference);
        QVERIFY(count.differenceNote.contains(QStringLiteral("cover")));
        // Before: the lone app visit of 03-01 and no purchase: 0 %.
        const KpiEffect &conv = *byName(e, QStringLiteral("Conversion"));
        QVERIFY(conv.before.measured);
        QCOMPARE(conv.before.denominator, 1.0);
        QCOMPARE(conv.before.numerator, 0.0);
        QVERIFY(conv.difference);
    }

    void fileRoundTrip()
    {
        // The comparison is an optional campaign field: written only when set, read back.
        Project p = fixtureProject();
        QByteArray bytes = writeProject(p);
        QVERIFY(!bytes.contains("comparisonChannelId") && !bytes.contains("comparisonPersonaId"));
        setCampaignComparison(p.campaigns[0], {{}, p.personas.at(1).id});
        bytes = writeProject(p);
        QVERIFY(bytes.contains("\"comparisonPersonaId\""));
        const LoadResult back = readProject(bytes, QStringLiteral("plan.omnimap"));
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(campaignComparison(back.project->campaigns.at(0)).personaId, p.personas.at(1).id);
        QVERIFY(campaignComparison(back.project->campaigns.at(0)).channelId.isEmpty());
    }

    void commandLine()
    {
        const Project p = fixtureProject();
        const QString plan = m_dir.filePath(QStringLiteral("plan.omnimap"));
        QVERIFY(saveProjectFile(plan, p).ok);
        QProcess cli;
        cli.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("campaign-effect"), plan, QStringLiteral("--db"), m_data,
                                                    QStringLiteral("--campaign"), QStringLiteral("spring push"),
                                                    QStringLiteral("--compare-channel"), QStringLiteral("Store"),
                                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        const QJsonObject summary = json.value(QStringLiteral("campaign")).toArray().at(0).toObject();
        QCOMPARE(summary.value(QStringLiteral("before_start")).toString(), QStringLiteral("2024-03-04"));
        QCOMPARE(summary.value(QStringLiteral("comparison_kind")).toString(), QStringLiteral("channel"));
        const QJsonObject conv = json.value(QStringLiteral("kpis")).toArray().at(0).toObject();
        QCOMPARE(conv.value(QStringLiteral("kpi")).toString(), QStringLiteral("Conversion"));
        QVERIFY(std::abs(conv.value(QStringLiteral("did")).toDouble() - 5.166666666666666) < 1e-4);
        QVERIFY(std::abs(conv.value(QStringLiteral("difference_low")).toDouble() + 0.85163370963166) < 1e-4);

        // The campaign's own channel as the comparison: a clear error, exit 2 (invalid).
        cli.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("campaign-effect"), plan, QStringLiteral("--db"), m_data,
                                                    QStringLiteral("--campaign"), QStringLiteral("Spring push"),
                                                    QStringLiteral("--compare-channel"), QStringLiteral("App")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY(cli.exitCode() != 0);
        QVERIFY(cli.readAllStandardError().contains("touches the channel"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignEffect)
#include "tst_campaigneffect.moc"
