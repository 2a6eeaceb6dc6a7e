// omnimap-cli measure: evaluates every bound KPI on a data set.

#include "commandline.h"
#include "eventsourceoption.h"

#include "eventcache.h"
#include "kpimeasure.h"
#include "resulttable.h"

#include "format/projectfile.h"
#include "model/lookup.h"

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
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Data set."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the project with the measured values as KPI actuals."), QStringLiteral("PROJECT2"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption source(QStringLiteral("source"), tr("Warehouse instead of --db: postgres://… or clickhouse://user@host:8123/database?table=…"), QStringLiteral("URL"));
    parser.addOptions({db, outOption, format, source});
    const int early = parseCommandLine(parser, arguments, tr("Measure the KPIs bound to the data set."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    if (parser.isSet(db) == parser.isSet(source) || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << tr("need --db or --source; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const QString projectPath = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(projectPath);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    cli::OpenedSource opened;
    QString error;
    if (!openEventSource(parser.value(db), parser.value(source), opened, &error)) {
        err() << error << '\n';
        return ExitInvalid;
    }
    Project project = *loaded.project;
    std::vector<sim::KpiValue> values;
    if (!sim::measureKpis(project, *opened.source, values, &error)) {
        err() << opened.label << ": " << error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable t;
    t.name = QStringLiteral("kpis");
    t.title = tr("KPIs measured on %1").arg(opened.label);
    t.columns = {QStringLiteral("kpi"), QStringLiteral("actual"), QStringLiteral("numerator"), QStringLiteral("denominator"),
                 QStringLiteral("target"), QStringLiteral("status"), QStringLiteral("note")};
    for (const sim::KpiValue &v : values) {
        Kpi *kpi = findById(project.kpis, v.kpiId);
        if (kpi && v.measured)
            kpi->actual = v.value;
        t.addRow({v.name, v.measured ? QVariant(v.value) : QVariant(QString()), v.numerator, v.denominator,
                  kpi && kpi->target ? QVariant(*kpi->target) : QVariant(QString()), sim::kpiStatusName(v.status), v.note});
    }
    if (parser.isSet(outOption)) {
        const SaveResult saved = saveProjectFile(parser.value(outOption), project);
        if (!saved.ok) {
            err() << saved.error << '\n';
            return ExitInvalid;
        }
    }
    out() << sim::renderTables({t}, fmt, QJsonObject{{QStringLiteral("data_set"), opened.label}});
    return ExitOk;
}

const CommandRegistration registration{{"measure", QT_TRANSLATE_NOOP("cli", "Measure the KPIs bound to a data set"), run}};

} // namespace
} // namespace omnimap::cli
