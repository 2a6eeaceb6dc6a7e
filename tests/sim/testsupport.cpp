#include "testsupport.h"

#include <QTest>

namespace omnimap::sim::test {

TempDataSet::TempDataSet()
{
    path = dir.filePath(QStringLiteral("data.sqlite"));
    if (!dataSet.open(path, DataSet::OpenMode::Create))
        qFatal("can not create test data set: %s", qPrintable(dataSet.errorString()));
}

QByteArray dumpDataSet(DataSet &dataSet)
{
    QByteArray dump;
    const char *const queries[] = {
        "SELECT id || '|' || name FROM channels ORDER BY id",
        "SELECT id || '|' || name FROM touchpoints ORDER BY id",
        "SELECT id || '|' || name FROM stages ORDER BY id",
        "SELECT id || '|' || name FROM event_types ORDER BY id",
        "SELECT id || '|' || external_id || '|' || ifnull(region, '') FROM customers ORDER BY id",
        "SELECT customer_id || '|' || name || '|' || value FROM customer_attributes ORDER BY 1",
        "SELECT id || '|' || kind || '|' || rows_imported || '|' || problems FROM import_runs ORDER BY id",
        "SELECT id || '|' || customer_id || '|' || ts || '|' || ifnull(channel_id, '') || '|' || event_type_id"
        " || '|' || revenue FROM events ORDER BY id",
        "SELECT id || '|' || channel_ids || '|' || conversions FROM paths ORDER BY id",
        "SELECT id || '|' || ifnull(customer_id, '') || '|' || ts || '|' || kind || '|' || ifnull(score, '')"
        " || '|' || text FROM feedback ORDER BY id",
        "SELECT key || '|' || value FROM meta ORDER BY key",
    };
    for (const char *sql : queries) {
        SqliteStatement stmt = dataSet.db().prepare(sql);
        while (stmt.step() == SQLITE_ROW)
            dump += stmt.columnText(0).toUtf8() + '\n';
        dump += "--\n";
    }
    return dump;
}

} // namespace omnimap::sim::test
