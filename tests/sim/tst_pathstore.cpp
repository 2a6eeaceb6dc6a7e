// Paths stored aggregated (issue 22): an import merges identical paths, the schema
// upgrade merges the paths older versions stored one row per file row, and attribution
// from the merged rows equals attribution from the file's rows taken one by one.

#include "attribution.h"
#include "datasetschema.h"
#include "pathimporter.h"
#include "pathset.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <map>
#include <random>

using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

/// One row of a paths file as the test wrote it.
struct FileRow
{
    std::vector<int> channels; ///< ids in order of the names' first appearance in the file
    double conversions;
    double nulls;
    double value;
};

/// What the test expects to be stored for one merged group.
struct Group
{
    std::vector<int> channels;
    double conversions = 0.0, nulls = 0.0, value = 0.0;
    qint64 rows = 0;
};

const char *const kNames[] = {"alpha", "beta", "gamma", "delta", "eps", "zeta"};

/// A deterministic paths file: 60 distinct paths, `rows` rows drawn among them, counts
/// mostly whole (some fractional), a few rows with a value but no conversion. Spacing
/// around ">" varies, which must not make two paths different.
QByteArray pathsFile(int rows, std::vector<FileRow> &fileRows, QStringList &channelNames)
{
    std::mt19937 rng(22);
    std::vector<std::vector<int>> distinct;
    for (int p = 0; p < 60; ++p) {
        std::vector<int> names;
        const int length = 1 + int(rng() % 6);
        for (int i = 0; i < length; ++i)
            names.push_back(int(rng() % 6));
        distinct.push_back(names);
    }
    std::map<int, int> idOfName; // the importer numbers channels by first appearance
    QByteArray csv = "path;total_conversions;total_conversion_value;total_null\n";
    for (int r = 0; r < rows; ++r) {
        const std::vector<int> &names = distinct[rng() % distinct.size()];
        FileRow row;
        QByteArray path;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (!idOfName.count(names[i])) {
                idOfName[names[i]] = int(idOfName.size()) + 1;
                channelNames.append(QString::fromLatin1(kNames[names[i]]));
            }
            row.channels.push_back(idOfName[names[i]]);
            path += QByteArray(i == 0 ? "" : (r % 3 == 0 ? ">" : " > ")) + kNames[names[i]];
        }
        const int kind = int(rng() % 10);
        row.conversions = kind < 5 ? double(1 + rng() % 4) : kind == 5 ? 0.5 : 0.0;
        row.nulls = double(rng() % 6) + (kind == 6 ? 0.25 : 0.0);
        row.value = row.conversions > 0.0 ? double(rng() % 10000) / 100.0 : kind == 7 ? 1.5 : 0.0;
        csv += path + ';' + QByteArray::number(row.conversions) + ';' + QByteArray::number(row.value, 'g', 17) + ';'
            + QByteArray::number(row.nulls) + '\n';
        fileRows.push_back(row);
    }
    return csv;
}

/// The straightforward reference: groups by (outcome kind, path) in order of first
/// appearance, sums in file order.
std::vector<Group> referenceGroups(const std::vector<FileRow> &rows)
{
    std::vector<Group> groups;
    std::map<std::pair<char, std::vector<int>>, std::size_t> index;
    for (const FileRow &row : rows) {
        const char kind = row.conversions > 0.0 ? 'c' : row.value != 0.0 ? 'v' : 'n';
        const auto key = std::make_pair(kind, row.channels);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.emplace(key, groups.size()).first;
            groups.push_back(Group{row.channels});
        }
        Group &g = groups[it->second];
        g.conversions += row.conversions;
        g.nulls += row.nulls;
        g.value += row.value;
        ++g.rows;
    }
    return groups;
}

/// The file's rows, one record each, as attribution saw them before paths were merged.
PathSet unmergedPaths(const std::vector<FileRow> &rows, const QStringList &channelNames)
{
    PathSet paths;
    paths.channelNames = QStringList{QString()} + channelNames;
    for (const FileRow &row : rows) {
        for (int c : row.channels)
            paths.channels.push_back(std::uint16_t(c));
        paths.offsets.push_back(std::uint32_t(paths.channels.size()));
        paths.conversions.push_back(row.conversions);
        paths.nulls.push_back(row.nulls);
        paths.value.push_back(row.value);
    }
    return paths;
}

QString idsText(const std::vector<int> &channels)
{
    QStringList parts;
    for (int c : channels)
        parts.append(QString::number(c));
    return parts.join(QLatin1Char(' '));
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::max(std::fabs(a), std::fabs(b)));
}

void compareAttribution(const PathSet &merged, const PathSet &unmerged, const AttributionOptions &options)
{
    const AttributionResult a = attribute(merged, options);
    const AttributionResult b = attribute(unmerged, options);
    QVERIFY2(a.ok && b.ok, qPrintable(a.error + b.error));
    QCOMPARE(a.channels.size(), b.channels.size());
    QVERIFY(close(a.totalConversions, b.totalConversions));
    QVERIFY(close(a.totalValue, b.totalValue));
    QVERIFY(close(a.conversionProbability, b.conversionProbability));
    for (std::size_t i = 0; i < a.channels.size(); ++i) {
        const ChannelCredit &x = a.channels[i], &y = b.channels[i];
        QCOMPARE(x.channel, y.channel);
        QVERIFY2(close(x.conversions, y.conversions), qPrintable(QStringLiteral("%1: %2 vs %3").arg(x.channel).arg(x.conversions).arg(y.conversions)));
        QVERIFY(close(x.value, y.value));
        QVERIFY(close(x.removalEffect, y.removalEffect));
        // The bootstrap draws from the same categories in the same order: same intervals.
        QVERIFY2(close(x.conversionsLow, y.conversionsLow), qPrintable(x.channel));
        QVERIFY(close(x.conversionsHigh, y.conversionsHigh));
        QVERIFY(close(x.valueLow, y.valueLow));
        QVERIFY(close(x.valueHigh, y.valueHigh));
    }
}

struct StoredRow
{
    qint64 id, run;
    QString ids;
    double conversions, nulls, value;
    qint64 rows;
};

std::vector<StoredRow> storedRows(SqliteDb &db)
{
    std::vector<StoredRow> rows;
    SqliteStatement stmt = db.prepare("SELECT id, import_run_id, channel_ids, conversions, nulls, value, source_rows FROM paths ORDER BY id");
    while (stmt.step() == SQLITE_ROW)
        rows.push_back({stmt.columnInt(0), stmt.columnInt(1), stmt.columnText(2), stmt.columnDouble(3), stmt.columnDouble(4),
                        stmt.columnDouble(5), stmt.columnInt(6)});
    return rows;
}

void compareGroups(const std::vector<StoredRow> &stored, const std::vector<Group> &expected, qint64 run)
{
    QCOMPARE(stored.size(), expected.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        QCOMPARE(stored[i].run, run);
        QCOMPARE(stored[i].ids, idsText(expected[i].channels));
        QCOMPARE(stored[i].conversions, expected[i].conversions); // same additions in the same order
        QCOMPARE(stored[i].nulls, expected[i].nulls);
        QCOMPARE(stored[i].value, expected[i].value);
        QCOMPARE(stored[i].rows, expected[i].rows);
    }
}

} // namespace

class TstPathStore : public QObject
{
    Q_OBJECT

private slots:
    void importMergesIdenticalPaths()
    {
        std::vector<FileRow> rows;
        QStringList names;
        const QByteArray csv = pathsFile(3000, rows, names);
        const std::vector<Group> expected = referenceGroups(rows);
        QVERIFY(expected.size() < 200); // 60 paths × at most 3 outcome kinds

        TempDataSet t;
        const ImportResult result = importPathsCsvBytes(t.dataSet, csv, QStringLiteral("p.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rowsRead, 3000);
        QCOMPARE(result.rowsImported, 3000); // file rows, not stored rows
        QCOMPARE(t.dataSet.pathCount(), qint64(expected.size()));
        compareGroups(storedRows(t.dataSet.db()), expected, result.runId);

        // A second import of the same file is a run of its own: never merged with the first.
        const ImportResult again = importPathsCsvBytes(t.dataSet, csv, QStringLiteral("p2.csv"), {});
        QVERIFY2(again.ok, qPrintable(again.error));
        const std::vector<StoredRow> both = storedRows(t.dataSet.db());
        QCOMPARE(both.size(), 2 * expected.size());
        compareGroups(std::vector<StoredRow>(both.begin() + qsizetype(expected.size()), both.end()), expected, again.runId);
    }

    void attributionEqualsUnmergedRows_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("collapse");
        QTest::newRow("markov 1") << int(AttributionModel::Markov) << 1 << false;
        QTest::newRow("markov 4") << int(AttributionModel::Markov) << 4 << false;
        QTest::newRow("markov 2 collapsed") << int(AttributionModel::Markov) << 2 << true;
        QTest::newRow("markov auto") << int(AttributionModel::Markov) << 0 << false;
        QTest::newRow("first") << int(AttributionModel::FirstTouch) << 1 << false;
        QTest::newRow("last") << int(AttributionModel::LastTouch) << 1 << false;
        QTest::newRow("linear") << int(AttributionModel::Linear) << 1 << false;
        QTest::newRow("time-decay") << int(AttributionModel::TimeDecay) << 1 << false;
        QTest::newRow("position") << int(AttributionModel::PositionBased) << 1 << false;
    }

    void attributionEqualsUnmergedRows()
    {
        QFETCH(int, model);
        QFETCH(int, order);
        QFETCH(bool, collapse);
        std::vector<FileRow> rows;
        QStringList names;
        const QByteArray csv = pathsFile(3000, rows, names);
        TempDataSet t;
        QVERIFY(importPathsCsvBytes(t.dataSet, csv, QStringLiteral("p.csv"), {}).ok);
        PathSet merged;
        QVERIFY(loadPathSet(t.dataSet, merged));
        QVERIFY(merged.size() < rows.size() / 10);
        AttributionOptions options;
        options.model = AttributionModel(model);
        options.markovOrder = order;
        options.collapseRepeats = collapse;
        options.bootstrap = 40;
        options.seed = 7;
        compareAttribution(merged, unmergedPaths(rows, names), options);
    }

    void upgradeMergesOldPathsAndKeepsABackup()
    {
        std::vector<FileRow> rows;
        QStringList names;
        pathsFile(500, rows, names);
        const std::vector<Group> expected = referenceGroups(rows);
        TempDataSet t;
        // A version 1 data set: no source_rows, one row per file row.
        SqliteDb &db = t.dataSet.db();
        QVERIFY(db.exec("ALTER TABLE paths DROP COLUMN source_rows"));
        QVERIFY(db.exec("DROP TABLE feedback")); // version 2 (issue 15) added it
        QVERIFY(db.exec("INSERT INTO import_runs (id, kind, source, started_at) VALUES (5, 'paths', 'old.csv', '2026-01-01')"));
        for (int c = 0; c < names.size(); ++c) {
            SqliteStatement insert = db.prepare("INSERT INTO channels (id, name) VALUES (?, ?)");
            insert.bindInt(1, c + 1);
            insert.bindText(2, names.at(c));
            QCOMPARE(insert.step(), SQLITE_DONE);
        }
        SqliteStatement insert = db.prepare("INSERT INTO paths (id, import_run_id, channel_ids, conversions, nulls, value) VALUES (?, 5, ?, ?, ?, ?)");
        for (std::size_t r = 0; r < rows.size(); ++r) {
            insert.bindInt(1, qint64(100 + 2 * r)); // ids with gaps: the merged rows keep their first row's id
            insert.bindText(2, idsText(rows[r].channels));
            insert.bindDouble(3, rows[r].conversions);
            insert.bindDouble(4, rows[r].nulls);
            insert.bindDouble(5, rows[r].value);
            QCOMPARE(insert.step(), SQLITE_DONE);
            insert.reset();
        }
        insert = SqliteStatement();
        QVERIFY(db.exec("PRAGMA user_version = 1"));
        const AttributionResult before = attribute(unmergedPaths(rows, names), AttributionOptions{});
        t.dataSet.close();

        DataSet upgraded;
        QVERIFY2(upgraded.open(t.path), qPrintable(upgraded.errorString()));
        QCOMPARE(upgraded.db().queryInt("PRAGMA user_version"), qint64(kDataSetSchemaVersion));
        const std::vector<StoredRow> stored = storedRows(upgraded.db());
        compareGroups(stored, expected, 5);
        // Each merged row has the id of its first file row.
        std::map<std::pair<char, std::vector<int>>, qint64> firstId;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const char kind = rows[r].conversions > 0.0 ? 'c' : rows[r].value != 0.0 ? 'v' : 'n';
            firstId.emplace(std::make_pair(kind, rows[r].channels), qint64(100 + 2 * r));
        }
        for (std::size_t g = 0; g < expected.size(); ++g) {
            const Group &e = expected[g];
            const char kind = e.conversions > 0.0 ? 'c' : e.value != 0.0 ? 'v' : 'n';
            QCOMPARE(stored[g].id, firstId.at(std::make_pair(kind, e.channels)));
        }
        PathSet merged;
        QVERIFY(loadPathSet(upgraded, merged));
        const AttributionResult after = attribute(merged, AttributionOptions{});
        QVERIFY(after.ok && before.ok);
        QCOMPARE(after.channels.size(), before.channels.size());
        for (std::size_t i = 0; i < after.channels.size(); ++i)
            QVERIFY(close(after.channels[i].conversions, before.channels[i].conversions));
        upgraded.close();

        // The copy taken before the upgrade is the version 1 file, unchanged.
        const QString backup = t.path + QStringLiteral(".v1.bak");
        QVERIFY(QFile::exists(backup));
        {
            SqliteDb old;
            QVERIFY(old.open(backup, false));
            QCOMPARE(old.queryInt("PRAGMA user_version"), 1);
            QCOMPARE(old.queryInt("SELECT count(*) FROM paths"), qint64(rows.size()));
            QCOMPARE(old.queryInt("SELECT sum(id) FROM paths"), qint64(rows.size() * 100 + rows.size() * (rows.size() - 1)));
        }
        // Opening the upgraded file again changes nothing and copies nothing.
        QVERIFY(upgraded.open(t.path));
        QCOMPARE(upgraded.pathCount(), qint64(expected.size()));
        upgraded.close();
        QVERIFY(!QFile::exists(t.path + QStringLiteral(".v1.2.bak")));
        // A second copy never overwrites the first.
        QCOMPARE(dataSetBackupPath(t.path, 1), t.path + QStringLiteral(".v1.2.bak"));
    }
};

OMNIMAP_SIM_TEST(TstPathStore)
#include "tst_pathstore.moc"
