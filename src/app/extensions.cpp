#include "extensions.h"

#include "app/about/helptools.h"
#include "app/insight/insighttools.h"
#include "app/settings/languagemenu.h"
#include "app/shell/appcontext.h"

namespace omnimap {

void installExtensions(AppContext &context)
{
    // Feature areas, one line each, in menu order.
    installInsightTools(context);
    installLanguageMenu(context);
    installHelpTools(context);
}

} // namespace omnimap
