#pragma once

#include "document/commands/changevalue.h"
#include "model/lookup.h"

#include <QUndoCommand>

namespace omnimap {

/// Inserts an item into one of the project's lists (KPIs, checklists, checklist
/// templates, campaigns), or removes it, undoably. The accessor finds the list again on
/// every redo/undo, like ChangeValueCommand, and the item keeps its position on undo.
template<typename T>
class ListItemCommand final : public QUndoCommand
{
public:
    using ListAccessor = std::function<QList<T> *(Project &)>;
    enum class Action { Insert, Remove };

    /// Insert `item` at `index` (-1: at the end).
    static ListItemCommand *insert(Document *document, ItemKind kind, ListAccessor list, T item,
                                   const QString &text, qsizetype index = -1, const Id &parentId = {})
    {
        return new ListItemCommand(document, kind, std::move(list), std::move(item), Action::Insert, index,
                                   parentId, text);
    }

    /// Remove the item with `id`; obsolete (does nothing) when it is not there.
    static ListItemCommand *remove(Document *document, ItemKind kind, ListAccessor list, const Id &id,
                                   const QString &text, const Id &parentId = {})
    {
        T item;
        qsizetype index = -1;
        if (QList<T> *items = list(document->mutableProject())) {
            index = indexOfId(*items, id);
            if (index >= 0)
                item = items->at(index);
        }
        auto *command = new ListItemCommand(document, kind, std::move(list), std::move(item), Action::Remove,
                                            index, parentId, text);
        if (index < 0)
            command->setObsolete(true);
        return command;
    }

    void redo() override { m_action == Action::Insert ? add() : take(); }
    void undo() override { m_action == Action::Insert ? take() : add(); }

private:
    ListItemCommand(Document *document, ItemKind kind, ListAccessor list, T item, Action action,
                    qsizetype index, const Id &parentId, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_kind(kind)
        , m_list(std::move(list))
        , m_item(std::move(item))
        , m_action(action)
        , m_index(index)
        , m_parentId(parentId)
    {
    }

    void add()
    {
        QList<T> *items = m_list(m_document->mutableProject());
        if (!items)
            return;
        const qsizetype at = m_index < 0 || m_index > items->size() ? items->size() : m_index;
        items->insert(at, m_item);
        m_document->notify({ChangeEvent::Type::Added, m_kind, m_item.id, m_parentId, {}});
    }

    void take()
    {
        QList<T> *items = m_list(m_document->mutableProject());
        if (!items)
            return;
        const qsizetype at = indexOfId(*items, m_item.id);
        if (at < 0)
            return;
        items->removeAt(at);
        m_document->notify({ChangeEvent::Type::Removed, m_kind, m_item.id, m_parentId, {}});
    }

    Document *m_document;
    ItemKind m_kind;
    ListAccessor m_list;
    T m_item;
    Action m_action;
    qsizetype m_index;
    Id m_parentId;
};

} // namespace omnimap
