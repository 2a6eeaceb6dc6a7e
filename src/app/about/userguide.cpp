#include "userguide.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace omnimap {

QUrl onlineUserGuideUrl()
{
    return QUrl(QStringLiteral("https://omnimap.example/docs/user-guide"));
}

QStringList userGuideCandidates(const QString &applicationDir)
{
    // The layouts match the install rules in installer/Packaging.cmake.
    static const char *const relativePaths[] = {
        "../share/doc/omnimap/user-guide.md", // Debian package and tar.gz
        "../docs/user-guide.md", // Windows installer
        "../Resources/docs/user-guide.md", // macOS bundle (Contents/MacOS)
        "../../../docs/user-guide.md", // developer build in <source>/build
    };
    const QDir dir(applicationDir);
    QStringList candidates;
    for (const char *relative : relativePaths)
        candidates << QDir::cleanPath(dir.absoluteFilePath(QString::fromLatin1(relative)));
    return candidates;
}

QUrl userGuideUrl(const QString &applicationDir)
{
    // In Korean, the Korean guide (user-guide.ko.md) beside the English one comes first.
    const bool korean = QLocale().language() == QLocale::Korean;
    for (const QString &candidate : userGuideCandidates(applicationDir)) {
        const QFileInfo english(candidate);
        if (!english.isFile())
            continue;
        const QFileInfo translated(english.dir().filePath(english.completeBaseName() + QStringLiteral(".ko.md")));
        return QUrl::fromLocalFile(korean && translated.isFile() ? translated.filePath() : candidate);
    }
    return onlineUserGuideUrl();
}

} // namespace omnimap
