#pragma once

class QApplication;

namespace omnimap {

/// Omnimap's look for a QApplication: its icon theme (the same on every platform), icons
/// for menu actions, the appearance setting's palette and the window icon. Used by the app
/// and by the screenshot tool, so the guide's pictures show what users see.
void installAppLook(QApplication &app);

/// Sets up the QApplication (names, translations, style), opens the files named on the
/// command line (or the bundled sample with --sample) and runs the event loop.
int runApplication(int argc, char *argv[]);

} // namespace omnimap
