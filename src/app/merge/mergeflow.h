#pragma once

#include "model/project.h"

#include <optional>

namespace omnimap {

class AppContext;
class Document;

/// Merges `theirs` into the open document with `base` as the common version. A clean
/// merge is applied at once; conflicts go to the conflict view. The result replaces
/// the plan as ONE undoable step. Returns true when a merge was applied. (The editor's
/// pre-save change check calls this when the user picks "Merge".)
bool runMergeDialog(AppContext &context, const Project &base, const Project &theirs);

/// Opens the conflict view for conflicts recorded in the document (a file written by
/// `omnimap-cli merge` or a git merge) and applies the choices as one undoable step.
bool resolveRecordedConflicts(AppContext &context);

/// File → Compare with…: lists what changed from a chosen file to the open plan.
void compareWithFile(AppContext &context);

/// File → Merge with…: merges a chosen file, with the stored base (or a chosen one).
bool mergeWithFile(AppContext &context);

/// Folder of the base copies kept when files are opened (local recovery folder).
QString mergeBaseFolder();

/// Keeps the document's plan as the base of its file (on open and after save).
void rememberMergeBase(const Document &document);

/// The base kept for the document's file, if any.
std::optional<Project> storedMergeBase(const Document &document);

} // namespace omnimap
