// omnimap-cli merge: three-way merge of project files by stable ids; usable as a git
// merge driver ("omnimap-cli merge %O %A %B -o %A", see docs/collaboration.md).

#include "commandline.h"

#include "format/projectfile.h"
#include "merge/mergetext.h"
#include "merge/projectmerge.h"

#include <QSaveFile>

namespace omnimap::cli {
namespace {

struct CmdMergeTr { Q_DECLARE_TR_FUNCTIONS(cli) };

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
    if (!recordedConflicts(*result.project).isEmpty()) {
        err() << path << ": " << CmdMergeTr::tr("has unresolved merge conflicts; resolve them in Omnimap first") << '\n';
        return std::nullopt;
    }
    return std::move(result.project);
}

/// No .bak beside the output: as a git driver the output is git's temporary file.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CmdMergeTr::tr("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return CmdMergeTr::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    CmdMergeTr::tr("Where to write the merged plan (may be OURS)."), QStringLiteral("OUT"));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")}, CmdMergeTr::tr("Print conflicts only."));
    parser.addOption(output);
    parser.addOption(quiet);
    parser.addPositionalArgument(QStringLiteral("BASE"), CmdMergeTr::tr("The version both copies started from."));
    parser.addPositionalArgument(QStringLiteral("OURS"), CmdMergeTr::tr("Our edited copy."));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), CmdMergeTr::tr("Their edited copy."));
    const int early = parseCommandLine(
        parser, arguments,
        CmdMergeTr::tr("Merge two edited copies of a plan by stable ids. Exit 0: merged cleanly; 1: conflicts were "
           "written into OUT (with our values; open it in Omnimap to resolve them) or an input is invalid; 2: usage."),
        3);
    if (early >= 0)
        return early;
    if (parser.positionalArguments().size() != 3 || !parser.isSet(output) || parser.value(output).isEmpty()) {
        err() << arguments.value(0) << ": " << CmdMergeTr::tr("expected BASE OURS THEIRS -o OUT; see --help") << '\n';
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    const std::optional<Project> base = load(files.at(0));
    const std::optional<Project> ours = load(files.at(1));
    const std::optional<Project> theirs = load(files.at(2));
    if (!base || !ours || !theirs)
        return ExitInvalid;

    const MergeResult result = mergeProjects(*base, *ours, *theirs);
    for (Diagnostic d : result.diagnostics) {
        d.file = parser.value(output);
        err() << d.toString() << '\n';
    }
    if (!result.ok())
        return ExitInvalid;
    const QString outPath = parser.value(output);
    const QString error = writeFile(outPath, writeProject(withRecordedConflicts(result.merged, result.conflicts)));
    if (!error.isEmpty()) {
        err() << error << '\n';
        return ExitInvalid;
    }
    for (const MergeConflict &c : result.conflicts) {
        err() << outPath << ": " << c.pointer << ": " << CmdMergeTr::tr("conflict: %1").arg(mergetext::conflictTitle(c)) << '\n';
        err() << "    " << CmdMergeTr::tr("base:") << ' ' << mergetext::valueText(c, c.base).replace(QLatin1Char('\n'), QStringLiteral(" | ")) << '\n';
        err() << "    " << CmdMergeTr::tr("ours:") << ' ' << mergetext::valueText(c, c.ours).replace(QLatin1Char('\n'), QStringLiteral(" | ")) << '\n';
        err() << "    " << CmdMergeTr::tr("theirs:") << ' ' << mergetext::valueText(c, c.theirs).replace(QLatin1Char('\n'), QStringLiteral(" | ")) << '\n';
    }
    if (!result.conflicts.isEmpty()) {
        err() << QCoreApplication::translate("cli", "%n conflict(s) written to %1 with our values; open it in Omnimap to resolve them.",
                                             nullptr, int(result.conflicts.size())).arg(outPath)
              << '\n';
        return ExitInvalid;
    }
    if (!parser.isSet(quiet))
        out() << CmdMergeTr::tr("merged cleanly into %1").arg(outPath) << '\n';
    return ExitOk;
}

const CommandRegistration registration{
    {"merge", QT_TRANSLATE_NOOP("cli", "Three-way merge of plans by stable ids (git merge driver)"), run}};

} // namespace
} // namespace omnimap::cli
