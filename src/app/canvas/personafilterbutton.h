#pragma once

#include "model/common.h"

#include <QToolButton>

namespace omnimap {

class MapScene;

/// The map's persona filter: a tool button over the top-right corner of the map whose
/// menu lists the journey's personas with check boxes. At most five are drawn
/// (MapMetrics::MaxPersonas), so a sixth cannot be checked while five are, and the last
/// one cannot be unchecked. Writes MapRenderOptions::personaFilter (empty = all).
class PersonaFilterButton final : public QToolButton
{
    Q_OBJECT

public:
    PersonaFilterButton(MapScene *scene, QWidget *parent);
    /// Refills the menu from the journey and the filter (done before the menu shows).
    void rebuildMenu();
    /// The menu action of a persona, or nullptr.
    QAction *actionFor(const Id &personaId) const;

private:
    void toggle(const Id &personaId, bool checked);
    void updateText();
    IdList candidates() const;

    MapScene *m_scene;
    QMenu *m_menu;
};

} // namespace omnimap
