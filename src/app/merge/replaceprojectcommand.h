#pragma once

#include "model/project.h"

#include <QUndoCommand>

namespace omnimap {

class Document;

/// Replaces the whole plan in one undoable step (a merge, resolving conflicts): redo
/// puts the new plan in, undo brings the previous one back; both announce a Reset so
/// every view rebuilds.
class ReplaceProjectCommand final : public QUndoCommand
{
public:
    ReplaceProjectCommand(Document *document, Project project, const QString &text,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void swap();

    Document *m_document;
    Project m_other; ///< the plan not currently in the document
};

} // namespace omnimap
