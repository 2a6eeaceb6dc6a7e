// omnimap-cli generate-sample: a deterministic sample data set for a plan.

#include "commandline.h"

#include "dataset.h"
#include "resulttable.h"
#include "samplegenerator.h"

#include "format/projectfile.h"

#include <QFile>
#include <QJsonObject>

#include <cmath>

namespace omnimap::cli {
namespace {

struct CmdSimGenerateTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), CmdSimGenerateTr::tr("Project file whose journey the sample follows."));
    const QCommandLineOption events(QStringLiteral("events"), CmdSimGenerateTr::tr("Number of events (1000 to 10000000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), CmdSimGenerateTr::tr("Random seed; the same seed gives the same data."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"), CmdSimGenerateTr::tr("Data set to create (SQLite)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption journey(QStringLiteral("journey"), CmdSimGenerateTr::tr("Journey id (default: the first)."), QStringLiteral("ID"));
    const QCommandLineOption force(QStringLiteral("force"), CmdSimGenerateTr::tr("Replace an existing data set."));
    const QCommandLineOption format(QStringLiteral("format"), CmdSimGenerateTr::tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption experiment(QStringLiteral("experiment"), CmdSimGenerateTr::tr("Experiment whose variants customers get (default: the journey's only one)."), QStringLiteral("NAME"));
    const QCommandLineOption effect(QStringLiteral("effect"), CmdSimGenerateTr::tr("Plant a known effect: VARIANT=+0.02 raises that variant's conversion after exposure by 2 points (repeatable)."), QStringLiteral("VARIANT=CHANGE"));
    parser.addOptions({events, seed, outOption, journey, force, format, experiment, effect});
    const int early = parseCommandLine(parser, arguments, CmdSimGenerateTr::tr("Generate a deterministic sample data set for a project."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    bool okEvents = false, okSeed = false;
    const qint64 count = parser.value(events).toLongLong(&okEvents);
    const quint64 seedValue = parser.value(seed).toULongLong(&okSeed);
    const QString fmt = parser.value(format);
    if (!okEvents || count < 1 || count > 100000000 || !okSeed || !parser.isSet(outOption)
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << CmdSimGenerateTr::tr("--out is required; --events must be a positive count, --seed a number, --format text|json|csv") << '\n';
        return ExitUsage;
    }
    std::vector<std::pair<QString, double>> effects;
    for (const QString &value : parser.values(effect)) {
        const qsizetype eq = value.lastIndexOf(QLatin1Char('='));
        bool okChange = false;
        const double change = eq > 0 ? value.mid(eq + 1).trimmed().toDouble(&okChange) : 0.0;
        if (!okChange || !(std::fabs(change) < 1.0)) {
            err() << name << ": " << CmdSimGenerateTr::tr("--effect wants VARIANT=CHANGE with a change between -1 and 1, e.g. B=+0.02") << '\n';
            return ExitUsage;
        }
        effects.emplace_back(value.left(eq).trimmed(), change);
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const QString path = parser.value(outOption);
    if (QFile::exists(path)) {
        if (!parser.isSet(force)) {
            err() << name << ": " << CmdSimGenerateTr::tr("%1 already exists; use --force to replace it").arg(path) << '\n';
            return ExitInvalid;
        }
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    sim::DataSet dataSet;
    if (!dataSet.open(path, sim::DataSet::OpenMode::Create)) {
        err() << dataSet.errorString() << '\n';
        return ExitInvalid;
    }
    sim::GeneratorOptions options;
    options.events = count;
    options.seed = seedValue;
    options.journeyId = parser.value(journey);
    options.experiment = parser.value(experiment);
    options.effects = effects;
    const sim::GeneratorResult result = sim::generateSample(dataSet, *loaded.project, options);
    if (!result.ok) {
        err() << name << ": " << result.error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable table;
    table.name = QStringLiteral("sample");
    table.title = CmdSimGenerateTr::tr("Sample data written to %1").arg(path);
    table.columns = {QStringLiteral("customers"), QStringLiteral("events"), QStringLiteral("conversions"), QStringLiteral("revenue")};
    table.addRow({qint64(result.customers), qint64(result.events), qint64(result.conversions), result.revenue});
    out() << sim::renderTables({table}, fmt, QJsonObject{{QStringLiteral("data_set"), path}});
    return ExitOk;
}

const CommandRegistration registration{
    {"generate-sample", QT_TRANSLATE_NOOP("cli", "Generate a deterministic sample data set for a project"), run}};

} // namespace
} // namespace omnimap::cli
