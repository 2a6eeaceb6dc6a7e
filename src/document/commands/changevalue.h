#pragma once

#include "document/document.h"
#include "undocommands.h"

#include <QUndoCommand>
#include <QtCore/qtypeinfo.h>

#include <functional>

namespace omnimap {

/// Sets one field of one model item, undoably. The accessor finds the field again on
/// every redo/undo (items live in value lists that may have been reallocated), so a
/// concrete command is a few lines:
///
///     push(new ChangeValueCommand<QString>(doc, {ChangeEvent::Type::Changed, ItemKind::Channel, id},
///          [id](Project &p) -> QString * { auto *c = findById(p.channels, id); return c ? &c->name : nullptr; },
///          newName, tr("Rename channel")));
///
/// With a mergeId, consecutive changes of the same field (typing, dragging a point)
/// collapse into one undo step.
template<typename T>
class ChangeValueCommand final : public QUndoCommand
{
public:
    using Accessor = std::function<T *(Project &)>;

    ChangeValueCommand(Document *document, ChangeEvent event, Accessor accessor, T value,
                       const QString &text, int mergeId = -1, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_event(std::move(event))
        , m_accessor(std::move(accessor))
        , m_newValue(std::move(value))
        , m_mergeId(mergeId)
    {
        if (T *field = m_accessor(m_document->mutableProject())) {
            m_oldValue = *field;
            // Leaving a field without changing it (focus out of a note box) is no step.
            if constexpr (QTypeTraits::has_operator_equal_v<T>) {
                if (m_oldValue == m_newValue)
                    setObsolete(true);
            }
        } else {
            setObsolete(true); // the item vanished: nothing to change
        }
    }

    const ChangeEvent &event() const { return m_event; }
    const T &newValue() const { return m_newValue; }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeValueCommand<T> *>(other);
        if (!next || next->m_event.itemId != m_event.itemId
            || next->m_event.property != m_event.property)
            return false;
        m_newValue = next->m_newValue;
        return true;
    }

private:
    void apply(const T &value)
    {
        if (T *field = m_accessor(m_document->mutableProject())) {
            *field = value;
            m_document->notify(m_event);
        }
    }

    Document *m_document;
    ChangeEvent m_event;
    Accessor m_accessor;
    T m_oldValue{};
    T m_newValue;
    int m_mergeId;
};

} // namespace omnimap
