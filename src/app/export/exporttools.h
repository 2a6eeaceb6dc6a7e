#pragma once

namespace omnimap {

class AppContext;

/// Adds the export and print tools: File → Export (PDF report, JSON plan, map picture,
/// CSV tables, OpenJourney), File → Import → OpenJourney, File → Print and Print
/// Preview. Everything is written by src/report, the same code as `omnimap-cli export`.
void installExportTools(AppContext &context);

} // namespace omnimap
