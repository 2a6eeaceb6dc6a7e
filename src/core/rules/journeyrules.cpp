#include "journeyrules.h"

#include "model/lookup.h"

#include <QCoreApplication>
#include <QHash>

namespace omnimap {
namespace {

QString stageLabel(const Stage &stage)
{
    return stage.name.isEmpty() ? stage.id : stage.name;
}

QString channelLabel(const Project &project, const Id &channelId)
{
    const Channel *channel = findById(project.channels, channelId);
    return channel && !channel->name.isEmpty() ? channel->name : channelId;
}

QString touchpointLabel(const Touchpoint &t)
{
    return t.title.isEmpty() ? t.id : t.title;
}

void checkStages(const Journey &journey, RuleSink &sink)
{
    for (const Stage &stage : journey.stages) {
        bool any = false;
        for (const Touchpoint &t : journey.touchpoints)
            any = any || t.stageId == stage.id;
        if (!any) {
            sink.report("stage.no-touchpoint",
                        QCoreApplication::translate("Rules", "Journey “%1”: stage “%2” has no touchpoint")
                            .arg(journey.name, stageLabel(stage)),
                        stage.id, journey.id);
        }
    }
}

void checkTouchpointKpis(const Project &project, const Journey &journey, RuleSink &sink)
{
    for (const Touchpoint &t : journey.touchpoints) {
        bool measured = false;
        for (const Kpi &kpi : project.kpis)
            measured = measured || kpiCoversTouchpoint(kpi, journey, t);
        if (!measured) {
            const Stage *stage = findById(journey.stages, t.stageId);
            sink.report("touchpoint.no-kpi",
                        QCoreApplication::translate("Rules", "Touchpoint “%1” (%2 · %3) has no KPI")
                            .arg(touchpointLabel(t), stage ? stageLabel(*stage) : t.stageId,
                                 channelLabel(project, t.channelId)),
                        t.id, journey.id);
        }
    }
}

void checkRoles(const Project &project, const Journey &journey, RuleSink &sink)
{
    for (const ChannelRole &role : journey.roles) {
        if (role.level == RoleLevel::None)
            continue;
        const Stage *stage = findById(journey.stages, role.stageId);
        if (!stage || !journey.channelIds.contains(role.channelId))
            continue; // a role for a removed stage or lane: the reference check reports it
        bool any = false;
        for (const Touchpoint &t : journey.touchpoints)
            any = any || (t.stageId == role.stageId && t.channelId == role.channelId);
        if (any)
            continue;
        const QString level = role.level == RoleLevel::Primary
            ? QCoreApplication::translate("Rules", "primary")
            : QCoreApplication::translate("Rules", "supporting");
        sink.report("role.no-touchpoint",
                    QCoreApplication::translate("Rules", "%1 has a %2 role at stage “%3” but no touchpoint there")
                        .arg(channelLabel(project, role.channelId), level, stageLabel(*stage)),
                    role.id, journey.id);
    }
}

void checkHandoffs(const Journey &journey, RuleSink &sink)
{
    if (journey.stages.size() < 2)
        return;
    QHash<Id, qsizetype> stageIndex;
    for (qsizetype i = 0; i < journey.stages.size(); ++i)
        stageIndex.insert(journey.stages.at(i).id, i);
    QHash<Id, qsizetype> touchpointStage;
    QList<bool> stageHasTouchpoint(journey.stages.size(), false);
    for (const Touchpoint &t : journey.touchpoints) {
        const auto it = stageIndex.constFind(t.stageId);
        if (it == stageIndex.cend())
            continue;
        touchpointStage.insert(t.id, *it);
        stageHasTouchpoint[*it] = true;
    }
    // A hand-off bridges every boundary between its two stages, so one that skips a
    // stage still carries the customer across both gaps.
    QList<bool> bridged(journey.stages.size() - 1, false);
    for (const Handoff &h : journey.handoffs) {
        const auto from = touchpointStage.constFind(h.fromTouchpointId);
        const auto to = touchpointStage.constFind(h.toTouchpointId);
        if (from == touchpointStage.cend() || to == touchpointStage.cend())
            continue;
        for (qsizetype b = *from; b < *to; ++b)
            bridged[b] = true;
    }
    for (qsizetype b = 0; b + 1 < journey.stages.size(); ++b) {
        // An empty stage is already reported; a break next to it would say it twice.
        if (bridged.at(b) || !stageHasTouchpoint.at(b) || !stageHasTouchpoint.at(b + 1))
            continue;
        const Stage &from = journey.stages.at(b);
        const Stage &to = journey.stages.at(b + 1);
        sink.report("journey.no-handoff",
                    QCoreApplication::translate("Rules", "Journey “%1”: no hand-off from “%2” to “%3”")
                        .arg(journey.name, stageLabel(from), stageLabel(to)),
                    to.id, journey.id);
    }
}

} // namespace

bool kpiCoversTouchpoint(const Kpi &kpi, const Journey &journey, const Touchpoint &touchpoint)
{
    if (kpi.touchpointIds.contains(touchpoint.id))
        return true;
    if (!kpi.journeyId.isEmpty() && kpi.journeyId != journey.id)
        return false;
    return kpi.stageId == touchpoint.stageId && kpi.channelId == touchpoint.channelId;
}

void checkJourneyRules(const Project &project, RuleSink &sink)
{
    for (const Journey &journey : project.journeys) {
        if (sink.enabled("stage.no-touchpoint"))
            checkStages(journey, sink);
        if (sink.enabled("touchpoint.no-kpi"))
            checkTouchpointKpis(project, journey, sink);
        if (sink.enabled("role.no-touchpoint"))
            checkRoles(project, journey, sink);
        if (sink.enabled("journey.no-handoff"))
            checkHandoffs(journey, sink);
    }
    for (const Kpi &kpi : project.kpis) {
        if (!kpi.target) {
            sink.report("kpi.no-target",
                        QCoreApplication::translate("Rules", "KPI “%1” has no target")
                            .arg(kpi.name.isEmpty() ? kpi.id : kpi.name),
                        kpi.id, kpi.journeyId);
        }
    }
}

} // namespace omnimap
