#pragma once

#include "dataset.h"
#include "importtypes.h"

#include <QStringList>

namespace omnimap::sim {

/// Logical fields of an event CSV. Columns are matched by header name (case-insensitive):
/// the field's own name, a known alias, or the user's mapping ("customer" -> "user_id").
/// Custom customer attributes map as "attr:NAME" -> column.
QStringList eventFields();

/// Imports an event-level CSV in one transaction: all rows or none (with skipBadRows:
/// all good rows, the bad ones recorded in import_runs). Streams the file; memory grows
/// only with the number of distinct customers and names, not with the file size.
ImportResult importEventsCsv(DataSet &dataSet, const QString &csvPath, const ImportOptions &options);

/// Same, from bytes in memory (tests).
ImportResult importEventsCsvBytes(DataSet &dataSet, const QByteArray &csv, const QString &sourceName,
                                  const ImportOptions &options);

} // namespace omnimap::sim
