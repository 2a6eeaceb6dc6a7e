#include "extensions.h"

#include "settings/languagemenu.h"
#include "shell/appcontext.h"

namespace omnimap {

void installExtensions(AppContext &context)
{
    // Feature areas register here (one line each), in menu order.
    installLanguageMenu(context);
}

} // namespace omnimap
