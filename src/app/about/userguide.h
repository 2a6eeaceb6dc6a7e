#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace omnimap {

/// The user guide on the web, used when no copy is installed next to the program.
QUrl onlineUserGuideUrl();

/// Where an installed or built Omnimap keeps docs/user-guide.md, relative to the folder
/// of the executable: the Linux packages (share/doc/omnimap), the Windows installer
/// (docs beside bin), the macOS bundle (Contents/Resources/docs) and a build folder
/// inside the source tree (build/src/app).
QStringList userGuideCandidates(const QString &applicationDir);

/// The first candidate that exists as a file URL (its Korean twin user-guide.ko.md when
/// the UI is in Korean and the twin is there), else the online guide.
QUrl userGuideUrl(const QString &applicationDir);

} // namespace omnimap
