// The table-driven merge suite, conflict storage and resolution, diff, base store.

#include "mergecases.h"
#include "mergefixture.h"
#include "testregistry.h"

#include "format/projectfile.h"
#include "format/projectwriter.h"
#include "merge/basestore.h"
#include "merge/mergetext.h"
#include "merge/projectdiff.h"
#include "merge/treemerge.h"
#include "model/lookup.h"

#include <QTemporaryDir>
#include <QTest>

using namespace omnimap;
using json = nlohmann::json;

#define JSON_COMPARE(actual, expected)                                                       \
    QVERIFY2(json(actual) == json(expected),                                                  \
             qPrintable(QString::fromStdString(json(actual).dump() + " != " + json(expected).dump())))

namespace {

Project edited(const std::function<void(Project &)> &edit, Project project = makeMergeFixture())
{
    edit(project);
    return project;
}

QMap<int, ConflictChoice> allChoices(const MergeConflicts &conflicts, Resolution pick)
{
    QMap<int, ConflictChoice> choices;
    for (int i = 0; i < conflicts.size(); ++i)
        choices.insert(i, ConflictChoice{pick, std::nullopt});
    return choices;
}

std::vector<std::string> keysOf(const json &array, const QString &sequenceKey)
{
    std::vector<std::string> keys;
    for (const json &element : array)
        keys.push_back(sequenceKey.isEmpty() ? element.get<std::string>() : element[sequenceKey.toStdString()].get<std::string>());
    return keys;
}

} // namespace

class TstMergeTable final : public QObject
{
    Q_OBJECT

private slots:
    void cases_data()
    {
        QTest::addColumn<int>("row");
        const auto &cases = mergeCases();
        for (std::size_t i = 0; i < cases.size(); ++i)
            QTest::newRow(cases[i].name) << int(i);
    }

    void cases()
    {
        QFETCH(int, row);
        const MergeCase &c = mergeCases().at(std::size_t(row));
        const Project base = makeMergeFixture();
        const Project ours = edited(c.ours);
        const Project theirs = edited(c.theirs);
        const MergeResult result = mergeProjects(base, ours, theirs);
        QVERIFY2(result.ok(), qPrintable(formatDiagnostics(result.diagnostics)));
        QCOMPARE(result.conflicts.size(), c.conflicts);
        // The other way round finds the same disagreements.
        QCOMPARE(mergeProjects(base, theirs, ours).conflicts.size(), c.conflicts);
        if (c.check)
            c.check(result);
        if (QTest::currentTestFailed())
            return;
        if (c.conflicts == 0) {
            if (c.sequential)
                QCOMPARE(projectBytes(result.merged), projectBytes(edited(c.theirs, ours)));
            return;
        }
        QCOMPARE(result.conflicts.first().kind, c.kind);
        checkResolution(result);
    }

    void mergeIsDeterministic()
    {
        for (const MergeCase &c : mergeCases()) {
            const Project base = makeMergeFixture();
            const MergeResult a = mergeProjects(base, edited(c.ours), edited(c.theirs));
            const MergeResult b = mergeProjects(base, edited(c.ours), edited(c.theirs));
            QCOMPARE(projectBytes(a.merged), projectBytes(b.merged));
            QVERIFY(a.conflicts == b.conflicts);
        }
    }

    void conflictNamesItemAndKeepsAllValues()
    {
        const Project base = makeMergeFixture();
        Project ours = base, theirs = base;
        findById(ours.journeys[0].touchpoints, QStringLiteral("tp2"))->title = QStringLiteral("Hello mail");
        findById(theirs.journeys[0].touchpoints, QStringLiteral("tp2"))->title = QStringLiteral("환영 메일");
        const MergeResult r = mergeProjects(base, ours, theirs);
        QCOMPARE(r.conflicts.size(), 1);
        const MergeConflict &c = r.conflicts.first();
        QCOMPARE(c.pointer, QStringLiteral("/journeys/0/touchpoints/1/title"));
        QCOMPARE(c.itemId, QStringLiteral("tp2"));
        QCOMPARE(c.itemKind, QStringLiteral("touchpoint"));
        QCOMPARE(c.itemName, QStringLiteral("Hello mail"));
        QCOMPARE(c.field, QStringLiteral("title"));
        JSON_COMPARE(*c.base, json("Welcome mail"));
        JSON_COMPARE(*c.ours, json("Hello mail"));
        JSON_COMPARE(*c.theirs, json("환영 메일"));
        QCOMPARE(mergePathText(c.path), QStringLiteral("journeys[id=j1].touchpoints[id=tp2].title"));
        QCOMPARE(mergetext::conflictTitle(c), QStringLiteral("Touchpoint \u201CHello mail\u201D \u2014 title"));
        // Ours is in the merged plan until the user decides.
        QCOMPARE(findById(r.merged.journeys[0].touchpoints, QStringLiteral("tp2"))->title, QStringLiteral("Hello mail"));
    }

    void recordedConflictsSurviveTheFile()
    {
        const Project base = makeMergeFixture();
        Project ours = base, theirs = base;
        ours.kpis[0].target = 1;
        theirs.kpis[0].target = 2;
        ours.journeys[0].touchpoints.removeLast();
        theirs.journeys[0].touchpoints.last().title = QStringLiteral("kept by them");
        const MergeResult r = mergeProjects(base, ours, theirs);
        QCOMPARE(r.conflicts.size(), 2);
        const QByteArray bytes = writeProject(withRecordedConflicts(r.merged, r.conflicts));
        const LoadResult loaded = readProject(bytes, QStringLiteral("merged.omnimap"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        const MergeConflicts again = recordedConflicts(*loaded.project);
        QVERIFY(again == r.conflicts);

        // Resolve one now, the other later: the rest stays recorded.
        const int kpiConflict = again.at(0).kind == MergeConflict::Kind::Value ? 0 : 1;
        QCOMPARE(again.at(kpiConflict).itemId, QStringLiteral("kpi1"));
        QMap<int, ConflictChoice> first;
        first.insert(kpiConflict, {Resolution::Custom, json(1.5)});
        const ResolveResult partly = resolveConflicts(*loaded.project, again, first);
        QVERIFY2(partly.project, qPrintable(formatDiagnostics(partly.diagnostics)));
        QCOMPARE(partly.project->kpis[0].target.value(), 1.5);
        const MergeConflicts rest = recordedConflicts(*partly.project);
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest.first().kind, MergeConflict::Kind::Item);

        QMap<int, ConflictChoice> second;
        second.insert(0, {Resolution::Theirs, std::nullopt});
        const ResolveResult done = resolveConflicts(*partly.project, rest, second);
        QVERIFY(done.project);
        QVERIFY(recordedConflicts(*done.project).isEmpty());
        QVERIFY(!done.project->extra.contains("mergeConflicts"));
        QCOMPARE(done.project->journeys[0].touchpoints.size(), 4);
        QCOMPARE(done.project->journeys[0].touchpoints.last().title, QStringLiteral("kept by them"));
    }

    void customValueFromText()
    {
        MergeConflict c;
        c.ours = json(2.5);
        QString error;
        JSON_COMPARE(mergetext::valueFromText(c, QStringLiteral("3.25"), &error)->value(), json(3.25));
        QVERIFY(!mergetext::valueFromText(c, QStringLiteral("lots"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!mergetext::valueFromText(c, QString(), &error)->has_value());
        c.ours = json::array({"a", "b"});
        JSON_COMPARE(mergetext::valueFromText(c, QStringLiteral("x\n\ny\n"), &error)->value(), json::array({"x", "y"}));
        c.ours = json("text");
        JSON_COMPARE(mergetext::valueFromText(c, QStringLiteral("{not json"), &error)->value(), json("{not json"));
        c.ours = json::object({{"a", 1}});
        QVERIFY(!mergetext::valueFromText(c, QStringLiteral("{not json"), &error));
    }

    void diffListsChangesPerJourney()
    {
        const Project a = makeMergeFixture();
        Project b = a;
        b.journeys[0].touchpoints.append(Touchpoint{QStringLiteral("tpN"), QStringLiteral("st1"), QStringLiteral("ch1"),
                                                    QStringLiteral("QR code"), {}, {}, {}, false, false, {}, {}, {}, 0, 1.0, 1.0, {}, {}, std::nullopt});
        b.journeys[0].stages.removeLast();
        b.journeys[0].stages.move(0, 1);
        b.kpis[1].target = 0.4;
        b.journeys[0].touchpoints[0].title = QStringLiteral("Reel");
        const Changes changes = diffProjects(a, b);
        const auto find = [&](Change::Type type, const QString &id) -> const Change * {
            for (const Change &c : changes) {
                if (c.type == type && c.itemId == id)
                    return &c;
            }
            return nullptr;
        };
        QVERIFY(find(Change::Type::Added, QStringLiteral("tpN")));
        QCOMPARE(find(Change::Type::Added, QStringLiteral("tpN"))->journeyId, QStringLiteral("j1"));
        QVERIFY(find(Change::Type::Removed, QStringLiteral("st4")));
        QVERIFY(find(Change::Type::Reordered, QStringLiteral("j1")));
        const Change *kpiChange = find(Change::Type::Changed, QStringLiteral("kpi2"));
        QVERIFY(kpiChange);
        QCOMPARE(kpiChange->fields, QStringList{QStringLiteral("target")});
        JSON_COMPARE(kpiChange->after["target"], json(0.4));
        QVERIFY(kpiChange->journeyId.isEmpty());
        QCOMPARE(changes.size(), 5);
        const QString text = formatChangesText(changes);
        QVERIFY2(text.startsWith(QStringLiteral("Journey \u201CMorning coffee\u201D:\n  - Stage \u201CRetention\u201D\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\n  + Touchpoint \u201CQR code\u201D\nProject:\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("~ KPI \u201COpen rate\u201D: target 0.35 \u2192 0.4")), qPrintable(text));
        QCOMPARE(changesToJson(changes).size(), std::size_t(5));
        QVERIFY(diffProjects(a, a).isEmpty());
        QCOMPARE(formatChangesText({}), QStringLiteral("No differences.\n"));
    }

    void baseStoreKeepsOneCopyPerPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MergeBaseStore store(dir.filePath(QStringLiteral("recovery")));
        const QString planA = dir.filePath(QStringLiteral("a.omnimap"));
        const QString planB = dir.filePath(QStringLiteral("b.omnimap"));
        QVERIFY(!store.contains(planA));
        QVERIFY(!store.load(planA).ok());
        Project p = makeMergeFixture();
        QCOMPARE(store.store(planA, p), QString());
        p.name = QStringLiteral("other");
        QCOMPARE(store.store(planB, p), QString());
        QVERIFY(store.basePathFor(planA) != store.basePathFor(planB));
        QCOMPARE(store.basePathFor(planA), store.basePathFor(dir.filePath(QStringLiteral("./x/../a.omnimap"))));
        const LoadResult loaded = store.load(planA);
        QVERIFY(loaded.ok());
        QCOMPARE(projectBytes(*loaded.project), projectBytes(makeMergeFixture()));
        QVERIFY(store.remove(planA));
        QVERIFY(!store.contains(planA));
        QVERIFY(store.contains(planB));
    }

private:
    void checkResolution(const MergeResult &result)
    {
        const ResolveResult ours = resolveConflicts(result.merged, result.conflicts,
                                                    allChoices(result.conflicts, Resolution::Ours));
        QVERIFY2(ours.project, qPrintable(formatDiagnostics(ours.diagnostics)));
        QCOMPARE(projectBytes(*ours.project), projectBytes(result.merged));

        const ResolveResult theirs = resolveConflicts(result.merged, result.conflicts,
                                                      allChoices(result.conflicts, Resolution::Theirs));
        QVERIFY2(theirs.project, qPrintable(formatDiagnostics(theirs.diagnostics)));
        QVERIFY(recordedConflicts(*theirs.project).isEmpty());
        const json tree = projectToTree(*theirs.project);
        for (const MergeConflict &c : result.conflicts) {
            const json *value = findAtPath(tree, c.path);
            if (c.kind == MergeConflict::Kind::Order) {
                QVERIFY(value);
                std::vector<std::string> wanted = keysOf(*c.theirs, QString()), got;
                for (const std::string &key : keysOf(*value, c.sequenceKey)) {
                    if (std::find(wanted.begin(), wanted.end(), key) != wanted.end())
                        got.push_back(key);
                }
                QVERIFY(got == wanted);
            } else if (c.theirs) {
                QVERIFY2(value, qPrintable(mergePathText(c.path)));
                JSON_COMPARE(*value, *c.theirs);
            } else {
                QVERIFY2(!value, qPrintable(mergePathText(c.path)));
            }
        }
    }
};

OMNIMAP_MERGE_TEST(TstMergeTable)

#include "tst_mergetable.moc"
