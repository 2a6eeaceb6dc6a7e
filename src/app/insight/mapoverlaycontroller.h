#pragma once

#include "document/insight/mapoverlays.h"

#include <QObject>

class QAction;

namespace omnimap::insight {

class InsightSession;

/// The map's simulation overlays: three View-menu toggles (KPI badges, flow volume on
/// hand-offs, drop-off heat on stages) and the overlay data for the current journey,
/// recomputed from the latest stored scenario result whenever the plan changes. It
/// publishes them as the window's map decorations (AppContext::setMapDecorations()),
/// which every map tab draws (see docs/dashboard.md, "Map overlays").
class MapOverlayController final : public QObject
{
    Q_OBJECT

public:
    explicit MapOverlayController(InsightSession &session, QObject *parent = nullptr);

    QAction *badgesAction() const { return m_badges; }
    QAction *flowAction() const { return m_flow; }
    QAction *heatAction() const { return m_heat; }

    /// The overlays with the switched-off parts emptied.
    const MapOverlays &overlays() const { return m_overlays; }
    /// Uses this result instead of the latest stored one (e.g. the scenario being viewed).
    void setSimulation(const SimulationSummary &simulation);
    void recompute();

signals:
    void overlaysChanged(const omnimap::MapOverlays &overlays);

private:
    InsightSession &m_session;
    QAction *m_badges;
    QAction *m_flow;
    QAction *m_heat;
    std::optional<SimulationSummary> m_pinned;
    MapOverlays m_overlays;
};

} // namespace omnimap::insight
