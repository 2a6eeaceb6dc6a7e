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
        // Qt writes the program as it was typed (a relative or bare path), so replace its
        // first occurrence in the usage line rather than the absolute file path.
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        const QStringList typed = QCoreApplication::arguments();
        for (const QString &program : {QCoreApplication::applicationFilePath(), typed.value(0)}) {
            const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
            if (at >= 0 && (lineEnd < 0 || at < lineEnd)) {
                text.replace(at, program.size(), arguments.value(0));
                break;
            }
        }
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
