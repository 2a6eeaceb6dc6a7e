// omnimap-cli convert: load (migrating older formats) and save in the current format.

#include "commandline.h"

#include "format/projectfile.h"

namespace omnimap::cli {
namespace {

struct CmdConvertTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       CmdConvertTr::tr("Where to write the converted project."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), CmdConvertTr::tr("Project to convert."));
    const int early = parseCommandLine(parser, arguments,
                                       CmdConvertTr::tr("Load a project (migrating older format versions) and save it in the current format."), 1);
    if (early >= 0)
        return early;
    if (!parser.isSet(outOption)) {
        err() << arguments.value(0) << ": " << CmdConvertTr::tr("--out FILE is required") << '\n';
        return ExitUsage;
    }
    const QString input = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(input);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const SaveResult saved = saveProjectFile(parser.value(outOption), *loaded.project);
    if (!saved.ok) {
        err() << saved.error << '\n';
        return ExitInvalid;
    }
    out() << CmdConvertTr::tr("%1 (format %2) -> %3 (format %4)")
                 .arg(input)
                 .arg(loaded.fileFormatVersion)
                 .arg(parser.value(outOption))
                 .arg(kCurrentFormatVersion)
          << '\n';
    return ExitOk;
}

const CommandRegistration registration{
    {"convert", QT_TRANSLATE_NOOP("cli", "Load and save a project in the current format"), run}};

} // namespace
} // namespace omnimap::cli
