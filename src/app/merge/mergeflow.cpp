#include "mergeflow.h"

#include "mergedialogs.h"
#include "replaceprojectcommand.h"

#include "document/document.h"
#include "merge/basestore.h"
#include "merge/projectdiff.h"
#include "merge/projectmerge.h"
#include "app/shell/appcontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>
#include <QStandardPaths>

namespace omnimap {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("omnimap::MergeTools", text, nullptr, n);
}

std::optional<Project> loadChosen(AppContext &context, const QString &title)
{
    const QString path = mergeDialogs().chooseProjectFile(context.window(), title);
    if (path.isEmpty())
        return std::nullopt;
    LoadResult result = loadProjectFile(path);
    if (!result.ok()) {
        mergeDialogs().showMessage(context.window(), tr("Cannot Open File"), result.errorString());
        return std::nullopt;
    }
    return std::move(result.project);
}

/// Applies choices and pushes the result as one step; false when nothing changed.
bool applyResolved(AppContext &context, const Project &project, const MergeConflicts &conflicts,
                   const QString &undoText)
{
    Project final = project;
    if (!conflicts.isEmpty()) {
        const auto choices = mergeDialogs().resolveConflicts(context.window(), conflicts);
        if (!choices)
            return false;
        const ResolveResult resolved = resolveConflicts(project, conflicts, *choices);
        if (!resolved.project) {
            mergeDialogs().showMessage(context.window(), tr("Merge Not Applied"),
                                       tr("The chosen values do not make a valid plan:\n%1")
                                           .arg(formatDiagnostics(resolved.diagnostics)));
            return false;
        }
        final = *resolved.project;
    }
    Document *document = context.document();
    document->undoStack()->push(new ReplaceProjectCommand(document, std::move(final), undoText));
    return true;
}

} // namespace

bool runMergeDialog(AppContext &context, const Project &base, const Project &theirs)
{
    Document *document = context.document();
    if (!document)
        return false;
    const MergeResult result = mergeProjects(base, document->project(), theirs);
    if (!result.ok()) {
        mergeDialogs().showMessage(context.window(), tr("Cannot Merge"),
                                   tr("The merged plan could not be read back:\n%1").arg(formatDiagnostics(result.diagnostics)));
        return false;
    }
    if (!applyResolved(context, result.merged, result.conflicts, tr("Merge")))
        return false;
    context.showStatusMessage(result.conflicts.isEmpty()
                                  ? tr("Merged without conflicts.")
                                  : tr("Merged; %n conflict(s) resolved.", int(result.conflicts.size())));
    return true;
}

bool resolveRecordedConflicts(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return false;
    const MergeConflicts conflicts = recordedConflicts(document->project());
    if (conflicts.isEmpty()) {
        mergeDialogs().showMessage(context.window(), tr("No Merge Conflicts"), tr("This plan has no unresolved merge conflicts."));
        return false;
    }
    return applyResolved(context, document->project(), conflicts, tr("Resolve Merge Conflicts"));
}

void compareWithFile(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return;
    const std::optional<Project> other = loadChosen(context, tr("Compare With"));
    if (!other)
        return;
    mergeDialogs().showChanges(context.window(), tr("Changes from the Chosen File to This Plan"),
                               diffProjects(*other, document->project()));
}

bool mergeWithFile(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return false;
    const std::optional<Project> theirs = loadChosen(context, tr("Merge With"));
    if (!theirs)
        return false;
    std::optional<Project> base = storedMergeBase(*document);
    if (!base)
        base = loadChosen(context, tr("Choose the Version Both Copies Started From"));
    if (!base)
        return false;
    return runMergeDialog(context, *base, *theirs);
}

QString mergeBaseFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery/merge-base"));
}

void rememberMergeBase(const Document &document)
{
    if (!document.fileName().isEmpty())
        MergeBaseStore(mergeBaseFolder()).store(document.fileName(), document.project());
}

std::optional<Project> storedMergeBase(const Document &document)
{
    if (document.fileName().isEmpty())
        return std::nullopt;
    LoadResult result = MergeBaseStore(mergeBaseFolder()).load(document.fileName());
    return result.ok() ? std::move(result.project) : std::nullopt;
}

} // namespace omnimap
