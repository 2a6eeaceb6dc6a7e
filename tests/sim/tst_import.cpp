#include "datasetschema.h"
#include "eventimporter.h"
#include "filesystemcheck.h"
#include "nameencoder.h"
#include "pathimporter.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <csignal>
#include <map>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

const QByteArray kEvents = "customer,ts,channel,touchpoint,stage,event_type,revenue,region\n"
                           "c1,2024-03-01T10:00:00Z,sns,ad,awareness,impression,,seoul\n"
                           "c1,2024-03-02T10:00:00Z,email,newsletter,consideration,click,,seoul\n"
                           "c1,2024-03-03T10:00:00Z,store,counter,purchase,purchase,120.5,seoul\n"
                           "c2,1709287200,sns,ad,awareness,impression,,busan\n"
                           "c2,1709373600000,web,landing,consideration,visit,,busan\n";

QByteArray bigEvents(int rows)
{
    QByteArray bytes = "customer,ts,channel,event_type,revenue\n";
    bytes.reserve(rows * 40);
    for (int i = 0; i < rows; ++i) {
        bytes += "cust" + QByteArray::number(i / 5) + ',' + QByteArray::number(1700000000 + i) + ",ch"
            + QByteArray::number(i % 7) + ",visit,0\n";
    }
    return bytes;
}

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

private slots:
    void schemaIsVersioned()
    {
        TempDataSet t;
        QCOMPARE(t.dataSet.db().queryInt("PRAGMA user_version"), qint64(kDataSetSchemaVersion));
        QCOMPARE(t.dataSet.db().queryInt("PRAGMA foreign_keys"), qint64(1));
        SqliteStatement mode = t.dataSet.db().prepare("PRAGMA journal_mode");
        QCOMPARE(mode.step(), SQLITE_ROW);
        QCOMPARE(mode.columnText(0), QStringLiteral("wal"));
        mode = SqliteStatement();
        QVERIFY(t.dataSet.db().exec("PRAGMA user_version = 99"));
        t.dataSet.close();
        DataSet again;
        QVERIFY(!again.open(t.path));
        QVERIFY(again.errorString().contains(QStringLiteral("newer")));
    }

    void refusesNetworkFileSystems()
    {
        QCOMPARE(networkFileSystemName(0x6969), QStringLiteral("NFS"));
        QCOMPARE(networkFileSystemName(0xFF534D42), QStringLiteral("SMB/CIFS"));
        QCOMPARE(networkFileSystemName(0xFE534D42), QStringLiteral("SMB/CIFS"));
        QVERIFY(networkFileSystemName(0xEF53).isEmpty()); // ext4
        QVERIFY(networkFileSystemName(0x01021994).isEmpty()); // tmpfs
        QVERIFY(networkFileSystemOf(QDir::tempPath()).isEmpty());
    }

    void importsEvents()
    {
        TempDataSet t;
        const ImportResult result = importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("events.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rowsImported, 5);
        QCOMPARE(t.dataSet.eventCount(), 5);
        QCOMPARE(t.dataSet.customerCount(), 2);
        QCOMPARE(t.dataSet.names(Dimension::Channel),
                 (QStringList{QString(), QStringLiteral("sns"), QStringLiteral("email"), QStringLiteral("store"), QStringLiteral("web")}));
        QCOMPARE(t.dataSet.db().queryInt("SELECT ts FROM events WHERE id = 5"), Q_INT64_C(1709373600000));
        QCOMPARE(t.dataSet.db().queryInt("SELECT ts FROM events WHERE id = 4"), Q_INT64_C(1709287200000));
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM customers WHERE region = 'busan'"), 1);
        QCOMPARE(t.dataSet.generation(), 1);
        QCOMPARE(t.dataSet.db().queryInt("PRAGMA foreign_key_check"), 0);
        // A second import appends and reuses names and customers.
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("again.csv"), {}).ok);
        QCOMPARE(t.dataSet.eventCount(), 10);
        QCOMPARE(t.dataSet.customerCount(), 2);
        QCOMPARE(t.dataSet.names(Dimension::Channel).size(), 5);
    }

    void userMapping()
    {
        TempDataSet t;
        ImportOptions options;
        options.mapping.insert(QStringLiteral("customer"), QStringLiteral("User_ID"));
        options.mapping.insert(QStringLiteral("ts"), QStringLiteral("event_time"));
        options.mapping.insert(QStringLiteral("event_type"), QStringLiteral("action"));
        options.mapping.insert(QStringLiteral("attr:tier"), QStringLiteral("tier"));
        const QByteArray csv = "\xEF\xBB\xBF" "user_id;event_time;action;tier\r\nu1;2024-01-01;visit;gold\r\n";
        const ImportResult result = importEventsCsvBytes(t.dataSet, csv, QStringLiteral("m.csv"), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM customer_attributes WHERE name = 'tier' AND value = 'gold'"), 1);

        ImportOptions wrong;
        wrong.mapping.insert(QStringLiteral("customer"), QStringLiteral("nope"));
        const ImportResult failed = importEventsCsvBytes(t.dataSet, csv, QStringLiteral("m.csv"), wrong);
        QVERIFY(!failed.ok);
        QVERIFY(failed.problems.first().reason.contains(QStringLiteral("nope")));
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("reason");
        QTest::newRow("duplicate") << QByteArray("customer,ts,ts,event_type\n1,2,3,x\n") << QStringLiteral("duplicate");
        QTest::newRow("empty") << QByteArray("customer,,ts,event_type\n1,2,3,x\n") << QStringLiteral("empty column name");
        QTest::newRow("missing") << QByteArray("customer,event_type\n1,x\n") << QStringLiteral("\"ts\"");
        QTest::newRow("nothing") << QByteArray() << QStringLiteral("empty");
    }

    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, reason);
        TempDataSet t;
        const ImportResult result = importEventsCsvBytes(t.dataSet, csv, QStringLiteral("h.csv"), {});
        QVERIFY(!result.ok);
        QVERIFY(!result.problems.isEmpty());
        QVERIFY2(result.problems.first().reason.contains(reason), qPrintable(result.problems.first().reason));
        QCOMPARE(t.dataSet.eventCount(), 0);
    }

    void badRowRejectsEverything()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("first.csv"), {}).ok);
        const QByteArray before = dumpDataSet(t.dataSet);
        QByteArray bad = bigEvents(5000);
        bad += "custX,not-a-time,web,visit,0\n"; // line 5002
        bad += "custY,1700000000,web,visit,abc\n";
        bad += bigEvents(10).mid(bigEvents(10).indexOf('\n') + 1);
        const ImportResult result = importEventsCsvBytes(t.dataSet, bad, QStringLiteral("bad.csv"), {});
        QVERIFY(!result.ok);
        QCOMPARE(result.problemCount, 2);
        QCOMPARE(result.problems.at(0).line, 5002);
        QCOMPARE(result.problems.at(0).column, 2);
        QCOMPARE(result.problems.at(0).field, QStringLiteral("ts"));
        QCOMPARE(result.problems.at(1).line, 5003);
        QCOMPARE(result.problems.at(1).field, QStringLiteral("revenue"));
        QVERIFY(result.problems.at(0).toString(QStringLiteral("bad.csv")).startsWith(QStringLiteral("bad.csv:5002: column 2 (ts)")));
        QCOMPARE(dumpDataSet(t.dataSet), before);
    }

    void nameEncoderAgreesWithAMap()
    {
        // The importer's dictionary against std::map: names already stored keep their
        // ids, new ones get the next ids in order of first appearance, through many
        // table growths, with names of every length (including ones sharing prefixes).
        NameEncoder encoder;
        std::map<std::string, std::int64_t> reference;
        for (std::int64_t id : {3, 7, 11}) {
            const std::string name = "stored" + std::to_string(id);
            encoder.add(name, id);
            reference[name] = id;
        }
        std::int64_t next = 12;
        std::mt19937 rng(5);
        for (int i = 0; i < 200000; ++i) {
            const std::uint32_t n = rng() % 60000;
            std::string name = "C" + std::to_string(n);
            if (n % 3 == 0)
                name += std::string(n % 40, 'x'); // longer than one 8-byte word, sometimes
            if (n % 1000 == 0)
                name = "stored" + std::to_string(n % 2 ? 7 : 3);
            bool isNew = false;
            const std::int64_t id = encoder.encode(name, isNew);
            const auto found = reference.find(name);
            QCOMPARE(isNew, found == reference.end());
            if (found == reference.end()) {
                QCOMPARE(id, next);
                reference[name] = next++;
            } else {
                QCOMPARE(id, found->second);
            }
        }
        QCOMPARE(encoder.size(), reference.size());
        QCOMPARE(encoder.nextId(), next);
    }

    void badLastRowRollsBackEveryWrittenBatch()
    {
        // 40 000 good rows: the writer thread has stored several batches (8 192 rows
        // each) by the time the parser meets the bad last row; all of it must go.
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("first.csv"), {}).ok);
        const QByteArray before = dumpDataSet(t.dataSet);
        const qint64 eventsBefore = t.dataSet.eventCount();
        QByteArray bad = bigEvents(40000);
        bad += "custLast,1700000000,web,visit,12x\n"; // line 40 002
        const ImportResult result = importEventsCsvBytes(t.dataSet, bad, QStringLiteral("bad.csv"), {});
        QVERIFY(!result.ok);
        QCOMPARE(result.rowsRead, 40001);
        QCOMPARE(result.rowsImported, 0);
        QCOMPARE(result.problemCount, 1);
        QCOMPARE(result.problems.at(0).line, 40002);
        QCOMPARE(result.problems.at(0).field, QStringLiteral("revenue"));
        QCOMPARE(t.dataSet.eventCount(), eventsBefore);
        QCOMPARE(dumpDataSet(t.dataSet), before);
        // The same file without the bad row imports every row.
        const ImportResult good = importEventsCsvBytes(t.dataSet, bigEvents(40000), QStringLiteral("good.csv"), {});
        QVERIFY2(good.ok, qPrintable(good.error));
        QCOMPARE(t.dataSet.eventCount(), eventsBefore + 40000);
        QCOMPARE(t.dataSet.customerCount(), 2 + 8000);
    }

    void firstHundredProblems()
    {
        TempDataSet t;
        QByteArray bad = "customer,ts,event_type\n";
        for (int i = 0; i < 300; ++i)
            bad += "c,never,visit\n";
        const ImportResult result = importEventsCsvBytes(t.dataSet, bad, QStringLiteral("bad.csv"), {});
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 100);
        QCOMPARE(t.dataSet.eventCount(), 0);
    }

    void skipBadRows()
    {
        TempDataSet t;
        QByteArray csv = kEvents;
        csv += "c3,2024-03-01,web,x,y,visit,,\n";       // ok
        csv += "c3,2024-03-01,web,x,y\n";               // too few fields
        csv += ",2024-03-01,web,x,y,visit,,\n";         // no customer
        csv += "c3,2024-03-02,web,x,y,visit,,\n";       // ok
        ImportOptions options;
        options.skipBadRows = true;
        const ImportResult result = importEventsCsvBytes(t.dataSet, csv, QStringLiteral("s.csv"), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rowsImported, 7);
        QCOMPARE(result.rowsSkipped, 2);
        QCOMPARE(t.dataSet.eventCount(), 7);
        SqliteStatement run = t.dataSet.db().prepare("SELECT rows_skipped, problems FROM import_runs");
        QCOMPARE(run.step(), SQLITE_ROW);
        QCOMPARE(run.columnInt(0), 2);
        const QJsonArray problems = QJsonDocument::fromJson(run.columnText(1).toUtf8()).array();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).toObject().value(QStringLiteral("line")).toInt(), 8);
        QCOMPARE(problems.at(1).toObject().value(QStringLiteral("line")).toInt(), 9);
    }

    void malformedCsvImportsNothing()
    {
        TempDataSet t;
        ImportOptions options;
        options.skipBadRows = true;
        const ImportResult result = importEventsCsvBytes(t.dataSet, kEvents + "c9,\"2024", QStringLiteral("q.csv"), options);
        QVERIFY(!result.ok);
        QCOMPARE(t.dataSet.eventCount(), 0);
        QCOMPARE(result.problems.last().line, 7);
    }

    void cancelRollsBack()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("first.csv"), {}).ok);
        const QByteArray before = dumpDataSet(t.dataSet);
        std::atomic<bool> cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        int calls = 0;
        options.progress = [&](std::int64_t done, std::int64_t total) {
            QVERIFY(done <= total);
            if (++calls == 3)
                cancel = true;
        };
        const ImportResult result = importEventsCsvBytes(t.dataSet, bigEvents(100000), QStringLiteral("big.csv"), options);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(dumpDataSet(t.dataSet), before);
    }

    void killDuringImportKeepsIntegrity()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, kEvents, QStringLiteral("first.csv"), {}).ok);
        const QByteArray before = dumpDataSet(t.dataSet);
        t.dataSet.close();
        const QString csvPath = t.dir.filePath(QStringLiteral("big.csv"));
        {
            QFile file(csvPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bigEvents(400000));
        }
        int ready[2];
        QVERIFY(pipe(ready) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child imports and tells the parent once rows are being written.
            DataSet dataSet;
            if (!dataSet.open(t.path))
                _exit(3);
            bool told = false;
            ImportOptions options;
            options.progress = [&](std::int64_t done, std::int64_t) {
                if (!told && done > 0) {
                    told = true;
                    const char byte = 1;
                    (void)!write(ready[1], &byte, 1);
                }
            };
            importEventsCsv(dataSet, csvPath, options);
            _exit(0);
        }
        close(ready[1]);
        char byte = 0;
        QCOMPARE(read(ready[0], &byte, 1), ssize_t(1));
        QTest::qWait(50);
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        close(ready[0]);
        QVERIFY(WIFSIGNALED(status));

        DataSet reopened;
        QVERIFY2(reopened.open(t.path), qPrintable(reopened.errorString()));
        SqliteStatement check = reopened.db().prepare("PRAGMA integrity_check");
        QCOMPARE(check.step(), SQLITE_ROW);
        QCOMPARE(check.columnText(0), QStringLiteral("ok"));
        QCOMPARE(dumpDataSet(reopened), before);
    }

    void importsPaths()
    {
        TempDataSet t;
        const QByteArray csv = "path,total_conversions,total_null,total_conversion_value\n"
                               "google ads,2,1,200\n"
                               "mailing,1,0,50\n"
                               "\"google ads > mailing\",1,0,70\n";
        const ImportResult result = importPathsCsvBytes(t.dataSet, csv, QStringLiteral("p.csv"), {});
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(t.dataSet.pathCount(), 3);
        SqliteStatement stmt = t.dataSet.db().prepare("SELECT channel_ids FROM paths ORDER BY id DESC");
        QCOMPARE(stmt.step(), SQLITE_ROW);
        QCOMPARE(stmt.columnText(0), QStringLiteral("1 2"));

        const ImportResult bad = importPathsCsvBytes(t.dataSet, "path,total_conversions,total_null\na > > b,1,0\nc,-1,0\n",
                                                     QStringLiteral("bad.csv"), {});
        QVERIFY(!bad.ok);
        QCOMPARE(bad.problemCount, 2);
        QCOMPARE(bad.problems.at(0).line, 2);
        QCOMPARE(bad.problems.at(1).field, QStringLiteral("total_conversions"));
        QCOMPARE(t.dataSet.pathCount(), 3);
    }
};

OMNIMAP_SIM_TEST(TstImport)
#include "tst_import.moc"
