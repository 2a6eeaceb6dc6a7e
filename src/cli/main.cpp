// omnimap-cli: everything the GUI does to a plan, headless. Each sub-command lives in
// its own cmd_*.cpp and registers itself (see command.h).

#include "command.h"

#include <QCoreApplication>
#ifdef OMNIMAP_CLI_LIGHT
#include "delegatedcommands.h"
#else
#include <QGuiApplication>
#endif
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace omnimap::cli;

namespace {

struct MainTr { Q_DECLARE_TR_FUNCTIONS(cli) };

void printUsage()
{
    out() << MainTr::tr("Usage: omnimap-cli <command> [options]") << '\n'
          << MainTr::tr("Plan omnichannel customer journeys headless: validate, convert, import, simulate, export, merge.")
          << "\n\n"
          << MainTr::tr("Commands:") << '\n';
    auto sorted = commands();
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return qstrcmp(a.name, b.name) < 0; });
    for (const Command &c : sorted) {
        out() << "  " << QString::fromLatin1(c.name).leftJustified(18) << ' '
              << QCoreApplication::translate("cli", c.summary) << '\n';
    }
    out() << '\n'
          << MainTr::tr("Run 'omnimap-cli <command> --help' for a command's options.") << '\n'
          << MainTr::tr("Exit codes: 0 success, 1 invalid input, 2 wrong usage.") << '\n';
    out().flush();
}

#ifndef OMNIMAP_CLI_LIGHT
const Command *findCommand(const char *name)
{
    for (const Command &command : commands()) {
        if (qstrcmp(name, command.name) == 0)
            return &command;
    }
    return nullptr;
}

#endif

/// Commands that draw get a GUI application (fonts, image formats, PDF) without needing
/// a display; the others stay a plain core application that starts faster.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef OMNIMAP_CLI_LIGHT
    // No command here paints: those that do run in omnimap-cli-full (delegatedcommands.cpp).
    keepArguments(argc, argv);
#else
    const Command *command = argc > 1 ? findCommand(argv[1]) : nullptr;
    if (command && command->paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("omnimap-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Omnimap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OMNIMAP_VERSION_STRING));

    // The CLI speaks the user's language when a translation is available
    // (OMNIMAP_LANG=ko|en overrides the system locale, handy in scripts).
    QTranslator translator;
    const QString lang = qEnvironmentVariable("OMNIMAP_LANG", QLocale::system().name());
    if (translator.load(QStringLiteral("omnimap_") + lang.left(2), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        printUsage();
        return ExitUsage;
    }
    const QString name = args.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printUsage();
        return ExitOk;
    }
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out() << "omnimap-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitOk;
    }
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("omnimap-cli ") + name;
            const int code = command.run(args);
            out().flush();
            err().flush();
            return code;
        }
    }
    err() << MainTr::tr("omnimap-cli: unknown command '%1'. Run 'omnimap-cli --help' for the list.").arg(name)
          << '\n';
    err().flush();
    return ExitUsage;
}
