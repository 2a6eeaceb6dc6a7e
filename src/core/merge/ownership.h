#pragma once

#include "model/project.h"

namespace omnimap {

/// What the comments and review panel needs to know about any item, found by id.
struct ItemInfo
{
    Id id;
    QString kind;            ///< "touchpoint", "journey", … (see itemKindLabel())
    QString name;
    Id ownerDepartmentId;    ///< empty when the item has no owner (or cannot have one)
    Id journeyId;            ///< the journey holding the item, if any
    bool hasReview = false;  ///< journeys and touchpoints carry a review status
    Review review;
};

/// The item with `id` anywhere in the plan; nullopt when there is none.
std::optional<ItemInfo> describeItem(const Project &project, const Id &id);

/// Every item owned by `departmentId`, in plan order.
QList<ItemInfo> itemsOwnedBy(const Project &project, const Id &departmentId);

/// The comments on `itemId`, in thread order (each reply after the message it answers).
QList<Comment> commentThread(const Project &project, const Id &itemId);

} // namespace omnimap
