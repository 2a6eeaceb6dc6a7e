#include "addremovehandoff.h"

#include "journeyaccess.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap {

AddHandoffCommand::AddHandoffCommand(Document *document, const Id &journeyId, Handoff handoff, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add hand-off"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_handoff(std::move(handoff))
{
    if (m_handoff.id.isEmpty())
        m_handoff.id = newId();
    const Journey *journey = journeyOf(document, journeyId);
    // A hand-off needs two distinct existing cards and is drawn once per pair.
    bool valid = journey && m_handoff.fromTouchpointId != m_handoff.toTouchpointId
        && findById(journey->touchpoints, m_handoff.fromTouchpointId)
        && findById(journey->touchpoints, m_handoff.toTouchpointId);
    if (valid) {
        for (const Handoff &h : journey->handoffs)
            if (h.fromTouchpointId == m_handoff.fromTouchpointId && h.toTouchpointId == m_handoff.toTouchpointId)
                valid = false;
    }
    setObsolete(!valid);
}

void AddHandoffCommand::redo()
{
    if (Journey *journey = journeyOf(m_document, m_journeyId)) {
        journey->handoffs.append(m_handoff);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Handoff, m_handoff.id, m_journeyId, {}});
    }
}

void AddHandoffCommand::undo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    const qsizetype index = journey ? indexOfId(journey->handoffs, m_handoff.id) : -1;
    if (index < 0)
        return;
    m_handoff = journey->handoffs.takeAt(index);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Handoff, m_handoff.id, m_journeyId, {}});
}

RemoveHandoffCommand::RemoveHandoffCommand(Document *document, const Id &journeyId, const Id &handoffId,
                                           QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Delete hand-off"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
{
    const Journey *journey = journeyOf(document, journeyId);
    m_index = journey ? indexOfId(journey->handoffs, handoffId) : -1;
    if (m_index < 0)
        setObsolete(true);
    else
        m_handoff = journey->handoffs.at(m_index);
}

void RemoveHandoffCommand::redo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    const qsizetype index = journey ? indexOfId(journey->handoffs, m_handoff.id) : -1;
    if (index < 0)
        return;
    m_index = index;
    m_handoff = journey->handoffs.takeAt(index);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Handoff, m_handoff.id, m_journeyId, {}});
}

void RemoveHandoffCommand::undo()
{
    if (Journey *journey = journeyOf(m_document, m_journeyId)) {
        journey->handoffs.insert(std::clamp<qsizetype>(m_index, 0, journey->handoffs.size()), m_handoff);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Handoff, m_handoff.id, m_journeyId, {}});
    }
}

} // namespace omnimap
