#include "samplecsv.h"

#include "sim/dataset.h"
#include "sim/samplegenerator.h"
#include "sim/sqlitedb.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace omnimap::screenshots {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

QByteArray number(double value)
{
    return value == 0.0 ? QByteArray() : QByteArray::number(value, 'f', 2);
}

} // namespace

qint64 writeSampleEventsCsv(const Project &project, const QString &workDir, const QString &csvPath, qint64 events,
                            QString *error)
{
    const QString scratch = QDir(workDir).filePath(QStringLiteral("crm-export.sqlite"));
    QFile::remove(scratch);
    sim::DataSet dataSet;
    if (!dataSet.open(scratch, sim::DataSet::OpenMode::Create)) {
        *error = dataSet.errorString();
        return -1;
    }
    sim::GeneratorOptions options;
    options.events = events;
    options.seed = 42;
    const sim::GeneratorResult generated = sim::generateSample(dataSet, project, options);
    if (!generated.ok) {
        *error = generated.error;
        return -1;
    }
    sim::SqliteStatement rows = dataSet.db().prepare(
        "SELECT c.external_id, e.ts, ch.name, tp.name, st.name, et.name, e.revenue, e.cost, c.region, c.age_band, "
        "c.gender FROM events e JOIN customers c ON c.id = e.customer_id "
        "LEFT JOIN channels ch ON ch.id = e.channel_id LEFT JOIN touchpoints tp ON tp.id = e.touchpoint_id "
        "LEFT JOIN stages st ON st.id = e.stage_id JOIN event_types et ON et.id = e.event_type_id "
        "ORDER BY e.customer_id, e.ts, e.id");
    if (!rows.isValid()) {
        *error = dataSet.db().lastError();
        return -1;
    }
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    file.write("customer_id,event_time,channel,touchpoint,stage,event,revenue,cost,region,age_band,gender\n");
    qint64 written = 0;
    while (rows.step() == SQLITE_ROW) {
        QByteArray line = csvField(rows.columnText(0)) + ',';
        line += QDateTime::fromMSecsSinceEpoch(rows.columnInt(1), Qt::UTC).toString(Qt::ISODate).toLatin1() + ',';
        for (int column : {2, 3, 4, 5})
            line += csvField(rows.columnText(column)) + ',';
        line += number(rows.columnDouble(6)) + ',' + number(rows.columnDouble(7)) + ',';
        line += csvField(rows.columnText(8)) + ',' + csvField(rows.columnText(9)) + ',' + csvField(rows.columnText(10));
        line += '\n';
        file.write(line);
        ++written;
    }
    dataSet.close();
    QFile::remove(scratch);
    if (!file.commit()) {
        *error = file.errorString();
        return -1;
    }
    return written;
}

} // namespace omnimap::screenshots
