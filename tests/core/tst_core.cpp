// Core tests: the model's JSON format (round trips, byte stability, migration), loading
// untrusted files (JSONTestSuite, a corpus of broken projects, size/depth limits),
// reference checks, and saves that never lose the previous file.

#include "fullproject.h"

#include "format/jsonsafety.h"
#include "format/projectfile.h"
#include "model/lookup.h"
#include "validation/referencecheck.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace omnimap;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The full project as written, with the non-empty string at `pointer` made "" (empty
/// when there is no such string).
QByteArray fullProjectWithEmptyString(const QString &pointer)
{
    nlohmann::json tree = nlohmann::json::parse(writeProject(makeFullProject()).toStdString());
    const nlohmann::json::json_pointer at(pointer.toStdString());
    if (!tree.contains(at) || !tree[at].is_string() || tree[at].get<std::string>().empty())
        return {};
    tree[at] = "";
    return QByteArray::fromStdString(tree.dump());
}

} // namespace

class TestCore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void savingTwiceIsByteIdentical();
    void keyOrderIsStable();
    void samples_data();
    void samples();
    void jsonTestSuite();
    void brokenCorpus_data();
    void brokenCorpus();
    void deepNestingIsRefused();
    void hugeStringIsRefused();
    void oversizedFileIsRefusedBeforeReading();
    void readBufferFollowsTheFileNotTheLimit();
    void danglingReferencesAreReportedNotFixed();
    void emptyRequiredReferenceIsRefused_data();
    void emptyRequiredReferenceIsRefused();
    void emptyRequiredTextLoadsAgainAfterSaving_data();
    void emptyRequiredTextLoadsAgainAfterSaving();
    void migratesPrototypeFormat();
    void saveKeepsBackupOfPreviousVersion();
    void failedWriteKeepsOldFile();
    void saveIntoUnwritablePlaceSaysWhy();
    void directWriteFallbackVerifies();
};

void TestCore::roundTripKeepsEveryField()
{
    const Project original = makeFullProject();
    const QByteArray first = writeProject(original);
    const LoadResult loaded = readProject(first, QStringLiteral("full.omnimap"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
    const Project &p = *loaded.project;
    QCOMPARE(writeProject(p), first);

    // Spot checks that the values, not just the bytes, survived.
    QCOMPARE(p.name, original.name);
    QCOMPARE(p.description, original.description);
    QCOMPARE(p.brand.extra["futureBrandField"].get<int>(), 7);
    QCOMPARE(p.extra["fromTheFuture"]["x"].get<std::string>(), std::string("y"));
    QCOMPARE(p.personas[0].segmentRule.matchAll, false);
    QCOMPARE(p.personas[0].segmentRule.conditions[1].attribute, QStringLiteral("tier"));
    QCOMPARE(p.personas[0].extra["unknownNested"]["a"][2].get<int>(), 3);
    const Journey &j = p.journeys[0];
    QCOMPARE(j.stages[0].emotions[0].asIs, -2.5);
    QCOMPARE(*j.stages[0].emotions[0].toBe, 3.0);
    QVERIFY(!j.stages[1].emotions[0].toBe.has_value());
    QCOMPARE(j.touchpoints[0].width, 1.5);
    QCOMPARE(j.touchpoints[0].review.status, ReviewStatus::Approved);
    QCOMPARE(j.roles[1].level, RoleLevel::Supporting);
    QCOMPARE(*p.kpis[0].simulated, 0.1 + 0.2);
    QCOMPARE(p.kpis[0].binding->windowDays, 30);
    QVERIFY(!p.kpis[1].target.has_value());
    QCOMPARE(p.kpis[1].direction, KpiDirection::Decrease);
    QCOMPARE(p.checklists[0].results[0].status, CheckStatus::Fail);
    QCOMPARE(p.campaigns[0].actions[0].cost, 50000.0);
    QCOMPARE(p.scenarios[0].modifiers[0].kind, ModifierKind::BudgetShift);
    QCOMPARE(p.scenarios[0].result["conversions"].get<double>(), 12.5);
    QCOMPARE(p.comments[0].resolved, true);
    QCOMPARE(p.disabledRules, QStringList{QStringLiteral("brand.palette")});
}

void TestCore::savingTwiceIsByteIdentical()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.omnimap"));
    const QString b = dir.filePath(QStringLiteral("b.omnimap"));
    QVERIFY(saveProjectFile(a, makeFullProject()).ok);
    const LoadResult loaded = loadProjectFile(a);
    QVERIFY(loaded.ok());
    QVERIFY(saveProjectFile(b, *loaded.project).ok);
    QCOMPARE(readFile(a), readFile(b));
    QVERIFY(readFile(a).endsWith("}\n"));
}

void TestCore::keyOrderIsStable()
{
    // A changed field shows as a one-line diff: only that line differs.
    Project p = makeFullProject();
    const QList<QByteArray> before = writeProject(p).split('\n');
    p.journeys[0].touchpoints[0].title = QStringLiteral("Renamed");
    const QList<QByteArray> after = writeProject(p).split('\n');
    QCOMPARE(before.size(), after.size());
    int differing = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        differing += before[i] != after[i];
    QCOMPARE(differing, 1);
}

void TestCore::samples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"));
    const QStringList files = dir.entryList({QStringLiteral("*.omnimap")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
    if (files.isEmpty())
        QTest::newRow("no samples") << QString();
}

void TestCore::samples()
{
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "resources/samples holds no .omnimap file");
    const LoadResult loaded = loadProjectFile(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
    // Samples are stored exactly as Omnimap writes them.
    QCOMPARE(writeProject(*loaded.project), readFile(path));
}

void TestCore::jsonTestSuite()
{
    const QDir dir(QStringLiteral(OMNIMAP_SHARED_DIR "/conformance/JSONTestSuite/test_parsing"));
    if (!dir.exists())
        QSKIP("JSONTestSuite is missing (OMNIMAP_SHARED_DIR/conformance/JSONTestSuite)");
    int accepted = 0;
    int rejected = 0;
    int implementationDefined = 0;
    const ReadLimits limits;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const SafeJson parsed = parseUntrustedJson(readFile(dir.filePath(file)), limits);
        if (file.startsWith(QLatin1String("y_"))) {
            QVERIFY2(parsed.value.has_value(), qPrintable(file + QStringLiteral(": ") + parsed.error));
            ++accepted;
        } else if (file.startsWith(QLatin1String("n_"))) {
            QVERIFY2(!parsed.value.has_value(), qPrintable(file + QStringLiteral(" was accepted")));
            QVERIFY2(!parsed.error.isEmpty(), qPrintable(file + QStringLiteral(" rejected without a message")));
            ++rejected;
        } else {
            ++implementationDefined; // i_: either answer is fine, as long as nothing crashes
        }
    }
    QCOMPARE(accepted, 95);
    QCOMPARE(rejected, 188);
    QCOMPARE(accepted + rejected + implementationDefined, 318);
}

void TestCore::brokenCorpus_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QDir dir(QStringLiteral(OMNIMAP_TEST_DATA_DIR "/broken"));
    const QStringList files = dir.entryList({QStringLiteral("*.omnimap")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &file : files) {
        const QString expectedPath = dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".expected"));
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << QString::fromUtf8(readFile(expectedPath));
    }
}

void TestCore::brokenCorpus()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QVERIFY2(!expected.isEmpty(), "every broken file needs a .expected golden message");
    const LoadResult loaded = loadProjectFile(path);
    QVERIFY2(!loaded.ok(), "a broken project was accepted");
    const QString message = loaded.errorString();
    QVERIFY2(message.contains(expected), qPrintable(QStringLiteral("got: ") + message));
    // Every message names the file it is about.
    QVERIFY2(message.startsWith(QFileInfo(path).fileName()), qPrintable(message));
}

void TestCore::deepNestingIsRefused()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const LoadResult loaded = readProject(deep, QStringLiteral("deep.omnimap"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains(QStringLiteral("nesting deeper than 64")), qPrintable(loaded.errorString()));
    // Also inside a valid-looking project, and unbalanced (no closing brackets at all).
    const QByteArray nested = "{\"formatVersion\":1,\"id\":\"p\",\"name\":\"x\",\"extra\":" + QByteArray(100000, '{');
    QVERIFY(!readProject(nested, QStringLiteral("n.omnimap")).ok());
}

void TestCore::hugeStringIsRefused()
{
    // 200 MB string: refused by the file-size limit before it is parsed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.omnimap"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"formatVersion\":1,\"id\":\"p\",\"name\":\"");
        const QByteArray chunk(1 << 20, 'a');
        for (int i = 0; i < 200; ++i)
            f.write(chunk);
        f.write("\"}");
    }
    const LoadResult loaded = loadProjectFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains(QStringLiteral("limit")), qPrintable(loaded.errorString()));
    // A 2 MB string within a small file hits the string limit, with its position.
    const QByteArray twoMb = "{\"formatVersion\":1,\"id\":\"p\",\"name\":\"" + QByteArray(2 << 20, 'b') + "\"}";
    const LoadResult tooLong = readProject(twoMb, QStringLiteral("s.omnimap"));
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.errorString().contains(QStringLiteral("string longer than")), qPrintable(tooLong.errorString()));
    QVERIFY2(tooLong.errorString().contains(QStringLiteral("line 1, column 36")), qPrintable(tooLong.errorString()));
}

void TestCore::oversizedFileIsRefusedBeforeReading()
{
    ReadLimits limits;
    limits.maxFileBytes = 100;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.omnimap"));
    QVERIFY(writeFile(path, writeProject(makeFullProject())));
    const LoadResult loaded = loadProjectFile(path, limits);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorString().contains(QStringLiteral("the limit is 100 bytes")), qPrintable(loaded.errorString()));
}

void TestCore::readBufferFollowsTheFileNotTheLimit()
{
    // The loader used to allocate limit + 1 bytes up front (a 64 MiB buffer per project
    // opened). With a 4 TiB limit that allocation cannot succeed: the file must still load,
    // byte for byte, because only what the file holds is read.
    ReadLimits limits;
    limits.maxFileBytes = 4LL << 40;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    const QByteArray bytes = writeProject(makeFullProject());
    QVERIFY(writeFile(path, bytes));
    const LoadResult loaded = loadProjectFile(path, limits);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(writeProject(*loaded.project), bytes);
}

void TestCore::danglingReferencesAreReportedNotFixed()
{
    Project p = makeFullProject();
    p.channels.removeAt(1); // the store channel: a lane and a touchpoint still use it
    const LoadResult loaded = readProject(writeProject(p), QStringLiteral("plan.omnimap"));
    QVERIFY2(loaded.ok(), "dangling references must not stop a project from opening");
    const QString report = loaded.errorString();
    QVERIFY2(report.contains(QStringLiteral("plan.omnimap: /journeys/0/channelIds/1: refers to channel \"c-store\", which does not exist")),
             qPrintable(report));
    // Nothing was repaired: the touchpoint still points at the missing lane's channel.
    QCOMPARE(loaded.project->journeys[0].touchpoints[1].channelId, QStringLiteral("c-store"));
    QVERIFY(hasErrors(loaded.diagnostics));

    Project q = makeFullProject();
    q.journeys[0].handoffs[0].toTouchpointId = QStringLiteral("t-gone");
    const Diagnostics d = findDanglingReferences(q, QStringLiteral("q"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].where, QStringLiteral("/journeys/0/handoffs/0/to"));
    QCOMPARE(d[0].itemId, QStringLiteral("h-1"));
}

// The fields the format requires, by JSON pointer into the full project as written
// (docs/omnimap.schema.json: references have minLength 1, names do not).
void TestCore::emptyRequiredReferenceIsRefused_data()
{
    QTest::addColumn<QString>("pointer");
    for (const char *pointer : {"/personas/0/preferredChannels/0/channelId",
                                "/journeys/0/stages/0/emotions/0/personaId",
                                "/journeys/0/touchpoints/0/stageId", "/journeys/0/touchpoints/0/channelId",
                                "/journeys/0/handoffs/0/from", "/journeys/0/handoffs/0/to",
                                "/journeys/0/roles/0/stageId", "/journeys/0/roles/0/channelId",
                                "/checklists/0/results/0/itemId", "/checklists/0/results/0/channelId",
                                "/campaigns/0/budget/0/channelId", "/comments/0/itemId"})
        QTest::newRow(pointer) << QString::fromLatin1(pointer);
}

// An empty reference names nothing. The loader once accepted it and the writer then left
// it out, so the saved plan no longer opened (found by the project fuzz campaign).
void TestCore::emptyRequiredReferenceIsRefused()
{
    QFETCH(QString, pointer);
    const QByteArray file = fullProjectWithEmptyString(pointer);
    QVERIFY2(!file.isEmpty(), "the full project has a value there");
    const LoadResult loaded = readProject(file, QStringLiteral("plan.omnimap"));
    QVERIFY2(!loaded.ok(), "an empty reference must not load");
    const QString expected = QStringLiteral("plan.omnimap: %1: expected a non-empty id").arg(pointer);
    QVERIFY2(loaded.errorString().contains(expected), qPrintable(loaded.errorString()));
}

void TestCore::emptyRequiredTextLoadsAgainAfterSaving_data()
{
    QTest::addColumn<QString>("pointer");
    for (const char *pointer : {"/name", "/channels/0/name", "/personas/0/name", "/journeys/0/name",
                                "/journeys/0/stages/0/name", "/kpis/0/name",
                                "/kpis/0/binding/numeratorEventType", "/checklistTemplates/0/name",
                                "/checklistTemplates/0/items/0/text", "/checklists/0/name",
                                "/checklists/0/items/0/text", "/campaigns/0/name", "/scenarios/0/name"})
        QTest::newRow(pointer) << QString::fromLatin1(pointer);
}

// A cleared name is still a name: what loaded must save and load again, byte-stable.
void TestCore::emptyRequiredTextLoadsAgainAfterSaving()
{
    QFETCH(QString, pointer);
    const QByteArray file = fullProjectWithEmptyString(pointer);
    QVERIFY2(!file.isEmpty(), "the full project has a value there");
    const nlohmann::json::json_pointer at(pointer.toStdString());
    const LoadResult first = readProject(file, QStringLiteral("plan.omnimap"));
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    const QByteArray saved = writeProject(*first.project);
    const nlohmann::json savedTree = nlohmann::json::parse(saved.toStdString());
    QVERIFY2(savedTree.contains(at), "the writer must keep a required field");
    QVERIFY2(savedTree[at] == nlohmann::json(""), savedTree[at].dump().c_str());
    const LoadResult second = readProject(saved, QStringLiteral("saved.omnimap"));
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QCOMPARE(writeProject(*second.project), saved);
}

void TestCore::migratesPrototypeFormat()
{
    const QByteArray v0 = R"({"id":"p","name":"old","channels":[{"id":"c","name":"Web","kind":"web"}],
        "journeys":[{"id":"j","name":"J","channelIds":["c"],"stages":[{"id":"s","name":"S"}],
        "touchpoints":[{"id":"a","stageId":"s","channelId":"c"},{"id":"b","stageId":"s","channelId":"c"}],
        "handoffs":[{"id":"h","fromId":"a","toId":"b"}]}]})";
    const LoadResult loaded = readProject(v0, QStringLiteral("old.omnimap"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QVERIFY2(loaded.diagnostics.isEmpty(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded.fileFormatVersion, 0);
    QCOMPARE(loaded.project->journeys[0].handoffs[0].fromTouchpointId, QStringLiteral("a"));
    QCOMPARE(loaded.project->journeys[0].handoffs[0].toTouchpointId, QStringLiteral("b"));
    QVERIFY(writeProject(*loaded.project).contains("\"formatVersion\": 3"));
}

void TestCore::saveKeepsBackupOfPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    Project p = makeFullProject();
    SaveResult first = saveProjectFile(path, p);
    QVERIFY2(first.ok, qPrintable(first.error));
    QVERIFY(first.backupPath.isEmpty());
    const QByteArray v1 = readFile(path);
    p.name = QStringLiteral("v2");
    const SaveResult second = saveProjectFile(path, p);
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.method, SaveMethod::AtomicRename);
    QCOMPARE(second.backupPath, path + QStringLiteral(".bak"));
    QCOMPARE(readFile(second.backupPath), v1);
    QCOMPARE(loadProjectFile(path).project->name, QStringLiteral("v2"));
}

void TestCore::failedWriteKeepsOldFile()
{
    // A full disk, simulated with a file-size limit (works for root too, unlike chmod).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    Project small;
    small.id = QStringLiteral("p");
    small.name = QStringLiteral("small");
    QVERIFY(saveProjectFile(path, small).ok);
    const QByteArray before = readFile(path);

    Project big = makeFullProject();
    big.description = QString(20000, QLatin1Char('x'));
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = old;
    tight.rlim_cur = 4096;
    QVERIFY(setrlimit(RLIMIT_FSIZE, &tight) == 0);
    const SaveResult result = saveProjectFile(path, big);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
    QCOMPARE(readFile(path), before);
    QVERIFY(loadProjectFile(path).ok());
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral("plan.omnimap")).size(), 2); // file + .bak
}

void TestCore::saveIntoUnwritablePlaceSaysWhy()
{
    const QString path = QStringLiteral("/proc/omnimap-cannot-exist/plan.omnimap");
    const SaveResult result = saveProjectFile(path, makeFullProject());
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(path), qPrintable(result.error));
}

void TestCore::directWriteFallbackVerifies()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.omnimap"));
    Project p = makeFullProject();
    QVERIFY(saveProjectFile(path, p).ok);
    const QByteArray v1 = readFile(path);
    p.name = QStringLiteral("written in place");
    SaveOptions options;
    options.directWrite = true;
    const SaveResult result = saveProjectFile(path, p, options);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.method, SaveMethod::DirectWriteVerified);
    QCOMPARE(readFile(result.backupPath), v1);
    QCOMPARE(loadProjectFile(path).project->name, QStringLiteral("written in place"));
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
