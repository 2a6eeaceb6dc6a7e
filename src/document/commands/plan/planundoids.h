#pragma once

#include "document/commands/undocommands.h"

namespace omnimap {

/// Merge ids of the plan tools' commands, in the block the plan area took above
/// CmdUserBase (other areas number theirs elsewhere).
enum PlanUndoCommandId {
    CmdPlanMoveAction = CmdUserBase + 40, ///< one timeline drag
    CmdPlanEditPurpose,                   ///< typing a role's purpose
};

} // namespace omnimap
