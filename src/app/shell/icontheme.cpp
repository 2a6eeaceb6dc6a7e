#include "icontheme.h"

#include <QIcon>
#include <QPalette>
#include <QStringList>

namespace omnimap {

namespace {

const char kLightTheme[] = "omnimap";
const char kDarkTheme[] = "omnimap-dark";

} // namespace

void installIconTheme()
{
    // The desktop's theme (if any) stays reachable as the fallback, on its usual paths.
    const QString systemTheme = QIcon::themeName();
    QStringList paths{QStringLiteral(":/icons")};
    for (const QString &path : QIcon::themeSearchPaths())
        if (!paths.contains(path))
            paths.append(path);
    QIcon::setThemeSearchPaths(paths);
    if (!systemTheme.isEmpty() && systemTheme != QLatin1String(kLightTheme)
        && systemTheme != QLatin1String(kDarkTheme))
        QIcon::setFallbackThemeName(systemTheme);
    QIcon::setThemeName(QLatin1String(kLightTheme));
}

void followPaletteWithIconTheme(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const QString wanted = QLatin1String(dark ? kDarkTheme : kLightTheme);
    if (QIcon::themeName() != wanted)
        QIcon::setThemeName(wanted);
}

const char *currentIconThemeName()
{
    return QIcon::themeName() == QLatin1String(kDarkTheme) ? kDarkTheme : kLightTheme;
}

} // namespace omnimap
