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

/// The engine's deterministic sample for `project` in a scratch data set (seed 42).
bool generateScratch(const Project &project, const QString &scratch, qint64 events, sim::DataSet &dataSet, QString *error)
{
    QFile::remove(scratch);
    if (!dataSet.open(scratch, sim::DataSet::OpenMode::Create)) {
        *error = dataSet.errorString();
        return false;
    }
    sim::GeneratorOptions options;
    options.events = events;
    options.seed = 42;
    const sim::GeneratorResult generated = sim::generateSample(dataSet, project, options);
    if (!generated.ok)
        *error = generated.error;
    return generated.ok;
}

} // namespace

qint64 writeSampleEventsCsv(const Project &project, const QString &workDir, const QString &csvPath, qint64 events,
                            QString *error)
{
    const QString scratch = QDir(workDir).filePath(QStringLiteral("crm-export.sqlite"));
    sim::DataSet dataSet;
    if (!generateScratch(project, scratch, events, dataSet, error))
        return -1;
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

qint64 writeSampleFeedbackCsv(const Project &project, const QString &workDir, const QString &csvPath, qint64 events,
                              QString *error)
{
    const QString scratch = QDir(workDir).filePath(QStringLiteral("survey-export.sqlite"));
    sim::DataSet dataSet;
    if (!generateScratch(project, scratch, events, dataSet, error))
        return -1;
    sim::SqliteStatement rows = dataSet.db().prepare(
        "SELECT c.external_id, f.ts, ch.name, tp.name, st.name, f.kind, f.score, f.text, f.source FROM feedback f "
        "LEFT JOIN customers c ON c.id = f.customer_id LEFT JOIN channels ch ON ch.id = f.channel_id "
        "LEFT JOIN touchpoints tp ON tp.id = f.touchpoint_id LEFT JOIN stages st ON st.id = f.stage_id ORDER BY f.id");
    if (!rows.isValid()) {
        *error = dataSet.db().lastError();
        return -1;
    }
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    file.write("customer_id,ts,channel,touchpoint,stage,kind,score,comment,source\n");
    qint64 written = 0;
    while (rows.step() == SQLITE_ROW) {
        QByteArray line = csvField(rows.columnText(0)) + ',';
        line += QDateTime::fromMSecsSinceEpoch(rows.columnInt(1), Qt::UTC).toString(Qt::ISODate).toLatin1() + ',';
        for (int column : {2, 3, 4, 5})
            line += csvField(rows.columnText(column)) + ',';
        line += (rows.columnIsNull(6) ? QByteArray() : QByteArray::number(rows.columnDouble(6))) + ',';
        line += csvField(rows.columnText(7)) + ',' + csvField(rows.columnText(8)) + '\n';
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
