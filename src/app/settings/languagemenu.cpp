#include "languagemenu.h"

#include "app/languagesettings.h"
#include "app/shell/appcontext.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>

namespace omnimap {

void installLanguageMenu(AppContext &context)
{
    QMenu *view = context.menu(AppContext::Menu::View);
    if (!view)
        return;
    QMenu *languages = view->addMenu(QApplication::translate("omnimap::LanguageMenu", "&Language"));
    auto *group = new QActionGroup(languages);
    const QString current = languageSetting();
    // Language names are shown in their own language, as users look for them that way.
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"), QApplication::translate("omnimap::LanguageMenu", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto &[code, label] : choices) {
        QAction *action = languages->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, &context, [&context, code = code] {
            setLanguageSetting(code);
            installTranslations(*QCoreApplication::instance(), code);
            if (!context.rebuildInCurrentLanguage())
                context.showStatusMessage(QApplication::translate(
                    "omnimap::LanguageMenu", "Language changed. Some panels update after a restart."));
        });
    }
}

} // namespace omnimap
