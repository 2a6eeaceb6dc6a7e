#pragma once

#include "model/project.h"
#include "rulesink.h"

namespace omnimap {

/// Structure of each journey: stage.no-touchpoint, touchpoint.no-kpi,
/// role.no-touchpoint, journey.no-handoff; and kpi.no-target over the KPI list.
void checkJourneyRules(const Project &project, RuleSink &sink);

/// True when a KPI measures the touchpoint: it lists the touchpoint, or it is scoped
/// to exactly the touchpoint's stage and channel (and to its journey, or to none).
bool kpiCoversTouchpoint(const Kpi &kpi, const Journey &journey, const Touchpoint &touchpoint);

} // namespace omnimap
