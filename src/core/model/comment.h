#pragma once

#include "common.h"

namespace omnimap {

/// One message of a comment thread attached to any item by its id.
struct Comment
{
    Id id;
    Id itemId;
    Id replyToId;
    QString author;
    QString department;
    QString time; ///< ISO 8601 date-time
    QString text;
    bool resolved = false;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
