#pragma once

#include "command.h"

#include <QCommandLineParser>

namespace omnimap::cli {

/// Parses a command's arguments. Returns -1 to continue, or the exit code to return
/// right away (help printed: 0; bad options: 2 with the reason on stderr).
/// `minPositional` is the number of positional arguments the command needs.
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description, qsizetype minPositional);

} // namespace omnimap::cli
