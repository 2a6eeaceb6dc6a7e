// omnimap-cli import: events or aggregated paths from CSV into a data set.

#include "commandline.h"

#include "dataset.h"
#include "eventimporter.h"
#include "pathimporter.h"
#include "resulttable.h"

#include <QFileInfo>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), tr("Data set (created when missing)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption events(QStringLiteral("events"), tr("Event-level CSV to import."), QStringLiteral("FILE.csv"));
    const QCommandLineOption paths(QStringLiteral("paths"), tr("Aggregated paths CSV (path, total_conversions, total_null, total_conversion_value)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption map(QStringLiteral("map"), tr("Column for a field, e.g. customer=user_id (repeatable). Fields: %1, attr:NAME.")
                                                            .arg(sim::eventFields().join(QStringLiteral(", "))),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"), tr("Import the good rows and record the bad ones."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, events, paths, map, skip, format});
    const int early = parseCommandLine(parser, arguments, tr("Import events or aggregated paths into a data set, all rows or none."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    if (!parser.isSet(db) || parser.isSet(events) == parser.isSet(paths)
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << tr("need --db and exactly one of --events or --paths; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    sim::ImportOptions options;
    options.skipBadRows = parser.isSet(skip);
    for (const QString &entry : parser.values(map)) {
        const auto eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1) {
            err() << name << ": " << tr("--map expects FIELD=COLUMN, got \"%1\"").arg(entry) << '\n';
            return ExitUsage;
        }
        options.mapping.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
    const QString file = parser.isSet(events) ? parser.value(events) : parser.value(paths);
    if (!QFileInfo(file).isFile()) {
        err() << file << ": " << tr("no such file") << '\n';
        return ExitInvalid;
    }
    sim::DataSet dataSet;
    if (!dataSet.open(parser.value(db), sim::DataSet::OpenMode::Create)) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    const sim::ImportResult result = parser.isSet(events) ? sim::importEventsCsv(dataSet, file, options)
                                                          : sim::importPathsCsv(dataSet, file, options);
    for (const sim::ImportProblem &problem : result.problems)
        err() << problem.toString(file) << '\n';
    if (result.problemCount > result.problems.size())
        err() << tr("… and %1 more problems").arg(result.problemCount - result.problems.size()) << '\n';
    if (!result.ok) {
        err() << result.error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable table;
    table.name = QStringLiteral("import");
    table.title = tr("Imported %1 into %2").arg(QFileInfo(file).fileName(), parser.value(db));
    table.columns = {QStringLiteral("run"), QStringLiteral("rows_read"), QStringLiteral("rows_imported"), QStringLiteral("rows_skipped")};
    table.addRow({qint64(result.runId), qint64(result.rowsRead), qint64(result.rowsImported), qint64(result.rowsSkipped)});
    out() << sim::renderTables({table}, fmt);
    return ExitOk;
}

const CommandRegistration registration{
    {"import", QT_TRANSLATE_NOOP("cli", "Import events or aggregated paths from CSV into a data set"), run}};

} // namespace
} // namespace omnimap::cli
