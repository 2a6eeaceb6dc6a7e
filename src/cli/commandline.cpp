#include "commandline.h"

namespace omnimap::cli {

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description, qsizetype minPositional)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // helpText() names the binary; show the command name instead.
        QString text = parser.helpText();
        text.replace(QCoreApplication::applicationFilePath(), arguments.value(0));
        out() << text;
        return ExitOk;
    }
    if (parser.positionalArguments().size() < minPositional) {
        err() << arguments.value(0) << ": "
              << QCoreApplication::translate("cli", "missing arguments; see --help") << '\n';
        return ExitUsage;
    }
    return -1;
}

} // namespace omnimap::cli
