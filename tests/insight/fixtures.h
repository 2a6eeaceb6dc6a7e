#pragma once

#include "model/project.h"

#include <QString>

namespace omnimap::test {

/// A small café plan: four stages, four channels (sns, web, app, store) with hand-offs,
/// one persona (region Seoul) and two KPIs bound to event types. Ids are fixed.
Project cafeProject();

/// Writes an event CSV with `customers` customers walking the plan (plus a "kakao"
/// channel the plan does not have), with headers a marketing export would use:
/// user_id, timestamp, Source, stage, event, amount, region. Deterministic.
/// Returns the number of data rows written.
qint64 writeEventsCsv(const QString &path, int customers, quint32 seed = 7);

} // namespace omnimap::test
