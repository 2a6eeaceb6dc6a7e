#include "setemotion.h"

#include "journeyaccess.h"
#include "undocommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap {

namespace {

EmotionScore *scoreIn(Stage &stage, const Id &personaId)
{
    for (EmotionScore &score : stage.emotions)
        if (score.personaId == personaId)
            return &score;
    return nullptr;
}

} // namespace

SetEmotionCommand::SetEmotionCommand(Document *document, const Id &journeyId, const Id &stageId,
                                     const Id &personaId, bool toBe, std::optional<double> value,
                                     int gesture, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("omnimap::Commands", "Change emotion"), parent)
    , m_document(document)
    , m_journeyId(journeyId)
    , m_stageId(stageId)
    , m_personaId(personaId)
    , m_toBe(toBe)
    , m_gesture(gesture)
    , m_new(value ? std::optional<double>(std::clamp(*value, -5.0, 5.0)) : std::nullopt)
{
    Journey *journey = journeyOf(document, journeyId);
    Stage *stage = journey ? findById(journey->stages, stageId) : nullptr;
    if (!stage || (!toBe && !value)) {
        setObsolete(true);
        return;
    }
    if (EmotionScore *score = scoreIn(*stage, personaId)) {
        m_hadScore = true;
        m_old = toBe ? score->toBe : std::optional<double>(score->asIs);
    }
}

void SetEmotionCommand::apply(const std::optional<double> &value, bool keepScore)
{
    Journey *journey = journeyOf(m_document, m_journeyId);
    Stage *stage = journey ? findById(journey->stages, m_stageId) : nullptr;
    if (!stage)
        return;
    EmotionScore *score = scoreIn(*stage, m_personaId);
    if (!keepScore) {
        // Undoing the first score of this persona at this stage removes it again.
        stage->emotions.removeIf([this](const EmotionScore &s) { return s.personaId == m_personaId; });
    } else {
        if (!score) {
            stage->emotions.append(EmotionScore{m_personaId, 0.0, std::nullopt});
            score = &stage->emotions.last();
        }
        if (m_toBe)
            score->toBe = value;
        else
            score->asIs = value.value_or(0.0);
    }
    m_document->notify({ChangeEvent::Type::Changed, ItemKind::Stage, m_stageId, m_journeyId,
                        QStringLiteral("emotions")});
}

void SetEmotionCommand::redo()
{
    apply(m_new, true);
}

void SetEmotionCommand::undo()
{
    apply(m_old, m_hadScore);
}

int SetEmotionCommand::id() const
{
    return CmdChangeEmotion;
}

bool SetEmotionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetEmotionCommand *>(other);
    if (next->m_journeyId != m_journeyId || next->m_stageId != m_stageId || next->m_personaId != m_personaId
        || next->m_toBe != m_toBe || next->m_gesture != m_gesture)
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace omnimap
