#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Adds a swimlane for a channel. When `channel` is not yet in the project it is added
/// to the project's channel list as well (and taken out again on undo).
class AddChannelLaneCommand final : public QUndoCommand
{
public:
    AddChannelLaneCommand(Document *document, const Id &journeyId, Channel channel, int index = -1,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Channel m_channel;
    int m_index;
    bool m_addsChannel = false;
};

/// Removes a swimlane and the cards in it (the channel itself stays in the project:
/// other journeys may use it).
class RemoveChannelLaneCommand final : public QUndoCommand
{
public:
    RemoveChannelLaneCommand(Document *document, const Id &journeyId, const Id &channelId,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Id m_channelId;
    int m_index = -1;
    QList<QPair<qsizetype, ChannelRole>> m_roles;
};

} // namespace omnimap
