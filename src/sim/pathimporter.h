#pragma once

#include "dataset.h"
#include "importtypes.h"

namespace omnimap::sim {

/// Imports aggregated paths in the format of common attribution tools:
/// `path` ("sns > email > store"), `total_conversions`, `total_null` and, optionally,
/// `total_conversion_value`. One transaction; bad rows as for events.
ImportResult importPathsCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options);
ImportResult importPathsCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                 const ImportOptions &options);

} // namespace omnimap::sim
