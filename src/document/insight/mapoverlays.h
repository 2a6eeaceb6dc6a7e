#pragma once

#include "simulationsummary.h"

#include "model/project.h"
#include "document/render/maprenderoptions.h"

#include <QHash>

namespace omnimap {

/// Everything the simulation overlays draw on one journey map. Computed from a plan and
/// a simulation summary; the canvas only paints it (see docs/dashboard.md, "Map overlays").
struct MapOverlays
{
    QHash<Id, double> handoffVolume;  ///< hand-off id → relative width 0..1 (MapRenderOptions::handoffVolume)
    QHash<Id, double> handoffCustomers; ///< hand-off id → simulated customers (tooltip)
    QHash<Id, double> stageDropOff;   ///< stage id → share lost at this stage, 0..1 (heat)
    QHash<Id, double> stageReach;     ///< stage id → share of customers reaching it
    QHash<Id, KpiBadge> stageBadges;  ///< stage id → KPI badge
    QHash<Id, KpiBadge> touchpointBadges;

    bool isEmpty() const
    {
        return handoffVolume.isEmpty() && stageDropOff.isEmpty() && stageBadges.isEmpty() && touchpointBadges.isEmpty();
    }
};

/// Overlay data for `journeyId`: hand-off widths from the simulated cell-to-cell flows,
/// drop-off per stage, and KPI badges from the simulated KPI statuses (falling back to
/// each KPI's stored simulated/actual value against its target).
MapOverlays computeOverlays(const Project &project, const Id &journeyId, const SimulationSummary &simulation);

/// Copies the overlays into the map decorations (or render options), replacing the
/// simulation layers and keeping the department focus and highlights.
void applyOverlays(const MapOverlays &overlays, MapDecorations &decorations);

} // namespace omnimap
