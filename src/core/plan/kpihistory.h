#pragma once

#include "model/kpi.h"

#include <optional>

namespace omnimap {

/// Which way a KPI moved between its last two recorded measurements.
enum class KpiMovement { None, Up, Down, Flat };

/// The last recorded measurement of a KPI and how it moved since the one before, for the
/// KPI table and the exports. "Last" is by date (ISO dates sort as text); two records of
/// the same date keep the order they were recorded in.
struct KpiHistorySummary
{
    const KpiMeasurement *last = nullptr;
    const KpiMeasurement *previous = nullptr;
    KpiMovement movement = KpiMovement::None; ///< None: fewer than two records
    std::optional<double> change;             ///< last − previous
    /// Whether the move is the KPI's good direction (Increase: up); nullopt when flat or none.
    std::optional<bool> better;
};

KpiHistorySummary summariseHistory(const Kpi &kpi);

/// The measurements in date order (stable), for charts and exports.
QList<KpiMeasurement> historyByDate(const Kpi &kpi);

/// "up", "down", "flat" or "" (JSON export, CSV).
QString movementKey(KpiMovement movement);

/// The history with `m` added in date order (after records of the same date), which is
/// the order the plan keeps it in so that files and merges agree.
QList<KpiMeasurement> withMeasurement(QList<KpiMeasurement> history, const KpiMeasurement &m);
/// The history with the record of `m.id` replaced by `m` (moved if its date changed).
QList<KpiMeasurement> withChangedMeasurement(QList<KpiMeasurement> history, const KpiMeasurement &m);
/// The history without the record `id`.
QList<KpiMeasurement> withoutMeasurement(QList<KpiMeasurement> history, const Id &id);

} // namespace omnimap
