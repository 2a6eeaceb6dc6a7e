// import-ojf: every .ojf gives a project `validate` accepts, or a clear error naming the
// file and the place (issue 21). The property is checked the way `validate` checks a
// file: write the project, read it back with the loader, no error diagnostics.

#include "robustnesstest.h"

#include "format/projectfile.h"
#include "report/openjourney.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

namespace omnimap::test {

namespace {

using Json = nlohmann::json;

/// What `omnimap-cli validate` demands of a project file.
QString validateProblems(const Project &project)
{
    const LoadResult loaded = readProject(writeProject(project), QStringLiteral("imported.omnimap"));
    if (!loaded.ok() || hasErrors(loaded.diagnostics))
        return loaded.errorString().isEmpty() ? QStringLiteral("not readable") : loaded.errorString();
    return {};
}

/// The import either succeeded with a valid project, or failed with an error that names
/// the file. Returns a description of the violation, empty when the contract holds.
QString contractViolation(const QByteArray &bytes, const QString &fileName)
{
    const OpenJourney::ImportResult result = OpenJourney::read(bytes, fileName);
    if (result.ok())
        return validateProblems(*result.project);
    if (!hasErrors(result.diagnostics))
        return QStringLiteral("failed without an error diagnostic");
    for (const Diagnostic &d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error && !d.toString().contains(fileName))
            return QStringLiteral("error does not name the file: ") + d.toString();
    }
    return {};
}

Json minimalMap()
{
    return Json::parse(R"({
      "version": "1.0", "persona": "Sam",
      "stages": [{"id": "s1", "name": "Discover"}, {"id": "s2", "name": "Buy"}],
      "swimlanes": [{"id": "l1", "name": "Web"}, {"id": "l2", "name": "Pain points"}],
      "nodes": [{"id": "n1", "stageId": "s1", "swimlaneId": "l1", "title": "Visit"},
                {"id": "n2", "stageId": "s2", "swimlaneId": "l2", "title": "Slow checkout"}]
    })");
}

QByteArray bytesOf(const Json &json)
{
    return QByteArray::fromStdString(json.dump());
}

/// A real export with the x-omnimap extension (the richest input the importer sees).
QByteArray exportedSample(const QString &sample)
{
    const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/") + sample);
    if (!loaded.ok() || loaded.project->journeys.isEmpty())
        return {};
    return OpenJourney::write(*loaded.project, loaded.project->journeys.constFirst().id);
}

Json nested(int depth)
{
    Json value = Json::object();
    for (int i = 0; i < depth; ++i)
        value = Json{{"k", value}};
    return value;
}

} // namespace

void OjfImportTest::hostileMaps_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray exported = exportedSample(QStringLiteral("retail-click-collect.omnimap"));
    QVERIFY(!exported.isEmpty());

    auto add = [](const char *name, const Json &json) { QTest::newRow(name) << bytesOf(json); };
    Json j = minimalMap();
    j["nodes"][1]["stageId"] = ""; // a card in a note lane with no stage: was SIGSEGV
    add("note card with empty stageId", j);
    j = minimalMap();
    j["nodes"][0]["stageId"] = "";
    add("channel card with empty stageId", j);
    j = minimalMap();
    j["nodes"][0]["swimlaneId"] = "";
    add("card with empty swimlaneId", j);
    j = minimalMap();
    j["stages"][0]["name"] = "";
    j["swimlanes"][0]["name"] = "";
    add("empty stage and lane names", j);
    j = minimalMap();
    j["stages"][0]["id"] = "";
    add("empty stage id", j);
    j = minimalMap();
    j["nodes"][1] = j["nodes"][0];
    add("duplicate node ids", j);
    j = minimalMap();
    j["nodes"][0]["blueprint"] = nested(60);
    add("unknown keys nested near the depth limit", j);
    j = minimalMap();
    j["nodes"][0]["custom"] = nested(52);
    add("unknown node key nested deep", j);

    Json e = Json::parse(exported.constData());
    QVERIFY(e.contains("x-omnimap"));
    Json &project = e["x-omnimap"]["project"];
    Json t = e;
    t["x-omnimap"]["project"]["journeys"][0]["touchpoints"][0]["ojf"]["id"] = 3; // was type_error → abort
    add("extension ojf id is a number", t);
    t = e;
    t["x-omnimap"]["project"]["journeys"][0]["personaIds"] = Json::array({"no-such-persona"});
    add("extension dangling persona reference", t);
    t = e;
    t["x-omnimap"]["project"]["journeys"][0]["touchpoints"][0].erase("channelId");
    add("extension touchpoint without channel id", t);
    t = e;
    t["x-omnimap"]["project"]["journeys"][0]["channelIds"] = Json::array({"ghost"});
    add("extension journey lane without channel", t);
    t = e;
    t["x-omnimap"]["project"]["journeys"][0]["stages"][0]["ojf"] = Json{{"id", Json::array({1})}};
    add("extension stage ojf id is an array", t);
    t = e;
    if (project["journeys"][0]["stages"].size() > 1) {
        // Two OJF stages that both resolve to one extension stage (by id and by ojf id).
        const Json first = t["x-omnimap"]["project"]["journeys"][0]["stages"][0];
        t["stages"][1]["id"] = first["id"];
        add("two stages resolving to one extension stage", t);
    }
    t = e;
    t["x-omnimap"] = Json{{"project", Json::array()}, {"noteLanes", 5}};
    add("extension of the wrong types", t);
}

void OjfImportTest::hostileMaps()
{
    QFETCH(QByteArray, bytes);
    const QString violation = contractViolation(bytes, QStringLiteral("hostile.ojf"));
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
}

void OjfImportTest::emptyNamesGetPositions()
{
    Json j = minimalMap();
    j["stages"][1]["name"] = "";
    j["swimlanes"][0]["name"] = "";
    const OpenJourney::ImportResult result = OpenJourney::read(bytesOf(j), QStringLiteral("names.ojf"));
    QVERIFY2(result.ok(), qPrintable(result.errorString()));
    const Journey &journey = result.project->journeys.constFirst();
    QCOMPARE(journey.stages.size(), 2);
    QCOMPARE(journey.stages.at(0).name, QStringLiteral("Discover"));
    QCOMPARE(journey.stages.at(1).name, QStringLiteral("Stage 2"));
    QCOMPARE(journey.channelIds.size(), 1);
    QCOMPARE(result.project->channels.constFirst().name, QStringLiteral("Lane 1"));
    QVERIFY(validateProblems(*result.project).isEmpty());
}

void OjfImportTest::emptyStageIdNamesThePlace()
{
    Json j = minimalMap();
    j["nodes"][1]["stageId"] = "";
    const OpenJourney::ImportResult result = OpenJourney::read(bytesOf(j), QStringLiteral("cards.ojf"));
    QVERIFY(!result.ok());
    QVERIFY(hasErrors(result.diagnostics));
    const QString text = result.errorString();
    QVERIFY2(text.contains(QStringLiteral("cards.ojf")) && text.contains(QStringLiteral("/nodes/1/stageId")), qPrintable(text));
}

void OjfImportTest::extensionTypeConfusionDoesNotThrow()
{
    Json e = Json::parse(exportedSample(QStringLiteral("cafe-order-pickup.omnimap")).constData());
    // Every ojf.id in the extension becomes a number, an object or null in turn.
    for (const Json &replacement : {Json(3), Json::object(), Json(nullptr), Json(true)}) {
        Json t = e;
        for (Json &touchpoint : t["x-omnimap"]["project"]["journeys"][0]["touchpoints"])
            touchpoint["ojf"]["id"] = replacement;
        for (Json &stage : t["x-omnimap"]["project"]["journeys"][0]["stages"])
            stage["ojf"]["id"] = replacement;
        for (Json &channel : t["x-omnimap"]["project"]["channels"])
            channel["ojf"] = replacement;
        const QString violation = contractViolation(bytesOf(t), QStringLiteral("typed.ojf"));
        QVERIFY2(violation.isEmpty(), qPrintable(QString::fromStdString(replacement.dump()) + QStringLiteral(": ") + violation));
    }
}

/// A structure-aware mutator (what found the defects): replaces, deletes or duplicates
/// values anywhere in a real export, with a fixed seed so a failure is reproducible.
void OjfImportTest::mutatedSamplesStayValid()
{
    const QStringList samples{QStringLiteral("retail-click-collect.omnimap"), QStringLiteral("bank-loan-callcenter.omnimap")};
    QRandomGenerator random(21);
    int imported = 0, refused = 0;
    for (const QString &sample : samples) {
        const Json original = Json::parse(exportedSample(sample).constData());
        QList<Json::json_pointer> pointers;
        const Json flat = original.flatten();
        for (auto it = flat.begin(); it != flat.end(); ++it)
            pointers.append(Json::json_pointer(it.key()));
        const Json replacements[] = {Json(""), Json(3), Json(nullptr), Json::array(), Json::object(), Json("s1"),
                                     Json(-1e300), Json("../../etc/passwd"), nested(50)};
        for (int round = 0; round < 150; ++round) {
            Json mutated = original;
            const int edits = 1 + int(random.bounded(3));
            for (int k = 0; k < edits; ++k) {
                Json::json_pointer pointer = pointers.at(random.bounded(int(pointers.size())));
                // Sometimes mutate the parent object/array instead of the leaf.
                if (random.bounded(3) == 0 && !pointer.empty())
                    pointer = pointer.parent_pointer();
                if (!mutated.contains(pointer))
                    continue;
                mutated[pointer] = replacements[random.bounded(int(std::size(replacements)))];
            }
            const QString violation = contractViolation(bytesOf(mutated), QStringLiteral("mutated.ojf"));
            QVERIFY2(violation.isEmpty(), qPrintable(sample + QStringLiteral(" round ") + QString::number(round)
                                                      + QStringLiteral(": ") + violation));
            OpenJourney::read(bytesOf(mutated), QStringLiteral("m.ojf")).ok() ? ++imported : ++refused;
        }
    }
    // Both outcomes occur: the mutations exercise the importer rather than the parser only.
    QVERIFY(imported > 0);
    QVERIFY(refused > 0);
}

/// Omnimap's own export re-imports with its extension intact: every journey of every
/// sample, the same touchpoints, no warning that the extension had to be dropped.
void OjfImportTest::ownExportsReimportWithExtension()
{
    const QStringList samples = QDir(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples"))
                                    .entryList({QStringLiteral("*.omnimap")}, QDir::Files, QDir::Name);
    QVERIFY(!samples.isEmpty());
    for (const QString &sample : samples) {
        const LoadResult loaded = loadProjectFile(QStringLiteral(OMNIMAP_SOURCE_DIR "/resources/samples/") + sample);
        QVERIFY(loaded.ok());
        for (const Journey &journey : loaded.project->journeys) {
            const OpenJourney::ImportResult back =
                OpenJourney::read(OpenJourney::write(*loaded.project, journey.id), QStringLiteral("own.ojf"));
            QVERIFY2(back.ok(), qPrintable(sample + QStringLiteral(": ") + back.errorString()));
            QVERIFY2(back.diagnostics.isEmpty(), qPrintable(sample + QStringLiteral(": ") + back.errorString()));
            QVERIFY(validateProblems(*back.project).isEmpty());
            QCOMPARE(back.project->journeys.constFirst().touchpoints.size(), journey.touchpoints.size());
            QCOMPARE(back.project->checklists.size(),
                     std::count_if(loaded.project->checklists.cbegin(), loaded.project->checklists.cend(),
                                   [&journey](const Checklist &c) { return c.journeyId == journey.id; }));
        }
    }
}

void OjfImportTest::cliWritesValidProjectOrFails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto run = [](const QStringList &arguments, QByteArray *errors) {
        QProcess process;
        process.start(QStringLiteral(OMNIMAP_CLI_PATH), arguments);
        process.waitForFinished(60000);
        *errors = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    Json bad = minimalMap();
    bad["nodes"][1]["stageId"] = "";
    const QString badPath = dir.filePath(QStringLiteral("bad.ojf"));
    QFile file(badPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytesOf(bad));
    file.close();
    QByteArray errors;
    const QString out = dir.filePath(QStringLiteral("out.omnimap"));
    QCOMPARE(run({QStringLiteral("import-ojf"), badPath, QStringLiteral("--out"), out}, &errors), 1);
    QVERIFY2(errors.contains("bad.ojf") && errors.contains("/nodes/1/stageId"), errors.constData());
    QVERIFY(!QFile::exists(out));

    Json names = minimalMap();
    names["stages"][0]["name"] = "";
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytesOf(names));
    file.close();
    QCOMPARE(run({QStringLiteral("import-ojf"), badPath, QStringLiteral("--out"), out}, &errors), 0);
    QCOMPARE(run({QStringLiteral("validate"), out}, &errors), 0);
}

} // namespace omnimap::test
