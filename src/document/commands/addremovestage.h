#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Inserts a stage column at `index` (-1: at the end).
class AddStageCommand final : public QUndoCommand
{
public:
    AddStageCommand(Document *document, const Id &journeyId, Stage stage, int index = -1,
                    QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Stage m_stage;
    int m_index;
};

/// Removes a stage with its cards (and their hand-offs) and its channel roles; undo puts
/// everything back where it was.
class RemoveStageCommand final : public QUndoCommand
{
public:
    RemoveStageCommand(Document *document, const Id &journeyId, const Id &stageId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Stage m_stage;
    int m_index = -1;
    QList<QPair<qsizetype, ChannelRole>> m_roles;
};

} // namespace omnimap
