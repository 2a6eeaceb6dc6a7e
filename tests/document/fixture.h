#pragma once

#include "model/project.h"

namespace omnimap::testing {

/// A small café journey built in code: 4 stages, 3 channel lanes, 5 cards, 2 hand-offs,
/// 2 personas with as-is/to-be emotions, KPIs on two cards.
Project cafeProject();

/// How the generated hand-offs join cards: Random joins any two cards of the map (the
/// worst case: connectors cross the whole map), Local joins a card to one in the same or
/// a neighbouring stage (how real journeys hand off).
enum class HandoffSpread { Random, Local };

/// A generated project of the benchmark's size (seeded: the same project every time).
Project largeProject(int stages, int channels, int touchpoints, int handoffs,
                     HandoffSpread spread = HandoffSpread::Random);

} // namespace omnimap::testing
