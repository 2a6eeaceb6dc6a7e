#pragma once

#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;

namespace omnimap {

/// The look of the windows: "system" (the desktop's style and palette, following its
/// light/dark switch), "light", "dark" or "highcontrast" (Fusion with Omnimap's palettes).
/// The map keeps its light paper look in "light" and draws its dark theme on dark palettes.
QString appearanceSetting();
void setAppearanceSetting(const QString &appearance);
/// The four settings, in menu order.
QStringList appearanceChoices();
/// The choice's name in the UI language ("System default", "Dark"…).
QString appearanceTitle(const QString &appearance);

/// Remembers the desktop's own style and palette; call once, right after QApplication.
void rememberSystemAppearance(QApplication &app);
/// Applies a setting to the whole application (style, palette, icon theme). Every widget
/// gets QEvent::PaletteChange, so the map and charts follow at once.
void applyAppearance(QApplication &app, const QString &appearance = appearanceSetting());

/// Omnimap's palettes (Fusion roles), public for the tests' contrast checks.
QPalette lightPalette();
QPalette darkPalette();
QPalette highContrastPalette();

/// True for a palette whose windows are dark (the map and the icons switch with it).
bool isDarkPalette(const QPalette &palette);

} // namespace omnimap
