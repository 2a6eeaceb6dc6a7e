#pragma once

#include "document/document.h"
#include "plan/campaignschedule.h"

#include <QUndoCommand>

namespace omnimap {

/// Moves or resizes a planned action on the campaign timeline. Every mouse move of one
/// drag pushes a command with the same `dragId`; they merge, so the whole drag is one
/// undo step, while two drags of the same action stay two steps.
class MovePlannedActionCommand final : public QUndoCommand
{
public:
    MovePlannedActionCommand(Document *document, const Id &campaignId, const Id &actionId, const DateSpan &span,
                             int dragId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QString &start, const QString &end);

    Document *m_document;
    Id m_campaignId;
    Id m_actionId;
    QString m_oldStart;
    QString m_oldEnd;
    QString m_newStart;
    QString m_newEnd;
    int m_dragId;
};

} // namespace omnimap
