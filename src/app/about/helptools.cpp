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

QString tr(const char *text)
{
    return QCoreApplication::translate("omnimap::HelpTools", text);
}

void openUserGuide(AppContext &context, const UrlOpener &openUrl)
{
    const QUrl url = userGuideUrl(QCoreApplication::applicationDirPath());
    if (!openUrl(url))
        context.showStatusMessage(tr("Could not open the user guide (%1).").arg(url.toDisplayString()));
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
            context.showStatusMessage(tr("Could not open %1.").arg(url.toDisplayString()));
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

    QAction *guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User Guide"));
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QObject::connect(guide, &QAction::triggered, &context,
                     [&context, openUrl] { openUserGuide(context, openUrl); });

    help->addSeparator();

    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Omnimap"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, &context,
                     [&context, openUrl] { showAboutDialog(context, openUrl); });

    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, &context, [] { QApplication::aboutQt(); });
}

} // namespace omnimap
