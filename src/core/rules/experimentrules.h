#pragma once

#include "model/project.h"

namespace omnimap {

class RuleSink;

/// experiment.design: an experiment that can not be read as designed (split not adding
/// to 100 %, a primary KPI without a binding, …; docs/experiments.md).
void checkExperimentRules(const Project &project, RuleSink &sink);

} // namespace omnimap
