#include "helptools.h"

#include "aboutdialog.h"
#include "userguide.h"

#include "app/shell/appcontext.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QMainWindow>
#include <QMenu>

namespace omnimap {
namespace {

void openUserGuide(AppContext &context, const UrlOpener &openUrl)
{
    const QUrl url = userGuideUrl(QCoreApplication::applicationDirPath());
    if (!openUrl(url))
        context.showStatusMessage(
            QCoreApplication::translate("omnimap::HelpTools", "Could not open the user guide (%1).")
                .arg(url.toDisplayString()));
}

void showAboutDialog(AppContext &context, const UrlOpener &openUrl)
{
    QMainWindow *window = context.window();
    // One About dialog per window: a second click brings the open one forward.
    if (auto *open = window->findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new AboutDialog(window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &AboutDialog::linkRequested, &context, [&context, openUrl](const QUrl &url) {
        if (url == AboutDialog::userGuideLink())
            openUserGuide(context, openUrl);
        else if (!openUrl(url))
            context.showStatusMessage(QCoreApplication::translate("omnimap::HelpTools", "Could not open %1.")
                                          .arg(url.toDisplayString()));
    });
    dialog->open();
}

} // namespace

void installHelpTools(AppContext &context)
{
    installHelpTools(context, [](const QUrl &url) { return QDesktopServices::openUrl(url); });
}

void installHelpTools(AppContext &context, UrlOpener openUrl)
{
    // Without an installed icon theme (Windows, macOS, a build tree) the windows would
    // show a generic icon; the desktop file names the same icon on Linux.
    const QIcon icon = AboutDialog::applicationIcon();
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

    QMenu *help = context.menu(AppContext::Menu::Help);
    if (!help)
        return;

    QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                     QCoreApplication::translate("omnimap::HelpTools", "&User Guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, &context,
                     [&context, openUrl] { openUserGuide(context, openUrl); });

    help->addSeparator();

    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                     QCoreApplication::translate("omnimap::HelpTools", "&About Omnimap"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &context,
                     [&context, openUrl] { showAboutDialog(context, openUrl); });

    QAction *aboutQt = help->addAction(QCoreApplication::translate("omnimap::HelpTools", "About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, &context, [] { QApplication::aboutQt(); });
}

} // namespace omnimap
