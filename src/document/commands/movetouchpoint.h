#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Where a card sits: its cell and its place among the cell's cards.
struct CardPlace
{
    Id stageId;
    Id channelId;
    int order = 0;
};

/// Moves a card to another cell / position. Pushed on every mouse move of a drag;
/// consecutive moves of the same card merge, so the whole drag is one undo step.
class MoveTouchpointCommand final : public QUndoCommand
{
public:
    MoveTouchpointCommand(Document *document, const Id &journeyId, const Id &touchpointId,
                          const CardPlace &to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const CardPlace &place);

    Document *m_document;
    Id m_journeyId;
    Id m_touchpointId;
    CardPlace m_from;
    CardPlace m_to;
};

} // namespace omnimap
