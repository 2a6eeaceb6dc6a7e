#include "stageemotions.h"

#include "document/commands/setemotion.h"
#include "model/lookup.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace omnimap {

namespace {

constexpr double NotSet = -5.5; // the to-be box's special value, below the range

/// The personas the map draws: those it names, or (older maps) those with scores.
IdList drawnPersonas(const Journey &j)
{
    IdList ids = j.personaIds;
    if (ids.isEmpty()) {
        for (const Stage &s : j.stages)
            for (const EmotionScore &e : s.emotions)
                if (!ids.contains(e.personaId))
                    ids << e.personaId;
    }
    return ids.mid(0, 5);
}

} // namespace

StageEmotions::StageEmotions(QWidget *parent)
    : InspectorSection(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("stageEmotions"));
    m_form->setContentsMargins(0, 0, 0, 0);
}

void StageEmotions::rebuild(const IdList &personaIds)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    if (personaIds.isEmpty()) {
        auto *hint = new QLabel(tr("No persona on this map yet: check one under the journey's properties."), this);
        hint->setWordWrap(true);
        m_form->addRow(hint);
        return;
    }
    m_form->addRow(new QLabel(tr("<b>Emotion</b> (as-is · to-be)"), this));
    for (const Id &id : personaIds) {
        const Persona *p = findById(project().personas, id);
        Row row;
        row.personaId = id;
        auto *cell = new QWidget(this);
        auto *line = new QHBoxLayout(cell);
        line->setContentsMargins(0, 0, 0, 0);
        for (const bool toBe : {false, true}) {
            auto *box = new QDoubleSpinBox(cell);
            box->setRange(toBe ? NotSet : -5.0, 5.0);
            box->setSingleStep(0.5);
            box->setDecimals(1);
            box->setKeyboardTracking(false);
            box->setToolTip(toBe ? tr("To-be: the experience the plan aims for") : tr("As-is: the experience today"));
            if (toBe)
                box->setSpecialValueText(QStringLiteral("—"));
            connect(box, &QDoubleSpinBox::valueChanged, this,
                    [this, id, toBe](double value) { commit(id, toBe, value); });
            line->addWidget(box);
            (toBe ? row.toBe : row.asIs) = box;
        }
        m_form->addRow(p ? p->name : id, cell);
        m_rows << row;
    }
}

void StageEmotions::fill()
{
    const Journey *j = findById(project().journeys, m_journeyId);
    const Stage *s = j ? findById(j->stages, m_itemId) : nullptr;
    const IdList ids = j ? drawnPersonas(*j) : IdList();
    IdList shown;
    for (const Row &row : std::as_const(m_rows))
        shown << row.personaId;
    if (shown != ids || m_rows.isEmpty())
        rebuild(ids);
    for (const Row &row : std::as_const(m_rows)) {
        const EmotionScore *score = nullptr;
        if (s)
            for (const EmotionScore &e : s->emotions)
                if (e.personaId == row.personaId)
                    score = &e;
        row.asIs->setValue(score ? score->asIs : 0.0);
        row.toBe->setValue(score && score->toBe ? *score->toBe : NotSet);
    }
}

void StageEmotions::commit(const Id &personaId, bool toBe, double value)
{
    if (!editing())
        return;
    // Each typed value or arrow step is its own undo step: a gesture number of its own.
    static int gesture = -1;
    const std::optional<double> score = toBe && value <= NotSet ? std::nullopt : std::optional<double>(value);
    push(new SetEmotionCommand(m_document, m_journeyId, m_itemId, personaId, toBe, score, --gesture));
}

} // namespace omnimap
