// Properties of the merge on seeded random edit pairs: merging with an unchanged side
// gives the other side, merging is deterministic, and every edit that is not part of a
// conflict is in the result.

#include "mergefixture.h"
#include "testregistry.h"

#include "format/projectwriter.h"
#include "merge/projectdiff.h"
#include "merge/projectmerge.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace omnimap;
using json = nlohmann::json;

namespace {

constexpr int kSeeds = 300;

QString word(QRandomGenerator &rng)
{
    static const QStringList words = {QStringLiteral("fresh"), QStringLiteral("커피"), QStringLiteral("stamp"),
                                      QStringLiteral("reel"), QStringLiteral("pickup"), QStringLiteral("배송"),
                                      QStringLiteral("coupon"), QStringLiteral("visit")};
    return words.at(rng.bounded(int(words.size()))) + QString::number(rng.bounded(100));
}

/// One random edit of the kind departments make; `tag` keeps new ids unique per side.
void randomEdit(Project &p, QRandomGenerator &rng, const QString &tag, int &counter)
{
    Journey &j = p.journeys[0];
    const QString newId = tag + QString::number(++counter);
    switch (rng.bounded(11)) {
    case 0:
        if (!j.touchpoints.isEmpty())
            j.touchpoints[rng.bounded(int(j.touchpoints.size()))].title = word(rng);
        break;
    case 1:
        p.kpis[rng.bounded(int(p.kpis.size()))].target = rng.bounded(1000) / 10.0;
        break;
    case 2: {
        Touchpoint t;
        t.id = newId;
        t.stageId = j.stages.at(rng.bounded(int(j.stages.size()))).id;
        t.channelId = j.channelIds.at(rng.bounded(int(j.channelIds.size())));
        t.title = word(rng);
        j.touchpoints.insert(rng.bounded(int(j.touchpoints.size()) + 1), t);
        break;
    }
    case 3:
        if (j.touchpoints.size() > 1) {
            const Id gone = j.touchpoints.takeAt(rng.bounded(int(j.touchpoints.size()))).id;
            j.handoffs.removeIf([&](const Handoff &h) { return h.fromTouchpointId == gone || h.toTouchpointId == gone; });
        }
        break;
    case 4:
        j.stages.move(rng.bounded(int(j.stages.size())), rng.bounded(int(j.stages.size())));
        break;
    case 5: {
        Stage s;
        s.id = newId;
        s.name = word(rng);
        j.stages.insert(rng.bounded(int(j.stages.size()) + 1), s);
        break;
    }
    case 6:
        if (!j.touchpoints.isEmpty())
            j.touchpoints[rng.bounded(int(j.touchpoints.size()))].tags.append(word(rng));
        break;
    case 7: {
        Stage &s = j.stages[rng.bounded(int(j.stages.size()))];
        if (!s.emotions.isEmpty())
            s.emotions[rng.bounded(int(s.emotions.size()))].asIs = rng.bounded(11) - 5;
        break;
    }
    case 8:
        p.channels[rng.bounded(int(p.channels.size()))].name = word(rng);
        break;
    case 9:
        p.personas[rng.bounded(int(p.personas.size()))].goals.append(word(rng));
        break;
    default:
        j.touchpoints.isEmpty() ? void() : void(j.touchpoints[rng.bounded(int(j.touchpoints.size()))].extra["x-note"] = word(rng).toStdString());
        break;
    }
}

Project randomSide(const Project &base, quint32 seed, const QString &tag)
{
    QRandomGenerator rng(seed);
    Project p = base;
    int counter = 0;
    const int edits = 1 + rng.bounded(4);
    for (int i = 0; i < edits; ++i)
        randomEdit(p, rng, tag, counter);
    return p;
}

const json *findItem(const json &node, const std::string &id)
{
    if (node.is_object()) {
        const auto it = node.find("id");
        if (it != node.end() && it->is_string() && it->get<std::string>() == id)
            return &node;
    }
    if (node.is_object() || node.is_array()) {
        for (const json &child : node) {
            if (const json *found = findItem(child, id))
                return found;
        }
    }
    return nullptr;
}

bool isStringList(const json &value)
{
    return value.is_array() && std::all_of(value.begin(), value.end(), [](const json &v) { return v.is_string(); });
}

/// Every change `side` made to `base` is in the merge, unless a conflict names its item.
void checkEditsKept(const Project &base, const Project &side, const MergeResult &result)
{
    QSet<QString> conflicted;
    for (const MergeConflict &c : result.conflicts) {
        conflicted.insert(c.itemId);
        for (const MergePathStep &step : c.path) {
            if (step.selector)
                conflicted.insert(step.matchValue);
        }
    }
    const json merged = projectToTree(result.merged);
    for (const Change &change : diffProjects(base, side)) {
        if (conflicted.contains(change.itemId) || change.type == Change::Type::Reordered)
            continue;
        const json *item = findItem(merged, change.itemId.toStdString());
        const QString what = change.itemKind + QLatin1Char(' ') + change.itemId;
        if (change.type == Change::Type::Added) {
            QVERIFY2(item, qPrintable(QStringLiteral("added ") + what + QStringLiteral(" is missing")));
            continue;
        }
        if (change.type == Change::Type::Removed) {
            QVERIFY2(!item, qPrintable(QStringLiteral("removed ") + what + QStringLiteral(" is back")));
            continue;
        }
        QVERIFY2(item, qPrintable(QStringLiteral("changed ") + what + QStringLiteral(" is missing")));
        for (const QString &field : change.fields) {
            const std::string key = field.toStdString();
            const auto after = change.after.find(key);
            const auto before = change.before.find(key);
            const auto now = item->find(key);
            if (after != change.after.end() && isStringList(*after)) {
                for (const json &element : *after) {
                    const bool wasThere = before != change.before.end() && isStringList(*before)
                        && std::find(before->begin(), before->end(), element) != before->end();
                    if (wasThere)
                        continue;
                    QVERIFY2(now != item->end() && std::find(now->begin(), now->end(), element) != now->end(),
                             qPrintable(what + QStringLiteral(": added ") + field + QStringLiteral(" entry lost")));
                }
            } else if (after == change.after.end()) {
                QVERIFY2(now == item->end(), qPrintable(what + QStringLiteral(": cleared ") + field + QStringLiteral(" is set")));
            } else if (!after->is_structured()) {
                QVERIFY2(now != item->end() && *now == *after,
                         qPrintable(what + QStringLiteral(": ") + field + QStringLiteral(" lost")));
            }
        }
    }
}

} // namespace

class TstMergeProperties final : public QObject
{
    Q_OBJECT

private slots:
    void unchangedSideGivesTheOther()
    {
        const Project base = makeMergeFixture();
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            const Project x = randomSide(base, seed, QStringLiteral("x"));
            const MergeResult ours = mergeProjects(base, x, base);
            QVERIFY(ours.clean());
            QCOMPARE(projectBytes(ours.merged), projectBytes(x));
            const MergeResult theirs = mergeProjects(base, base, x);
            QVERIFY(theirs.clean());
            QCOMPARE(projectBytes(theirs.merged), projectBytes(x));
            const MergeResult both = mergeProjects(base, x, x);
            QVERIFY(both.clean());
            QCOMPARE(projectBytes(both.merged), projectBytes(x));
        }
    }

    void deterministicAndKeepsEveryEdit()
    {
        const Project base = makeMergeFixture();
        int conflicting = 0;
        for (quint32 seed = 1; seed <= kSeeds; ++seed) {
            const Project x = randomSide(base, seed, QStringLiteral("x"));
            const Project y = randomSide(base, seed * 7919u + 13u, QStringLiteral("y"));
            const MergeResult r = mergeProjects(base, x, y);
            QVERIFY2(r.ok(), qPrintable(formatDiagnostics(r.diagnostics)));
            const MergeResult again = mergeProjects(base, x, y);
            QCOMPARE(projectBytes(again.merged), projectBytes(r.merged));
            QVERIFY(again.conflicts == r.conflicts);
            checkEditsKept(base, x, r);
            checkEditsKept(base, y, r);
            if (QTest::currentTestFailed()) {
                qWarning("seed %u", seed);
                return;
            }
            conflicting += r.conflicts.isEmpty() ? 0 : 1;
            // Taking every "theirs" also keeps all of their edits.
            QMap<int, ConflictChoice> theirs;
            for (int i = 0; i < r.conflicts.size(); ++i)
                theirs.insert(i, {Resolution::Theirs, std::nullopt});
            const ResolveResult resolved = resolveConflicts(r.merged, r.conflicts, theirs);
            QVERIFY2(resolved.project, qPrintable(formatDiagnostics(resolved.diagnostics)));
        }
        // The generator must exercise both outcomes, or the property proves little.
        QVERIFY(conflicting > kSeeds / 20);
        QVERIFY(conflicting < kSeeds - kSeeds / 20);
    }
};

OMNIMAP_MERGE_TEST(TstMergeProperties)

#include "tst_mergeproperties.moc"
