#include "mapoverlays.h"

#include "model/lookup.h"

#include <algorithm>
#include <cmath>

namespace omnimap {
namespace {

int severity(KpiStatus status)
{
    switch (status) {
    case KpiStatus::NoTarget: return 0;
    case KpiStatus::OnTrack: return 1;
    case KpiStatus::AtRisk: return 2;
    case KpiStatus::OffTrack: return 3;
    }
    return 0;
}

void addToBadge(KpiBadge &badge, const QString &name, KpiStatus status)
{
    badge.kpiNames.append(name);
    ++badge.count;
    if (severity(status) > severity(badge.status))
        badge.status = status;
}

QString key(const QString &stage, const QString &channel)
{
    return stage.toCaseFolded() + QChar(0x1f) + channel.toCaseFolded();
}

} // namespace

void applyOverlays(const MapOverlays &overlays, MapDecorations &decorations)
{
    decorations.handoffVolume = overlays.handoffVolume;
    decorations.handoffCustomers = overlays.handoffCustomers;
    decorations.stageDropOff = overlays.stageDropOff;
    decorations.stageReach = overlays.stageReach;
    decorations.stageBadges = overlays.stageBadges;
    decorations.touchpointBadges = overlays.touchpointBadges;
}

MapOverlays computeOverlays(const Project &project, const Id &journeyId, const SimulationSummary &simulation)
{
    MapOverlays overlays;
    const Journey *journey = findById(project.journeys, journeyId);
    if (!journey)
        return overlays;

    // Stages the simulation never reaches at the end of the journey (a plan-only run
    // stops at the conversion stage) are not modelled: they get no "−100 %" heat.
    qsizetype lastReached = -1;
    for (qsizetype i = 0; i < simulation.stageReach.size(); ++i) {
        if (simulation.stageReach.at(i) > 0.0)
            lastReached = i;
    }
    // Stages by name: the engine speaks names, the map speaks ids.
    for (const Stage &stage : journey->stages) {
        const qsizetype i = simulation.stages.indexOf(stage.name);
        if (i < 0 || i > lastReached)
            continue;
        if (i < simulation.stageReach.size())
            overlays.stageReach.insert(stage.id, simulation.stageReach.at(i));
        if (i < simulation.stageDropOff.size())
            overlays.stageDropOff.insert(stage.id, std::clamp(simulation.stageDropOff.at(i), 0.0, 1.0));
    }

    // Hand-offs: the simulated customers moving between the two cells they connect.
    QHash<QString, double> flowByCells;
    for (const SimulationSummary::Flow &f : simulation.flows)
        flowByCells[key(f.fromStage, f.fromChannel) + QChar(0x1e) + key(f.toStage, f.toChannel)] += f.customers;
    auto cellOf = [&](const Id &touchpointId, QString &out) {
        const Touchpoint *t = findById(journey->touchpoints, touchpointId);
        if (!t)
            return false;
        const Stage *stage = findById(journey->stages, t->stageId);
        const Channel *channel = findById(project.channels, t->channelId);
        if (!stage || !channel)
            return false;
        out = key(stage->name, channel->name);
        return true;
    };
    double largest = 0.0;
    for (const Handoff &h : journey->handoffs) {
        QString from, to;
        if (!cellOf(h.fromTouchpointId, from) || !cellOf(h.toTouchpointId, to))
            continue;
        const double customers = flowByCells.value(from + QChar(0x1e) + to);
        overlays.handoffCustomers.insert(h.id, customers);
        largest = std::max(largest, customers);
    }
    for (auto it = overlays.handoffCustomers.cbegin(); it != overlays.handoffCustomers.cend(); ++it)
        overlays.handoffVolume.insert(it.key(), largest > 0.0 ? it.value() / largest : 0.0);

    // KPI badges: simulated status when the run measured the KPI, else the stored values.
    QHash<Id, const SimulationSummary::KpiOutcome *> simulated;
    for (const SimulationSummary::KpiOutcome &k : simulation.kpis)
        simulated.insert(k.kpiId, &k);
    for (const Kpi &kpi : project.kpis) {
        if (!kpi.journeyId.isEmpty() && kpi.journeyId != journeyId)
            continue;
        KpiStatus status = KpiStatus::NoTarget;
        if (const SimulationSummary::KpiOutcome *k = simulated.value(kpi.id); k && k->measured)
            status = kpiStatusFromName(k->status);
        else
            status = kpiStatus(kpi, kpi.simulated ? kpi.simulated : kpi.actual);
        if (!kpi.stageId.isEmpty() && findById(journey->stages, kpi.stageId))
            addToBadge(overlays.stageBadges[kpi.stageId], kpi.name, status);
        for (const Id &touchpointId : kpi.touchpointIds) {
            if (findById(journey->touchpoints, touchpointId))
                addToBadge(overlays.touchpointBadges[touchpointId], kpi.name, status);
        }
    }
    return overlays;
}

} // namespace omnimap
