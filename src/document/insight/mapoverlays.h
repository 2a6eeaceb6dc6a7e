#pragma once

#include "simulationsummary.h"

#include "model/project.h"
#include "document/render/maprenderoptions.h"

#include <QHash>

namespace omnimap {

/// How a KPI stands against its target; the map shows it as a badge whose shape also
/// carries the meaning (check, triangle, cross) so colour is never the only signal.
enum class KpiBadgeStatus { NoTarget, OnTrack, AtRisk, OffTrack };

/// "on_track", "at_risk", "off_track" → status (anything else: NoTarget).
KpiBadgeStatus kpiBadgeStatusFromName(const QString &name);

/// The worst status of the KPIs attached to one stage or touchpoint.
struct KpiBadge
{
    KpiBadgeStatus status = KpiBadgeStatus::NoTarget;
    QStringList kpiNames; ///< for the tooltip
    int count = 0;
};

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

/// Copies what MapRenderOptions can already draw (hand-off widths) into `options`; the
/// canvas calls this from MapOverlayController::overlaysChanged and re-renders.
void applyOverlays(const MapOverlays &overlays, MapRenderOptions &options);

/// Status of a value against a KPI's target: met → on track, missed by ≤ 10 % → at risk.
KpiBadgeStatus kpiBadgeStatus(const Kpi &kpi, std::optional<double> value);

} // namespace omnimap
