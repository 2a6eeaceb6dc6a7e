#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace omnimap {

class Document;

/// Adds a comment to the plan's threads (undo removes it).
class AddCommentCommand final : public QUndoCommand
{
public:
    AddCommentCommand(Document *document, Comment comment, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Comment m_comment;
};

/// Marks a comment resolved or open again.
QUndoCommand *createResolveCommentCommand(Document *document, const Id &commentId, bool resolved);

/// Sets the review status of a journey or touchpoint, stamped with who and when.
/// Null when the item has no review status.
QUndoCommand *createChangeReviewCommand(Document *document, const Id &itemId, const Review &review);

} // namespace omnimap
