#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace omnimap {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
QPointer<QTranslator> g_ownTranslator;
QPointer<QTranslator> g_qtTranslator;
} // namespace

QString languageSetting()
{
    return QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString effectiveLanguage(const QString &setting)
{
    const QString forced = qEnvironmentVariable("OMNIMAP_LANG");
    const QString language = forced.isEmpty() ? setting : forced;
    if (language == QLatin1String("system") || language.isEmpty())
        return QLocale::system().name().left(2) == QLatin1String("ko") ? QStringLiteral("ko") : QStringLiteral("en");
    return language;
}

void installTranslations(QCoreApplication &app, const QString &setting)
{
    const QString language = effectiveLanguage(setting);
    QLocale::setDefault(QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English,
                                language == QLatin1String("ko") ? QLocale::SouthKorea : QLocale::UnitedStates));
    for (QPointer<QTranslator> *slot : {&g_ownTranslator, &g_qtTranslator}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete slot->data();
        }
    }
    // Owned by the application so they live as long as it does.
    g_ownTranslator = new QTranslator(&app);
    if (g_ownTranslator->load(QStringLiteral("omnimap_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(g_ownTranslator);
    g_qtTranslator = new QTranslator(&app);
    if (g_qtTranslator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator);
}

} // namespace omnimap
