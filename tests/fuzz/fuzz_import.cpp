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

/// Empties every table a run fills, so what one input imports never changes the next.
/// Creating the schema anew per input cost two
/// thirds of each run (measured with perf), which a campaign of 10^7 runs cannot afford.
void resetDataSet(sim::DataSet &dataSet)
{
    std::vector<QByteArray> tables;
    {
        sim::SqliteStatement list = dataSet.db().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'meta' "
            "ORDER BY rowid DESC"); // children (created later) before the tables they reference
        while (list.step() == SQLITE_ROW)
            tables.push_back(list.columnText(0).toUtf8());
    }
    for (const QByteArray &table : tables) {
        // The names come from the data set's own catalog, not from the input.
        const QByteArray sql = QByteArray("DELETE FROM \"") + table + '"';
        if (!dataSet.db().exec(sql.constData()))
            finding("cannot empty a data-set table", table.constData());
    }
    dataSet.db().exec("DELETE FROM sqlite_sequence WHERE 1"); // absent when no AUTOINCREMENT
}

sim::DataSet &sharedDataSet()
{
    static sim::DataSet *dataSet = [] {
        auto *d = new sim::DataSet;
        if (!d->open(QStringLiteral(":memory:"), sim::DataSet::OpenMode::Create))
            finding("cannot create an in-memory data set", qPrintable(d->errorString()));
        return d;
    }();
    return *dataSet;
}

template<typename Import>
void importInto(const QByteArray &csv, Import import)
{
    sim::DataSet &dataSet = sharedDataSet();
    resetDataSet(dataSet);
    for (const bool skip : {false, true}) {
        sim::ImportOptions options;
        options.skipBadRows = skip;
        const std::int64_t before = dataSet.db().queryInt("SELECT count(*) FROM import_runs");
        const sim::ImportResult result = import(dataSet, csv, options);
        const std::int64_t after = dataSet.db().queryInt("SELECT count(*) FROM import_runs");
        // A refused import leaves the data set as it was; an accepted one records one run.
        if (!result.ok && after != before)
            finding("a failed import changed the data set");
        if (result.ok && after != before + 1)
            finding("an import did not record exactly one run");
        if (result.ok && result.rowsImported + result.rowsSkipped > result.rowsRead)
            finding("more rows imported and skipped than read");
    }
    // Whatever was imported reads back as valid UTF-8 text and finite numbers.
    sim::SqliteStatement stmt = dataSet.db().prepare("SELECT count(*) FROM events WHERE revenue != revenue OR abs(revenue) > 1e308 "
                                                     "OR abs(cost) > 1e308");
    if (stmt.isValid() && stmt.step() == SQLITE_ROW && stmt.columnInt(0) != 0)
        finding("a non-finite amount was stored");
    sim::SqliteStatement paths = dataSet.db().prepare("SELECT count(*) FROM paths WHERE abs(conversions) > 1e308 "
                                                      "OR abs(nulls) > 1e308 OR abs(value) > 1e308");
    if (paths.isValid() && paths.step() == SQLITE_ROW && paths.columnInt(0) != 0)
        finding("a non-finite path count was stored");
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
