#pragma once

#include <QString>

class QCoreApplication;

namespace omnimap {

/// The UI language: "system" (follow the system locale), "en" or "ko".
QString languageSetting();
void setLanguageSetting(const QString &language);

/// Loads the Omnimap and Qt translations for the chosen language into `app`.
void installTranslations(QCoreApplication &app);

} // namespace omnimap
