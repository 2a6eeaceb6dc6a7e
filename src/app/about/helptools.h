#pragma once

#include <QUrl>

#include <functional>

namespace omnimap {

class AppContext;

/// Opens a URL outside the program (browser, text viewer); returns false if nothing could.
using UrlOpener = std::function<bool(const QUrl &url)>;

/// Adds the Help menu: User Guide (F1), About Omnimap and About Qt (in the application
/// menu on macOS), and gives the windows the Omnimap icon. Links open with
/// QDesktopServices.
void installHelpTools(AppContext &context);

/// The same with another way to open links, so tests can see what would be opened.
void installHelpTools(AppContext &context, UrlOpener openUrl);

} // namespace omnimap
