// omnimap-cli generate-sample: a deterministic sample data set for a plan.

#include "commandline.h"

#include "dataset.h"
#include "resulttable.h"
#include "samplegenerator.h"

#include "format/projectfile.h"

#include <QFile>
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
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Project file whose journey the sample follows."));
    const QCommandLineOption events(QStringLiteral("events"), tr("Number of events (1000 to 10000000)."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Data set to create (SQLite)."), QStringLiteral("DATA.sqlite"));
    const QCommandLineOption journey(QStringLiteral("journey"), tr("Journey id (default: the first)."), QStringLiteral("ID"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing data set."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text, json or csv."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({events, seed, outOption, journey, force, format});
    const int early = parseCommandLine(parser, arguments, tr("Generate a deterministic sample data set for a project."), 1);
    if (early >= 0)
        return early;
    const QString name = arguments.value(0);
    bool okEvents = false, okSeed = false;
    const qint64 count = parser.value(events).toLongLong(&okEvents);
    const quint64 seedValue = parser.value(seed).toULongLong(&okSeed);
    const QString fmt = parser.value(format);
    if (!okEvents || count < 1 || count > 100000000 || !okSeed || !parser.isSet(outOption)
        || !QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt)) {
        err() << name << ": " << tr("--out is required; --events must be a positive count, --seed a number, --format text|json|csv") << '\n';
        return ExitUsage;
    }
    const LoadResult loaded = loadProjectFile(parser.positionalArguments().constFirst());
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const QString path = parser.value(outOption);
    if (QFile::exists(path)) {
        if (!parser.isSet(force)) {
            err() << name << ": " << tr("%1 already exists; use --force to replace it").arg(path) << '\n';
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
    const sim::GeneratorResult result = sim::generateSample(dataSet, *loaded.project, options);
    if (!result.ok) {
        err() << name << ": " << result.error << '\n';
        return ExitInvalid;
    }
    sim::ResultTable table;
    table.name = QStringLiteral("sample");
    table.title = tr("Sample data written to %1").arg(path);
    table.columns = {QStringLiteral("customers"), QStringLiteral("events"), QStringLiteral("conversions"), QStringLiteral("revenue")};
    table.addRow({qint64(result.customers), qint64(result.events), qint64(result.conversions), result.revenue});
    out() << sim::renderTables({table}, fmt, QJsonObject{{QStringLiteral("data_set"), path}});
    return ExitOk;
}

const CommandRegistration registration{
    {"generate-sample", QT_TRANSLATE_NOOP("cli", "Generate a deterministic sample data set for a project"), run}};

} // namespace
} // namespace omnimap::cli
