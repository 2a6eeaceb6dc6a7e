#include "application.h"

#include "languagesettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace omnimap {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Omnimap"));
    QApplication::setOrganizationName(QStringLiteral("Omnimap"));
    QApplication::setApplicationVersion(QStringLiteral(OMNIMAP_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.omnimap.Omnimap"));

    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("omnimap::Application", "Plan omnichannel customer journeys and campaigns."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("omnimap::Application", "Project files to open."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    MainWindow window;
    window.show();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    return app.exec();
}

} // namespace omnimap
