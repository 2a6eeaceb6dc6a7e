#include "safefilename.h"

#include <QDir>
#include <QFileInfo>

namespace omnimap {

QString safeFileComponent(const QString &text, const QString &fallback, int maxLength)
{
    QString name;
    for (const QChar c : text) {
        if (name.size() >= maxLength)
            break;
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            name += c;
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    return name.isEmpty() ? fallback : name;
}

QString pathInside(const QString &directory, const QString &fileName)
{
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\'))
        || fileName == QLatin1String(".") || fileName == QLatin1String("..") || QDir::isAbsolutePath(fileName))
        return {};
    const QString dir = QDir::cleanPath(QDir(directory).absolutePath());
    const QString path = QDir::cleanPath(dir + QLatin1Char('/') + fileName);
    if (QFileInfo(path).absolutePath() != dir)
        return {};
    return path;
}

} // namespace omnimap
