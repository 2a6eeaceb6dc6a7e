#include "appearancemenu.h"

#include "appearance.h"
#include "preferencesdialog.h"

#include "app/languagesettings.h"
#include "app/shell/appcontext.h"

#include <QActionGroup>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>

namespace omnimap {

namespace {

void applyLanguage(AppContext &context, const QString &language)
{
    if (language == languageSetting())
        return;
    setLanguageSetting(language);
    installTranslations(*QCoreApplication::instance(), language);
    if (!context.rebuildInCurrentLanguage())
        context.showStatusMessage(QCoreApplication::translate("omnimap::AppearanceMenu", "Language changed. Some panels update after a restart."));
}

} // namespace

void installAppearanceMenu(AppContext &context)
{
    QMenu *appearance = nullptr;
    if (QMenu *view = context.menu(AppContext::Menu::View)) {
        appearance = view->addMenu(QCoreApplication::translate("omnimap::AppearanceMenu", "&Appearance"));
        appearance->setObjectName(QStringLiteral("appearanceMenu"));
        auto *group = new QActionGroup(appearance);
        const QString current = appearanceSetting();
        for (const QString &choice : appearanceChoices()) {
            QAction *action = appearance->addAction(appearanceTitle(choice));
            action->setCheckable(true);
            action->setChecked(choice == current);
            action->setData(choice);
            group->addAction(action);
            QObject::connect(action, &QAction::triggered, &context, [choice] {
                setAppearanceSetting(choice);
                applyAppearance(*qApp, choice);
            });
        }
    }
    if (QMenu *edit = context.menu(AppContext::Menu::Edit)) {
        edit->addSeparator();
        QAction *preferences = edit->addAction(QCoreApplication::translate("omnimap::AppearanceMenu", "&Preferences…"));
        preferences->setMenuRole(QAction::PreferencesRole);
        QPointer<QMenu> appearanceMenu = appearance;
        QObject::connect(preferences, &QAction::triggered, &context, [&context, appearanceMenu] {
            PreferencesDialog dialog(languageSetting(), appearanceSetting(), context.window());
            if (dialog.exec() != QDialog::Accepted)
                return;
            const QString chosen = dialog.appearance();
            if (chosen != appearanceSetting()) {
                setAppearanceSetting(chosen);
                applyAppearance(*qApp, chosen);
                if (appearanceMenu)
                    for (QAction *action : appearanceMenu->actions())
                        action->setChecked(action->data().toString() == chosen);
            }
            applyLanguage(context, dialog.language()); // last: it may rebuild the window
        });
    }
}

} // namespace omnimap
