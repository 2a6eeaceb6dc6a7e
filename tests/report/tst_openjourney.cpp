#include "reporttest.h"

#include "fixture.h"
#include "model/lookup.h"
#include "report/openjourney.h"
#include "validation/referencecheck.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace omnimap::test {

namespace {

QString ojfDir()
{
    return QStringLiteral(OMNIMAP_SHARED_DIR "/interop/openjourney");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A journey map as plain comparable text: stages, lanes, and each cell's cards and notes.
QStringList mapSummary(const Project &p)
{
    const Journey &j = p.journeys.at(0);
    QStringList lines;
    for (const Stage &s : j.stages)
        lines << QStringLiteral("stage %1 | %2 | %3 | %4").arg(s.name, s.painPoints.join(u';'), s.opportunities.join(u';'),
                                                              s.thoughts.join(u';'));
    for (const Id &c : j.channelIds)
        lines << QStringLiteral("lane %1").arg(findById(p.channels, c)->name);
    for (const Touchpoint &t : j.touchpoints) {
        lines << QStringLiteral("card %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(findById(j.stages, t.stageId)->name, findById(p.channels, t.channelId)->name, t.title,
                          t.description, t.tags.join(u','))
                     .arg(t.momentOfTruth)
                     .arg(t.order)
                     .arg(QString::fromStdString(t.extra.value("ojf", nlohmann::json::object()).dump()));
    }
    return lines;
}

} // namespace

void OpenJourneyTest::sampleRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(ojfDir()).entryList({QStringLiteral("*.ojf")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no OpenJourney samples in the shared folder");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(ojfDir()).filePath(f);
}

void OpenJourneyTest::sampleRoundTrip()
{
    QFETCH(QString, file);
    const OpenJourney::ImportResult first = OpenJourney::load(file);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    QVERIFY2(!hasErrors(validateReferences(*first.project)), qPrintable(formatDiagnostics(validateReferences(*first.project))));
    const Journey &journey = first.project->journeys.at(0);
    QVERIFY(!journey.stages.isEmpty());
    QVERIFY(!journey.touchpoints.isEmpty());
    QVERIFY(!first.project->personas.isEmpty()); // persona at the root or under metadata
    QVERIFY(!first.project->personas.at(0).name.isEmpty());

    const QByteArray exported = OpenJourney::write(*first.project, journey.id);
    QVERIFY(!exported.isEmpty());
    // Every field of every original node survives, with its original stage and lane ids.
    const nlohmann::json original = nlohmann::json::parse(readAll(file).toStdString());
    const nlohmann::json again = nlohmann::json::parse(exported.toStdString());
    QCOMPARE(again["stages"].size(), original["stages"].size());
    QCOMPARE(again["swimlanes"].size(), original["swimlanes"].size());
    for (const nlohmann::json &node : original["nodes"]) {
        bool found = false;
        for (const nlohmann::json &candidate : again["nodes"]) {
            bool same = true;
            for (auto it = node.begin(); it != node.end() && same; ++it)
                same = candidate.contains(it.key()) && candidate[it.key()] == *it;
            found = found || same;
        }
        QVERIFY2(found, node.dump().c_str());
    }
    const OpenJourney::ImportResult second = OpenJourney::read(exported, QStringLiteral("again.ojf"));
    QVERIFY2(second.ok(), qPrintable(second.errorString()));
    QCOMPARE(mapSummary(*second.project), mapSummary(*first.project));
    QCOMPARE(second.project->journeys.at(0).id, journey.id);
    QCOMPARE(second.project->personas.at(0).name, first.project->personas.at(0).name);
    // Stable: exporting the re-imported map gives the same bytes.
    QCOMPARE(OpenJourney::write(*second.project, journey.id), exported);
}

void OpenJourneyTest::omnimapRoundTrip()
{
    const Project p = bilingualProject();
    const Journey &j = p.journeys.at(0);
    const QByteArray bytes = OpenJourney::write(p, j.id);
    const OpenJourney::ImportResult back = OpenJourney::read(bytes, QStringLiteral("plan.ojf"));
    QVERIFY2(back.ok(), qPrintable(back.errorString()));
    const Journey &k = back.project->journeys.at(0);
    QCOMPARE(k.touchpoints.size(), j.touchpoints.size());
    for (const Touchpoint &t : j.touchpoints) {
        const Touchpoint *u = findById(k.touchpoints, t.id);
        QVERIFY(u);
        QCOMPARE(u->title, t.title);
        QCOMPARE(u->message, t.message); // not in the format: kept by the extension
        QCOMPARE(u->promotion, t.promotion);
        QCOMPARE(u->momentOfTruth, t.momentOfTruth);
        QCOMPARE(u->stageId, t.stageId);
        QCOMPARE(u->channelId, t.channelId);
    }
    QCOMPARE(k.handoffs.size(), j.handoffs.size());
    QCOMPARE(k.roles.size(), j.roles.size());
    QCOMPARE(k.channelIds, j.channelIds);
    for (int i = 0; i < j.stages.size(); ++i) {
        QCOMPARE(k.stages.at(i).goal, j.stages.at(i).goal);
        QCOMPARE(k.stages.at(i).painPoints, j.stages.at(i).painPoints);
        QCOMPARE(k.stages.at(i).emotions.size(), j.stages.at(i).emotions.size());
    }
    QCOMPARE(back.project->kpis.size(), p.kpis.size());
    QCOMPARE(back.project->personas.size(), 2); // the journey's personas only
    QVERIFY(!hasErrors(validateReferences(*back.project)));

    // Another tool edits the file: renames a stage, drops a card; the import follows it.
    nlohmann::json edited = nlohmann::json::parse(bytes.toStdString());
    edited["stages"][0]["name"] = "Aware";
    auto &nodes = edited["nodes"];
    const std::string dropped = nodes[1]["id"].get<std::string>();
    nodes.erase(1);
    const OpenJourney::ImportResult afterEdit = OpenJourney::read(QByteArray::fromStdString(edited.dump()), QStringLiteral("edited.ojf"));
    QVERIFY2(afterEdit.ok(), qPrintable(afterEdit.errorString()));
    QCOMPARE(afterEdit.project->journeys.at(0).stages.at(0).name, QStringLiteral("Aware"));
    QCOMPARE(afterEdit.project->journeys.at(0).touchpoints.size(), j.touchpoints.size() - 1);
    QVERIFY(!findById(afterEdit.project->journeys.at(0).touchpoints, QString::fromStdString(dropped)));
    QVERIFY(!hasErrors(validateReferences(*afterEdit.project)));
}

void OpenJourneyTest::notesByName()
{
    const QByteArray ojf = R"({"version":"1.0","persona":"P","stages":[{"id":"s1","name":"A"}],
        "swimlanes":[{"id":"l1","name":"User Actions"},{"id":"l2","name":"Pain Points"},{"id":"l3","name":"Opportunities"}],
        "nodes":[{"stageId":"s1","swimlaneId":"l1","title":"Do","score":3},
                 {"stageId":"s1","swimlaneId":"l2","title":"Slow","description":"very","severity":"high","score":-4},
                 {"stageId":"s1","swimlaneId":"l3","title":"Faster"}]})";
    const OpenJourney::ImportResult r = OpenJourney::read(ojf, QStringLiteral("notes.ojf"));
    QVERIFY2(r.ok(), qPrintable(r.errorString()));
    const Journey &j = r.project->journeys.at(0);
    QCOMPARE(j.channelIds.size(), 1);
    QCOMPARE(j.stages.at(0).painPoints, QStringList{QStringLiteral("Slow")});
    QCOMPARE(j.stages.at(0).opportunities, QStringList{QStringLiteral("Faster")});
    QCOMPARE(j.stages.at(0).emotions.size(), 1);
    QCOMPARE(j.stages.at(0).emotions.at(0).asIs, -0.5); // mean of 3 and -4
    const nlohmann::json back = nlohmann::json::parse(OpenJourney::write(*r.project, j.id).toStdString());
    bool slowKept = false;
    for (const auto &n : back["nodes"])
        slowKept = slowKept || (n["title"] == "Slow" && n["description"] == "very" && n["severity"] == "high" && n["swimlaneId"] == "l2");
    QVERIFY(slowKept);
    OpenJourney::ImportOptions all;
    all.noteLanesByName = false;
    QCOMPARE(OpenJourney::read(ojf, QStringLiteral("notes.ojf"), all).project->journeys.at(0).channelIds.size(), 3);
}

void OpenJourneyTest::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"stages\": [") << QStringLiteral("bad.ojf: line 1");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("bad.ojf: /: expected an OpenJourney object");
    QTest::newRow("no stages") << QByteArray(R"({"swimlanes":[],"nodes":[]})") << QStringLiteral("bad.ojf: /stages: missing required field");
    QTest::newRow("stages not array") << QByteArray(R"({"stages":{},"swimlanes":[],"nodes":[]})")
                                      << QStringLiteral("bad.ojf: /stages: expected an array");
    QTest::newRow("stage without id") << QByteArray(R"({"stages":[{"name":"x"}],"swimlanes":[],"nodes":[]})")
                                      << QStringLiteral("bad.ojf: /stages/0/id: missing required field");
    QTest::newRow("duplicate stage") << QByteArray(R"({"stages":[{"id":"s","name":"a"},{"id":"s","name":"b"}],"swimlanes":[],"nodes":[]})")
                                     << QStringLiteral("bad.ojf: /stages/1/id: duplicate id \"s\"");
    QTest::newRow("unknown stage")
        << QByteArray(R"({"stages":[{"id":"s","name":"a"}],"swimlanes":[{"id":"l","name":"x"}],"nodes":[{"stageId":"q","swimlaneId":"l","title":"t"}]})")
        << QStringLiteral("bad.ojf: /nodes/0/stageId: no stage with id \"q\"");
    QTest::newRow("score is text")
        << QByteArray(R"({"stages":[{"id":"s","name":"a"}],"swimlanes":[{"id":"l","name":"x"}],"nodes":[{"stageId":"s","swimlaneId":"l","score":"high"}]})")
        << QStringLiteral("bad.ojf: /nodes/0/score: expected a number");
    QTest::newRow("tags not strings")
        << QByteArray(R"({"stages":[{"id":"s","name":"a"}],"swimlanes":[{"id":"l","name":"x"}],"nodes":[{"stageId":"s","swimlaneId":"l","tags":[1]}]})")
        << QStringLiteral("bad.ojf: /nodes/0/tags/0: expected a string");
    QTest::newRow("metadata not object") << QByteArray(R"({"metadata":3,"stages":[],"swimlanes":[],"nodes":[]})")
                                         << QStringLiteral("bad.ojf: /metadata: expected an object");
    QTest::newRow("too deep") << QByteArray(200, '[') << QStringLiteral("bad.ojf: line 1");
}

void OpenJourneyTest::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const OpenJourney::ImportResult r = OpenJourney::read(bytes, QStringLiteral("bad.ojf"));
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().startsWith(expected) || r.errorString().contains(QLatin1Char('\n') + expected),
             qPrintable(r.errorString()));
}

} // namespace omnimap::test
