#include "dataset.h"

#include "datasetschema.h"
#include "filesystemcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace omnimap::sim {

namespace {

struct DatasetTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

} // namespace

bool DataSet::open(const QString &path, OpenMode mode)
{
    close();
    m_error.clear();
    m_path = path;
    const QString network = networkFileSystemOf(path);
    if (!network.isEmpty()) {
        m_error = DatasetTr::tr("%1: the data set is on a network file system (%2). SQLite can not lock "
                     "files reliably there; copy it to a local disk.")
                      .arg(QDir::toNativeSeparators(path), network);
        return false;
    }
    if (mode == OpenMode::ReadWrite && !QFileInfo::exists(path)) {
        m_error = DatasetTr::tr("%1: no such data set.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!m_db.open(path, mode == OpenMode::Create)) {
        m_error = DatasetTr::tr("%1: can not open the data set: %2").arg(QDir::toNativeSeparators(path), m_db.lastError());
        return false;
    }
    // Reject files that are not SQLite before changing anything.
    if (!m_db.exec("SELECT count(*) FROM sqlite_schema")) {
        m_error = DatasetTr::tr("%1: not a data set: %2").arg(QDir::toNativeSeparators(path), m_db.lastError());
        m_db.close();
        return false;
    }
    // NORMAL is durable at checkpoints and safe against corruption in WAL mode; the
    // 64 MiB page cache keeps imports CPU-bound without starving the rest of the app.
    // 16 KiB pages: a quarter of the page headers, B-tree splits and WAL frames of the
    // default 4 KiB for tables that are only ever appended to and scanned. Only takes
    // effect while the file is still empty.
    m_db.exec("PRAGMA page_size = 16384");
    m_db.exec("PRAGMA journal_mode = WAL");
    m_db.exec("PRAGMA synchronous = NORMAL");
    m_db.exec("PRAGMA foreign_keys = ON");
    m_db.exec("PRAGMA cache_size = -65536");
    const QString migrationError = migrateDataSetSchema(m_db);
    if (!migrationError.isEmpty()) {
        m_error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + migrationError;
        m_db.close();
        return false;
    }
    return true;
}

void DataSet::close()
{
    m_db.close();
}

std::int64_t DataSet::generation()
{
    return m_db.queryInt("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'");
}

bool DataSet::bumpGeneration()
{
    return m_db.exec("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'generation'");
}

const char *DataSet::tableName(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Channel:
        return "channels";
    case Dimension::Touchpoint:
        return "touchpoints";
    case Dimension::Stage:
        return "stages";
    case Dimension::EventType:
        return "event_types";
    }
    return "channels";
}

QStringList DataSet::names(Dimension dimension)
{
    QStringList result;
    const QByteArray sql = QByteArray("SELECT id, name FROM ") + tableName(dimension) + " ORDER BY id";
    SqliteStatement stmt = m_db.prepare(sql.constData());
    while (stmt.isValid() && stmt.step() == SQLITE_ROW) {
        const auto id = stmt.columnInt(0);
        if (id < 0 || id > 65535)
            continue;
        while (result.size() <= id)
            result.append(QString());
        result[qsizetype(id)] = stmt.columnText(1);
    }
    if (result.isEmpty())
        result.append(QString());
    return result;
}

std::int64_t DataSet::eventCount()
{
    return m_db.queryInt("SELECT count(*) FROM events");
}

std::int64_t DataSet::customerCount()
{
    return m_db.queryInt("SELECT count(*) FROM customers");
}

std::int64_t DataSet::pathCount()
{
    return m_db.queryInt("SELECT count(*) FROM paths");
}

} // namespace omnimap::sim
