// omnimap-cli import-ojf: an OpenJourney (.ojf) map into a new Omnimap project.

#include "commandline.h"

#include "format/projectfile.h"
#include "report/openjourney.h"
#include "validation/referencecheck.h"

#include <QDir>
#include <QFileInfo>

namespace omnimap::cli {
namespace {

struct CmdImportOjfTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), CmdImportOjfTr::tr("Project file to write (.omnimap)."), QStringLiteral("PROJECT.omnimap"));
    const QCommandLineOption allChannels(QStringLiteral("all-channels"),
                                         CmdImportOjfTr::tr("Import every swimlane as a channel (default: lanes named like pain points, "
                                            "opportunities or thoughts become note lanes)."));
    const QCommandLineOption force(QStringLiteral("force"), CmdImportOjfTr::tr("Overwrite an existing project file."));
    parser.addOptions({outOption, allChannels, force});
    parser.addPositionalArgument(QStringLiteral("FILE"), CmdImportOjfTr::tr("OpenJourney file (.ojf)."));
    const int early = parseCommandLine(parser, arguments, CmdImportOjfTr::tr("Import an OpenJourney (.ojf) map as a new project."), 1);
    if (early >= 0)
        return early;
    if (!parser.isSet(outOption)) {
        err() << arguments.value(0) << ": " << CmdImportOjfTr::tr("need --out PROJECT.omnimap") << '\n';
        return ExitUsage;
    }
    const QString target = parser.value(outOption);
    if (QFileInfo::exists(target) && !parser.isSet(force)) {
        err() << QDir::toNativeSeparators(target) << ": " << CmdImportOjfTr::tr("exists; use --force to overwrite") << '\n';
        return ExitInvalid;
    }
    OpenJourney::ImportOptions options;
    options.noteLanesByName = !parser.isSet(allChannels);
    const OpenJourney::ImportResult result = OpenJourney::load(parser.positionalArguments().constFirst(), options);
    for (const Diagnostic &d : result.diagnostics)
        err() << d.toString() << '\n';
    if (!result.ok())
        return ExitInvalid;
    const SaveResult saved = saveProjectFile(target, *result.project);
    if (!saved.ok) {
        err() << saved.error << '\n';
        return ExitInvalid;
    }
    const Journey &j = result.project->journeys.constFirst();
    out() << CmdImportOjfTr::tr("wrote %1: %2 stages, %3 lanes, %4 touchpoints")
                 .arg(QDir::toNativeSeparators(target))
                 .arg(j.stages.size())
                 .arg(j.channelIds.size())
                 .arg(j.touchpoints.size())
          << '\n';
    return ExitOk;
}

const CommandRegistration registration{
    {"import-ojf", QT_TRANSLATE_NOOP("cli", "Import an OpenJourney (.ojf) map as a new project"), run}};

} // namespace
} // namespace omnimap::cli
