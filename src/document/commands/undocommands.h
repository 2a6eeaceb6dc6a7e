#pragma once

namespace omnimap {

/// Merge ids of mergeable undo commands (QUndoCommand::id()), kept in one place so two
/// command types never share one by accident.
enum UndoCommandId {
    CmdMoveTouchpoint = 1,
    CmdChangeEmotion,
    CmdChangeText,
    CmdResizeTouchpoint,
    CmdMoveSchedule,
    CmdEditPersona,
    CmdMoveHandoffLabel,
    CmdRememberDataSet,
    CmdUserBase = 100 ///< later areas number their commands from here
};

} // namespace omnimap
