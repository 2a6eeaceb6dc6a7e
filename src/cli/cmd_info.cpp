// omnimap-cli info: what a project holds, at a glance.

#include "commandline.h"

#include "format/projectfile.h"

namespace omnimap::cli {
namespace {

struct CmdInfoTr { Q_DECLARE_TR_FUNCTIONS(cli) };

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), CmdInfoTr::tr("Project file."));
    const int early = parseCommandLine(parser, arguments, CmdInfoTr::tr("Summarise a project file."), 1);
    if (early >= 0)
        return early;
    const QString path = parser.positionalArguments().constFirst();
    const LoadResult loaded = loadProjectFile(path);
    if (!loaded.ok()) {
        err() << loaded.errorString() << '\n';
        return ExitInvalid;
    }
    const Project &p = *loaded.project;
    QTextStream &o = out();
    o << CmdInfoTr::tr("Project: %1").arg(p.name) << '\n'
      << CmdInfoTr::tr("Format version: %1").arg(loaded.fileFormatVersion) << '\n'
      << CmdInfoTr::tr("Departments: %1").arg(p.departments.size()) << '\n'
      << CmdInfoTr::tr("Channels: %1").arg(p.channels.size()) << '\n'
      << CmdInfoTr::tr("Personas: %1").arg(p.personas.size()) << '\n';
    for (const Journey &j : p.journeys) {
        o << CmdInfoTr::tr("Journey: %1 (%2 stages, %3 lanes, %4 touchpoints, %5 hand-offs)")
                 .arg(j.name)
                 .arg(j.stages.size())
                 .arg(j.channelIds.size())
                 .arg(j.touchpoints.size())
                 .arg(j.handoffs.size())
          << '\n';
    }
    o << CmdInfoTr::tr("KPIs: %1").arg(p.kpis.size()) << '\n'
      << CmdInfoTr::tr("Checklists: %1").arg(p.checklists.size()) << '\n'
      << CmdInfoTr::tr("Campaigns: %1").arg(p.campaigns.size()) << '\n'
      << CmdInfoTr::tr("Scenarios: %1").arg(p.scenarios.size()) << '\n';
    if (!loaded.diagnostics.isEmpty())
        o << CmdInfoTr::tr("Problems: %1 (run 'omnimap-cli validate')").arg(loaded.diagnostics.size()) << '\n';
    return ExitOk;
}

const CommandRegistration registration{{"info", QT_TRANSLATE_NOOP("cli", "Summarise a project file"), run}};

} // namespace
} // namespace omnimap::cli
