#pragma once

#include <QList>

class QObject;
class QPalette;

namespace omnimap {

/// Omnimap's own icon theme (resources/icons/omnimap, compiled in under :/icons): made
/// the application's icon theme at start, on every platform, so every
/// QIcon::fromTheme("document-save") in the code gets Omnimap's drawing; the desktop's
/// own theme stays the fallback for names Omnimap does not draw.
void installIconTheme();

/// Picks the light-stroke variant ("omnimap-dark") on a dark or high-contrast palette and
/// the dark-stroke one otherwise. Icons made by fromTheme() follow at the next repaint.
void followPaletteWithIconTheme(const QPalette &palette);

/// The theme in use now ("omnimap" or "omnimap-dark").
const char *currentIconThemeName();

/// Gives menu and tool-bar actions that have no icon one from a central table (English
/// source text and translation context → icon name), as they are added, in any UI
/// language. New actions get an icon by adding a row to the table in actionicons.cpp,
/// not by editing the feature area that creates them.
void installActionIcons(QObject *application);

/// One row of that table (for the tests: every row must name a real string and icon).
struct ActionIconRow
{
    const char *context;
    const char *source;
    const char *icon;
};
/// The whole table.
QList<ActionIconRow> actionIconTable();

} // namespace omnimap
