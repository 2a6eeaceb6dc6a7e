// omnimap-cli generate-sample --effect and omnimap-cli experiment, driven as a user would.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(OMNIMAP_CLI_PATH), arguments);
    p.waitForFinished(120000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

/// The retail sample with an experiment on the detail-page touchpoint, written as JSON
/// text the way a user (or a script) would add it.
QString projectWithExperiment(const QTemporaryDir &dir, const QString &split)
{
    QFile in(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/retail-click-collect.omnimap"));
    in.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
    QJsonArray journeys = root.value(QStringLiteral("journeys")).toArray();
    QJsonObject journey = journeys.at(0).toObject();
    QJsonArray touchpoints = journey.value(QStringLiteral("touchpoints")).toArray();
    for (int i = 0; i < touchpoints.size(); ++i) {
        QJsonObject t = touchpoints.at(i).toObject();
        if (t.value(QStringLiteral("id")).toString() != QStringLiteral("a9552723-84fc-554d-a1ca-63b845c8b46e"))
            continue;
        t.insert(QStringLiteral("experiment"), QJsonDocument::fromJson(QStringLiteral(R"({
            "id": "x1", "name": "Detail copy",
            "variants": [{"id": "x1-a", "label": "A", "split": 50.0}, {"id": "x1-b", "label": "B", "split": %1}],
            "primaryKpiId": "27e5362f-0168-53ae-975b-1a20407094e5",
            "minimumDetectableEffect": 0.03, "alpha": 0.05, "power": 0.8})").arg(split).toUtf8()).object());
        touchpoints.replace(i, t);
    }
    journey.insert(QStringLiteral("touchpoints"), touchpoints);
    journeys.replace(0, journey);
    root.insert(QStringLiteral("journeys"), journeys);
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

class TestExperimentCli : public QObject
{
    Q_OBJECT
private slots:
    void plantedEffectEndToEnd()
    {
        QTemporaryDir dir;
        const QString plan = projectWithExperiment(dir, QStringLiteral("50.0"));
        const QString data = dir.filePath(QStringLiteral("d.sqlite"));
        Run r = cli({QStringLiteral("generate-sample"), plan, QStringLiteral("--out"), data, QStringLiteral("--events"),
                     QStringLiteral("300000"), QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--effect"),
                     QStringLiteral("B=+0.06")});
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli({QStringLiteral("experiment"), plan, QStringLiteral("--db"), data, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        const QJsonObject summary = json.value(QStringLiteral("experiment")).toArray().at(0).toObject();
        QCOMPARE(summary.value(QStringLiteral("verdict")).toString(), QStringLiteral("ship"));
        QCOMPARE(summary.value(QStringLiteral("verdict_text")).toString(), QStringLiteral("Ship B"));
        const QJsonObject b = json.value(QStringLiteral("variants")).toArray().at(1).toObject();
        QVERIFY(b.value(QStringLiteral("lift_low")).toDouble() < 0.06 && 0.06 < b.value(QStringLiteral("lift_high")).toDouble());
        QVERIFY(summary.value(QStringLiteral("sample_per_variant")).toDouble() > 0);
        QVERIFY(summary.value(QStringLiteral("days_needed")).toDouble() > 0);
        QCOMPARE(json.value(QStringLiteral("funnel")).toArray().size(), 10); // 2 variants × 5 stages
        // Text output names the verdict too; CSV has a header per table.
        r = cli({QStringLiteral("experiment"), plan, QStringLiteral("--db"), data, QStringLiteral("--name"), QStringLiteral("detail COPY")});
        QVERIFY2(r.code == 0 && r.out.contains("Ship B"), r.out.constData());
    }

    void badInputSaysWhy()
    {
        QTemporaryDir dir;
        const QString good = projectWithExperiment(dir, QStringLiteral("50.0"));
        const QString data = dir.filePath(QStringLiteral("d.sqlite"));
        QCOMPARE(cli({QStringLiteral("generate-sample"), good, QStringLiteral("--out"), data, QStringLiteral("--events"), QStringLiteral("5000")}).code, 0);
        // The split adds to 80 %: exit 1, the reason on stderr, no NaN in the output.
        QTemporaryDir other;
        const QString bad = projectWithExperiment(other, QStringLiteral("30.0"));
        Run r = cli({QStringLiteral("experiment"), bad, QStringLiteral("--db"), data, QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("80"), r.err.constData());
        QVERIFY(!r.out.toLower().contains("nan"));
        // Unknown experiment name, missing data set, bad --effect.
        r = cli({QStringLiteral("experiment"), good, QStringLiteral("--db"), data, QStringLiteral("--name"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("nope"));
        r = cli({QStringLiteral("experiment"), good, QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(r.code, 1);
        r = cli({QStringLiteral("generate-sample"), good, QStringLiteral("--out"), dir.filePath(QStringLiteral("e.sqlite")),
                 QStringLiteral("--effect"), QStringLiteral("B=lots")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("generate-sample"), good, QStringLiteral("--out"), dir.filePath(QStringLiteral("f.sqlite")),
                 QStringLiteral("--effect"), QStringLiteral("Q=+0.01")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("Q"));
    }
};

QTEST_GUILESS_MAIN(TestExperimentCli)
#include "tst_experimentcli.moc"
