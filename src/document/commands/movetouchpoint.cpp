#include "movetouchpoint.h"

#include "model/lookup.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace omnimap {

MoveTouchpointCommand::MoveTouchpointCommand(Document *document, const Id &journeyId,
                                             const Id &touchpointId, const CardPlace &to,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Move touchpoint"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_touchpointId(touchpointId)
    , m_to(to)
{
    Journey *journey = findById(m_document->mutableProject().journeys, journeyId);
    const Touchpoint *t = journey ? findById(journey->touchpoints, touchpointId) : nullptr;
    if (!t) {
        setObsolete(true);
        return;
    }
    m_from = {t->stageId, t->channelId, t->order};
}

void MoveTouchpointCommand::apply(const CardPlace &place)
{
    Journey *journey = findById(m_document->mutableProject().journeys, m_journeyId);
    Touchpoint *t = journey ? findById(journey->touchpoints, m_touchpointId) : nullptr;
    if (!t)
        return;
    t->stageId = place.stageId;
    t->channelId = place.channelId;
    t->order = place.order;
    m_document->notify({ChangeEvent::Type::Changed, ItemKind::Touchpoint, m_touchpointId, m_journeyId,
                        QStringLiteral("place")});
}

void MoveTouchpointCommand::redo()
{
    apply(m_to);
}

void MoveTouchpointCommand::undo()
{
    apply(m_from);
}

int MoveTouchpointCommand::id() const
{
    return CmdMoveTouchpoint;
}

bool MoveTouchpointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveTouchpointCommand *>(other);
    if (next->m_touchpointId != m_touchpointId || next->m_journeyId != m_journeyId)
        return false;
    m_to = next->m_to;
    // A drag that ends where it started leaves nothing to undo.
    setObsolete(m_to.stageId == m_from.stageId && m_to.channelId == m_from.channelId
                && m_to.order == m_from.order);
    return true;
}

} // namespace omnimap
