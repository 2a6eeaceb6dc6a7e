#pragma once

#include "experimentreadout.h"
#include "resulttable.h"

namespace omnimap::sim {

/// The readout as tables (docs/experiments.md, "Output"): "experiment" (one row: verdict,
/// design, sample size, split check), "variants", "funnel", "guardrails" and "notes".
/// Missing values are empty cells, never NaN. The CLI prints them; the app shows them.
QList<ResultTable> experimentTables(const ExperimentReadout &readout);

/// The machine name of a verdict: "not_readable", "no_difference_yet", "ship", "keep".
QString verdictName(ExperimentVerdict verdict);

} // namespace omnimap::sim
