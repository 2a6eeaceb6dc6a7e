#pragma once

#include "feedbackimporter.h"

#include "model/project.h"

namespace omnimap::sim {

/// The name a plan item has in the data set: a touchpoint by its title (its id when it
/// has none), a stage and a channel by their names. The sample generator writes events
/// and feedback under these names, and the analyses find the plan's items by them.
QString dataSetName(const Touchpoint &touchpoint);

/// Every touchpoint and stage name of every journey of the project.
FeedbackPlanNames feedbackPlanNames(const Project &project);

} // namespace omnimap::sim
