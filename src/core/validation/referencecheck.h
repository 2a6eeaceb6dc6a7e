#pragma once

#include "format/diagnostic.h"
#include "model/project.h"

namespace omnimap {

/// Finds ids used by more than one item. These make a file unsafe to edit or merge,
/// so the reader refuses such files.
Diagnostics findDuplicateIds(const Project &project, const QString &fileName = {});

/// Finds references to items that do not exist (a touchpoint on a deleted channel,
/// a hand-off to a missing card, …). They are reported, never silently repaired:
/// the user decides what the reference should have been.
Diagnostics findDanglingReferences(const Project &project, const QString &fileName = {});

/// Both of the above.
Diagnostics validateReferences(const Project &project, const QString &fileName = {});

} // namespace omnimap
