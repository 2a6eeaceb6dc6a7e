#pragma once

#include "journeychain.h"

#include "model/project.h"

#include <QStringList>

namespace omnimap::sim {

/// Applies a what-if scenario's modifiers to a calibrated chain (docs/simulation.md,
/// "Scenarios"). Probabilities stay a distribution: when one is set or scaled, the other
/// outcomes of that row are rescaled in proportion. Returns translated warnings (a
/// modifier naming a channel the chain does not have, a value out of range).
QStringList applyScenario(JourneyChain &chain, const omnimap::Project &project, const omnimap::Scenario &scenario);

/// Sets outcome `column` of row `state` to `value` (clamped to [0, 1]) and rescales the
/// rest of the row so it still sums to 1.
void setOutcome(JourneyChain &chain, int state, int column, double value);

} // namespace omnimap::sim
