#include "languagesettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace omnimap {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

QString languageSetting()
{
    return QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

void installTranslations(QCoreApplication &app)
{
    QString language = qEnvironmentVariable("OMNIMAP_LANG", languageSetting());
    if (language == QLatin1String("system"))
        language = QLocale::system().name().left(2);
    QLocale::setDefault(QLocale(language));

    // Owned by the application so they live as long as it does.
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral("omnimap_") + language, QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace omnimap
