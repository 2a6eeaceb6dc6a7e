#pragma once

#include "mergeconflict.h"

namespace omnimap {

/// What a three-way merge of two JSON trees gave: the merged tree, with OUR value in
/// every conflicting place, and the conflicts with all three values kept.
struct TreeMergeResult
{
    nlohmann::json merged;
    MergeConflicts conflicts;
};

/// Three-way merge of JSON trees written by the project format, generic over every
/// field (unknown fields from newer versions included):
/// - objects merge key by key; a key changed on one side only takes that change;
/// - arrays of objects identified by "id" (or, for id-less rows, "personaId" /
///   "channelId") merge item by item and as ordered sequences: additions from both
///   sides are kept next to their neighbours, deletions apply unless the other side
///   edited the item (an Item conflict), one side's reorder applies to the other
///   side's list, two different reorders are an Order conflict;
/// - arrays of distinct strings (id lists, tags, notes) merge as ordered sets;
/// - anything else (numbers, strings, other arrays) is a single value: a Value
///   conflict when both sides changed it differently.
/// The result is deterministic: the same inputs always give the same tree and list.
TreeMergeResult mergeTrees(const nlohmann::json &base, const nlohmann::json &ours,
                           const nlohmann::json &theirs);

/// Sets (or, with nullopt, removes) the conflict's value in `tree`. Item conflicts
/// insert or remove the whole item, order conflicts reorder the list. Returns false
/// when the place no longer exists.
bool applyConflictValue(nlohmann::json &tree, const MergeConflict &conflict,
                        const std::optional<nlohmann::json> &value);

} // namespace omnimap
