// omnimap-cli diff: what changed between two versions of a plan, per journey.

#include "commandline.h"

#include "format/projectfile.h"
#include "merge/projectdiff.h"

namespace omnimap::cli {
namespace {

struct CmdDiffTr { Q_DECLARE_TR_FUNCTIONS(cli) };

std::optional<Project> load(const QString &path)
{
    LoadResult result = loadProjectFile(path);
    if (!result.ok()) {
        for (Diagnostic d : result.diagnostics) {
            d.file = path;
            err() << d.toString() << '\n';
        }
        return std::nullopt;
    }
    return std::move(result.project);
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), CmdDiffTr::tr("Output format: text (default) or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("A"), CmdDiffTr::tr("The older version (.omnimap)."));
    parser.addPositionalArgument(QStringLiteral("B"), CmdDiffTr::tr("The newer version (.omnimap)."));
    const int early = parseCommandLine(parser, arguments,
                                       CmdDiffTr::tr("Show what changed from A to B: items added, removed, changed and reordered, per journey."), 2);
    if (early >= 0)
        return early;
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        err() << arguments.value(0) << ": " << CmdDiffTr::tr("unknown format \"%1\"; use text or json").arg(formatName) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 2) {
        err() << arguments.value(0) << ": " << CmdDiffTr::tr("expected exactly two files; see --help") << '\n';
        return ExitUsage;
    }
    const std::optional<Project> a = load(parser.positionalArguments().at(0));
    const std::optional<Project> b = load(parser.positionalArguments().at(1));
    if (!a || !b)
        return ExitInvalid;
    const Changes changes = diffProjects(*a, *b);
    if (formatName == QLatin1String("json"))
        out() << QString::fromStdString(changesToJson(changes).dump(2)) << '\n';
    else
        out() << formatChangesText(changes);
    return ExitOk;
}

const CommandRegistration registration{
    {"diff", QT_TRANSLATE_NOOP("cli", "Show what changed between two versions of a plan"), run}};

} // namespace
} // namespace omnimap::cli
