// Targets over the importers: event CSV, paths CSV, OpenJourney (.ojf).

#include "fuzztargets.h"

#include "dataset.h"
#include "eventimporter.h"
#include "format/projectfile.h"
#include "pathimporter.h"
#include "report/openjourney.h"

#include <QByteArray>

#include <vector>

namespace omnimap::fuzz {

namespace {

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The in-memory data set every CSV input is imported into, with the statements the
/// harness runs around each import prepared once: preparing them per input (and creating
/// the schema anew, as at first) was most of each run under perf, which a campaign of
/// 10^7 runs cannot afford.
struct SharedDataSet
{
    sim::DataSet dataSet;
    std::vector<sim::SqliteStatement> hasRows;     ///< per table a run can fill: any row?
    std::vector<sim::SqliteStatement> emptyTables; ///< per table a run can fill: DELETE
    sim::SqliteStatement begin;
    sim::SqliteStatement commit;
    sqlite3_int64 changesAtReset = -1; ///< sqlite3_total_changes64 once the data set was empty
    sim::SqliteStatement countRuns;
    sim::SqliteStatement nonFiniteEvents;
    sim::SqliteStatement nonFinitePaths;
    sim::SqliteStatement danglingReferences;

    SharedDataSet()
    {
        if (!dataSet.open(QStringLiteral(":memory:"), sim::DataSet::OpenMode::Create))
            finding("cannot create an in-memory data set", qPrintable(dataSet.errorString()));
        sim::SqliteDb &db = dataSet.db();
        // Enforcement off, as the importers load anyway (ForeignKeysOff): they then leave
        // the setting alone, and with it the statements below. Switching it expires every
        // prepared statement of the connection, which made SQLite parse the harness's
        // DELETEs and counts again on every run.
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_ENABLE_FKEY, 0, nullptr);
        std::vector<QByteArray> tables;
        {
            sim::SqliteStatement list = db.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'meta' "
                "ORDER BY rowid DESC"); // children (created later) before the tables they reference
            while (list.step() == SQLITE_ROW)
                tables.push_back(list.columnText(0).toUtf8());
        }
        // The names come from the data set's own catalog, not from the input.
        if (db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_sequence'") > 0)
            tables.push_back("sqlite_sequence");
        for (const QByteArray &table : tables) {
            const QByteArray quoted = '"' + table + '"';
            const QByteArray probe = "SELECT 1 FROM " + quoted + " LIMIT 1";
            const QByteArray empty = "DELETE FROM " + quoted;
            hasRows.push_back(db.prepare(probe.constData()));
            emptyTables.push_back(db.prepare(empty.constData()));
        }
        begin = db.prepare("BEGIN");
        commit = db.prepare("COMMIT");
        countRuns = db.prepare("SELECT count(*) FROM import_runs");
        nonFiniteEvents = db.prepare("SELECT count(*) FROM events WHERE revenue != revenue OR abs(revenue) > 1e308 "
                                     "OR abs(cost) > 1e308");
        nonFinitePaths = db.prepare("SELECT count(*) FROM paths WHERE abs(conversions) > 1e308 "
                                    "OR abs(nulls) > 1e308 OR abs(value) > 1e308");
        // The importers load without enforcement on the claim that they write only ids they
        // have just created or read: the harness holds them to it.
        danglingReferences = db.prepare("SELECT count(*) FROM pragma_foreign_key_check");
        for (const sim::SqliteStatement *stmt : {&countRuns, &nonFiniteEvents, &nonFinitePaths, &danglingReferences}) {
            if (!stmt->isValid())
                finding("cannot prepare a harness query", qPrintable(db.lastError()));
        }
    }

    /// Empties every table a run fills, so what one input imports never changes the next.
    /// Only what needs it: most inputs are refused and change nothing (SQLite's count of
    /// changed rows says so), and a DELETE of an empty table still journals and rewrites its
    /// 16 KB root page — under ASan fresh memory each time; that was a third of every run.
    void reset()
    {
        sqlite3 *db = dataSet.db().handle();
        if (sqlite3_total_changes64(db) == changesAtReset)
            return;
        step(begin);
        for (std::size_t i = 0; i < emptyTables.size(); ++i) {
            const int any = sqlite3_step(hasRows[i].handle());
            sqlite3_reset(hasRows[i].handle());
            if (any == SQLITE_ROW)
                step(emptyTables[i]);
            else if (any != SQLITE_DONE)
                finding("cannot read a data-set table", sqlite3_sql(hasRows[i].handle()));
        }
        step(commit);
        changesAtReset = sqlite3_total_changes64(db);
    }

    static void step(sim::SqliteStatement &stmt)
    {
        const int rc = sqlite3_step(stmt.handle());
        sqlite3_reset(stmt.handle());
        if (rc != SQLITE_DONE)
            finding("cannot empty the data set", sqlite3_sql(stmt.handle()));
    }

    static std::int64_t count(sim::SqliteStatement &stmt)
    {
        // Straight to SQLite: the harness's own reads are not fault-injection points.
        const std::int64_t n = sqlite3_step(stmt.handle()) == SQLITE_ROW ? sqlite3_column_int64(stmt.handle(), 0) : -1;
        sqlite3_reset(stmt.handle());
        if (n < 0)
            finding("a harness query failed", sqlite3_sql(stmt.handle()));
        return n;
    }
};

SharedDataSet &shared()
{
    static SharedDataSet *data = new SharedDataSet; // lives as long as the process
    return *data;
}

template<typename Import>
void importInto(const QByteArray &csv, Import import)
{
    SharedDataSet &data = shared();
    data.reset();
    for (const bool skip : {false, true}) {
        sim::ImportOptions options;
        options.skipBadRows = skip;
        const std::int64_t before = SharedDataSet::count(data.countRuns);
        const sim::ImportResult result = import(data.dataSet, csv, options);
        const std::int64_t after = SharedDataSet::count(data.countRuns);
        // A refused import leaves the data set as it was; an accepted one records one run.
        if (!result.ok && after != before)
            finding("a failed import changed the data set");
        if (result.ok && after != before + 1)
            finding("an import did not record exactly one run");
        if (result.ok && result.rowsImported + result.rowsSkipped > result.rowsRead)
            finding("more rows imported and skipped than read");
    }
    // Whatever was imported reads back as finite numbers.
    if (SharedDataSet::count(data.nonFiniteEvents) != 0)
        finding("a non-finite amount was stored");
    if (SharedDataSet::count(data.nonFinitePaths) != 0)
        finding("a non-finite path count was stored");
    if (SharedDataSet::count(data.danglingReferences) != 0)
        finding("an import left a reference to a row that does not exist");
}

} // namespace

int eventsCsv(const std::uint8_t *data, std::size_t size)
{
    importInto(bytesOf(data, size), [](sim::DataSet &d, const QByteArray &csv, const sim::ImportOptions &o) {
        return sim::importEventsCsvBytes(d, csv, QStringLiteral("fuzz.csv"), o);
    });
    return 0;
}

int pathsCsv(const std::uint8_t *data, std::size_t size)
{
    importInto(bytesOf(data, size), [](sim::DataSet &d, const QByteArray &csv, const sim::ImportOptions &o) {
        return sim::importPathsCsvBytes(d, csv, QStringLiteral("fuzz.csv"), o);
    });
    return 0;
}

/// import-ojf's contract: a project `validate` accepts, or an error.
int ojfImport(const std::uint8_t *data, std::size_t size)
{
    const OpenJourney::ImportResult result = OpenJourney::read(bytesOf(data, size), QStringLiteral("fuzz.ojf"));
    if (!result.ok()) {
        if (!hasErrors(result.diagnostics))
            finding("import failed without an error");
        return 0;
    }
    const LoadResult back = readProject(writeProject(*result.project), QStringLiteral("imported.omnimap"));
    if (!back.ok() || hasErrors(back.diagnostics))
        finding("import-ojf wrote a project validate rejects", qPrintable(back.errorString()));
    return 0;
}

} // namespace omnimap::fuzz
