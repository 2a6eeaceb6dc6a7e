// omnimap-cli validate: model rules and references, or JSON syntax only (--syntax).

#include "commandline.h"

#include "format/jsonsafety.h"
#include "format/projectfile.h"

#include <QFile>
#include <QFileInfo>

namespace omnimap::cli {
namespace {

struct CmdValidateTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int checkSyntax(const QString &path)
{
    const ReadLimits limits;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << path << ": " << CmdValidateTr::tr("cannot open: %1").arg(file.errorString()) << '\n';
        return ExitInvalid;
    }
    if (file.size() > limits.maxFileBytes) {
        err() << path << ": " << CmdValidateTr::tr("file is larger than %1 bytes").arg(limits.maxFileBytes) << '\n';
        return ExitInvalid;
    }
    const SafeJson parsed = parseUntrustedJson(file.readAll(), limits);
    if (!parsed.value) {
        err() << path << ": " << (parsed.where.isEmpty() ? QString() : parsed.where + QStringLiteral(": "))
              << parsed.error << '\n';
        return ExitInvalid;
    }
    out() << path << ": " << CmdValidateTr::tr("valid JSON") << '\n';
    return ExitOk;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption syntax(QStringLiteral("syntax"), CmdValidateTr::tr("Check JSON syntax only (exit 0 valid, 1 invalid)."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, CmdValidateTr::tr("Print problems only."));
    parser.addOption(syntax);
    parser.addOption(quiet);
    parser.addPositionalArgument(QStringLiteral("FILE"), CmdValidateTr::tr("Project files (.omnimap) to check."), QStringLiteral("FILE..."));
    const int early = parseCommandLine(parser, arguments,
                                       CmdValidateTr::tr("Check project files: JSON syntax, field types and ranges, ids and references."), 1);
    if (early >= 0)
        return early;

    int code = ExitOk;
    for (const QString &path : parser.positionalArguments()) {
        if (parser.isSet(syntax)) {
            code = qMax(code, checkSyntax(path));
            continue;
        }
        const LoadResult result = loadProjectFile(path);
        for (const Diagnostic &d : result.diagnostics) {
            Diagnostic shown = d;
            shown.file = path;
            err() << shown.toString() << '\n';
        }
        if (!result.ok() || hasErrors(result.diagnostics)) {
            code = ExitInvalid;
        } else if (!parser.isSet(quiet)) {
            out() << path << ": "
                  << QCoreApplication::translate("cli", "valid (%n journey(s)", nullptr,
                                                 int(result.project->journeys.size()))
                  << QCoreApplication::translate("cli", ", %n persona(s))", nullptr,
                                                 int(result.project->personas.size()))
                  << '\n';
        }
    }
    return code;
}

const CommandRegistration registration{
    {"validate", QT_TRANSLATE_NOOP("cli", "Check project files (or --syntax: JSON only)"), run}};

} // namespace
} // namespace omnimap::cli
