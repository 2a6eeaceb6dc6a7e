#pragma once

#include "model/project.h"

/// A small plan that breaks no consistency rule: two stages, three lanes, hand-off,
/// KPIs with targets, roles backed by touchpoints, a parity checklist that holds, brand
/// words used correctly, two campaigns that do not collide. Tests break one thing each.
omnimap::Project makePlanProject();

/// The first journey of the fixture, for brevity.
omnimap::Journey &fixtureJourney(omnimap::Project &project);
