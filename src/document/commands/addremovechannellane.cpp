#include "addremovechannellane.h"

#include "addremovetouchpoint.h"
#include "journeyaccess.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap {

AddChannelLaneCommand::AddChannelLaneCommand(Document *document, const Id &journeyId, Channel channel, int index,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add channel lane"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_channel(std::move(channel))
    , m_index(index)
{
    if (m_channel.id.isEmpty())
        m_channel.id = newId();
    m_addsChannel = !findById(document->project().channels, m_channel.id);
    const Journey *journey = journeyOf(document, journeyId);
    if (!journey || journey->channelIds.contains(m_channel.id))
        setObsolete(true);
}

void AddChannelLaneCommand::redo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (!journey)
        return;
    if (m_addsChannel) {
        m_document->mutableProject().channels.append(m_channel);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Channel, m_channel.id, {}, {}});
    }
    if (m_index < 0 || m_index > journey->channelIds.size())
        m_index = int(journey->channelIds.size());
    journey->channelIds.insert(m_index, m_channel.id);
    m_document->notify({ChangeEvent::Type::Added, ItemKind::Channel, m_channel.id, m_journeyId,
                        QStringLiteral("channels")});
}

void AddChannelLaneCommand::undo()
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (!journey)
        return;
    journey->channelIds.removeAll(m_channel.id);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Channel, m_channel.id, m_journeyId,
                        QStringLiteral("channels")});
    if (m_addsChannel) {
        QList<Channel> &channels = m_document->mutableProject().channels;
        const qsizetype index = indexOfId(channels, m_channel.id);
        if (index >= 0)
            m_channel = channels.takeAt(index);
        m_document->notify({ChangeEvent::Type::Removed, ItemKind::Channel, m_channel.id, {}, {}});
    }
}

RemoveChannelLaneCommand::RemoveChannelLaneCommand(Document *document, const Id &journeyId, const Id &channelId,
                                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Remove channel lane"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_channelId(channelId)
{
    const Journey *journey = journeyOf(document, journeyId);
    m_index = journey ? int(journey->channelIds.indexOf(channelId)) : -1;
    if (m_index < 0) {
        setObsolete(true);
        return;
    }
    for (const Touchpoint &t : journey->touchpoints)
        if (t.channelId == channelId)
            new RemoveTouchpointCommand(document, journeyId, t.id, this);
}

void RemoveChannelLaneCommand::redo()
{
    QUndoCommand::redo();
    Journey *journey = journeyOf(m_document, m_journeyId);
    if (!journey)
        return;
    m_roles.clear();
    for (qsizetype i = 0; i < journey->roles.size(); ++i)
        if (journey->roles.at(i).channelId == m_channelId)
            m_roles.append({i, journey->roles.at(i)});
    for (auto it = m_roles.crbegin(); it != m_roles.crend(); ++it)
        journey->roles.removeAt(it->first);
    journey->channelIds.removeAll(m_channelId);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Channel, m_channelId, m_journeyId,
                        QStringLiteral("channels")});
}

void RemoveChannelLaneCommand::undo()
{
    if (Journey *journey = journeyOf(m_document, m_journeyId)) {
        journey->channelIds.insert(std::clamp<qsizetype>(m_index, 0, journey->channelIds.size()), m_channelId);
        for (const auto &[index, role] : std::as_const(m_roles))
            journey->roles.insert(std::min(index, journey->roles.size()), role);
        m_document->notify({ChangeEvent::Type::Added, ItemKind::Channel, m_channelId, m_journeyId,
                            QStringLiteral("channels")});
    }
    QUndoCommand::undo();
}

} // namespace omnimap
