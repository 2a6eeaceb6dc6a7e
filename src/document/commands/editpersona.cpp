#include "editpersona.h"

#include "journeyaccess.h"
#include "undocommands.h"

#include <QCoreApplication>

namespace omnimap {

EditPersonaCommand::EditPersonaCommand(Document *document, Persona persona, const QString &field,
                                       QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Edit persona"), parent)
    , m_document(document)
    , m_field(field)
    , m_new(std::move(persona))
{
    const Persona *current = findById(document->project().personas, m_new.id);
    if (!current) {
        setObsolete(true);
        return;
    }
    m_old = *current;
}

void EditPersonaCommand::apply(const Persona &persona)
{
    if (Persona *target = findById(m_document->mutableProject().personas, persona.id)) {
        *target = persona;
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::Persona, persona.id, {}, m_field});
    }
}

void EditPersonaCommand::redo()
{
    apply(m_new);
}

void EditPersonaCommand::undo()
{
    apply(m_old);
}

int EditPersonaCommand::id() const
{
    return CmdEditPersona;
}

bool EditPersonaCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditPersonaCommand *>(other);
    // Typing in one field merges into one step; a picture is chosen or removed in one
    // action, so each choice stays its own undo step.
    if (next->m_new.id != m_new.id || next->m_field != m_field || m_field.isEmpty()
        || m_field == QLatin1String("avatar"))
        return false;
    m_new = next->m_new;
    return true;
}

AddPersonaCommand::AddPersonaCommand(Document *document, Persona persona, const Id &journeyId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Add persona"), parent)
    , m_document(document)
    , m_persona(std::move(persona))
    , m_journeyId(journeyId)
{
    if (m_persona.id.isEmpty())
        m_persona.id = newId();
}

void AddPersonaCommand::redo()
{
    m_document->mutableProject().personas.append(m_persona);
    m_document->notify({ChangeEvent::Type::Added, ItemKind::Persona, m_persona.id, {}, {}});
    if (Journey *journey = journeyOf(m_document, m_journeyId)) {
        journey->personaIds.append(m_persona.id);
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::Journey, m_journeyId, {},
                            QStringLiteral("personas")});
    }
}

void AddPersonaCommand::undo()
{
    if (Journey *journey = journeyOf(m_document, m_journeyId)) {
        journey->personaIds.removeAll(m_persona.id);
        m_document->notify({ChangeEvent::Type::Changed, ItemKind::Journey, m_journeyId, {},
                            QStringLiteral("personas")});
    }
    QList<Persona> &personas = m_document->mutableProject().personas;
    const qsizetype index = indexOfId(personas, m_persona.id);
    if (index >= 0)
        m_persona = personas.takeAt(index);
    m_document->notify({ChangeEvent::Type::Removed, ItemKind::Persona, m_persona.id, {}, {}});
}

} // namespace omnimap
