#include "moveplannedaction.h"

#include "model/lookup.h"
#include "planundoids.h"

#include <QCoreApplication>

namespace omnimap {

static PlannedAction *findAction(Project &project, const Id &campaignId, const Id &actionId)
{
    Campaign *campaign = findById(project.campaigns, campaignId);
    return campaign ? findById(campaign->actions, actionId) : nullptr;
}

MovePlannedActionCommand::MovePlannedActionCommand(Document *document, const Id &campaignId, const Id &actionId,
                                                   const DateSpan &span, int dragId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("PlanCommands", "Move action"), parent)
    , m_document(document)
    , m_campaignId(campaignId)
    , m_actionId(actionId)
    , m_newStart(isoDate(span.start))
    , m_newEnd(isoDate(span.end))
    , m_dragId(dragId)
{
    if (const PlannedAction *action = findAction(document->mutableProject(), campaignId, actionId)) {
        m_oldStart = action->start;
        m_oldEnd = action->end;
    } else {
        setObsolete(true);
    }
}

void MovePlannedActionCommand::redo()
{
    apply(m_newStart, m_newEnd);
}

void MovePlannedActionCommand::undo()
{
    apply(m_oldStart, m_oldEnd);
}

int MovePlannedActionCommand::id() const
{
    return CmdPlanMoveAction;
}

bool MovePlannedActionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const MovePlannedActionCommand *>(other);
    if (!next || next->m_dragId != m_dragId || next->m_actionId != m_actionId
        || next->m_campaignId != m_campaignId)
        return false;
    m_newStart = next->m_newStart;
    m_newEnd = next->m_newEnd;
    // Dragged back to where it started: the step disappears from the history.
    setObsolete(m_newStart == m_oldStart && m_newEnd == m_oldEnd);
    return true;
}

void MovePlannedActionCommand::apply(const QString &start, const QString &end)
{
    PlannedAction *action = findAction(m_document->mutableProject(), m_campaignId, m_actionId);
    if (!action)
        return;
    action->start = start;
    action->end = end;
    m_document->notify({ChangeEvent::Type::Changed, ItemKind::PlannedAction, m_actionId, m_campaignId,
                        QStringLiteral("start")});
}

} // namespace omnimap
