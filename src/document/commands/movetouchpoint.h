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

/// One card's destination in a MoveTouchpointCommand.
struct CardMove
{
    Id touchpointId;
    CardPlace to;
};

/// Moves a card (or several) to another cell / position. Pushed on every mouse move of a
/// drag; consecutive moves of the same cards merge, so the whole drag is one undo step.
class MoveTouchpointCommand final : public QUndoCommand
{
public:
    MoveTouchpointCommand(Document *document, const Id &journeyId, const Id &touchpointId,
                          const CardPlace &to, QUndoCommand *parent = nullptr);
    /// Several cards at once (a multi-selection dragged together). Moves merge only with
    /// moves of the same cards in the same `gesture` (a number per mouse press).
    MoveTouchpointCommand(Document *document, const Id &journeyId, const QList<CardMove> &moves, int gesture,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Id &touchpointId, const CardPlace &place);

    Document *m_document;
    Id m_journeyId;
    IdList m_touchpointIds;
    QList<CardPlace> m_from;
    QList<CardPlace> m_to;
    int m_gesture = -1;
};

} // namespace omnimap
