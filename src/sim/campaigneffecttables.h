#pragma once

#include "campaigneffect.h"
#include "resulttable.h"

namespace omnimap::sim {

/// The campaign effect as tables (docs/campaign-effect.md, "Output"): "campaign" (one row:
/// dates, events per period, the comparison), "kpis" (per KPI: before, during, the
/// difference with its 95 % interval and, with a comparison, the four cells and the
/// difference-in-differences) and "notes". A value that cannot be computed is an empty
/// cell with the reason in its note column, never NaN. The CLI prints them.
QList<ResultTable> campaignEffectTables(const CampaignEffect &effect);

/// "none", "channel", "segment".
QString comparisonKindKey(ComparisonKind kind);

} // namespace omnimap::sim
