#pragma once

namespace omnimap {

class AppContext;

/// Adds View → Language (System / English / 한국어). The choice is stored in the
/// settings and applied at once; views that build text in constructors follow on restart.
void installLanguageMenu(AppContext &context);

} // namespace omnimap
