#pragma once

#include "model/common.h"
#include "plan/kpistatus.h"

#include <QHash>
#include <QStringList>

namespace omnimap {

/// The worst status of the KPIs attached to one stage or touchpoint.
struct KpiBadge
{
    KpiStatus status = KpiStatus::NoTarget;
    QStringList kpiNames; ///< for the tooltip
    int count = 0;

    friend bool operator==(const KpiBadge &a, const KpiBadge &b)
    {
        return a.status == b.status && a.count == b.count && a.kpiNames == b.kpiNames;
    }
    friend bool operator!=(const KpiBadge &a, const KpiBadge &b) { return !(a == b); }
};

/// The emotion customers report at one stage (feedback in the data set, mapped to the
/// map's −5…+5 scale; sim/feedbackanalysis.h): drawn as a third line with its 95 % interval.
struct MeasuredEmotionPoint
{
    double mean = 0.0;
    double low95 = 0.0;
    double high95 = 0.0;
    int n = 0;
    bool enough = false; ///< n reached the minimum; else the point is hidden and the map says so

    friend bool operator==(const MeasuredEmotionPoint &a, const MeasuredEmotionPoint &b)
    {
        return a.mean == b.mean && a.low95 == b.low95 && a.high95 == b.high95 && a.n == b.n && a.enough == b.enough;
    }
    friend bool operator!=(const MeasuredEmotionPoint &a, const MeasuredEmotionPoint &b) { return !(a == b); }
};

/// Why an item is outlined on the map: the merge and compare views point at items.
enum class MapHighlight { Changed, Merged, Conflict };

/// What other parts of the app lay over a journey map without changing the plan: the
/// simulation overlays, the department focus and the highlights of merge and compare.
/// Every map of a window draws the same decorations (AppContext::setMapDecorations()).
struct MapDecorations
{
    QHash<Id, double> handoffVolume;    ///< hand-off id → relative 0..1 width (flow overlay)
    QHash<Id, double> handoffCustomers; ///< hand-off id → simulated customers (tooltip only)
    QHash<Id, double> stageDropOff;     ///< stage id → share lost there, 0..1 (heat + label)
    QHash<Id, double> stageReach;       ///< stage id → share reaching the stage (tooltip)
    QHash<Id, KpiBadge> stageBadges;    ///< stage id → KPI badge on the stage header
    QHash<Id, KpiBadge> touchpointBadges; ///< touchpoint id → KPI badge on the card corner
    /// Cards and lanes owned by another department (or by none) are drawn faded; empty: none.
    Id focusDepartmentId;
    QHash<Id, MapHighlight> highlights; ///< touchpoint, stage or channel id → outline
    /// Measured emotion: stage id → persona id → point. Empty: no third line.
    QHash<Id, QHash<Id, MeasuredEmotionPoint>> measuredEmotion;

    friend bool operator==(const MapDecorations &a, const MapDecorations &b)
    {
        return a.handoffVolume == b.handoffVolume && a.handoffCustomers == b.handoffCustomers
            && a.stageDropOff == b.stageDropOff && a.stageReach == b.stageReach && a.stageBadges == b.stageBadges
            && a.touchpointBadges == b.touchpointBadges && a.focusDepartmentId == b.focusDepartmentId
            && a.highlights == b.highlights && a.measuredEmotion == b.measuredEmotion;
    }
    friend bool operator!=(const MapDecorations &a, const MapDecorations &b) { return !(a == b); }
};

/// What a map drawing shows. Shared by the canvas and the exports. The decorations are
/// a base so that `options.handoffVolume` reads as before and a whole set can be assigned
/// at once (`static_cast<MapDecorations &>(options) = decorations`).
struct MapRenderOptions : MapDecorations
{
    bool darkMode = false;
    int levelOfDetail = 2; ///< 0 overview blocks, 1 titles, 2 full
    QStringList personaFilter; ///< persona ids to draw; empty = all (at most five)
    bool showEmotionCurve = true;
    bool showNoteLanes = true;
    Id selectedStageId; ///< lane headers show the channel's role at this stage; empty = strongest role
};

} // namespace omnimap
