#include "personafilterbutton.h"

#include "mapscene.h"
#include "document/document.h"
#include "document/render/mapstyle.h"
#include "model/lookup.h"

#include <QMenu>

namespace omnimap {

PersonaFilterButton::PersonaFilterButton(MapScene *scene, QWidget *parent)
    : QToolButton(parent)
    , m_scene(scene)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setAutoRaise(false);
    setToolTip(tr("Choose the personas drawn on this map (at most %1)").arg(MapMetrics::MaxPersonas));
    setAccessibleName(tr("Persona filter"));
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &PersonaFilterButton::rebuildMenu);
    connect(scene->document(), &Document::changed, this, [this] { updateText(); });
    updateText();
}

IdList PersonaFilterButton::candidates() const
{
    // The renderer's rule: the journey's personas, else those with emotion scores.
    const Journey *journey = m_scene->journey();
    if (!journey)
        return {};
    IdList ids = journey->personaIds;
    if (ids.isEmpty()) {
        for (const Stage &stage : journey->stages)
            for (const EmotionScore &score : stage.emotions)
                if (!ids.contains(score.personaId))
                    ids.append(score.personaId);
    }
    return ids;
}

void PersonaFilterButton::rebuildMenu()
{
    m_menu->clear();
    const IdList all = candidates();
    const IdList &drawn = m_scene->renderer()->personaIds();
    if (all.isEmpty()) {
        m_menu->addAction(tr("No persona on this map"))->setEnabled(false);
        return;
    }
    const bool full = drawn.size() >= MapMetrics::MaxPersonas;
    for (const Id &id : all) {
        const Persona *persona = findById(m_scene->project().personas, id);
        QAction *action = m_menu->addAction(persona ? persona->name : id);
        action->setData(id);
        action->setCheckable(true);
        const bool checked = drawn.contains(id);
        action->setChecked(checked);
        // Five at most; and one at least (an empty filter would mean "all").
        action->setEnabled(checked ? drawn.size() > 1 : !full);
        connect(action, &QAction::toggled, this, [this, id](bool on) { toggle(id, on); });
    }
}

QAction *PersonaFilterButton::actionFor(const Id &personaId) const
{
    const QList<QAction *> actions = m_menu->actions();
    for (QAction *action : actions)
        if (action->data().toString() == personaId)
            return action;
    return nullptr;
}

void PersonaFilterButton::toggle(const Id &personaId, bool checked)
{
    IdList drawn = m_scene->renderer()->personaIds();
    if (checked && !drawn.contains(personaId) && drawn.size() < MapMetrics::MaxPersonas)
        drawn.append(personaId);
    else if (!checked && drawn.size() > 1)
        drawn.removeAll(personaId);
    MapRenderOptions options = m_scene->renderOptions();
    const IdList all = candidates();
    // Everything that can be drawn is drawn: no filter, so new personas show up too.
    options.personaFilter = drawn.size() == std::min<qsizetype>(all.size(), MapMetrics::MaxPersonas)
            && drawn.size() == all.size()
        ? QStringList()
        : QStringList(drawn);
    m_scene->setRenderOptions(options);
    updateText();
    rebuildMenu();
}

void PersonaFilterButton::updateText()
{
    const qsizetype all = candidates().size();
    const qsizetype drawn = m_scene->renderer() ? m_scene->renderer()->personaIds().size() : 0;
    setText(tr("Personas %1/%2").arg(drawn).arg(all));
    adjustSize();
}

} // namespace omnimap
