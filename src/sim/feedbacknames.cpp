#include "feedbacknames.h"

namespace omnimap::sim {

QString dataSetName(const Touchpoint &touchpoint)
{
    return touchpoint.title.isEmpty() ? touchpoint.id : touchpoint.title;
}

FeedbackPlanNames feedbackPlanNames(const Project &project)
{
    FeedbackPlanNames names;
    for (const Journey &journey : project.journeys) {
        for (const Stage &stage : journey.stages)
            names.stages.insert(stage.name);
        for (const Touchpoint &touchpoint : journey.touchpoints)
            names.touchpoints.insert(dataSetName(touchpoint));
    }
    return names;
}

} // namespace omnimap::sim
