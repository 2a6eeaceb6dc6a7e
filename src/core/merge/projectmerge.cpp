#include "projectmerge.h"

#include "format/jsonobjectreader.h"
#include "format/projectreader.h"
#include "format/projectwriter.h"
#include "treemerge.h"
#include "validation/referencecheck.h"

#include <QCoreApplication>

namespace omnimap {

namespace {

using json = nlohmann::json;

struct ProjectmergeTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Merge) };

/// Reads a merged or resolved tree back into a plan, so it is checked like a file.
std::optional<Project> readBack(const json &tree, Diagnostics &diagnostics)
{
    ReadContext context;
    context.fileName = ProjectmergeTr::tr("merged plan");
    Project project = readProjectTree(tree, context);
    diagnostics += context.diagnostics;
    const Diagnostics duplicates = findDuplicateIds(project, context.fileName);
    diagnostics += duplicates;
    if (!context.diagnostics.isEmpty() || !duplicates.isEmpty())
        return std::nullopt;
    // A reference one side added to an item the other side deleted: the plan still
    // loads, and the user is told which reference to repair.
    for (Diagnostic d : findDanglingReferences(project, context.fileName)) {
        d.severity = Diagnostic::Severity::Warning;
        diagnostics.append(d);
    }
    return project;
}

json treeWithoutConflicts(const Project &project)
{
    json tree = projectToTree(project);
    tree.erase(kMergeConflictsKey);
    return tree;
}

} // namespace

MergeResult mergeProjects(const Project &base, const Project &ours, const Project &theirs)
{
    MergeResult result;
    // Conflicts left over from an earlier merge are not data to merge: the new merge
    // finds the disagreements again from the values themselves.
    TreeMergeResult merged = mergeTrees(treeWithoutConflicts(base), treeWithoutConflicts(ours),
                                        treeWithoutConflicts(theirs));
    result.conflicts = std::move(merged.conflicts);
    if (std::optional<Project> project = readBack(merged.merged, result.diagnostics))
        result.merged = std::move(*project);
    return result;
}

Project withRecordedConflicts(Project project, const MergeConflicts &conflicts)
{
    if (!project.extra.is_object())
        project.extra = json::object();
    if (conflicts.isEmpty()) {
        project.extra.erase(kMergeConflictsKey);
        return project;
    }
    json array = json::array();
    for (const MergeConflict &c : conflicts)
        array.push_back(conflictToJson(c));
    project.extra[kMergeConflictsKey] = std::move(array);
    return project;
}

MergeConflicts recordedConflicts(const Project &project)
{
    MergeConflicts conflicts;
    if (!project.extra.is_object())
        return conflicts;
    const auto it = project.extra.find(kMergeConflictsKey);
    if (it == project.extra.end() || !it->is_array())
        return conflicts;
    for (const json &value : *it) {
        if (std::optional<MergeConflict> c = conflictFromJson(value))
            conflicts.append(std::move(*c));
    }
    return conflicts;
}

ResolveResult resolveConflicts(const Project &project, const MergeConflicts &conflicts,
                               const QMap<int, ConflictChoice> &choices)
{
    ResolveResult result;
    json tree = treeWithoutConflicts(project);
    // Whole items first, then fields, then orders: an order applies to the list as
    // the other choices left it.
    QList<int> order;
    for (const MergeConflict::Kind kind :
         {MergeConflict::Kind::Item, MergeConflict::Kind::Value, MergeConflict::Kind::Order}) {
        for (int i = 0; i < conflicts.size(); ++i) {
            if (conflicts.at(i).kind == kind && choices.contains(i))
                order.append(i);
        }
    }
    for (const int i : order) {
        const MergeConflict &c = conflicts.at(i);
        if (!applyConflictValue(tree, c, chosenValue(c, choices.value(i)))) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.where = c.pointer;
            d.itemId = c.itemId;
            d.message = ProjectmergeTr::tr("the place of this conflict (%1) no longer exists; nothing was changed there")
                            .arg(mergePathText(c.path));
            result.diagnostics.append(d);
        }
    }
    json remaining = json::array();
    for (int i = 0; i < conflicts.size(); ++i) {
        if (!choices.contains(i))
            remaining.push_back(conflictToJson(conflicts.at(i)));
    }
    if (!remaining.empty())
        tree[kMergeConflictsKey] = std::move(remaining);
    result.project = readBack(tree, result.diagnostics);
    return result;
}

} // namespace omnimap
