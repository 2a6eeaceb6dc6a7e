#pragma once

#include "model/project.h"

namespace omnimap::sim::test {

/// A small plan: five stages, four channels, touchpoints and hand-offs, two personas
/// with segment rules, KPIs with bindings and a few scenarios. Ids are fixed so tests
/// can refer to them ("ch-sns", "st-purchase", "sc-remove-email", …).
omnimap::Project sampleProject();

} // namespace omnimap::sim::test
