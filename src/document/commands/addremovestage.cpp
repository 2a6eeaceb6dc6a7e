#include "addremovestage.h"

#include "addremovetouchpoint.h"
#include "journeyaccess.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap {

AddStageCommand::AddStageCommand(Document *document, const Id &journeyId, Stage stage, int index,
                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add stage"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_stage(std::move(stage))
    , m_index(index)
{
    if (m_stage.id.isEmpty())
        m_stage.id = newId();
}

void AddStageCommand::redo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (!journey)
        return;
    if (m_index < 0 || m_index > journey->stages.size())
        m_index = int(journey->stages.size());
    journey->stages.insert(m_index, m_stage);
    m_document->notify({ChangeEvent::Type::Added, ItemKind::Stage, m_stage.id, m_journeyId, {}});
}

void AddStageCommand::undo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    const qsizetype index = journey ? indexOfId(journey->stages, m_stage.id) : -1;
    if (index < 0)
        return;
    m_stage = journey->stages.takeAt(index); // keeps edits made since, for a later redo
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Stage, m_stage.id, m_journeyId, {}});
}

RemoveStageCommand::RemoveStageCommand(Document *document, const Id &journeyId, const Id &stageId,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Delete stage"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
{
    const Journey *journey = journeyOf(document, journeyId);
    m_index = journey ? int(indexOfId(journey->stages, stageId)) : -1;
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    m_stage = journey->stages.at(m_index);
    // The cards go first (children run before this command's own part on redo).
    for (const Touchpoint &t : journey->touchpoints)
        if (t.stageId == stageId)
            new RemoveTouchpointCommand(document, journeyId, t.id, this);
}

void RemoveStageCommand::redo()
{
    QUndoCommand::redo(); // the cards of the stage
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (!journey)
        return;
    m_roles.clear();
    for (qsizetype i = 0; i < journey->roles.size(); ++i)
        if (journey->roles.at(i).stageId == m_stage.id)
            m_roles.append({i, journey->roles.at(i)});
    for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it)
        journey->roles.removeAt(it->first);
    const qsizetype index = indexOfId(journey->stages, m_stage.id);
    if (index >= 0) {
        m_stage = journey->stages.takeAt(index);
        m_index = int(index);
    }
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Stage, m_stage.id, m_journeyId, {}});
}

void RemoveStageCommand::undo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (journey) {
        journey->stages.insert(std::clamp<qsizetype>(m_index, 0, journey->stages.size()), m_stage);
        for (const auto &[index, role] : std::as_const(m_roles))
            journey->roles.insert(std::min(index, journey->roles.size()), role);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Stage, m_stage.id, m_journeyId, {}});
    }
    QUndoCommand::undo(); // the cards come back after their column exists
}

} // namespace omnimap
