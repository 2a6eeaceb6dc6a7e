// Experiments in the plan model: the project file (round trip, migration, diagnostics),
// references, the three-way merge, and the design checks.

#include "format/projectfile.h"
#include "merge/projectmerge.h"
#include "model/lookup.h"
#include "plan/experimentplan.h"
#include "rules/ruleengine.h"
#include "validation/referencecheck.h"

#include <QFile>
#include <QTest>

using namespace omnimap;

namespace {

/// A small plan: one journey, store → app with a hand-off, a bound conversion KPI and
/// an unbound one.
Project plan()
{
    Project p;
    p.id = QStringLiteral("p");
    p.name = QStringLiteral("Test plan");
    p.channels = {Channel{QStringLiteral("ch-store"), QStringLiteral("Store"), ChannelKind::Store, {}, {}, {}, ExtraFields::object()},
                  Channel{QStringLiteral("ch-app"), QStringLiteral("App"), ChannelKind::App, {}, {}, {}, ExtraFields::object()}};
    Journey j;
    j.id = QStringLiteral("j");
    j.name = QStringLiteral("Journey");
    j.channelIds = {QStringLiteral("ch-store"), QStringLiteral("ch-app")};
    Stage s;
    s.id = QStringLiteral("st");
    s.name = QStringLiteral("Purchase");
    j.stages = {s};
    Touchpoint store, app;
    store.id = QStringLiteral("tp-store");
    store.stageId = s.id;
    store.channelId = QStringLiteral("ch-store");
    store.title = QStringLiteral("Store counter");
    app = store;
    app.id = QStringLiteral("tp-app");
    app.channelId = QStringLiteral("ch-app");
    app.title = QStringLiteral("Order app");
    j.touchpoints = {store, app};
    Handoff h;
    h.id = QStringLiteral("h");
    h.fromTouchpointId = store.id;
    h.toTouchpointId = app.id;
    h.label = QStringLiteral("QR scan");
    j.handoffs = {h};
    p.journeys = {j};
    Kpi conversion;
    conversion.id = QStringLiteral("k-conv");
    conversion.name = QStringLiteral("Conversion");
    conversion.binding = KpiBinding{QStringLiteral("purchase"), {}, {}, {}, {}, {}, 0};
    Kpi unbound;
    unbound.id = QStringLiteral("k-nps");
    unbound.name = QStringLiteral("NPS");
    p.kpis = {conversion, unbound};
    return p;
}

Experiment experiment(const QString &id, const QString &name)
{
    Experiment x;
    x.id = id;
    x.name = name;
    x.hypothesis = QStringLiteral("쿠폰 문구가 전환을 높인다");
    x.variants = {ExperimentVariant{id + QStringLiteral("-a"), QStringLiteral("A"), QStringLiteral("control"), 50.0, ExtraFields::object()},
                  ExperimentVariant{id + QStringLiteral("-b"), QStringLiteral("B"), QStringLiteral("new copy"), 50.0, ExtraFields::object()}};
    x.primaryKpiId = QStringLiteral("k-conv");
    x.guardrailKpiIds = {QStringLiteral("k-nps")};
    x.minimumDetectableEffect = 0.02;
    x.alpha = 0.05;
    x.power = 0.8;
    x.start = QStringLiteral("2024-01-01");
    x.end = QStringLiteral("2024-02-15");
    return x;
}

Project planWithExperiments()
{
    Project p = plan();
    p.journeys[0].touchpoints[1].experiment = experiment(QStringLiteral("x-copy"), QStringLiteral("App copy"));
    Experiment handoff = experiment(QStringLiteral("x-handoff"), QStringLiteral("QR vs SMS"));
    handoff.variants[0].label = QStringLiteral("qr");
    handoff.variants[1].label = QStringLiteral("sms");
    p.journeys[0].handoffs[0].experiment = handoff;
    return p;
}

bool mentions(const Diagnostics &ds, const QString &where)
{
    for (const Diagnostic &d : ds) {
        if (d.where.contains(where))
            return true;
    }
    return false;
}

} // namespace

class TestExperimentModel : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const Project p = planWithExperiments();
        const QByteArray bytes = writeProject(p);
        QVERIFY(bytes.contains("\"formatVersion\": 3"));
        QVERIFY(bytes.contains("\"minimumDetectableEffect\": 0.02"));
        const LoadResult loaded = readProject(bytes, QStringLiteral("x.omnimap"));
        QVERIFY2(loaded.ok() && loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.fileFormatVersion, 3);
        const Journey &j = loaded.project->journeys.first();
        QVERIFY(!j.touchpoints[0].experiment);
        QVERIFY(j.touchpoints[1].experiment == p.journeys[0].touchpoints[1].experiment);
        QVERIFY(j.handoffs[0].experiment == p.journeys[0].handoffs[0].experiment);
        QCOMPARE(j.touchpoints[1].experiment->hypothesis, QStringLiteral("쿠폰 문구가 전환을 높인다"));
        // Canonical: saving what was read gives the same bytes.
        QCOMPARE(writeProject(*loaded.project), bytes);
        // A plan without experiments writes no experiment key.
        QVERIFY(!writeProject(plan()).contains("experiment"));
    }

    void versionOneFilesMigrate()
    {
        QFile f(QStringLiteral(OMNIMAP_SOURCE_DIR "/tests/plan/data/clean-plan.omnimap"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The fixture is the writer's canonical current version (3) without KPI history or
        // experiments; as version 1 it is the same text but the number.
        QByteArray v1 = f.readAll();
        QVERIFY(v1.contains("\"formatVersion\": 3"));
        v1.replace("\"formatVersion\": 3", "\"formatVersion\": 1");
        const LoadResult loaded = readProject(v1, QStringLiteral("clean-plan.omnimap"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded.fileFormatVersion, 1);
        const QByteArray saved = writeProject(*loaded.project);
        QVERIFY(saved.contains("\"formatVersion\": 3"));
        // Only the version line differs: the steps change no data.
        QByteArray expected = v1;
        expected.replace("\"formatVersion\": 1", "\"formatVersion\": 3");
        QCOMPARE(saved, expected);
        // A file from a later version is refused with a reason, not half read.
        QByteArray v3 = v1;
        v3.replace("\"formatVersion\": 1", "\"formatVersion\": 4");
        const LoadResult newer = readProject(v3, QStringLiteral("newer.omnimap"));
        QVERIFY(!newer.ok());
        QVERIFY(newer.errorString().contains(QStringLiteral("newer")));
    }

    void badValuesAreDiagnosed()
    {
        QByteArray bytes = writeProject(planWithExperiments());
        bytes.replace("\"split\": 50.0", "\"split\": 150.0");
        LoadResult loaded = readProject(bytes, QStringLiteral("x.omnimap"));
        QVERIFY(mentions(loaded.diagnostics, QStringLiteral("/experiment/variants/0/split")));
        bytes = writeProject(planWithExperiments());
        bytes.replace("\"alpha\": 0.05", "\"alpha\": \"five\"");
        loaded = readProject(bytes, QStringLiteral("x.omnimap"));
        QVERIFY(mentions(loaded.diagnostics, QStringLiteral("/experiment/alpha")));
    }

    void referencesAndIds()
    {
        Project p = planWithExperiments();
        p.journeys[0].touchpoints[1].experiment->primaryKpiId = QStringLiteral("k-gone");
        p.journeys[0].handoffs[0].experiment->guardrailKpiIds = {QStringLiteral("k-also-gone")};
        const Diagnostics dangling = findDanglingReferences(p);
        QVERIFY(mentions(dangling, QStringLiteral("/journeys/0/touchpoints/1/experiment/primaryKpiId")));
        QVERIFY(mentions(dangling, QStringLiteral("/journeys/0/handoffs/0/experiment/guardrailKpiIds/0")));
        // Experiment and variant ids share the file's one id space.
        p.journeys[0].handoffs[0].experiment->variants[1].id = QStringLiteral("tp-store");
        const Diagnostics duplicates = findDuplicateIds(p);
        QCOMPARE(duplicates.size(), 1);
        QVERIFY(duplicates.first().where.contains(QStringLiteral("/handoffs/0/experiment/variants/1")));
    }

    void mergeFieldByField()
    {
        const Project base = planWithExperiments();
        Project ours = base, theirs = base;
        ours.journeys[0].touchpoints[1].experiment->minimumDetectableEffect = 0.01;
        theirs.journeys[0].touchpoints[1].experiment->alpha = 0.01;
        ExperimentVariant c{QStringLiteral("x-copy-c"), QStringLiteral("C"), {}, 20.0, ExtraFields::object()};
        theirs.journeys[0].touchpoints[1].experiment->variants.append(c);
        theirs.journeys[0].handoffs[0].experiment.reset(); // they stopped the hand-off test
        const MergeResult merged = mergeProjects(base, ours, theirs);
        QVERIFY2(merged.clean(), qPrintable(formatDiagnostics(merged.diagnostics)));
        const Experiment &x = *merged.merged.journeys[0].touchpoints[1].experiment;
        QCOMPARE(x.minimumDetectableEffect, 0.01);
        QCOMPARE(x.alpha, 0.01);
        QCOMPARE(x.variants.size(), 3);
        QCOMPARE(x.variants[2].label, QStringLiteral("C"));
        QVERIFY(!merged.merged.journeys[0].handoffs[0].experiment);

        // Both changed the same field differently: a conflict, ours kept meanwhile.
        Project ours2 = base, theirs2 = base;
        ours2.journeys[0].touchpoints[1].experiment->variants[1].splitPercent = 30.0;
        theirs2.journeys[0].touchpoints[1].experiment->variants[1].splitPercent = 70.0;
        const MergeResult conflicted = mergeProjects(base, ours2, theirs2);
        QVERIFY(conflicted.ok());
        QCOMPARE(conflicted.conflicts.size(), 1);
        QCOMPARE(conflicted.merged.journeys[0].touchpoints[1].experiment->variants[1].splitPercent, 30.0);
    }

    void designProblems()
    {
        const Project p = planWithExperiments();
        Experiment x = *p.journeys[0].touchpoints[1].experiment;
        QVERIFY(experimentDesignProblems(p, x).isEmpty());

        Experiment split = x;
        split.variants[1].splitPercent = 40.0;
        const QStringList problems = experimentDesignProblems(p, split);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("90")), qPrintable(problems.first()));

        Experiment lonely = x;
        lonely.variants.removeLast();
        lonely.variants[0].splitPercent = 100.0;
        QCOMPARE(experimentDesignProblems(p, lonely).size(), 1);

        Experiment same = x;
        same.variants[1].label = QStringLiteral(" a ");
        QCOMPARE(experimentDesignProblems(p, same).size(), 1);

        Experiment unbound = x;
        unbound.primaryKpiId = QStringLiteral("k-nps");
        QVERIFY(experimentDesignProblems(p, unbound).join(QLatin1Char(' ')).contains(QStringLiteral("NPS")));

        Experiment dates = x;
        dates.end = QStringLiteral("2023-12-31");
        QCOMPARE(experimentDesignProblems(p, dates).size(), 1);
        dates.end = QStringLiteral("soon");
        QCOMPARE(experimentDesignProblems(p, dates).size(), 1);

        Experiment noEffect = x;
        noEffect.minimumDetectableEffect = 0.0;
        QCOMPARE(experimentDesignProblems(p, noEffect).size(), 1);

        const auto shares = plannedShares(split);
        QVERIFY(std::fabs(shares[0] - 50.0 / 90.0) < 1e-12 && std::fabs(shares[1] - 40.0 / 90.0) < 1e-12);
    }

    void planCheck()
    {
        auto designFindings = [](const Project &p) {
            RuleFindings out;
            for (const RuleFinding &f : runRules(p)) {
                if (f.ruleId == QStringLiteral("experiment.design"))
                    out.append(f);
            }
            return out;
        };
        Project p = planWithExperiments();
        QVERIFY(designFindings(p).isEmpty());
        p.journeys[0].handoffs[0].experiment->variants[1].splitPercent = 70.0; // 120 %
        const RuleFindings found = designFindings(p);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().itemId, QStringLiteral("h"));
        QCOMPARE(found.first().severity, Diagnostic::Severity::Error);
        QVERIFY2(found.first().message.contains(QStringLiteral("120")), qPrintable(found.first().message));
        QVERIFY(found.first().message.contains(QStringLiteral("QR vs SMS")));
        p.disabledRules << QStringLiteral("experiment.design");
        QVERIFY(designFindings(p).isEmpty());
    }

    void findByName()
    {
        const Project p = planWithExperiments();
        const QList<ExperimentPlace> all = experimentsOf(p);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].targetName, QStringLiteral("Order app"));
        QCOMPARE(all[1].targetName, QStringLiteral("Store counter → Order app (QR scan)"));
        QVERIFY(all[1].handoff && all[1].touchpoint && all[1].touchpoint->id == QStringLiteral("tp-store"));
        QString why;
        QVERIFY(!findExperiment(p, QString(), &why));
        QVERIFY(why.contains(QStringLiteral("App copy")));
        QCOMPARE(findExperiment(p, QStringLiteral("qr VS sms"))->experiment->id, QStringLiteral("x-handoff"));
        QCOMPARE(findExperiment(p, QStringLiteral("x-copy"))->experiment->name, QStringLiteral("App copy"));
        QVERIFY(!findExperiment(p, QStringLiteral("nothing"), &why));
        QVERIFY(!findExperiment(plan(), QString(), &why));
        const Experiment fresh = newExperiment(QStringLiteral("New"));
        QCOMPARE(fresh.variants.size(), 2);
        QVERIFY(fresh.id != fresh.variants[0].id && !fresh.variants[1].id.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExperimentModel)
#include "tst_experimentmodel.moc"
