#include "replaceprojectcommand.h"

#include "document/document.h"

namespace omnimap {

ReplaceProjectCommand::ReplaceProjectCommand(Document *document, Project project, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_other(std::move(project))
{
}

void ReplaceProjectCommand::redo()
{
    swap();
}

void ReplaceProjectCommand::undo()
{
    swap();
}

void ReplaceProjectCommand::swap()
{
    std::swap(m_document->mutableProject(), m_other);
    ChangeEvent event;
    event.type = ChangeEvent::Type::Reset;
    event.kind = ItemKind::Project;
    event.itemId = m_document->project().id;
    m_document->notify(event);
}

} // namespace omnimap
