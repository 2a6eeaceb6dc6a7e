#include "appearance.h"

#include "app/shell/icontheme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace omnimap {

namespace {

const QString kAppearanceKey = QStringLiteral("ui/appearance");

struct SystemAppearance
{
    QString styleName;
    QPalette palette;
    bool known = false;
};

SystemAppearance &systemAppearance()
{
    static SystemAppearance appearance;
    return appearance;
}

// Roles shared by the three palettes; the disabled group is derived so greyed-out text
// stays readable (at least 4.5:1 in the dark and high-contrast palettes).
QPalette makePalette(QColor window, QColor text, QColor base, QColor alternate, QColor button, QColor highlight,
                     QColor highlightedText, QColor link, QColor disabledText, QColor mid)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, highlight);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(125));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, mid.darker(130));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, mid);
    return p;
}

} // namespace

QString appearanceSetting()
{
    const QString value = QSettings().value(kAppearanceKey, QStringLiteral("system")).toString();
    return appearanceChoices().contains(value) ? value : QStringLiteral("system");
}

void setAppearanceSetting(const QString &appearance)
{
    QSettings().setValue(kAppearanceKey, appearance);
}

QStringList appearanceChoices()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("highcontrast")};
}

QString appearanceTitle(const QString &appearance)
{
    if (appearance == QLatin1String("light"))
        return QCoreApplication::translate("omnimap::Appearance", "Light");
    if (appearance == QLatin1String("dark"))
        return QCoreApplication::translate("omnimap::Appearance", "Dark");
    if (appearance == QLatin1String("highcontrast"))
        return QCoreApplication::translate("omnimap::Appearance", "High contrast");
    return QCoreApplication::translate("omnimap::Appearance", "System default");
}

void rememberSystemAppearance(QApplication &app)
{
    SystemAppearance &system = systemAppearance();
    if (system.known)
        return;
    system.styleName = app.style()->name();
    system.palette = QApplication::palette();
    system.known = true;
}

void applyAppearance(QApplication &app, const QString &appearance)
{
    rememberSystemAppearance(app);
    const SystemAppearance &system = systemAppearance();
    QPalette palette;
    if (appearance == QLatin1String("light") || appearance == QLatin1String("dark")
        || appearance == QLatin1String("highcontrast")) {
        // Fusion draws every control from the palette, the same on every platform; the
        // native styles (Windows, macOS) would ignore parts of it.
        if (app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        palette = appearance == QLatin1String("light") ? lightPalette()
            : appearance == QLatin1String("dark")      ? darkPalette()
                                                       : highContrastPalette();
    } else {
        if (app.style()->name().compare(system.styleName, Qt::CaseInsensitive) != 0)
            if (QStyle *style = QStyleFactory::create(system.styleName))
                app.setStyle(style);
        palette = system.palette;
    }
    QApplication::setPalette(palette);
    followPaletteWithIconTheme(palette);
}

QPalette lightPalette()
{
    return makePalette(QColor(0xf3, 0xf4, 0xf6), QColor(0x1f, 0x25, 0x2d), Qt::white, QColor(0xf6, 0xf7, 0xf9),
                       QColor(0xea, 0xec, 0xef), QColor(0x2f, 0x6f, 0xde), Qt::white, QColor(0x1d, 0x5b, 0xc4),
                       QColor(0x6b, 0x72, 0x7c), QColor(0xb8, 0xbe, 0xc6));
}

QPalette darkPalette()
{
    return makePalette(QColor(0x25, 0x28, 0x2d), QColor(0xe8, 0xea, 0xed), QColor(0x1b, 0x1d, 0x21),
                       QColor(0x2a, 0x2d, 0x33), QColor(0x33, 0x37, 0x3e), QColor(0x33, 0x67, 0xd6), Qt::white,
                       QColor(0x8a, 0xb4, 0xf8), QColor(0x9a, 0xa0, 0xa8), QColor(0x5a, 0x60, 0x69));
}

QPalette highContrastPalette()
{
    // Black and white with a yellow selection, like the desktops' high-contrast themes;
    // borders (Mid/Dark) are light so frames stay visible on black.
    QPalette p = makePalette(Qt::black, Qt::white, Qt::black, QColor(0x1a, 0x1a, 0x1a), Qt::black,
                             QColor(0xff, 0xe6, 0x00), Qt::black, QColor(0x5c, 0xe1, 0xff), QColor(0xc8, 0xc8, 0xc8),
                             QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xd0, 0xd0, 0xd0));
    p.setColor(QPalette::Dark, Qt::white);
    return p;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace omnimap
