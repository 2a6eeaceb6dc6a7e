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

struct MergeflowTr { Q_DECLARE_TR_FUNCTIONS(omnimap::MergeTools) };

std::optional<Project> loadChosen(AppContext &context, const QString &title)
{
    const QString path = mergeDialogs().chooseProjectFile(context.window(), title);
    if (path.isEmpty())
        return std::nullopt;
    LoadResult result = loadProjectFile(path);
    if (!result.ok()) {
        mergeDialogs().showMessage(context.window(), MergeflowTr::tr("Cannot Open File"), result.errorString());
        return std::nullopt;
    }
    return std::move(result.project);
}

/// Outlines items on every map for as long as it lives (while a dialog about them is open).
class ScopedMapHighlights final
{
public:
    ScopedMapHighlights(AppContext &context, const QHash<Id, MapHighlight> &highlights)
        : m_context(context)
        , m_previous(context.mapDecorations().highlights)
    {
        MapDecorations decorations = context.mapDecorations();
        decorations.highlights.insert(highlights);
        context.setMapDecorations(decorations);
    }
    ~ScopedMapHighlights()
    {
        MapDecorations decorations = m_context.mapDecorations();
        decorations.highlights = m_previous;
        m_context.setMapDecorations(decorations);
    }
    ScopedMapHighlights(const ScopedMapHighlights &) = delete;
    ScopedMapHighlights &operator=(const ScopedMapHighlights &) = delete;

private:
    AppContext &m_context;
    QHash<Id, MapHighlight> m_previous;
};

/// The items `changes` leaves in the newer plan (added or edited), as `kind`.
QHash<Id, MapHighlight> highlightsOf(const Changes &changes, MapHighlight kind)
{
    QHash<Id, MapHighlight> highlights;
    for (const Change &change : changes)
        if (change.type != Change::Type::Removed && !change.itemId.isEmpty())
            highlights.insert(change.itemId, kind);
    return highlights;
}

/// Applies choices and pushes the result as one step; false when nothing changed.
bool applyResolved(AppContext &context, const Project &project, const MergeConflicts &conflicts,
                   const QString &undoText)
{
    Project final = project;
    if (!conflicts.isEmpty()) {
        // While the choices are open the maps show what the merge brings and where it conflicts.
        QHash<Id, MapHighlight> highlights =
            highlightsOf(diffProjects(context.document()->project(), project), MapHighlight::Merged);
        for (const MergeConflict &conflict : conflicts)
            highlights.insert(conflict.itemId, MapHighlight::Conflict);
        const ScopedMapHighlights shown(context, highlights);
        const auto choices = mergeDialogs().resolveConflicts(context.window(), conflicts);
        if (!choices)
            return false;
        const ResolveResult resolved = resolveConflicts(project, conflicts, *choices);
        if (!resolved.project) {
            mergeDialogs().showMessage(context.window(), MergeflowTr::tr("Merge Not Applied"),
                                       MergeflowTr::tr("The chosen values do not make a valid plan:\n%1")
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
        mergeDialogs().showMessage(context.window(), MergeflowTr::tr("Cannot Merge"),
                                   MergeflowTr::tr("The merged plan could not be read back:\n%1").arg(formatDiagnostics(result.diagnostics)));
        return false;
    }
    if (!applyResolved(context, result.merged, result.conflicts, MergeflowTr::tr("Merge")))
        return false;
    context.showStatusMessage(result.conflicts.isEmpty()
                                  ? MergeflowTr::tr("Merged without conflicts.")
                                  : MergeflowTr::tr("Merged; %n conflict(s) resolved.", nullptr, int(result.conflicts.size())));
    return true;
}

bool resolveRecordedConflicts(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return false;
    const MergeConflicts conflicts = recordedConflicts(document->project());
    if (conflicts.isEmpty()) {
        mergeDialogs().showMessage(context.window(), MergeflowTr::tr("No Merge Conflicts"), MergeflowTr::tr("This plan has no unresolved merge conflicts."));
        return false;
    }
    return applyResolved(context, document->project(), conflicts, MergeflowTr::tr("Resolve Merge Conflicts"));
}

void compareWithFile(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return;
    const std::optional<Project> other = loadChosen(context, MergeflowTr::tr("Compare With"));
    if (!other)
        return;
    const Changes changes = diffProjects(*other, document->project());
    // While the list is open the maps outline what changed (added or edited here).
    const ScopedMapHighlights shown(context, highlightsOf(changes, MapHighlight::Changed));
    mergeDialogs().showChanges(context.window(), MergeflowTr::tr("Changes from the Chosen File to This Plan"), changes);
}

bool mergeWithFile(AppContext &context)
{
    Document *document = context.document();
    if (!document)
        return false;
    const std::optional<Project> theirs = loadChosen(context, MergeflowTr::tr("Merge With"));
    if (!theirs)
        return false;
    std::optional<Project> base = storedMergeBase(*document);
    if (!base)
        base = loadChosen(context, MergeflowTr::tr("Choose the Version Both Copies Started From"));
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
