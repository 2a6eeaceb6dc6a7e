#include "datasetschema.h"

#include "eventblocks.h"
#include "pathaggregate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace omnimap::sim {

namespace {

// Version 1: the first schema (see docs/data-set.md). Events store integer ids into the
// dimension tables (names once, 8x smaller rows) and epoch milliseconds in UTC.
// There is deliberately no (customer_id, ts) index: the journey cache reads events with
// one sequential rowid scan, and maintaining that index costs more than the import itself.
const char *const kSchemaV1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE channels    (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE touchpoints (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE stages      (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE event_types (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    external_id TEXT NOT NULL UNIQUE,
    age_band    TEXT,
    gender      TEXT,
    region      TEXT,
    signup_date TEXT
);
CREATE TABLE customer_attributes (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (customer_id, name)
) WITHOUT ROWID;
CREATE TABLE import_runs (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    source        TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0,
    problems      TEXT NOT NULL DEFAULT '[]',
    mapping       TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE events (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    ts            INTEGER NOT NULL,
    channel_id    INTEGER REFERENCES channels(id),
    touchpoint_id INTEGER REFERENCES touchpoints(id),
    stage_id      INTEGER REFERENCES stages(id),
    event_type_id INTEGER NOT NULL REFERENCES event_types(id),
    revenue       REAL NOT NULL DEFAULT 0,
    cost          REAL NOT NULL DEFAULT 0,
    import_run_id INTEGER REFERENCES import_runs(id)
);
CREATE TABLE paths (
    id            INTEGER PRIMARY KEY,
    import_run_id INTEGER NOT NULL REFERENCES import_runs(id),
    channel_ids   TEXT NOT NULL,
    conversions   REAL NOT NULL,
    nulls         REAL NOT NULL,
    value         REAL NOT NULL
);
INSERT INTO meta (key, value) VALUES ('generation', '0');
)sql";

// Version 2: customer feedback (issue 15, docs/feedback.md): survey scores and free text
// per touchpoint and/or stage. `kind` is one of a fixed list; `score` is NULL only for
// free text. Names are ids into the same dimension tables as events, so a feedback row
// and an event about the same touchpoint agree on its id.
const char *const kSchemaV2Feedback = R"sql(
CREATE TABLE feedback (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER REFERENCES customers(id),
    ts            INTEGER NOT NULL,
    channel_id    INTEGER REFERENCES channels(id),
    touchpoint_id INTEGER REFERENCES touchpoints(id),
    stage_id      INTEGER REFERENCES stages(id),
    kind          TEXT NOT NULL CHECK (kind IN ('nps', 'csat', 'ces', 'rating', 'text')),
    score         REAL,
    text          TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    import_run_id INTEGER REFERENCES import_runs(id)
);
)sql";

// No indexes on customers' region / age band / gender: their values are few, a segment
// selects a large share of customers, and a scan of the table is as fast as the index
// while every imported customer would pay for maintaining them (measured: +70 % import
// time on the sample data). Custom attributes are looked up by (name, value).
const char *const kIndexes = R"sql(
CREATE INDEX IF NOT EXISTS customer_attributes_name_value ON customer_attributes(name, value);
CREATE INDEX IF NOT EXISTS paths_import_run   ON paths(import_run_id);
)sql";

// Version 3: identical paths of one import are stored once (PathAggregate), with the
// number of file rows they stand for; existing rows are merged the same way.
const char *const kSchemaV3 = R"sql(
ALTER TABLE paths ADD COLUMN source_rows INTEGER NOT NULL DEFAULT 1;
)sql";

// Version 4: the events packed in blocks of consecutive ids for the cold journey load
// (eventblocks.h); filled from the events already there. IF NOT EXISTS: tests make older
// versions from a current file by dropping what later steps add, and a leftover table is
// rebuilt from the events anyway.
const char *const kSchemaV4 = R"sql(
CREATE TABLE IF NOT EXISTS event_blocks (
    first_id INTEGER PRIMARY KEY,
    last_id  INTEGER NOT NULL,
    count    INTEGER NOT NULL,
    data     BLOB NOT NULL
);
)sql";

/// Merges the paths stored one row per file row (versions 1 and 2) exactly as an import
/// now merges them, keeping each merged row under the id of its first row.
bool mergeStoredPaths(SqliteDb &db)
{
    PathAggregate merged;
    SqliteStatement select = db.prepare(
        "SELECT id, import_run_id, channel_ids, conversions, nulls, value, source_rows FROM paths ORDER BY id");
    std::size_t count = 0;
    int rc = SQLITE_ERROR;
    while (select.isValid() && (rc = select.step()) == SQLITE_ROW) {
        const auto *ids = reinterpret_cast<const char *>(sqlite3_column_text(select.handle(), 2));
        const std::string_view channelIds(ids ? ids : "", std::size_t(sqlite3_column_bytes(select.handle(), 2)));
        merged.add(select.columnInt(1), channelIds, select.columnDouble(3), select.columnDouble(4), select.columnDouble(5),
                   select.columnInt(6), select.columnInt(0));
        ++count;
    }
    if (rc != SQLITE_DONE)
        return false;
    if (merged.rows().size() == count)
        return true; // nothing to merge
    return db.exec("DELETE FROM paths") && merged.write(db);
}

struct Step
{
    int toVersion;
    const char *sql;                ///< run first, may be empty
    bool (*migrate)(SqliteDb &db); ///< run after the SQL, may be null
};

// Append a step per schema change; never edit a released step.
const Step kSteps[] = {
    {1, kSchemaV1, nullptr},
    {2, kSchemaV2Feedback, nullptr},
    {3, kSchemaV3, mergeStoredPaths},
    {4, kSchemaV4, rebuildEventBlocks},
};

struct DatasetschemaTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

} // namespace

QString migrateDataSetSchema(SqliteDb &db)
{
    const int current = int(db.queryInt("PRAGMA user_version"));
    if (current > kDataSetSchemaVersion) {
        return DatasetschemaTr::tr("The data set has schema version %1, newer than this Omnimap supports (%2).")
            .arg(current)
            .arg(kDataSetSchemaVersion);
    }
    if (current == kDataSetSchemaVersion)
        return {};
    // A copy of the data set as it was: the upgrade rewrites tables in place, and an
    // older Omnimap can not open the result.
    const char *file = sqlite3_db_filename(db.handle(), "main");
    if (current >= 1 && file && *file) {
        const QString backup = dataSetBackupPath(QString::fromUtf8(file), current);
        SqliteStatement vacuum = db.prepare("VACUUM INTO ?");
        vacuum.bindText(1, backup);
        if (!vacuum.isValid() || vacuum.step() != SQLITE_DONE) {
            const QString reason = db.lastError();
            QFile::remove(backup);
            return DatasetschemaTr::tr("Could not copy the data set to %1 before upgrading it: %2").arg(backup, reason);
        }
    }

    // BEGIN IMMEDIATE waits (busy timeout) for another process creating the same data
    // set; once we hold the write lock, read the version again: that process may have
    // created the schema in the meantime, and creating it twice would fail.
    SqliteTransaction transaction(db);
    if (!transaction.isActive())
        return DatasetschemaTr::tr("Could not start the schema upgrade: %1").arg(db.lastError());
    const int locked = int(db.queryInt("PRAGMA user_version"));
    if (locked > kDataSetSchemaVersion) {
        return DatasetschemaTr::tr("The data set has schema version %1, newer than this Omnimap supports (%2).")
            .arg(locked)
            .arg(kDataSetSchemaVersion);
    }
    if (locked == kDataSetSchemaVersion)
        return {};
    for (const Step &step : kSteps) {
        if (step.toVersion <= locked)
            continue;
        if ((*step.sql && !db.exec(step.sql)) || (step.migrate && !step.migrate(db))) {
            return DatasetschemaTr::tr("Upgrading the data set schema to version %1 failed: %2")
                .arg(step.toVersion)
                .arg(db.lastError());
        }
        // PRAGMA can not take a bound parameter; the value is our own integer constant.
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(step.toVersion);
        if (!db.exec(pragma.constData()))
            return DatasetschemaTr::tr("Could not record schema version %1: %2").arg(step.toVersion).arg(db.lastError());
    }
    if (!db.exec(kIndexes))
        return DatasetschemaTr::tr("Could not create the data set indexes: %1").arg(db.lastError());
    if (!transaction.commit())
        return DatasetschemaTr::tr("Could not commit the schema upgrade: %1").arg(db.lastError());
    return {};
}

QString dataSetBackupPath(const QString &dataSetPath, int version)
{
    const QString base = dataSetPath + QStringLiteral(".v") + QString::number(version);
    QString path = base + QStringLiteral(".bak");
    for (int n = 2; QFile::exists(path); ++n)
        path = base + QLatin1Char('.') + QString::number(n) + QStringLiteral(".bak");
    return path;
}

bool createDataSetIndexes(SqliteDb &db)
{
    return db.exec(kIndexes);
}

} // namespace omnimap::sim
