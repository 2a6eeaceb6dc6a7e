#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// What a copy of selected cards carries: the cards and the hand-offs among them.
struct TouchpointClipboard
{
    QList<Touchpoint> touchpoints;
    QList<Handoff> handoffs;
};

/// Pastes copied cards (new ids, hand-offs among them re-linked) as one undo step.
/// Cards whose stage or lane is not on the target map go to (stageId, channelId).
class PasteTouchpointsCommand final : public QUndoCommand
{
public:
    PasteTouchpointsCommand(Document *document, const Id &journeyId, const TouchpointClipboard &clip,
                            const Id &stageId, const Id &channelId, QUndoCommand *parent = nullptr);
    /// Ids of the pasted cards, in clipboard order (to select them after the paste).
    const IdList &pastedIds() const { return m_pastedIds; }

private:
    IdList m_pastedIds;
};

} // namespace omnimap
