#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace omnimap {

/// Adds a touchpoint card to a journey (redo) or takes it out again (undo).
class AddTouchpointCommand final : public QUndoCommand
{
public:
    AddTouchpointCommand(Document *document, const Id &journeyId, Touchpoint touchpoint,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The title typed into a new card right after adding it joins this step, so one
    /// card is one undo step (once: later title edits are steps of their own).
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Id m_journeyId;
    Touchpoint m_touchpoint;
    bool m_titled = false;
};

/// Removes a touchpoint together with the hand-offs that start or end at it, and the
/// KPI links to it; undo restores all of them at their old positions.
class RemoveTouchpointCommand final : public QUndoCommand
{
public:
    RemoveTouchpointCommand(Document *document, const Id &journeyId, const Id &touchpointId,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_journeyId;
    Touchpoint m_touchpoint;
    qsizetype m_index = -1;
    QList<QPair<qsizetype, Handoff>> m_handoffs; ///< (index, hand-off), ascending
    QList<Id> m_kpiLinks;                        ///< KPIs that listed this touchpoint
};

} // namespace omnimap
