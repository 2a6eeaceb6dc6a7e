#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Adds a hand-off arrow between two cards (drawn by dragging from one card to another).
class AddHandoffCommand final : public QUndoCommand
{
public:
    AddHandoffCommand(Document *document, const Id &journeyId, Handoff handoff, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Handoff &handoff() const { return m_handoff; }

private:
    Document *m_document;
    Id m_journeyId;
    Handoff m_handoff;
};

/// Removes a hand-off; undo puts it back at its place in the list.
class RemoveHandoffCommand final : public QUndoCommand
{
public:
    RemoveHandoffCommand(Document *document, const Id &journeyId, const Id &handoffId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Handoff m_handoff;
    qsizetype m_index = -1;
};

} // namespace omnimap
