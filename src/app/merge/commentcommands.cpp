#include "commentcommands.h"

#include "document/commands/changevalue.h"
#include "document/document.h"
#include "model/lookup.h"

#include <QCoreApplication>

namespace omnimap {

namespace {

struct CommentcommandsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::MergeTools) };

ChangeEvent commentEvent(ChangeEvent::Type type, const Comment &comment, const QString &property = {})
{
    ChangeEvent event;
    event.type = type;
    event.kind = ItemKind::Comment;
    event.itemId = comment.id;
    event.parentId = comment.itemId;
    event.property = property;
    return event;
}

/// The review of the journey or touchpoint with `id`, wherever it is.
Review *reviewOf(Project &project, const Id &id, ItemKind *kind, Id *parent)
{
    for (Journey &journey : project.journeys) {
        if (journey.id == id) {
            *kind = ItemKind::Journey;
            return &journey.review;
        }
        if (Touchpoint *touchpoint = findById(journey.touchpoints, id)) {
            *kind = ItemKind::Touchpoint;
            *parent = journey.id;
            return &touchpoint->review;
        }
    }
    return nullptr;
}

} // namespace

AddCommentCommand::AddCommentCommand(Document *document, Comment comment, QUndoCommand *parent)
    : QUndoCommand(CommentcommandsTr::tr("Add Comment"), parent)
    , m_document(document)
    , m_comment(std::move(comment))
{
}

void AddCommentCommand::redo()
{
    m_document->mutableProject().comments.append(m_comment);
    m_document->notify(commentEvent(ChangeEvent::Type::Added, m_comment));
}

void AddCommentCommand::undo()
{
    QList<Comment> &comments = m_document->mutableProject().comments;
    const qsizetype index = indexOfId(comments, m_comment.id);
    if (index < 0)
        return;
    comments.removeAt(index);
    m_document->notify(commentEvent(ChangeEvent::Type::Removed, m_comment));
}

QUndoCommand *createResolveCommentCommand(Document *document, const Id &commentId, bool resolved)
{
    const Comment *comment = findById(document->project().comments, commentId);
    if (!comment)
        return nullptr;
    return new ChangeValueCommand<bool>(
        document, commentEvent(ChangeEvent::Type::Changed, *comment, QStringLiteral("resolved")),
        [commentId](Project &p) -> bool * {
            Comment *c = findById(p.comments, commentId);
            return c ? &c->resolved : nullptr;
        },
        resolved, resolved ? CommentcommandsTr::tr("Resolve Comment") : CommentcommandsTr::tr("Reopen Comment"));
}

QUndoCommand *createChangeReviewCommand(Document *document, const Id &itemId, const Review &review)
{
    ItemKind kind = ItemKind::Project;
    Id parent;
    if (!reviewOf(document->mutableProject(), itemId, &kind, &parent))
        return nullptr;
    ChangeEvent event;
    event.type = ChangeEvent::Type::Changed;
    event.kind = kind;
    event.itemId = itemId;
    event.parentId = parent;
    event.property = QStringLiteral("review");
    return new ChangeValueCommand<Review>(
        document, event,
        [itemId](Project &p) -> Review * {
            ItemKind k;
            Id j;
            return reviewOf(p, itemId, &k, &j);
        },
        review, CommentcommandsTr::tr("Change Review Status"));
}

} // namespace omnimap
