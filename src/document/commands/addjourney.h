#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Adds a journey map to the project (File → New starts with one).
class AddJourneyCommand final : public QUndoCommand
{
public:
    AddJourneyCommand(Document *document, Journey journey, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Id &journeyId() const { return m_journey.id; }

private:
    Document *m_document;
    Journey m_journey;
};

} // namespace omnimap
