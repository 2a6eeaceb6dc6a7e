#pragma once

#include "model/project.h"

#include <QString>

namespace omnimap::screenshots {

/// Writes an event CSV for a project the way a CRM or web analytics export looks
/// (customer_id, event_time, channel, touchpoint, stage, event, revenue, cost, region,
/// age_band, gender): the engine's deterministic sample for the project is generated
/// into a scratch SQLite file in `workDir`, then written out row by row. Returns the
/// number of rows, or -1 with `error` set.
qint64 writeSampleEventsCsv(const Project &project, const QString &workDir, const QString &csvPath, qint64 events,
                            QString *error);

/// Writes the customer feedback of the same deterministic sample (same customers as
/// writeSampleEventsCsv with the same `events`) as a survey export: customer_id, ts,
/// channel, touchpoint, stage, kind, score, comment, source. Returns the number of rows,
/// or -1 with `error` set.
qint64 writeSampleFeedbackCsv(const Project &project, const QString &workDir, const QString &csvPath, qint64 events,
                              QString *error);

} // namespace omnimap::screenshots
