#include "addjourney.h"

#include "model/lookup.h"

#include <QCoreApplication>

namespace omnimap {

AddJourneyCommand::AddJourneyCommand(Document *document, Journey journey, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add journey"), parent)
    , m_document(document)
    , m_journey(std::move(journey))
{
    if (m_journey.id.isEmpty())
        m_journey.id = newId();
}

void AddJourneyCommand::redo()
{
    m_document->mutableProject().journeys.append(m_journey);
    m_document->notify({ChangeEvent::Type::Added, ItemKind::Journey, m_journey.id, {}, {}});
}

void AddJourneyCommand::undo()
{
    QList<Journey> &journeys = m_document->mutableProject().journeys;
    const qsizetype index = indexOfId(journeys, m_journey.id);
    if (index < 0)
        return;
    m_journey = journeys.takeAt(index);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Journey, m_journey.id, {}, {}});
}

} // namespace omnimap
