#pragma once

#include "rulefinding.h"

#include "model/project.h"

namespace omnimap {

struct RuleOptions
{
    /// Run rules the project switched off too (the rule list's "show all").
    bool includeDisabled = false;
    double paletteTolerance = 24.0; /// see kDefaultPaletteTolerance
};

/// Runs every consistency rule of the catalogue over the plan. Pure: reads the project
/// only, so the GUI can run it after each change and the CLI on a file.
RuleFindings runRules(const Project &project, const RuleOptions &options = {});

} // namespace omnimap
