// Reading an experiment from a data set: counting rules on a hand-made CSV, the planted
// effect of the sample generator found again, and the false-positive rate of a null
// effect over many seeds.

#include "eventcache.h"
#include "eventimporter.h"
#include "experimentreadout.h"
#include "samplegenerator.h"

#include "format/projectfile.h"
#include "model/lookup.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace omnimap;
using namespace omnimap::sim;

namespace {

const Id kDetail = QStringLiteral("a9552723-84fc-554d-a1ca-63b845c8b46e");   // 상품 상세 · 리뷰 · 페어링 (고려)
const Id kPickupKpi = QStringLiteral("27e5362f-0168-53ae-975b-1a20407094e5"); // bound: purchase at 구매
const Id kRepeatKpi = QStringLiteral("f44d73e7-2359-5598-856b-ab2c7d3cfaaf"); // bound: repurchase at 유지
const Id kUnboundKpi = QStringLiteral("9fce4c97-226f-5327-bd4d-c84d3ee52397");

Project retailWithExperiment(std::vector<double> split = {50.0, 50.0})
{
    LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
    Project p = *loaded.project;
    Experiment x = newExperiment(QStringLiteral("Detail page copy"));
    x.primaryKpiId = kPickupKpi;
    x.guardrailKpiIds = {kRepeatKpi};
    x.minimumDetectableEffect = 0.03;
    x.variants.clear();
    const char *labels[] = {"A", "B", "C"};
    for (std::size_t i = 0; i < split.size(); ++i)
        x.variants.append(ExperimentVariant{newId(), QString::fromLatin1(labels[i]), {}, split[i], ExtraFields::object()});
    findById(p.journeys.first().touchpoints, kDetail)->experiment = x;
    return p;
}

ExperimentPlace placeOf(const Project &p)
{
    return *findExperiment(p, QString());
}

struct Generated
{
    QTemporaryDir dir;
    DataSet dataSet;
    EventColumnsPtr events;
    CustomerVariants variants;
};

bool generate(Generated &g, const Project &p, std::int64_t events, std::uint64_t seed,
              std::vector<std::pair<QString, double>> effects, QString *error = nullptr)
{
    if (!g.dataSet.open(g.dir.filePath(QStringLiteral("d.sqlite")), DataSet::OpenMode::Create))
        return false;
    GeneratorOptions options;
    options.events = events;
    options.seed = seed;
    options.effects = std::move(effects);
    const GeneratorResult result = generateSample(g.dataSet, p, options);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    g.events = loadEventColumns(g.dataSet);
    return g.events && loadCustomerVariants(g.dataSet, g.variants);
}

} // namespace

class TestExperimentData : public QObject
{
    Q_OBJECT
private slots:
    void countsByHand()
    {
        // Six customers; the experiment is on the touchpoint "detail", conversions are
        // "purchase" events (the pickup KPI's numerator, at stage 구매).
        //   c1 A: detail → purchase                          exposed, converted
        //   c2 A: purchase → detail                          exposed, NOT converted (bought before)
        //   c3 B: detail, detail, purchase                   exposed, converted
        //   c4 B: visit elsewhere only                       assigned, not exposed
        //   c5 Z: detail → purchase                          exposed, unknown label
        //   c6 —: detail                                     exposed, no variant
        const QByteArray csv =
            "customer_id,timestamp,channel,touchpoint,stage,event_type,variant\n"
            "c1,2024-01-01T10:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,visit,A\n"
            "c1,2024-01-02T10:00:00Z,앱,,구매,purchase,A\n"
            "c2,2024-01-01T09:00:00Z,앱,,구매,purchase,a\n"
            "c2,2024-01-03T10:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,visit,a\n"
            "c3,2024-01-01T10:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,visit,B\n"
            "c3,2024-01-01T11:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,click,B\n"
            "c3,2024-01-04T10:00:00Z,매장,,구매,purchase,B\n"
            "c4,2024-01-05T10:00:00Z,웹,elsewhere,인지,visit,B\n"
            "c5,2024-01-02T10:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,visit,Z\n"
            "c5,2024-01-02T12:00:00Z,앱,,구매,purchase,Z\n"
            "c6,2024-01-11T10:00:00Z,앱,상품 상세 · 리뷰 · 페어링,고려,visit,\n";
        QTemporaryDir dir;
        DataSet ds;
        QVERIFY(ds.open(dir.filePath(QStringLiteral("d.sqlite")), DataSet::OpenMode::Create));
        // No mapping: the "variant" column becomes the customer attribute by its name.
        const ImportResult imported = importEventsCsvBytes(ds, csv, QStringLiteral("ab.csv"), {});
        QVERIFY2(imported.ok, qPrintable(imported.error));
        const EventColumnsPtr events = loadEventColumns(ds);
        CustomerVariants variants;
        QVERIFY(loadCustomerVariants(ds, variants));
        QCOMPARE(variants.assigned, 5); // c6 has an empty value
        const Project p = retailWithExperiment();
        const ExperimentReadout r = readExperiment(p, placeOf(p), *events, variants);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        QCOMPARE(r.variants.size(), std::size_t(2));
        QCOMPARE(r.variants[0].assigned, 2);
        QCOMPARE(r.variants[0].outcome.trials, 2);
        QCOMPARE(r.variants[0].outcome.successes, 1);
        QCOMPARE(r.variants[1].assigned, 2);
        QCOMPARE(r.variants[1].outcome.trials, 1);
        QCOMPARE(r.variants[1].outcome.successes, 1);
        QCOMPARE(r.unassignedExposures, 2); // c5 (label Z) and c6 (none)
        QCOMPARE(r.unknownLabels, QStringList{QStringLiteral("Z")});
        // Funnel over the plan's stages (인지, 고려, 구매, 유지, 옹호): A: c1, c2 reach 고려
        // and 구매; B: c3 reaches 고려 and 구매, c4 only 인지.
        QCOMPARE(r.variants[0].funnel, (std::vector<std::int64_t>{0, 2, 2, 0, 0}));
        QCOMPARE(r.variants[1].funnel, (std::vector<std::int64_t>{1, 1, 1, 0, 0}));
        // Exposed: c1, c2, c3, c5, c6; a purchase after exposure: c1, c3, c5 → baseline 3/5.
        // The data span 01-01 09:00 … 01-11 10:00 = 241 hours: 5 exposures per 241/24 days.
        QVERIFY(r.plan.baselineMeasured);
        QCOMPARE(r.plan.baseline, 3.0 / 5.0);
        QVERIFY(std::fabs(r.plan.exposuresPerDay - 5.0 / (241.0 / 24.0)) < 1e-12);
        // Tiny samples: read early, nothing decided, and no NaN anywhere.
        QVERIFY(r.readEarly);
        QCOMPARE(r.verdict, ExperimentVerdict::NoDifferenceYet);
        for (const VariantResult &v : r.variants)
            QVERIFY(std::isfinite(v.probabilityBest));

        // The experiment's dates cut events: from 2024-01-02 c1's exposure (01-01) is out,
        // its purchase (01-02) is in but it was never exposed in the window.
        Project dated = p;
        findById(dated.journeys.first().touchpoints, kDetail)->experiment->start = QStringLiteral("2024-01-02");
        const ExperimentReadout d = readExperiment(dated, placeOf(dated), *events, variants);
        QCOMPARE(d.variants[0].outcome.trials, 1); // c2 only
        QCOMPARE(d.variants[0].outcome.successes, 0);
        // c3's detail visits were on 01-01, so in the window B has no exposure at all:
        // no result, and the message names the variant.
        QCOMPARE(d.variants[1].outcome.trials, 0);
        QCOMPARE(d.verdict, ExperimentVerdict::NotReadable);
        QVERIFY2(d.reason.contains(QStringLiteral("\"B\"")), qPrintable(d.reason));
    }

    void badDesignsSayWhy()
    {
        Generated g;
        QVERIFY(generate(g, retailWithExperiment(), 3000, 3, {}));
        // A split that does not add to 100 %.
        Project p = retailWithExperiment({50.0, 30.0});
        ExperimentReadout r = readExperiment(p, placeOf(p), *g.events, g.variants);
        QCOMPARE(r.verdict, ExperimentVerdict::NotReadable);
        QVERIFY2(r.reason.contains(QStringLiteral("80")), qPrintable(r.reason));
        // A primary KPI without a binding.
        p = retailWithExperiment();
        findById(p.journeys.first().touchpoints, kDetail)->experiment->primaryKpiId = kUnboundKpi;
        r = readExperiment(p, placeOf(p), *g.events, g.variants);
        QCOMPARE(r.verdict, ExperimentVerdict::NotReadable);
        QVERIFY2(r.reason.contains(QStringLiteral("binding")), qPrintable(r.reason));
        // A variant nobody carries: no exposures, named in the message.
        p = retailWithExperiment({40.0, 30.0, 30.0});
        r = readExperiment(p, placeOf(p), *g.events, g.variants);
        QCOMPARE(r.verdict, ExperimentVerdict::NotReadable);
        QVERIFY2(r.reason.contains(QStringLiteral("\"C\"")), qPrintable(r.reason));
        QVERIFY(!r.variants[2].rateInterval);
        // A data set without any variant attribute says how to add one.
        CustomerVariants none;
        p = retailWithExperiment();
        r = readExperiment(p, placeOf(p), *g.events, none);
        QVERIFY2(r.reason.contains(QStringLiteral("attr:variant")), qPrintable(r.reason));
        // An --effect for a label the experiment does not have is refused before writing.
        Generated bad;
        QString error;
        QVERIFY(!generate(bad, retailWithExperiment(), 1000, 1, {{QStringLiteral("Q"), 0.1}}, &error));
        QVERIFY2(error.contains(QStringLiteral("Q")), qPrintable(error));
    }

    void plantedLiftIsFound()
    {
        const Project p = retailWithExperiment();
        Generated g;
        QString error;
        QVERIFY2(generate(g, p, 400000, 11, {{QStringLiteral("B"), 0.05}}, &error), qPrintable(error));
        const ExperimentReadout r = readExperiment(p, placeOf(p), *g.events, g.variants);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));
        const VariantResult &b = r.variants[1];
        QVERIFY(b.lift && b.test);
        qInfo("A %lld/%lld, B %lld/%lld, lift %.4f [%.4f, %.4f], p %.3g", qlonglong(r.variants[0].outcome.successes),
              qlonglong(r.variants[0].outcome.trials), qlonglong(b.outcome.successes), qlonglong(b.outcome.trials),
              b.lift->absolute, b.lift->absoluteInterval.low, b.lift->absoluteInterval.high, b.test->pValue);
        // The planted +5 points lies inside the 95 % interval, and the test sees it.
        QVERIFY(b.lift->absoluteInterval.low < 0.05 && 0.05 < b.lift->absoluteInterval.high);
        QVERIFY(b.test->pValue < 0.001);
        QVERIFY(!r.sampleRatio->mismatch);
        QCOMPARE(r.verdict, ExperimentVerdict::ShipVariant);
        QCOMPARE(r.verdictText, QStringLiteral("Ship B"));
        QVERIFY(b.probabilityBest > 0.99);
        // A planted harm is found too, and keeps the control.
        Generated h;
        QVERIFY(generate(h, p, 400000, 12, {{QStringLiteral("B"), -0.05}}, &error));
        const ExperimentReadout worse = readExperiment(p, placeOf(p), *h.events, h.variants);
        QVERIFY(worse.variants[1].lift->absoluteInterval.low < -0.05 && -0.05 < worse.variants[1].lift->absoluteInterval.high);
        QCOMPARE(worse.verdict, ExperimentVerdict::KeepControl);
    }

    void nullEffectFalsePositiveRate()
    {
        // With no planted effect, "significant at α = 0.05" must happen in about 5 % of
        // seeds. 200 seeds: the count is Binomial(200, 0.05) (mean 10, sd 3.1); outside
        // 2..20 has probability < 0.2 % for a correct test.
        const Project p = retailWithExperiment();
        int significant = 0, srm = 0;
        const int seeds = 200;
        for (int seed = 1; seed <= seeds; ++seed) {
            Generated g;
            QVERIFY(generate(g, p, 6000, std::uint64_t(1000 + seed), {}));
            const ExperimentReadout r = readExperiment(p, placeOf(p), *g.events, g.variants);
            QVERIFY(r.problems.isEmpty());
            significant += r.variants[1].significant ? 1 : 0;
            srm += r.sampleRatio && r.sampleRatio->mismatch ? 1 : 0;
        }
        qInfo("null effect: %d of %d seeds significant at 0.05; %d sample-ratio alarms at 0.001", significant, seeds, srm);
        QVERIFY2(significant >= 2 && significant <= 20, qPrintable(QString::number(significant)));
        QVERIFY(srm <= 3); // Binomial(200, 0.001): more than 3 has probability < 0.01 %
    }
};

QTEST_GUILESS_MAIN(TestExperimentData)
#include "tst_experimentdata.moc"
