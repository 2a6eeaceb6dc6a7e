#include "movetouchpoint.h"

#include "model/lookup.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace omnimap {

MoveTouchpointCommand::MoveTouchpointCommand(Document *document, const Id &journeyId,
                                             const Id &touchpointId, const CardPlace &to,
                                             QUndoCommand *parent)
    : MoveTouchpointCommand(document, journeyId, {CardMove{touchpointId, to}}, -1, parent)
{
}

MoveTouchpointCommand::MoveTouchpointCommand(Document *document, const Id &journeyId, const QList<CardMove> &moves,
                                             int gesture, QUndoCommand *parent)
    : QUndoCommand(moves.size() > 1
                       ? QCoreApplication::translate("omnimap::Commands", "Move %n touchpoint(s)", nullptr,
                                                     int(moves.size()))
                       : QCoreApplication::translate("omnimap::Commands", "Move touchpoint"),
                   parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_gesture(gesture)
{
    Journey *journey = findById(m_document->mutableProject().journeys, journeyId);
    for (const CardMove &move : moves) {
        const Touchpoint *t = journey ? findById(journey->touchpoints, move.touchpointId) : nullptr;
        if (!t)
            continue;
        m_touchpointIds.append(move.touchpointId);
        m_from.append({t->stageId, t->channelId, t->order});
        m_to.append(move.to);
    }
    if (m_touchpointIds.isEmpty())
        setObsolete(true);
}

void MoveTouchpointCommand::apply(const Id &touchpointId, const CardPlace &place)
{
    Journey *journey = findById(m_document->mutableProject().journeys, m_journeyId);
    Touchpoint *t = journey ? findById(journey->touchpoints, touchpointId) : nullptr;
    if (!t)
        return;
    t->stageId = place.stageId;
    t->channelId = place.channelId;
    t->order = place.order;
    m_document->notify({ChangeEvent::Type::Changed, ItemKind::Touchpoint, touchpointId, m_journeyId,
                        QStringLiteral("place")});
}

void MoveTouchpointCommand::redo()
{
    for (qsizetype i = 0; i < m_touchpointIds.size(); ++i)
        apply(m_touchpointIds.at(i), m_to.at(i));
}

void MoveTouchpointCommand::undo()
{
    for (qsizetype i = m_touchpointIds.size() - 1; i >= 0; --i)
        apply(m_touchpointIds.at(i), m_from.at(i));
}

int MoveTouchpointCommand::id() const
{
    return CmdMoveTouchpoint;
}

bool MoveTouchpointCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveTouchpointCommand *>(other);
    if (next->m_touchpointIds != m_touchpointIds || next->m_journeyId != m_journeyId || next->m_gesture != m_gesture)
        return false;
    m_to = next->m_to;
    // A drag that ends where it started leaves nothing to undo.
    bool unchanged = true;
    for (qsizetype i = 0; i < m_to.size() && unchanged; ++i)
        unchanged = m_to.at(i).stageId == m_from.at(i).stageId && m_to.at(i).channelId == m_from.at(i).channelId
            && m_to.at(i).order == m_from.at(i).order;
    setObsolete(unchanged);
    return true;
}

} // namespace omnimap
