#pragma once

#include "document/document.h"
#include "model/lookup.h"

namespace omnimap {

/// Finds a journey of the document's model for a command (nullptr if it is gone).
inline Journey *journeyOf(Document *document, const Id &journeyId)
{
    return findById(document->mutableProject().journeys, journeyId);
}

/// Moves list[from] to position `to`, as QList::move does, with bounds checked.
template<typename List>
bool moveInList(List &list, qsizetype from, qsizetype to)
{
    if (from < 0 || to < 0 || from >= list.size() || to >= list.size() || from == to)
        return false;
    list.move(from, to);
    return true;
}

} // namespace omnimap
