#pragma once

#include <QString>

class QCoreApplication;

namespace omnimap {

/// The UI language: "system" (follow the system locale), "en" or "ko".
QString languageSetting();
void setLanguageSetting(const QString &language);

/// The language actually used for a setting ("system" resolves to the locale's).
QString effectiveLanguage(const QString &setting);

/// Loads the Omnimap and Qt translations for the chosen language into `app`,
/// replacing the ones installed before. Qt then sends QEvent::LanguageChange to every
/// widget, so views that retranslate in changeEvent() follow at once.
void installTranslations(QCoreApplication &app, const QString &setting = languageSetting());

} // namespace omnimap
