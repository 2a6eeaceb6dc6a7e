#include "kpihistory.h"

#include <algorithm>
#include <cmath>

namespace omnimap {

QList<KpiMeasurement> historyByDate(const Kpi &kpi)
{
    QList<KpiMeasurement> sorted = kpi.measurements;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const KpiMeasurement &a, const KpiMeasurement &b) { return a.date < b.date; });
    return sorted;
}

KpiHistorySummary summariseHistory(const Kpi &kpi)
{
    KpiHistorySummary s;
    // Indices into kpi.measurements in date order, so the pointers point into the KPI.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < kpi.measurements.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&kpi](qsizetype a, qsizetype b) {
        return kpi.measurements.at(a).date < kpi.measurements.at(b).date;
    });
    if (order.isEmpty())
        return s;
    s.last = &kpi.measurements.at(order.constLast());
    if (order.size() < 2)
        return s;
    s.previous = &kpi.measurements.at(order.at(order.size() - 2));
    const double change = s.last->actual - s.previous->actual;
    s.change = change;
    // Equal within rounding noise of the stored doubles counts as flat.
    const double scale = std::max({1.0, std::abs(s.last->actual), std::abs(s.previous->actual)});
    if (std::abs(change) <= 1e-9 * scale) {
        s.movement = KpiMovement::Flat;
        return s;
    }
    s.movement = change > 0 ? KpiMovement::Up : KpiMovement::Down;
    s.better = (change > 0) == (kpi.direction == KpiDirection::Increase);
    return s;
}

QString movementKey(KpiMovement movement)
{
    switch (movement) {
    case KpiMovement::Up:
        return QStringLiteral("up");
    case KpiMovement::Down:
        return QStringLiteral("down");
    case KpiMovement::Flat:
        return QStringLiteral("flat");
    case KpiMovement::None:
        break;
    }
    return {};
}

QList<KpiMeasurement> withMeasurement(QList<KpiMeasurement> history, const KpiMeasurement &m)
{
    // upper_bound: a second record of the same date goes after the first.
    const auto at = std::upper_bound(history.begin(), history.end(), m,
                                     [](const KpiMeasurement &a, const KpiMeasurement &b) { return a.date < b.date; });
    history.insert(at, m);
    return history;
}

QList<KpiMeasurement> withChangedMeasurement(QList<KpiMeasurement> history, const KpiMeasurement &m)
{
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (history.at(i).id != m.id)
            continue;
        if (history.at(i).date == m.date) {
            history[i] = m; // same date: keeps its place among records of that date
            return history;
        }
        history.removeAt(i);
        return withMeasurement(std::move(history), m);
    }
    return history;
}

QList<KpiMeasurement> withoutMeasurement(QList<KpiMeasurement> history, const Id &id)
{
    history.removeIf([&id](const KpiMeasurement &m) { return m.id == id; });
    return history;
}

} // namespace omnimap
