// The packed event blocks (schema version 4, issue 22): the cold load from the blocks
// must give exactly the columns the row-by-row read gives, and anything that does not
// fit (blocks missing, a gap, a malformed blob) must fall back to the rows.

#include "datasetschema.h"
#include "eventblocks.h"
#include "eventcache.h"
#include "eventimporter.h"
#include "testregistry.h"
#include "testsupport.h"

#include <QTest>

#include <cstring>

using namespace omnimap::sim;
using namespace omnimap::sim::test;

namespace {

/// Rows in file order: customers out of order, equal times, revenue of every sign, an
/// event without channel, so the sort and every field are exercised.
QByteArray eventsCsv(int rows, int offset)
{
    QByteArray csv = "customer,ts,channel,touchpoint,stage,event_type,revenue\n";
    for (int i = 0; i < rows; ++i) {
        const int k = i + offset;
        const int customer = (k * 7919) % 997;
        csv += "c" + QByteArray::number(customer) + ',' + QByteArray::number(1700000000000LL + (k % 13) * 3600000LL) + ','
            + (k % 11 == 0 ? QByteArray() : "ch" + QByteArray::number(k % 5)) + ",tp" + QByteArray::number(k % 9) + ",st"
            + QByteArray::number(k % 3) + ',' + (k % 17 == 0 ? "purchase" : "visit") + ','
            + (k % 4 == 0 ? QByteArray("0") : k % 4 == 1 ? QByteArray("-0") : k % 4 == 2 ? QByteArray("12.25") : QByteArray("-3e-5")) + '\n';
    }
    return csv;
}

/// The columns as the rows give them: the same reader with the blocks removed.
struct Snapshot
{
    std::vector<std::uint32_t> customer;
    std::vector<std::int64_t> ts;
    std::vector<std::uint16_t> channel, touchpoint, stage, type;
    std::vector<std::uint64_t> revenueBits;
    bool operator==(const Snapshot &o) const
    {
        return customer == o.customer && ts == o.ts && channel == o.channel && touchpoint == o.touchpoint && stage == o.stage
            && type == o.type && revenueBits == o.revenueBits;
    }
};

Snapshot snapshot(const EventColumns &c)
{
    Snapshot s;
    s.customer.assign(c.customer.begin(), c.customer.end());
    s.ts.assign(c.ts.begin(), c.ts.end());
    s.channel.assign(c.channel.begin(), c.channel.end());
    s.touchpoint.assign(c.touchpoint.begin(), c.touchpoint.end());
    s.stage.assign(c.stage.begin(), c.stage.end());
    s.type.assign(c.eventType.begin(), c.eventType.end());
    for (double r : c.revenue) {
        std::uint64_t bits;
        std::memcpy(&bits, &r, 8);
        s.revenueBits.push_back(bits);
    }
    return s;
}

/// The columns computed straight from the events table by SQL, written for clarity:
/// what the cache must hold, sorted by customer, time and id.
Snapshot reference(DataSet &dataSet)
{
    Snapshot s;
    SqliteStatement stmt = dataSet.db().prepare(
        "SELECT customer_id, ts, ifnull(channel_id, 0), ifnull(touchpoint_id, 0), ifnull(stage_id, 0), event_type_id, revenue "
        "FROM events ORDER BY customer_id, ts, id");
    while (stmt.step() == SQLITE_ROW) {
        s.customer.push_back(std::uint32_t(stmt.columnInt(0)));
        s.ts.push_back(stmt.columnInt(1));
        s.channel.push_back(std::uint16_t(stmt.columnInt(2)));
        s.touchpoint.push_back(std::uint16_t(stmt.columnInt(3)));
        s.stage.push_back(std::uint16_t(stmt.columnInt(4)));
        s.type.push_back(std::uint16_t(stmt.columnInt(5)));
        const double r = stmt.columnDouble(6);
        std::uint64_t bits;
        std::memcpy(&bits, &r, 8);
        s.revenueBits.push_back(bits);
    }
    return s;
}

} // namespace

class EventBlocksTest : public QObject
{
    Q_OBJECT

private slots:
    void blocksGiveTheRowsColumns()
    {
        TempDataSet t;
        // Two imports: the second appends blocks after the first's (ids continue), and
        // more rows than one block holds.
        const int first = int(EventBlockEncoder::kEventsPerBlock) + 1000;
        QVERIFY(importEventsCsvBytes(t.dataSet, eventsCsv(first, 0), QStringLiteral("a.csv"), {}).ok);
        QVERIFY(importEventsCsvBytes(t.dataSet, eventsCsv(3000, first), QStringLiteral("b.csv"), {}).ok);
        QCOMPARE(t.dataSet.eventCount(), qint64(first + 3000));
        // Blocks cover every event, in id order without a gap.
        QCOMPARE(t.dataSet.db().queryInt("SELECT sum(count) FROM event_blocks"), qint64(first + 3000));
        QCOMPARE(t.dataSet.db().queryInt("SELECT count(*) FROM event_blocks"), qint64(3)); // a full one + 1000, then 3000
        const Snapshot expected = reference(t.dataSet);
        QCOMPARE(qsizetype(expected.ts.size()), qsizetype(first + 3000));

        EventColumnsPtr fromBlocks = loadEventColumns(t.dataSet);
        QVERIFY(fromBlocks);
        QCOMPARE(fromBlocks->fromBlocks, std::size_t(first + 3000));
        QVERIFY(snapshot(*fromBlocks) == expected);

        // Without blocks (a data set written before version 4): the rows, same columns.
        QVERIFY(t.dataSet.db().exec("DELETE FROM event_blocks"));
        EventColumnsPtr fromRows = loadEventColumns(t.dataSet);
        QVERIFY(fromRows);
        QCOMPARE(fromRows->fromBlocks, std::size_t(0));
        QVERIFY(snapshot(*fromRows) == expected);

        // Rebuilt as the upgrade does: blocks again, same columns.
        QVERIFY(rebuildEventBlocks(t.dataSet.db()));
        QCOMPARE(t.dataSet.db().queryInt("SELECT sum(count) FROM event_blocks"), qint64(first + 3000));
        EventColumnsPtr rebuilt = loadEventColumns(t.dataSet);
        QVERIFY(rebuilt);
        QCOMPARE(rebuilt->fromBlocks, std::size_t(first + 3000));
        QVERIFY(snapshot(*rebuilt) == expected);
    }

    void partialOrBrokenBlocksFallBackToRows()
    {
        TempDataSet t;
        QVERIFY(importEventsCsvBytes(t.dataSet, eventsCsv(5000, 0), QStringLiteral("a.csv"), {}).ok);
        QVERIFY(importEventsCsvBytes(t.dataSet, eventsCsv(700, 5000), QStringLiteral("b.csv"), {}).ok);
        const Snapshot expected = reference(t.dataSet);

        // The last import's block is missing: the first block, then the rows after it.
        QVERIFY(t.dataSet.db().exec("DELETE FROM event_blocks WHERE first_id = (SELECT max(first_id) FROM event_blocks)"));
        EventColumnsPtr partial = loadEventColumns(t.dataSet);
        QVERIFY(partial);
        QCOMPARE(partial->fromBlocks, std::size_t(5000));
        QVERIFY(snapshot(*partial) == expected);

        // A gap at the start: the blocks are not used at all.
        QVERIFY(rebuildEventBlocks(t.dataSet.db()));
        QVERIFY(t.dataSet.db().exec("UPDATE event_blocks SET first_id = first_id + 1, count = count - 1"));
        EventColumnsPtr gap = loadEventColumns(t.dataSet);
        QVERIFY(gap);
        QCOMPARE(gap->fromBlocks, std::size_t(0));
        QVERIFY(snapshot(*gap) == expected);

        // Malformed blobs (cut short, a wrong format byte, trailing bytes, garbage): the
        // rows are read instead, never a crash or wrong columns.
        const char *const damage[] = {
            "UPDATE event_blocks SET data = substr(data, 1, length(data) / 2)",
            "UPDATE event_blocks SET data = X'02' || substr(data, 2)",
            "UPDATE event_blocks SET data = data || X'00'",
            "UPDATE event_blocks SET data = randomblob(length(data))",
            "UPDATE event_blocks SET data = X'01FFFFFFFFFFFFFFFFFFFF'",
            "UPDATE event_blocks SET data = ''",
        };
        for (const char *sql : damage) {
            QVERIFY(rebuildEventBlocks(t.dataSet.db()));
            QVERIFY2(t.dataSet.db().exec(sql), sql);
            EventColumnsPtr broken = loadEventColumns(t.dataSet);
            QVERIFY2(broken, sql);
            QCOMPARE(broken->fromBlocks, std::size_t(0));
            QVERIFY2(snapshot(*broken) == expected, sql);
        }
    }

    void encoderRoundTripsEveryValue()
    {
        // Extremes the importer can produce: customer ids up to 32 bits, any time, ids up
        // to 65535, revenue of every kind (negative zero reads back as +0, as from SQLite).
        std::vector<EventRecord> rows;
        const std::int64_t times[] = {0, -1, 1709287200000LL, -62135596800000LL, 253402300799999LL, 1};
        const double revenues[] = {0.0, -0.0, 1e-300, -123.5, 1.7976931348623157e308, 5e-324};
        for (int i = 0; i < 36; ++i) {
            EventRecord r;
            r.customer = i % 2 ? 4294967295LL : i;
            r.ts = times[i % 6];
            r.channel = i % 3 ? 65535 : 0;
            r.touchpoint = i;
            r.stage = 65535 - i;
            r.eventType = i % 5 ? 1 : 65535;
            r.revenue = revenues[i / 6];
            rows.push_back(r);
        }
        EventBlockEncoder encoder;
        for (const EventRecord &r : rows)
            encoder.add(r);
        QCOMPARE(encoder.count(), rows.size());
        EventColumns out;
        out.customer.resize(rows.size() + 2);
        out.ts.resize(rows.size() + 2);
        out.channel.resize(rows.size() + 2);
        out.touchpoint.resize(rows.size() + 2);
        out.stage.resize(rows.size() + 2);
        out.eventType.resize(rows.size() + 2);
        out.revenue.resize(rows.size() + 2);
        const auto *data = reinterpret_cast<const unsigned char *>(encoder.data().data());
        QVERIFY(decodeEventBlock(data, encoder.data().size(), rows.size(), out, 2));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            QCOMPARE(out.customer[i + 2], std::uint32_t(rows[i].customer));
            QCOMPARE(out.ts[i + 2], rows[i].ts);
            QCOMPARE(out.channel[i + 2], std::uint16_t(rows[i].channel));
            QCOMPARE(out.touchpoint[i + 2], std::uint16_t(rows[i].touchpoint));
            QCOMPARE(out.stage[i + 2], std::uint16_t(rows[i].stage));
            QCOMPARE(out.eventType[i + 2], std::uint16_t(rows[i].eventType));
            const double want = rows[i].revenue == 0.0 ? 0.0 : rows[i].revenue;
            QVERIFY(std::memcmp(&out.revenue[i + 2], &want, 8) == 0);
        }
        // Not past the end of the columns, nor with fewer bytes or events than it says.
        QVERIFY(!decodeEventBlock(data, encoder.data().size(), rows.size(), out, 3));
        QVERIFY(!decodeEventBlock(data, encoder.data().size() - 1, rows.size(), out, 2));
        QVERIFY(!decodeEventBlock(data, encoder.data().size(), rows.size() - 1, out, 2));
    }
};

OMNIMAP_SIM_TEST(EventBlocksTest)

#include "tst_eventblocks.moc"
