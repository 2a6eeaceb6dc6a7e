#pragma once

#include "model/project.h"

namespace omnimap {

struct ReadContext;

/// Converts a parsed, already migrated JSON tree into the model. Every problem is
/// added to `context` with its JSON pointer; the returned project is only meaningful
/// when no error was added.
Project readProjectTree(const nlohmann::json &root, ReadContext &context);

} // namespace omnimap
