#include "extensions.h"

#include "shell/appcontext.h"

namespace omnimap {

void installExtensions(AppContext &context)
{
    // Feature areas register here as they land (one line each).
    Q_UNUSED(context)
}

} // namespace omnimap
