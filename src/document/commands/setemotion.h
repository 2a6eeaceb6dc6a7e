#pragma once

#include "document/document.h"

#include <QUndoCommand>

#include <optional>

namespace omnimap {

/// Sets one persona's as-is or to-be emotion score at one stage (-5..5; a to-be of
/// nullopt clears it). Dragging a point pushes one per mouse move; they merge while they
/// carry the same `gesture` number, so two separate drags stay two undo steps.
class SetEmotionCommand final : public QUndoCommand
{
public:
    SetEmotionCommand(Document *document, const Id &journeyId, const Id &stageId, const Id &personaId, bool toBe,
                      std::optional<double> value, int gesture = 0, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const std::optional<double> &value, bool hadScore);

    Document *m_document;
    Id m_journeyId;
    Id m_stageId;
    Id m_personaId;
    bool m_toBe;
    int m_gesture;
    bool m_hadScore = false; ///< the stage had a score for the persona before
    std::optional<double> m_old;
    std::optional<double> m_new;
};

} // namespace omnimap
