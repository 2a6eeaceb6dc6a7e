#include "extensions.h"

#include "app/about/helptools.h"
#include "app/experiment/experimenttools.h"
#include "app/export/exporttools.h"
#include "app/insight/insighttools.h"
#include "app/merge/mergetools.h"
#include "app/plan/campaigneffectview.h"
#include "app/plan/plantools.h"
#include "app/settings/appearancemenu.h"
#include "app/settings/languagemenu.h"
#include "app/shell/appcontext.h"

namespace omnimap {

void installExtensions(AppContext &context)
{
    // Feature areas, one line each, in menu order.
    installExportTools(context);
    installPlanTools(context);
    installInsightTools(context);
    installExperimentTools(context); // reads the insight tools' data set
    installCampaignEffect(context); // the campaign view's Effect tab reads it too
    installMergeTools(context);
    installLanguageMenu(context);
    installAppearanceMenu(context);
    installHelpTools(context);
}

} // namespace omnimap
