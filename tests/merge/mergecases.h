#pragma once

#include "merge/mergeconflict.h"
#include "merge/projectmerge.h"
#include "model/project.h"

#include <functional>
#include <vector>

/// One row of the table-driven merge suite: two edits of the fixture and what merging
/// them must give.
struct MergeCase
{
    const char *name;
    std::function<void(omnimap::Project &)> ours;
    std::function<void(omnimap::Project &)> theirs;
    int conflicts = 0;
    omnimap::MergeConflict::Kind kind = omnimap::MergeConflict::Kind::Value;
    /// Extra assertions on the result; without conflicts the merged plan must also
    /// equal both edits applied one after the other (unless `sequential` is false).
    std::function<void(const omnimap::MergeResult &)> check = {};
    bool sequential = true;
};

const std::vector<MergeCase> &mergeCases();
