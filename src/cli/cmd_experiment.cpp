// omnimap-cli experiment: reads an A/B test of the plan on a data set (docs/experiments.md).

#include "commandline.h"
#include "eventsourceoption.h"

#include "eventcache.h"
#include "experimentreadout.h"
#include "experimenttables.h"

#include "format/projectfile.h"

#include <QFileInfo>
#include <QJsonObject>

namespace omnimap::cli {
namespace {

struct CmdExperimentTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdExperimentTr::tr("Project file."));
    const QCommandLineOption db(QStringLiteral("db"), CmdExperimentTr::tr("Data set whose customers carry the attribute \"variant\"."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption nameOption(QStringLiteral("name"), CmdExperimentTr::tr("Experiment name or id (default: the plan's only one)."), QStringLiteral("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), CmdExperimentTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({db, nameOption, format});
    const int early = parseCommandLine(parser, arguments, CmdExperimentTr::tr("Read an experiment (A/B test) of the plan on a data set."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    const QString fmt = parser.value(format);
    if (!parser.isSet(db) || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << CmdExperimentTr::tr("need --db; --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    QString why;
    const auto place = findExperiment(*loaded.project, parser.value(nameOption), &why);
    if (!place) {
        err() << name << ": " << why << '\n';
        return ExitInvalid;
    }
    const QString path = parser.value(db);
    sim::DataSet dataSet;
    QString openError;
    if (!openExistingDataSet(path, dataSet, &openError)) {
        err() << name << ": " << openError << '\n';
        return ExitInvalid;
    }
    QString error;
    const sim::EventColumnsPtr events = sim::loadEventColumns(dataSet, &error);
    sim::CustomerVariants variants;
    if (!events || !sim::loadCustomerVariants(dataSet, variants, &error)) {
        err() << path << ": " << error << '\n';
        return ExitInvalid;
    }
    const sim::ExperimentReadout readout = sim::readExperiment(*loaded.project, *place, *events, variants);
    out() << sim::renderTables(sim::experimentTables(readout), fmt, QJsonObject{{QStringLiteral("data_set"), path}});
    if (!readout.problems.isEmpty()) {
        for (const QString &problem : readout.problems)
            err() << name << ": " << problem << '\n';
        return ExitInvalid;
    }
    return ExitOk;
}

const CommandRegistration registration{{"experiment", QT_TRANSLATE_NOOP("cli", "Read an experiment (A/B test) on a data set"), run}};

} // namespace
} // namespace omnimap::cli
