#include "kpistatus.h"

#include <algorithm>
#include <cmath>

namespace omnimap {

KpiStatus kpiStatus(double value, std::optional<double> target, KpiDirection direction, double tolerance)
{
    if (!target || !std::isfinite(value))
        return KpiStatus::NoTarget;
    const double t = *target;
    // The shortfall as a fraction of the target's size; ≤ 0 means met. A zero target
    // makes any miss "off track" (the floor only avoids dividing by zero).
    const double scale = std::max(std::abs(t), 1e-12);
    const double shortfall = (direction == KpiDirection::Increase ? t - value : value - t) / scale;
    if (shortfall <= 0.0)
        return KpiStatus::OnTrack;
    return shortfall <= tolerance ? KpiStatus::AtRisk : KpiStatus::OffTrack;
}

KpiStatus kpiStatus(const Kpi &kpi, std::optional<double> value)
{
    return value ? kpiStatus(*value, kpi.target, kpi.direction) : KpiStatus::NoTarget;
}

std::optional<double> kpiCurrentValue(const Kpi &kpi)
{
    return kpi.simulated ? kpi.simulated : kpi.actual;
}

KpiStatus kpiStatus(const Kpi &kpi)
{
    return kpiStatus(kpi, kpiCurrentValue(kpi));
}

QString kpiStatusName(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return QStringLiteral("on_track");
    case KpiStatus::AtRisk:
        return QStringLiteral("at_risk");
    case KpiStatus::OffTrack:
        return QStringLiteral("off_track");
    case KpiStatus::NoTarget:
        break;
    }
    return QStringLiteral("no_target");
}

KpiStatus kpiStatusFromName(const QString &name)
{
    for (KpiStatus status : {KpiStatus::OnTrack, KpiStatus::AtRisk, KpiStatus::OffTrack}) {
        if (name == kpiStatusName(status))
            return status;
    }
    return KpiStatus::NoTarget;
}

} // namespace omnimap
