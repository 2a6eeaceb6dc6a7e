#pragma once

#include "model/project.h"

namespace omnimap::testing {

/// A small café journey built in code: 4 stages, 3 channel lanes, 5 cards, 2 hand-offs,
/// 2 personas with as-is/to-be emotions, KPIs on two cards.
Project cafeProject();

/// A generated project of the benchmark's size.
Project largeProject(int stages, int channels, int touchpoints, int handoffs);

} // namespace omnimap::testing
