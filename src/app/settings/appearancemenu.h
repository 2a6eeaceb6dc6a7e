#pragma once

namespace omnimap {

class AppContext;

/// Adds View ▸ Appearance (System default / Light / Dark / High contrast) and
/// Edit ▸ Preferences… (language and appearance in one dialog). Choices are stored in the
/// settings and applied at once.
void installAppearanceMenu(AppContext &context);

} // namespace omnimap
