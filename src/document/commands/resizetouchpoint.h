#pragma once

#include "document/document.h"

#include <QSizeF>
#include <QUndoCommand>

namespace omnimap {

/// Sets a card's relative size (width, height; 1.0 = the standard card). Mergeable:
/// a resize drag is one undo step.
class ResizeTouchpointCommand final : public QUndoCommand
{
public:
    ResizeTouchpointCommand(Document *document, const Id &journeyId, const Id &touchpointId, QSizeF size,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(QSizeF size);

    Document *m_document;
    Id m_journeyId;
    Id m_touchpointId;
    QSizeF m_from;
    QSizeF m_to;
};

} // namespace omnimap
