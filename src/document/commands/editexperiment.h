#pragma once

#include "changevalue.h"
#include "journeyaccess.h"

#include <QCoreApplication>

namespace omnimap {

/// Undoable edits of the experiment a touchpoint or a hand-off carries (docs/experiments.md).
/// The whole experiment is one value: adding, removing and every field edit of the
/// editor replace it, so undo restores exactly what was there.
namespace ExperimentEdit {

/// Merge ids: a run of changes of one design field (arrow clicks on the MDE, α or power)
/// is one step; the fields are numbered from here so that two fields never merge.
constexpr int CmdExperimentField = CmdUserBase + 60;

/// Where the experiment sits: a touchpoint's or a hand-off's, found again on every do/undo.
inline std::optional<Experiment> *slot(Project &p, const Id &journeyId, const Id &itemId)
{
    Journey *j = findById(p.journeys, journeyId);
    if (!j)
        return nullptr;
    if (Touchpoint *t = findById(j->touchpoints, itemId))
        return &t->experiment;
    if (Handoff *h = findById(j->handoffs, itemId))
        return &h->experiment;
    return nullptr;
}

/// The kind of item `itemId` is in the journey (Touchpoint or Handoff), for the change event.
inline ItemKind kindOf(const Project &p, const Id &journeyId, const Id &itemId)
{
    const Journey *j = findById(p.journeys, journeyId);
    return j && findById(j->handoffs, itemId) ? ItemKind::Handoff : ItemKind::Touchpoint;
}

inline QUndoCommand *set(Document *document, const Id &journeyId, const Id &itemId, std::optional<Experiment> value,
                         const QString &text, int mergeId = -1)
{
    return new ChangeValueCommand<std::optional<Experiment>>(
        document,
        {ChangeEvent::Type::Changed, kindOf(document->project(), journeyId, itemId), itemId, journeyId,
         QStringLiteral("experiment")},
        [journeyId, itemId](Project &p) { return slot(p, journeyId, itemId); }, std::move(value), text, mergeId);
}

struct EditexperimentTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Commands) };

inline QUndoCommand *add(Document *d, const Id &journeyId, const Id &itemId, const Experiment &experiment)
{
    return set(d, journeyId, itemId, experiment, EditexperimentTr::tr("Add experiment"));
}
inline QUndoCommand *remove(Document *d, const Id &journeyId, const Id &itemId)
{
    return set(d, journeyId, itemId, std::nullopt, EditexperimentTr::tr("Remove experiment"));
}
/// One field edit. `mergeField` ≥ 0 numbers a field whose consecutive changes of the same
/// item collapse into one step (spin boxes); -1: every edit is its own step.
inline QUndoCommand *edit(Document *d, const Id &journeyId, const Id &itemId, const Experiment &experiment,
                          int mergeField = -1)
{
    return set(d, journeyId, itemId, experiment, EditexperimentTr::tr("Edit experiment"), mergeField >= 0 ? CmdExperimentField + mergeField : -1);
}

} // namespace ExperimentEdit

} // namespace omnimap
