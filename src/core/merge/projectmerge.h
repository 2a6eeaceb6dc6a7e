#pragma once

#include "format/diagnostic.h"
#include "mergeconflict.h"
#include "model/project.h"

#include <QMap>

namespace omnimap {

/// The outcome of merging two edited copies of a plan with the version both started from.
struct MergeResult
{
    /// The merged plan, with OUR value wherever there is a conflict. Meaningful when ok().
    Project merged;
    MergeConflicts conflicts;
    /// Errors reading the merged tree back (then there is no merged plan), and
    /// warnings such as a reference one side added to an item the other side deleted.
    Diagnostics diagnostics;

    bool ok() const { return !hasErrors(diagnostics); }
    bool clean() const { return ok() && conflicts.isEmpty(); }
};

/// Three-way merge by stable ids, field by field (see mergeTrees()). The merged tree is
/// read back through the normal reader, so the result is a validated plan.
MergeResult mergeProjects(const Project &base, const Project &ours, const Project &theirs);

/// Key of the top-level field holding unresolved conflicts in a project file.
inline constexpr const char kMergeConflictsKey[] = "mergeConflicts";

/// `project` with `conflicts` stored in its extra fields (replacing any there), the
/// form the CLI writes and the app opens; no conflicts removes the field.
Project withRecordedConflicts(Project project, const MergeConflicts &conflicts);

/// Conflicts stored in a project's extra fields; malformed entries are skipped.
MergeConflicts recordedConflicts(const Project &project);

/// What settling conflicts gave.
struct ResolveResult
{
    std::optional<Project> project; ///< null when the chosen values do not make a valid plan
    Diagnostics diagnostics;        ///< why, or conflicts whose place no longer exists (warnings)
};

/// Applies a choice to each conflict of `conflicts` whose index is in `choices`; the
/// others stay recorded in the project (all resolved: the field is removed). The
/// result is read back through the normal reader.
ResolveResult resolveConflicts(const Project &project, const MergeConflicts &conflicts,
                               const QMap<int, ConflictChoice> &choices);

} // namespace omnimap
