#include "reorderstage.h"

#include "journeyaccess.h"

#include <QCoreApplication>

namespace omnimap {

ReorderStageCommand::ReorderStageCommand(Document *document, const Id &journeyId, int from, int to,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Reorder stages"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_from(from)
    , m_to(to)
{
    const Journey *journey = journeyOf(document, journeyId);
    if (!journey || from == to || from < 0 || to < 0 || from >= journey->stages.size()
        || to >= journey->stages.size())
        setObsolete(true);
}

void ReorderStageCommand::move(int from, int to)
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (journey && moveInList(journey->stages, from, to))
        m_document->notify({ChangeEvent::Type::Reordered, ItemKind::Stage, journey->stages.at(to).id, m_journeyId,
                            QStringLiteral("stages")});
}

void ReorderStageCommand::redo()
{
    move(m_from, m_to);
}

void ReorderStageCommand::undo()
{
    move(m_to, m_from);
}

ReorderChannelLaneCommand::ReorderChannelLaneCommand(Document *document, const Id &journeyId, int from, int to,
                                                     QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Reorder channel lanes"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_from(from)
    , m_to(to)
{
    const Journey *journey = journeyOf(document, journeyId);
    if (!journey || from == to || from < 0 || to < 0 || from >= journey->channelIds.size()
        || to >= journey->channelIds.size())
        setObsolete(true);
}

void ReorderChannelLaneCommand::move(int from, int to)
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (journey && moveInList(journey->channelIds, from, to))
        m_document->notify({ChangeEvent::Type::Reordered, ItemKind::Channel, journey->channelIds.at(to), m_journeyId,
                            QStringLiteral("channels")});
}

void ReorderChannelLaneCommand::redo()
{
    move(m_from, m_to);
}

void ReorderChannelLaneCommand::undo()
{
    move(m_to, m_from);
}

} // namespace omnimap
