#pragma once

#include "model/project.h"
#include "rulesink.h"

namespace omnimap {

/// Campaign plans: campaign.invalid-dates, campaign.action-outside-dates,
/// campaign.over-budget, campaign.overlapping-promotions.
void checkCampaignRules(const Project &project, RuleSink &sink);

} // namespace omnimap
