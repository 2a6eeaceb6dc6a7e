#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Replaces a persona's fields with `persona` (same id). The persona editor pushes one
/// per edit; `field` names what changed, and consecutive edits of one field (typing)
/// merge into one undo step.
class EditPersonaCommand final : public QUndoCommand
{
public:
    EditPersonaCommand(Document *document, Persona persona, const QString &field, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Persona &persona);

    Document *m_document;
    QString m_field;
    Persona m_old;
    Persona m_new;
};

/// Adds a persona to the project and, when `journeyId` is set, puts it on that map.
class AddPersonaCommand final : public QUndoCommand
{
public:
    AddPersonaCommand(Document *document, Persona persona, const Id &journeyId = {}, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Persona m_persona;
    Id m_journeyId;
};

} // namespace omnimap
