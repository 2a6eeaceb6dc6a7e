// Commands the light omnimap-cli leaves to omnimap-cli-full (Linux only, issue 22).
//
// `export` and `import-ojf` need omnimap_report and with it Qt Gui and Svg: 29 more
// shared libraries that the dynamic loader maps and relocates at every start, ~25 ms of
// each `omnimap-cli` run on the build machine. Every other command is in omnimap-cli
// itself; these two are registered here under the same names and summaries and replace
// the process with omnimap-cli-full (execv), which runs them as before: same arguments,
// same streams, same exit code. tests/cli checks that both list the same commands.

#include "command.h"
#include "delegatedcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace omnimap::cli {

namespace {

std::vector<char *> g_argv; // a copy: QCoreApplication may take Qt's own options out of argv

struct DelegatedcommandsTr { Q_DECLARE_TR_FUNCTIONS(cli) };

/// Next to omnimap-cli in the build tree; under libexec once installed.
QString fullCli()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString candidates[] = {dir + QStringLiteral("/omnimap-cli-full"),
                                  dir + QStringLiteral("/" OMNIMAP_CLI_FULL_RELATIVE "/omnimap-cli-full")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

int runFull()
{
    const QString full = fullCli();
    if (full.isEmpty() || g_argv.empty()) {
        err() << DelegatedcommandsTr::tr("omnimap-cli: this command needs omnimap-cli-full, which is not installed with omnimap-cli.") << '\n';
        err().flush();
        return ExitInvalid;
    }
    const QByteArray path = QFile::encodeName(full);
    std::vector<char *> argv = g_argv;
    argv.push_back(nullptr);
    out().flush();
    err().flush();
    std::fflush(nullptr);
    execv(path.constData(), argv.data());
    const int error = errno;
    err() << DelegatedcommandsTr::tr("omnimap-cli: can not run %1: %2").arg(full, QString::fromLocal8Bit(std::strerror(error))) << '\n';
    err().flush();
    return ExitInvalid;
}

// The summaries must stay those of cmd_export.cpp and cmd_import_ojf.cpp (same
// translations; test_cli compares the two command lists).
const CommandRegistration exportCommand{
    {"export", QT_TRANSLATE_NOOP("cli", "Export a plan: PDF report, web page, JSON plan, SVG/PNG maps, CSV tables, OpenJourney"),
     [](const QStringList &) { return runFull(); }}};
const CommandRegistration importOjfCommand{
    {"import-ojf", QT_TRANSLATE_NOOP("cli", "Import an OpenJourney (.ojf) map as a new project"),
     [](const QStringList &) { return runFull(); }}};

} // namespace

void keepArguments(int argc, char **argv)
{
    g_argv.assign(argv, argv + argc);
}

} // namespace omnimap::cli
