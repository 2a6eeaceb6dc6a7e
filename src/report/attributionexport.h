#pragma once

#include "csvwriter.h"

#include "attribution.h"

#include <QString>

#include <vector>

namespace omnimap {

/// Attribution of a data set's conversions to channels by every model the simulation
/// engine offers (first, last, linear, time-decay, position, Markov), as one long table:
/// channel × model → conversions, share, value, removal effect.
namespace AttributionExport {

/// Every model's attribution of the data set at `dataSetPath` (journeys, or without events
/// the imported aggregated paths), each with `bootstrap` replicates' 90 % intervals and
/// the Markov model at order 1, every touch counted. False with a message naming the file.
bool attributionResults(const QString &dataSetPath, std::vector<sim::AttributionResult> *results, QString *error,
                        int bootstrap = 200);

/// The results as one long table: channel × model → conversions and value with their
/// intervals, share, removal effect. The same numbers as attributionResults().
bool attributionTable(const QString &dataSetPath, CsvTable *table, QString *error);

} // namespace AttributionExport
} // namespace omnimap
