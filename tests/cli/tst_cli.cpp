// omnimap-cli as a user (or a script, or git) runs it: exit codes, messages, files.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(OMNIMAP_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.exitStatus(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString sample(const char *name)
{
    return QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void usageErrorsExitTwo();
    void helpPerCommand();
    void validateSamples();
    void validateReportsBrokenFileWithPointer();
    void syntaxModeFollowsJsonTestSuite();
    void convertMigratesAndIsStable();
    void infoSummarises();
    void benchCreatesItsFolder();
    void lightCliLeavesDrawingToTheFullOne();
};

void TestCli::usageErrorsExitTwo()
{
    QCOMPARE(cli({}).exitCode, 2);
    const Run unknown = cli({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    QCOMPARE(cli({QStringLiteral("validate")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("--no-such-option"), QStringLiteral("x")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("convert"), sample("cafe-order-pickup.omnimap")}).exitCode, 2); // no --out
}

void TestCli::helpPerCommand()
{
    const Run top = cli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    for (const char *command : {"validate", "convert", "info"}) {
        QVERIFY2(top.out.contains(QLatin1String(command)), command);
        const Run help = cli({QLatin1String(command), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("omnimap-cli ") + QLatin1String(command)), qPrintable(help.out));
    }
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("omnimap-cli ")));
}

void TestCli::validateSamples()
{
    const QDir dir(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"));
    QStringList args{QStringLiteral("validate")};
    for (const QString &f : dir.entryList({QStringLiteral("*.omnimap")}, QDir::Files))
        args << dir.filePath(f);
    QVERIFY2(args.size() >= 5, "expected the four bundled samples");
    const Run run = cli(args);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral(": valid")), args.size() - 1);
}

void TestCli::validateReportsBrokenFileWithPointer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"formatVersion":1,"id":"p","name":"x","channels":[{"id":"c","name":"W","kind":"web"}],
        "journeys":[{"id":"j","name":"J","channelIds":["c","gone"]}]})");
    f.close();
    const Run run = cli({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path + QStringLiteral(": /journeys/0/channelIds/1: refers to channel \"gone\"")),
             qPrintable(run.err));
}

void TestCli::syntaxModeFollowsJsonTestSuite()
{
    const QDir dir(QStringLiteral(OMNIMAP_SHARED_DIR "/conformance/JSONTestSuite/test_parsing"));
    if (!dir.exists())
        QSKIP("JSONTestSuite is missing (OMNIMAP_SHARED_DIR/conformance/JSONTestSuite)");
    // One process per file, as the suite's harness runs parsers.
    int checked = 0;
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const Run run = cli({QStringLiteral("validate"), QStringLiteral("--syntax"), dir.filePath(file)});
        QVERIFY2(run.status == QProcess::NormalExit, qPrintable(file + QStringLiteral(" crashed")));
        if (file.startsWith(QLatin1Char('y')))
            QVERIFY2(run.exitCode == 0, qPrintable(file + QStringLiteral(": ") + run.err));
        else if (file.startsWith(QLatin1Char('n')))
            QVERIFY2(run.exitCode == 1 && !run.err.isEmpty(), qPrintable(file));
        else
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(file));
        ++checked;
    }
    QCOMPARE(checked, 318);
}

void TestCli::convertMigratesAndIsStable()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("old.omnimap"));
    QFile f(old);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id":"p","name":"v0","channels":[{"id":"c","name":"W","kind":"web"}],"journeys":[{"id":"j","name":"J",
        "channelIds":["c"],"stages":[{"id":"s","name":"S"}],"touchpoints":[{"id":"a","stageId":"s","channelId":"c"},
        {"id":"b","stageId":"s","channelId":"c"}],"handoffs":[{"id":"h","fromId":"a","toId":"b"}]}]})");
    f.close();
    const QString once = dir.filePath(QStringLiteral("once.omnimap"));
    const QString twice = dir.filePath(QStringLiteral("twice.omnimap"));
    const Run first = cli({QStringLiteral("convert"), old, QStringLiteral("--out"), once});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains(QStringLiteral("(format 0)")));
    QCOMPARE(cli({QStringLiteral("convert"), once, QStringLiteral("-o"), twice}).exitCode, 0);
    QFile a(once), b(twice);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());
    QVERIFY(bytes.contains("\"from\": \"a\""));
}

void TestCli::infoSummarises()
{
    const Run run = cli({QStringLiteral("info"), sample("cafe-order-pickup.omnimap")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Journey: ")));
    QVERIFY(run.out.contains(QStringLiteral("Personas: ")));
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("/nonexistent.omnimap")}).exitCode, 1);
}

void TestCli::benchCreatesItsFolder()
{
    // `bench --dir` names a folder that does not exist yet (two levels deep): it is made,
    // and the data set lands in it, instead of SQLite's "unable to open database file".
    QTemporaryDir dir;
    const QString work = dir.filePath(QStringLiteral("bench/run-1"));
    QVERIFY(!QFileInfo::exists(work));
    const Run run = cli({QStringLiteral("bench"), QStringLiteral("--dir"), work, QStringLiteral("--events"),
                         QStringLiteral("1000"), QStringLiteral("--runs"), QStringLiteral("1"),
                         QStringLiteral("--customers"), QStringLiteral("1000"), QStringLiteral("--journeys"),
                         QStringLiteral("1000"), QStringLiteral("--skip-import")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("unable to open")));
    QVERIFY(QFileInfo(work).isDir());
    QVERIFY(QFileInfo::exists(work + QStringLiteral("/bench.sqlite")));
}

void TestCli::lightCliLeavesDrawingToTheFullOne()
{
#ifndef OMNIMAP_CLI_FULL_PATH
    QSKIP("one omnimap-cli on this platform");
#else
    // Issue 22: omnimap-cli starts without Qt Gui and libpq (the loader's own list of
    // what it loads), lists the same commands as omnimap-cli-full, and runs `export`
    // through it with the same arguments and exit code.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OMNIMAP_CLI_PATH), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(60000));
    const QString loaded = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(loaded.contains(QStringLiteral("libQt6Core")), "LD_DEBUG=files gave no list");
    QVERIFY2(!loaded.contains(QStringLiteral("libQt6Gui")), "omnimap-cli loads Qt Gui");
    QVERIFY2(!loaded.contains(QStringLiteral("libpq")), "omnimap-cli loads libpq");

    QProcess full;
    full.start(QStringLiteral(OMNIMAP_CLI_FULL_PATH), {QStringLiteral("--help")});
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(cli({QStringLiteral("--help")}).out, QString::fromUtf8(full.readAllStandardOutput()));

    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("plan.json"));
    const Run exported = cli({QStringLiteral("export"), sample("cafe-order-pickup.omnimap"), QStringLiteral("--json"), json});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"journeys\""));
    const Run missing = cli({QStringLiteral("export"), QStringLiteral("/nonexistent.omnimap"), QStringLiteral("--json"), json});
    QCOMPARE(missing.exitCode, 1);
    const Run usage = cli({QStringLiteral("export"), QStringLiteral("--no-such-option")});
    QCOMPARE(usage.exitCode, 2);
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
