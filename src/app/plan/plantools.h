#pragma once

namespace omnimap {

class AppContext;

/// Installs the plan tools into the window: editor tabs Role matrix, KPIs, Brand
/// checklists and Campaign timeline, the Plan checks dock, and their actions in the
/// Plan menu (Ctrl+Shift+M / K / L / T, F8 for the checks). Call once per window.
void installPlanTools(AppContext &context);

} // namespace omnimap
