#pragma once

#include "csvwriter.h"

#include <QString>

namespace omnimap {

/// Attribution of a data set's conversions to channels by every model the simulation
/// engine offers (first, last, linear, time-decay, position, Markov), as one long table:
/// channel × model → conversions, share, value, removal effect.
namespace AttributionExport {

/// Reads journeys (or, without events, the imported aggregated paths) from the SQLite
/// data set at `dataSetPath`. Returns false with a message naming the file on failure.
bool attributionTable(const QString &dataSetPath, CsvTable *table, QString *error);

} // namespace AttributionExport
} // namespace omnimap
