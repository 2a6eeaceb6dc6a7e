// omnimap-cli import: events, aggregated paths or customer feedback from CSV into a data set.

#include "commandline.h"

#include "dataset.h"
#include "eventimporter.h"
#include "feedbackimporter.h"
#include "feedbacknames.h"
#include "pathimporter.h"
#include "resulttable.h"

#include "format/projectfile.h"

#include <QFileInfo>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdSimImportTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), CmdSimImportTr::tr("Data set (created when missing)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption events(QStringLiteral("events"), CmdSimImportTr::tr("Event-level CSV to import."), QStringLiteral("FILE.csv"));
    const QCommandLineOption paths(QStringLiteral("paths"), CmdSimImportTr::tr("Aggregated paths CSV (path, total_conversions, total_null, total_conversion_value)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption map(QStringLiteral("map"), CmdSimImportTr::tr("Column for a field, e.g. customer=user_id (repeatable). Fields: %1, attr:NAME; with --feedback: %2.")
                                                            .arg(sim::eventFields().join(QStringLiteral(", ")), sim::feedbackFields().join(QStringLiteral(", "))),
                                 QStringLiteral("FIELD=COLUMN"));
    const QCommandLineOption skip(QStringLiteral("skip-bad-rows"), CmdSimImportTr::tr("Import the good rows and record the bad ones."));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimImportTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption feedback(QStringLiteral("feedback"), CmdSimImportTr::tr("Feedback CSV (ts, kind, score, text, touchpoint and/or stage, customer, channel, source)."), QStringLiteral("FILE.csv"));
    const QCommandLineOption plan(QStringLiteral("project"), CmdSimImportTr::tr("With --feedback: reject rows naming a touchpoint or stage this project does not have."), QStringLiteral("PROJECT"));
    parser.addOptions({db, events, paths, map, skip, format, feedback, plan});
    const int early = parseCommandLine(parser, arguments, CmdSimImportTr::tr("Import events, aggregated paths or feedback into a data set, all rows or none."), 0);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    const int sources = int(parser.isSet(events)) + int(parser.isSet(paths)) + int(parser.isSet(feedback));
    if (!parser.isSet(db) || sources != 1 || (parser.isSet(plan) && !parser.isSet(feedback))
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << CmdSimImportTr::tr("need --db and exactly one of --events, --paths or --feedback (--project only with --feedback); --format text|json|csv") << '\n';
        return ExitUsage;
    }
    sim::ImportOptions options;
    options.skipBadRows = parser.isSet(skip);
    for (const QString &entry : parser.values(map)) {
        const auto eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1) {
            err() << name << ": " << CmdSimImportTr::tr("--map expects FIELD=COLUMN, got \"%1\"").arg(entry) << '\n';
            return ExitUsage;
        }
        options.mapping.insert(entry.left(eq).trimmed(), entry.mid(eq + 1).trimmed());
    }
    const QString file = parser.isSet(events) ? parser.value(events) : parser.isSet(paths) ? parser.value(paths) : parser.value(feedback);
    sim::FeedbackPlanNames planNames;
    if (parser.isSet(plan)) {
        const LoadResult loaded = loadProjectFile(parser.value(plan));
        if (!loaded.ok()) {
            err() << loaded.errorString() << '\n';
            return ExitInvalid;
        }
        planNames = sim::feedbackPlanNames(*loaded.project);
    }
    if (!QFileInfo(file).isFile()) {
        err() << file << ": " << CmdSimImportTr::tr("no such file") << '\n';
        return ExitInvalid;
    }
    sim::DataSet dataSet;
    if (!dataSet.open(parser.value(db), sim::DataSet::OpenMode::Create)) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    const sim::ImportResult result = parser.isSet(events) ? sim::importEventsCsv(dataSet, file, options)
        : parser.isSet(paths)                             ? sim::importPathsCsv(dataSet, file, options)
                                                          : sim::importFeedbackCsv(dataSet, file, options, planNames);
    for (const sim::ImportProblem &problem : result.problems)
        err() << problem.toString(file) << '\n';
    if (result.problemCount > result.problems.size())
        err() << CmdSimImportTr::tr("… and %1 more problems").arg(result.problemCount - result.problems.size()) << '\n';
    if (!result.ok) {
        err() << result.error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable table;
    table.name = QStringLiteral("import");
    table.title = CmdSimImportTr::tr("Imported %1 into %2").arg(QFileInfo(file).fileName(), parser.value(db));
    table.columns = {QStringLiteral("run"), QStringLiteral("rows_read"), QStringLiteral("rows_imported"), QStringLiteral("rows_skipped")};
    table.addRow({qint64(result.runId), qint64(result.rowsRead), qint64(result.rowsImported), qint64(result.rowsSkipped)});
    out() << sim::renderTables({table}, fmt);
    return ExitOk;
}

const CommandRegistration registration{
    {"import", QT_TRANSLATE_NOOP("cli", "Import events, aggregated paths or feedback from CSV into a data set"), run}};

} // namespace
} // namespace omnimap::cli
