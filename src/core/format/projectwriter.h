#pragma once

#include "model/project.h"

namespace omnimap {

/// Converts the model to the .omnimap JSON tree (current format version). Empty
/// strings, empty lists and false flags are left out so files stay small and diffs
/// show only what the user set; unknown fields read from the file are merged back.
nlohmann::json projectToTree(const Project &project);

} // namespace omnimap
