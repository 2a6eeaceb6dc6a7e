#include "analyticwhatif.h"
#include "eventcache.h"
#include "eventimporter.h"
#include "journeychain.h"
#include "kpimeasure.h"
#include "montecarlo.h"
#include "pathanalysis.h"
#include "samplegenerator.h"
#include "sampleproject.h"
#include "scenarioeffects.h"
#include "segmentfilter.h"
#include "testregistry.h"
#include "testsupport.h"

#include "model/lookup.h"

#include <QTest>

#include <cmath>

using namespace omnimap;
using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

JourneyChain dataChain(TempDataSet &t, const Project &project)
{
    const EventColumnsPtr events = loadEventColumns(t.dataSet);
    JourneyOptions options;
    const Journeys journeys = buildJourneys(*events, options);
    return chainFromJourneys(journeys, *events, project.journeys.first(), options);
}

void checkDistribution(const JourneyChain &chain)
{
    double entry = 0.0;
    for (double e : chain.entry)
        entry += e;
    QVERIFY(std::fabs(entry - 1.0) < 1e-12);
    for (int s = 0; s < chain.size(); ++s) {
        double row = 0.0;
        for (int c = 0; c < chain.columns(); ++c) {
            QVERIFY(chain.p(s, c) >= 0.0);
            row += chain.p(s, c);
        }
        QVERIFY2(std::fabs(row - 1.0) < 1e-12, qPrintable(QString::number(row)));
    }
}

} // namespace

class TstSimulation : public QObject
{
    Q_OBJECT

private:
    Project m_project = sampleProject();
    TempDataSet m_data; // 30 000 generated events shared by the read-only tests

private slots:
    void initTestCase()
    {
        GeneratorOptions options;
        options.events = 30000;
        options.seed = 42;
        const GeneratorResult result = generateSample(m_data.dataSet, m_project, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.events, 30000);
        QVERIFY(result.conversions > 100);
    }

    void generatorIsDeterministic()
    {
        GeneratorOptions options;
        options.events = 3000;
        options.seed = 42;
        TempDataSet a, b, c;
        QVERIFY(generateSample(a.dataSet, m_project, options).ok);
        QVERIFY(generateSample(b.dataSet, m_project, options).ok);
        options.seed = 43;
        QVERIFY(generateSample(c.dataSet, m_project, options).ok);
        QCOMPARE(a.dataSet.eventCount(), 3000);
        QCOMPARE(dumpDataSet(a.dataSet), dumpDataSet(b.dataSet));
        QVERIFY(dumpDataSet(a.dataSet) != dumpDataSet(c.dataSet));
        // Stored in journey order, so the cache needs no sort.
        QVERIFY(loadEventColumns(a.dataSet)->wasSorted);
    }

    void generatedCustomersMatchPersonas()
    {
        const EventColumnsPtr events = loadEventColumns(m_data.dataSet);
        for (const Persona &persona : m_project.personas) {
            std::vector<std::uint8_t> mask;
            QVERIFY(segmentCustomerMask(m_data.dataSet, persona.segmentRule, events->customerLimit, mask));
            const auto selected = std::count(mask.begin(), mask.end(), 1);
            QVERIFY2(selected > events->customerLimit / 5, qPrintable(persona.name));
            QVERIFY(selected < events->customerLimit);
        }
        // Events after a purchase exist (retention / advocacy stages).
        const auto funnel = stageFunnel(*events, {}, {});
        QCOMPARE(funnel.size(), std::size_t(5));
        QVERIFY(funnel[3].customers > 0);
    }

    void chainsAreDistributions()
    {
        checkDistribution(dataChain(m_data, m_project));
        const JourneyChain plan = chainFromPlan(m_project, m_project.journeys.first(), &m_project.personas.first());
        checkDistribution(plan);
        QCOMPARE(plan.source, QStringLiteral("plan"));
        QCOMPARE(plan.size(), 6); // cells up to the purchase stage
    }

    void monteCarloIsDeterministic()
    {
        const JourneyChain chain = dataChain(m_data, m_project);
        MonteCarloOptions options;
        options.customers = 50000;
        options.seed = 9;
        options.threads = 1;
        const MonteCarloResult one = simulateMonteCarlo(chain, options);
        options.threads = 2;
        const MonteCarloResult two = simulateMonteCarlo(chain, options);
        options.threads = 5;
        const MonteCarloResult five = simulateMonteCarlo(chain, options);
        QVERIFY(one.ok && two.ok && five.ok);
        for (const MonteCarloResult *other : {&two, &five}) {
            QCOMPARE(other->conversions, one.conversions);
            QCOMPARE(other->stateVisits, one.stateVisits);
            QCOMPARE(other->stageReach, one.stageReach);
            QCOMPARE(other->revenue, one.revenue); // bit-identical: block-ordered sums
            QCOMPARE(other->timeToConvertDays.value, one.timeToConvertDays.value);
        }
        options.seed = 10;
        QVERIFY(simulateMonteCarlo(chain, options).stateVisits != one.stateVisits);

        // Progress comes on the calling thread; cancelling stops the run.
        std::atomic<bool> cancel{false};
        std::int64_t lastDone = -1;
        options.cancel = &cancel;
        options.threads = 1; // the calling thread runs every block, so it sees the flag
        options.progress = [&](std::int64_t done, std::int64_t total) {
            QCOMPARE(total, std::int64_t(50000));
            QVERIFY(done > lastDone);
            lastDone = done;
            if (done > 20000)
                cancel = true;
        };
        const MonteCarloResult cancelled = simulateMonteCarlo(chain, options);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        QVERIFY(lastDone > 0);
    }

    void monteCarloAgreesWithAnalytic()
    {
        const JourneyChain chain = dataChain(m_data, m_project);
        MonteCarloOptions options;
        options.customers = 200000;
        const MonteCarloResult mc = simulateMonteCarlo(chain, options);
        const AnalyticResult exact = analyseChain(chain);
        QVERIFY(exact.ok);
        const auto within = [](double estimate, double truth, double sigma) { return std::fabs(estimate - truth) <= 5.0 * sigma + 1e-12; };
        const double p = exact.conversionProbability;
        QVERIFY2(within(mc.conversionRate.value, p, std::sqrt(p * (1 - p) / 200000.0)),
                 qPrintable(QStringLiteral("%1 vs %2").arg(mc.conversionRate.value).arg(p)));
        QVERIFY(mc.conversionRate.low <= mc.conversionRate.value && mc.conversionRate.value <= mc.conversionRate.high);
        for (std::size_t s = 0; s < exact.stageReach.size(); ++s) {
            const double r = exact.stageReach[s];
            QVERIFY2(within(mc.stageReachRate[s].value, r, std::sqrt(r * (1 - r) / 200000.0)), qPrintable(QString::number(s)));
        }
        const double revenueSigma = (mc.revenuePerCustomer.high - mc.revenuePerCustomer.low) / (2 * 1.96);
        QVERIFY(within(mc.revenuePerCustomer.value, exact.revenuePerCustomer, revenueSigma));
        const double ttcSigma = (mc.timeToConvertDays.high - mc.timeToConvertDays.low) / (2 * 1.96);
        QVERIFY2(within(mc.timeToConvertDays.value, exact.timeToConvertDays, ttcSigma),
                 qPrintable(QStringLiteral("%1 vs %2").arg(mc.timeToConvertDays.value).arg(exact.timeToConvertDays)));
    }

    void scenariosMoveTheRightWay()
    {
        const JourneyChain base = dataChain(m_data, m_project);
        const double p0 = analyseChain(base).conversionProbability;
        auto withScenario = [&](const char *id) {
            JourneyChain chain = base;
            const Scenario *scenario = findById(m_project.scenarios, QString::fromLatin1(id));
            const QStringList warnings = applyScenario(chain, m_project, *scenario);
            if (!warnings.isEmpty())
                qWarning("%s", qPrintable(warnings.join(QLatin1Char('\n'))));
            checkDistribution(chain);
            return chain;
        };
        QVERIFY(analyseChain(withScenario("sc-remove-email")).conversionProbability < p0);
        QVERIFY(analyseChain(withScenario("sc-boost-store")).conversionProbability > p0);
        const JourneyChain shifted = withScenario("sc-shift");
        double snsBefore = 0.0, snsAfter = 0.0;
        for (int s = 0; s < base.size(); ++s) {
            if (base.states[std::size_t(s)].channel == QLatin1String("sns")) {
                snsBefore += base.entry[std::size_t(s)];
                snsAfter += shifted.entry[std::size_t(s)];
            }
        }
        QVERIFY(snsAfter < snsBefore);
        // The Monte Carlo sees the same direction with the same seed.
        MonteCarloOptions options;
        options.customers = 100000;
        QVERIFY(simulateMonteCarlo(withScenario("sc-remove-email"), options).conversions
                < simulateMonteCarlo(base, options).conversions);

        JourneyChain set = base;
        setOutcome(set, 0, set.conversionColumn(), 0.3);
        QCOMPARE(set.p(0, set.conversionColumn()), 0.3);
        checkDistribution(set);
    }

    void kpiStatusThresholds()
    {
        QCOMPARE(kpiStatus(10.0, 10.0, KpiDirection::Increase), KpiStatus::OnTrack);
        QCOMPARE(kpiStatus(9.5, 10.0, KpiDirection::Increase), KpiStatus::AtRisk);
        QCOMPARE(kpiStatus(8.9, 10.0, KpiDirection::Increase), KpiStatus::OffTrack);
        QCOMPARE(kpiStatus(4.0, 5.0, KpiDirection::Decrease), KpiStatus::OnTrack);
        QCOMPARE(kpiStatus(5.4, 5.0, KpiDirection::Decrease), KpiStatus::AtRisk);
        QCOMPARE(kpiStatus(6.0, 5.0, KpiDirection::Decrease), KpiStatus::OffTrack);
        QCOMPARE(kpiStatus(6.0, std::nullopt, KpiDirection::Decrease), KpiStatus::NoTarget);
    }

    void measuresKpis()
    {
        TempDataSet t;
        const QByteArray csv = "customer,ts,channel,stage,event_type\n"
                               "a,2024-01-01,web,consideration,visit\n"
                               "a,2024-01-02,web,consideration,visit\n"
                               "a,2024-01-03,store,purchase,add_to_cart\n"
                               "a,2024-01-03,store,purchase,purchase\n"
                               "b,2024-02-01,sns,awareness,impression\n"
                               "b,2024-02-01,sns,awareness,click\n"
                               "b,2024-02-02,web,consideration,visit\n"
                               "b,2024-02-03,web,consideration,visit\n";
        QVERIFY(importEventsCsvBytes(t.dataSet, csv, QStringLiteral("k.csv"), {}).ok);
        Project project = m_project;
        project.kpis.append(project.kpis.first());
        project.kpis.last().id = QStringLiteral("k-window");
        project.kpis.last().binding->windowDays = 7; // February only
        const std::vector<KpiValue> values = measureKpis(project, *loadEventColumns(t.dataSet));
        QCOMPARE(values.size(), std::size_t(5));
        QCOMPARE(values[0].value, 25.0); // 1 purchase / 4 visits, percent
        QCOMPARE(values[0].status, KpiStatus::OnTrack);
        QCOMPARE(values[1].value, 1.0);
        QCOMPARE(values[1].status, KpiStatus::OffTrack);
        QCOMPARE(values[2].value, 100.0);
        QCOMPARE(values[3].value, 1.0); // carts at the store, purchase stage
        QVERIFY(values[4].measured);
        QCOMPARE(values[4].value, 0.0); // no purchase in the last 7 days
        QCOMPARE(values[4].denominator, 2.0);
    }

    void simulatedKpis()
    {
        const JourneyChain chain = dataChain(m_data, m_project);
        MonteCarloOptions options;
        options.customers = 20000;
        const MonteCarloResult mc = simulateMonteCarlo(chain, options);
        const std::vector<KpiValue> values = omnimap::sim::simulatedKpis(m_project, m_project.journeys.first(), chain, mc);
        QCOMPARE(values.size(), std::size_t(4));
        QCOMPARE(values[1].value, double(mc.conversions));
        QVERIFY(values[0].measured && values[0].value > 0.0);
        QVERIFY(values[3].value > 0.0);
    }
};

OMNIMAP_SIM_TEST(TstSimulation)
#include "tst_simulation.moc"
