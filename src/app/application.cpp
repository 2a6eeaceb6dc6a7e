#include "application.h"

#include "languagesettings.h"
#include "mainwindow.h"
#include "canvas/mapscene.h"
#include "shell/appcontext.h"
#include "settings/appearance.h"
#include "shell/icontheme.h"
#include "shell/shutdownguard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

namespace omnimap {

void installAppLook(QApplication &app)
{
    // Omnimap's own icons on every platform, then the chosen palette (which picks the
    // light- or dark-stroke icon variant).
    rememberSystemAppearance(app);
    installIconTheme();
    installActionIcons(&app);
    applyAppearance(app);
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.omnimap.Omnimap")));
}

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Omnimap"));
    QApplication::setOrganizationName(QStringLiteral("Omnimap"));
    QApplication::setApplicationVersion(QStringLiteral(OMNIMAP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.omnimap.Omnimap"));

    installTranslations(app);
    installAppLook(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("omnimap::Application", "Plan omnichannel customer journeys and campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("omnimap::Application", "Project files to open."),
                                 QStringLiteral("[FILE...]"));
    QCommandLineOption sample(QStringLiteral("sample"),
                              QApplication::translate("omnimap::Application",
                                                      "Open a bundled sample project (e.g. cafe)."),
                              QStringLiteral("NAME"));
    parser.addOption(sample);
    QCommandLineOption data(QStringLiteral("data"),
                            QApplication::translate("omnimap::Application",
                                                    "Open a data set (.sqlite) with the plan, for the dashboard and scenarios."),
                            QStringLiteral("FILE"));
    parser.addOption(data);
    // For the shutdown test only (hidden from --help): one real edit through the undo
    // stack after the files are open, so the process has unsaved changes to protect.
    QCommandLineOption testEdit(QStringLiteral("test-unsaved-edit"), QStringLiteral("Test only."));
    testEdit.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testEdit);
    parser.process(app);

    // Before any window: a SIGTERM from here on writes the recovery copy and drops the lock.
    ShutdownGuard shutdownGuard;

    // On the heap and deleted on close: a language switch replaces the window.
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    // Autosaved work from a crash comes first: the user decides before anything else opens.
    window->offerRecovery();
    if (parser.isSet(sample)) {
        // Accept a prefix ("cafe" for "cafe-loyalty") so the option is easy to type.
        const QString wanted = parser.value(sample);
        QString match = wanted;
        for (const QString &name : MainWindow::sampleNames())
            if (name.startsWith(wanted, Qt::CaseInsensitive)) {
                match = name;
                break;
            }
        window->openSample(match);
    }
    for (const QString &file : parser.positionalArguments())
        window->openFile(file);
    if (parser.isSet(data))
        window->context()->requestDataSet(QFileInfo(parser.value(data)).absoluteFilePath());
    if (parser.isSet(testEdit)) {
        if (MapScene *scene = window->currentMapScene())
            scene->addStage();
    }
    return app.exec();
}

} // namespace omnimap
