#pragma once

namespace omnimap {

class AppContext;

/// Installs every feature area (plan tools, exports, data and insight, merge) into a
/// main window. Called once by the main window after its own menus exist.
void installExtensions(AppContext &context);

} // namespace omnimap
