#include "sampleproject.h"
#include "testregistry.h"

#include "format/projectfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace omnimap;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_data;

    Run cli(const QStringList &arguments)
    {
        Run run;
#ifdef OMNIMAP_CLI_PATH
        QProcess process;
        process.start(QStringLiteral(OMNIMAP_CLI_PATH), arguments);
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
#else
        Q_UNUSED(arguments);
#endif
        return run;
    }

    QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out).object(); }

private slots:
    void initTestCase()
    {
#ifndef OMNIMAP_CLI_PATH
        QSKIP("omnimap-cli is not part of this build");
#endif
        m_project = m_dir.filePath(QStringLiteral("plan.omnimap"));
        m_data = m_dir.filePath(QStringLiteral("data.sqlite"));
        const SaveResult saved = saveProjectFile(m_project, sim::test::sampleProject());
        QVERIFY2(saved.ok, qPrintable(saved.error));
        // For trying the CLI by hand: OMNIMAP_SIM_KEEP_PROJECT=/tmp/plan.omnimap test_sim TstCli
        if (qEnvironmentVariableIsSet("OMNIMAP_SIM_KEEP_PROJECT"))
            QFile::copy(m_project, qEnvironmentVariable("OMNIMAP_SIM_KEEP_PROJECT"));
        const Run run = cli({QStringLiteral("generate-sample"), m_project, QStringLiteral("--events"), QStringLiteral("20000"),
                             QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), m_data, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(json(run).value(QStringLiteral("sample")).toArray().at(0).toObject().value(QStringLiteral("events")).toInt(), 20000);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("paths")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("attribute"), QStringLiteral("--db"), m_data, QStringLiteral("--model"), QStringLiteral("magic")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("paths"), QStringLiteral("--db"), m_data, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), m_data}).exitCode, 2);
        const Run help = cli({QStringLiteral("simulate"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--scenario"));
        const Run missing = cli({QStringLiteral("paths"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.sqlite"));
    }

    void checkWithDataSetComparesMeasuredFeeling()
    {
        // The plan assumes +1 for the "Young urban" persona at purchase; its 40 customers
        // (Seoul, 25-34) score NPS 2 there (emotion −3), 40 Busan customers NPS 10.
        Project project = sim::test::sampleProject();
        const Persona young = project.personas.first();
        project.journeys.first().stages[2].emotions = {EmotionScore{young.id, 1.0, std::nullopt}};
        const QString plan = m_dir.filePath(QStringLiteral("gap.omnimap"));
        QVERIFY(saveProjectFile(plan, project).ok);
        QByteArray events = "customer,ts,channel,event_type,age_band,region\n";
        QByteArray feedback = "customer,ts,stage,kind,score,text\n";
        for (int i = 0; i < 80; ++i) {
            const QByteArray c = "g" + QByteArray::number(i);
            events += c + ",2024-01-01,web,visit,25-34," + (i < 40 ? "Seoul" : "Busan") + "\n";
            feedback += c + ",2024-01-02,purchase,nps," + (i < 40 ? "2,너무 늦어요" : "10,<b>good</b>") + "\n";
        }
        const QString eventsCsv = m_dir.filePath(QStringLiteral("gap-events.csv"));
        const QString feedbackCsv = m_dir.filePath(QStringLiteral("gap-feedback.csv"));
        for (const auto &[path, bytes] : {std::pair{eventsCsv, events}, std::pair{feedbackCsv, feedback}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QString db = m_dir.filePath(QStringLiteral("gap.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--events"), eventsCsv}).exitCode, 0);
        const Run imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--feedback"), feedbackCsv});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());

        auto gapFindings = [](const QJsonObject &report) {
            QJsonArray found;
            for (const QJsonValue &f : report.value(QStringLiteral("findings")).toArray()) {
                if (f.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("feedback.emotion-gap"))
                    found.append(f);
            }
            return found;
        };
        // Without a data set the check can not know what customers feel.
        const Run planOnly = cli({QStringLiteral("check"), plan, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(gapFindings(json(planOnly)).isEmpty());
        // With it: one finding for the persona (all customers feel +1.0 = (40·−3 + 40·5)/80,
        // as the plan's persona mean assumes), a warning, so the exit code stays 0.
        const Run withData = cli({QStringLiteral("check"), plan, QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(withData.exitCode, planOnly.exitCode);
        const QJsonArray gaps = gapFindings(json(withData));
        QCOMPARE(gaps.size(), 1);
        const QJsonObject gap = gaps.first().toObject();
        QCOMPARE(gap.value(QStringLiteral("itemId")).toString(), QStringLiteral("st-purchase"));
        QCOMPARE(gap.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY2(gap.value(QStringLiteral("message")).toString().contains(QStringLiteral("feel −3.0, the plan assumes +1.0 (n = 40)")),
                 qPrintable(gap.value(QStringLiteral("message")).toString()));
        const Run text = cli({QStringLiteral("check"), plan, QStringLiteral("--db"), db});
        QVERIFY2(text.out.contains("[feedback.emotion-gap]"), text.out.constData());
        // A data set that is not there: an error, not a silent plan-only check.
        const Run missing = cli({QStringLiteral("check"), plan, QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("none.sqlite"));
    }

    void importReportsBadRows()
    {
        const QString csv = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("user_id;event_time;event_type\nu1;2024-01-01;visit\nu2;someday;visit\n");
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QStringList base{QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--events"), csv,
                               QStringLiteral("--map"), QStringLiteral("customer=user_id"), QStringLiteral("--map"), QStringLiteral("ts=event_time")};
        const Run rejected = cli(base);
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains("bad.csv:3: column 2 (event_time)"), rejected.err.constData());
        const Run skipped = cli(base + QStringList{QStringLiteral("--skip-bad-rows"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY2(skipped.out.contains("run,rows_read,rows_imported,rows_skipped\n1,2,1,1\n"), skipped.out.constData());
    }

    void pathsAndAttribution()
    {
        const Run paths = cli({QStringLiteral("paths"), QStringLiteral("--db"), m_data, QStringLiteral("--top"), QStringLiteral("3"),
                               QStringLiteral("--project"), m_project, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(paths.exitCode == 0, paths.err.constData());
        const QJsonObject p = json(paths);
        QCOMPARE(p.value(QStringLiteral("top_paths")).toArray().size(), 3);
        QCOMPARE(p.value(QStringLiteral("funnel")).toArray().at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("awareness"));
        const Run young = cli({QStringLiteral("paths"), QStringLiteral("--db"), m_data, QStringLiteral("--project"), m_project,
                               QStringLiteral("--persona"), QStringLiteral("Young urban"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(json(young).value(QStringLiteral("journeys")).toDouble() < p.value(QStringLiteral("journeys")).toDouble());

        double markovTotal = 0.0;
        for (const char *model : {"first", "last", "linear", "time-decay", "position", "markov"}) {
            const Run run = cli({QStringLiteral("attribute"), QStringLiteral("--db"), m_data, QStringLiteral("--model"),
                                 QString::fromLatin1(model), QStringLiteral("--format"), QStringLiteral("json")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            double sum = 0.0;
            for (const QJsonValue &row : json(run).value(QStringLiteral("attribution")).toArray())
                sum += row.toObject().value(QStringLiteral("conversions")).toDouble();
            QVERIFY2(std::fabs(sum - json(run).value(QStringLiteral("total_conversions")).toDouble()) < 1e-6, model);
            markovTotal = sum;
        }
        QVERIFY(markovTotal > 0);
        const Run order3 = cli({QStringLiteral("attribute"), QStringLiteral("--db"), m_data, QStringLiteral("--model"),
                                QStringLiteral("markov"), QStringLiteral("--order"), QStringLiteral("3")});
        QCOMPARE(order3.exitCode, 0);
        QVERIFY(order3.out.contains("removal_effect"));
    }

    void attributionIntervalsAndOrderChoice()
    {
        // The example as an aggregated path file: order 2 with every touch.
        const QString csv = m_dir.filePath(QStringLiteral("example.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("path,total_conversions,total_null,total_conversion_value\n"
                   "alpha > eta > alpha > alpha > eta > iota > iota > iota > alpha > alpha > alpha > alpha > alpha > "
                   "alpha > theta > alpha > alpha > alpha > alpha > alpha > alpha,1,3,100\n");
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("example.sqlite"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--paths"), csv}).exitCode, 0);
        const QStringList base{QStringLiteral("attribute"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json")};
        auto removal = [&](const QStringList &extra) {
            QMap<QString, double> effects;
            const Run run = cli(base + extra);
            for (const QJsonValue &row : json(run).value(QStringLiteral("attribution")).toArray())
                effects.insert(row.toObject().value(QStringLiteral("channel")).toString(), row.toObject().value(QStringLiteral("removal_effect")).toDouble());
            return effects;
        };
        const auto kept = removal({QStringLiteral("--order"), QStringLiteral("2")});
        QVERIFY(std::fabs(kept.value(QStringLiteral("iota")) - 2.0 / 3.0) < 1e-9);
        QVERIFY(std::fabs(kept.value(QStringLiteral("theta")) - 0.5) < 1e-9);
        const auto collapsed = removal({QStringLiteral("--order"), QStringLiteral("2"), QStringLiteral("--collapse-repeats")});
        QVERIFY(std::fabs(collapsed.value(QStringLiteral("theta")) - 1.0) < 1e-9);

        // Intervals on the sample data: deterministic per seed, around the estimate.
        const QStringList sample{QStringLiteral("attribute"), QStringLiteral("--db"), m_data, QStringLiteral("--model"),
                                 QStringLiteral("linear"), QStringLiteral("--bootstrap"), QStringLiteral("50"), QStringLiteral("--seed"),
                                 QStringLiteral("9"), QStringLiteral("--format"), QStringLiteral("csv")};
        const Run a = cli(sample), b = cli(sample);
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QCOMPARE(a.out, b.out);
        QVERIFY(a.out.startsWith("channel,conversions,conversions_low,conversions_high,share,value,value_low,value_high\n"));
        const Run text = cli(QStringList(sample.mid(0, 9)) << QStringLiteral("--format") << QStringLiteral("text"));
        QVERIFY(text.out.contains("Indistinguishable") || text.out.contains("No two channels"));

        // Order choice: the table, and the order used is its best row.
        const Run chosen = cli({QStringLiteral("attribute"), QStringLiteral("--db"), m_data, QStringLiteral("--order"), QStringLiteral("auto"),
                                QStringLiteral("--bootstrap"), QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
        const QJsonArray table = json(chosen).value(QStringLiteral("order_choice")).toArray();
        QCOMPARE(table.size(), 4);
        int best = 0;
        double bestScore = -1e300;
        for (const QJsonValue &row : table) {
            if (row.toObject().value(QStringLiteral("log_likelihood")).toDouble() > bestScore) {
                bestScore = row.toObject().value(QStringLiteral("log_likelihood")).toDouble();
                best = row.toObject().value(QStringLiteral("order")).toInt();
            }
        }
        QCOMPARE(json(chosen).value(QStringLiteral("order")).toInt(), best);
        QVERIFY(!json(chosen).contains(QStringLiteral("indistinguishable"))); // --bootstrap 0: no intervals

        // Usage errors, not crashes.
        for (const QStringList &bad : {QStringList{QStringLiteral("--order"), QStringLiteral("0")}, QStringList{QStringLiteral("--order"), QStringLiteral("5")},
                                       QStringList{QStringLiteral("--bootstrap"), QStringLiteral("-1")},
                                       QStringList{QStringLiteral("--seed"), QStringLiteral("x")}})
            QCOMPARE(cli(QStringList{QStringLiteral("attribute"), QStringLiteral("--db"), m_data} + bad).exitCode, 2);
    }

    void simulateAndMeasure()
    {
        const QStringList base{QStringLiteral("simulate"), m_project, QStringLiteral("--db"), m_data, QStringLiteral("--customers"),
                               QStringLiteral("20000"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")};
        const Run a = cli(base);
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QCOMPARE(cli(base + QStringList{QStringLiteral("--threads"), QStringLiteral("1")}).out, a.out);
        const QJsonArray summary = json(a).value(QStringLiteral("summary")).toArray();
        QCOMPARE(summary.size(), 2); // two personas
        QVERIFY(!json(a).value(QStringLiteral("kpis")).toArray().isEmpty());
        const Run removed = cli(base + QStringList{QStringLiteral("--scenario"), QStringLiteral("No e-mail")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        for (const QJsonValue &row : json(removed).value(QStringLiteral("summary")).toArray()) {
            const QJsonObject o = row.toObject();
            QVERIFY(o.value(QStringLiteral("conversion_rate")).toDouble() < o.value(QStringLiteral("baseline_rate")).toDouble());
        }
        QCOMPARE(cli(base + QStringList{QStringLiteral("--scenario"), QStringLiteral("nope")}).exitCode, 1);

        const QString measured = m_dir.filePath(QStringLiteral("measured.omnimap"));
        const Run m = cli({QStringLiteral("measure"), m_project, QStringLiteral("--db"), m_data, QStringLiteral("--out"), measured});
        QVERIFY2(m.exitCode == 0, m.err.constData());
        const LoadResult loaded = loadProjectFile(measured);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QVERIFY(loaded.project->kpis.first().actual.has_value());
        QVERIFY(*loaded.project->kpis.first().actual > 0.0);
    }
};

OMNIMAP_SIM_TEST(TstCli)
#include "tst_cli.moc"
