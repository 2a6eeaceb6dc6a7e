#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Moves a stage column from one position to another (dragging its chevron).
class ReorderStageCommand final : public QUndoCommand
{
public:
    ReorderStageCommand(Document *document, const Id &journeyId, int from, int to, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void move(int from, int to);

    Document *m_document;
    Id m_journeyId;
    int m_from;
    int m_to;
};

/// Moves a channel lane from one position to another.
class ReorderChannelLaneCommand final : public QUndoCommand
{
public:
    ReorderChannelLaneCommand(Document *document, const Id &journeyId, int from, int to,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void move(int from, int to);

    Document *m_document;
    Id m_journeyId;
    int m_from;
    int m_to;
};

} // namespace omnimap
