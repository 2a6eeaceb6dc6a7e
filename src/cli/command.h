#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <vector>

namespace omnimap::cli {

/// Exit codes shared by every command (documented in docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,      ///< success
    ExitInvalid = 1, ///< the input is invalid (or, for merge, conflicts were written)
    ExitUsage = 2    ///< wrong arguments
};

/// Streams every command writes to; tests may swap them.
QTextStream &out();
QTextStream &err();

/// One sub-command of omnimap-cli. `run` receives the arguments after the command name
/// (with argv[0] replaced by "omnimap-cli <name>") and returns an ExitCode.
struct Command
{
    const char *name;
    const char *summary; ///< one line, English; translated via QCoreApplication::translate("cli", …)
    std::function<int(const QStringList &arguments)> run;
    /// The command draws (fonts, images, PDF): main() then starts a QGuiApplication on the
    /// offscreen platform (unless QT_QPA_PLATFORM says otherwise) instead of a core one.
    bool paints = false;
};

/// All commands, in registration order. Each command file registers itself with a
/// static CommandRegistration so adding a command touches no shared file.
std::vector<Command> &commands();

struct CommandRegistration
{
    explicit CommandRegistration(Command command) { commands().push_back(std::move(command)); }
};

} // namespace omnimap::cli
