#include "ruleengine.h"

#include "brandrules.h"
#include "campaignrules.h"
#include "experimentrules.h"
#include "journeyrules.h"
#include "rulesink.h"

namespace omnimap {

RuleFindings runRules(const Project &project, const RuleOptions &options)
{
    RuleSink sink(options.includeDisabled ? QStringList() : project.disabledRules);
    checkJourneyRules(project, sink);
    checkBrandRules(project, sink, options.paletteTolerance);
    checkCampaignRules(project, sink);
    checkExperimentRules(project, sink);
    return sink.findings();
}

} // namespace omnimap
