#pragma once

#include "document/document.h"

#include <QComboBox>
#include <QUndoStack>
#include <QWidget>

#include <algorithm>

namespace omnimap {

/// One group of inspector fields for one item (a journey, a hand-off, a touchpoint's
/// plan fields, a stage's emotions). The inspector tells it which item to show and
/// when the model changed; each edit pushes its own undo command.
class InspectorSection : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void showItem(Document *document, const Id &journeyId, const Id &itemId)
    {
        m_document = document;
        m_journeyId = journeyId;
        m_itemId = itemId;
        refresh();
    }
    void refresh()
    {
        m_updating = true;
        if (m_document)
            fill();
        m_updating = false;
    }

protected:
    virtual void fill() = 0;
    /// True when an edit made now should be pushed (not while filling, not read-only).
    bool editing() const { return !m_updating && m_document && !m_document->isReadOnly(); }
    void push(QUndoCommand *command)
    {
        if (editing())
            m_document->undoStack()->push(command);
        else
            delete command;
    }
    const Project &project() const { return m_document->project(); }
    /// Fills a combo with "(none)" and the plan's departments, selecting `current`.
    void fillDepartments(QComboBox *combo, const Id &current) const
    {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const Department &d : project().departments)
            combo->addItem(d.name, d.id);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }

    Document *m_document = nullptr;
    Id m_journeyId;
    Id m_itemId;
    bool m_updating = false;
};

} // namespace omnimap
