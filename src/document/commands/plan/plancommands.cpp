#include "plancommands.h"

#include "document/commands/changevalue.h"
#include "listitemcommands.h"
#include "model/lookup.h"
#include "plan/kpihistory.h"

#include <QCoreApplication>
#include <QHash>

namespace omnimap {
namespace {

struct PlancommandsTr { Q_DECLARE_TR_FUNCTIONS(PlanCommands) };

ChangeEvent changed(ItemKind kind, const Id &itemId, const Id &parentId = {}, const QString &property = {})
{
    return {ChangeEvent::Type::Changed, kind, itemId, parentId, property};
}

QList<Kpi> *kpiList(Project &p)
{
    return &p.kpis;
}

QList<Checklist> *checklistList(Project &p)
{
    return &p.checklists;
}

QList<ChecklistTemplate> *templateList(Project &p)
{
    return &p.checklistTemplates;
}

QList<Campaign> *campaignList(Project &p)
{
    return &p.campaigns;
}

} // namespace

QUndoCommand *setJourneyRoles(Document *document, const Id &journeyId, QList<ChannelRole> roles,
                              const QString &text)
{
    return new ChangeValueCommand<QList<ChannelRole>>(
        document, changed(ItemKind::ChannelRole, journeyId, journeyId, QStringLiteral("roles")),
        [journeyId](Project &p) -> QList<ChannelRole> * {
            Journey *j = findById(p.journeys, journeyId);
            return j ? &j->roles : nullptr;
        },
        std::move(roles), text);
}

QUndoCommand *setChannelRole(Document *document, const Id &journeyId, const Id &stageId, const Id &channelId,
                             RoleLevel level, const QString &purpose, const Id &ownerDepartmentId)
{
    const Journey *journey = findById(document->project().journeys, journeyId);
    QList<ChannelRole> roles = journey ? journey->roles : QList<ChannelRole>();
    ChannelRole *role = nullptr;
    for (ChannelRole &r : roles) {
        if (r.stageId == stageId && r.channelId == channelId)
            role = &r;
    }
    if (!role) {
        ChannelRole fresh;
        fresh.id = newId();
        fresh.stageId = stageId;
        fresh.channelId = channelId;
        roles << fresh;
        role = &roles.last();
    }
    role->level = level;
    role->purpose = purpose;
    role->ownerDepartmentId = ownerDepartmentId;
    return setJourneyRoles(document, journeyId, roles, PlancommandsTr::tr("Change channel role"));
}

QUndoCommand *changeKpi(Document *document, const Kpi &kpi, const QString &text)
{
    const Id id = kpi.id;
    return new ChangeValueCommand<Kpi>(
        document, changed(ItemKind::Kpi, id),
        [id](Project &p) { return findById(p.kpis, id); }, kpi, text);
}

QUndoCommand *addKpi(Document *document, const Kpi &kpi)
{
    return ListItemCommand<Kpi>::insert(document, ItemKind::Kpi, kpiList, kpi, PlancommandsTr::tr("Add KPI"));
}

QUndoCommand *removeKpi(Document *document, const Id &kpiId)
{
    return ListItemCommand<Kpi>::remove(document, ItemKind::Kpi, kpiList, kpiId, PlancommandsTr::tr("Remove KPI"));
}

namespace {

/// Sets one KPI's recorded history; `parent` groups several into one undo step.
QUndoCommand *setHistory(Document *document, const Id &kpiId, QList<KpiMeasurement> history, const QString &text,
                         QUndoCommand *parent = nullptr)
{
    // The history list is the command's value, so undo restores it exactly and the KPI
    // table's "last recorded" follows the Changed event of the KPI.
    return new ChangeValueCommand<QList<KpiMeasurement>>(
        document, changed(ItemKind::Kpi, kpiId, {}, QStringLiteral("measurements")),
        [kpiId](Project &p) -> QList<KpiMeasurement> * {
            Kpi *k = findById(p.kpis, kpiId);
            return k ? &k->measurements : nullptr;
        },
        std::move(history), text, -1, parent);
}

QList<KpiMeasurement> historyOf(Document *document, const Id &kpiId)
{
    const Kpi *kpi = findById(document->project().kpis, kpiId);
    return kpi ? kpi->measurements : QList<KpiMeasurement>();
}

} // namespace

QUndoCommand *recordMeasurement(Document *document, const Id &kpiId, const KpiMeasurement &measurement)
{
    return setHistory(document, kpiId, withMeasurement(historyOf(document, kpiId), measurement),
                      PlancommandsTr::tr("Record measurement"));
}

QUndoCommand *recordMeasurements(Document *document, const QList<QPair<Id, KpiMeasurement>> &measurements)
{
    auto *group = new QUndoCommand(PlancommandsTr::tr("Record KPI values"));
    // Several records of one KPI build on each other, so collect per KPI first.
    QList<Id> order;
    QHash<Id, QList<KpiMeasurement>> histories;
    for (const auto &[kpiId, m] : measurements) {
        if (!findById(document->project().kpis, kpiId))
            continue;
        if (!histories.contains(kpiId)) {
            order.append(kpiId);
            histories.insert(kpiId, historyOf(document, kpiId));
        }
        histories[kpiId] = withMeasurement(histories.value(kpiId), m);
    }
    for (const Id &kpiId : order)
        setHistory(document, kpiId, histories.value(kpiId), group->text(), group);
    if (order.isEmpty())
        group->setObsolete(true);
    return group;
}

QUndoCommand *changeMeasurement(Document *document, const Id &kpiId, const KpiMeasurement &measurement)
{
    return setHistory(document, kpiId, withChangedMeasurement(historyOf(document, kpiId), measurement),
                      PlancommandsTr::tr("Edit recorded measurement"));
}

QUndoCommand *removeMeasurement(Document *document, const Id &kpiId, const Id &measurementId)
{
    return setHistory(document, kpiId, withoutMeasurement(historyOf(document, kpiId), measurementId),
                      PlancommandsTr::tr("Delete recorded measurement"));
}

QUndoCommand *addChecklist(Document *document, const Checklist &checklist)
{
    return ListItemCommand<Checklist>::insert(document, ItemKind::Checklist, checklistList, checklist,
                                              PlancommandsTr::tr("Apply checklist"));
}

QUndoCommand *removeChecklist(Document *document, const Id &checklistId)
{
    return ListItemCommand<Checklist>::remove(document, ItemKind::Checklist, checklistList, checklistId,
                                              PlancommandsTr::tr("Remove checklist"));
}

QUndoCommand *renameChecklist(Document *document, const Id &checklistId, const QString &name)
{
    return new ChangeValueCommand<QString>(
        document, changed(ItemKind::Checklist, checklistId, {}, QStringLiteral("name")),
        [checklistId](Project &p) -> QString * {
            Checklist *c = findById(p.checklists, checklistId);
            return c ? &c->name : nullptr;
        },
        name, PlancommandsTr::tr("Rename checklist"));
}

QUndoCommand *setChecklistItems(Document *document, const Id &checklistId, QList<ChecklistItem> items,
                                const QString &text)
{
    return new ChangeValueCommand<QList<ChecklistItem>>(
        document, changed(ItemKind::Checklist, checklistId, {}, QStringLiteral("items")),
        [checklistId](Project &p) -> QList<ChecklistItem> * {
            Checklist *c = findById(p.checklists, checklistId);
            return c ? &c->items : nullptr;
        },
        std::move(items), text);
}

QUndoCommand *addChecklistTemplate(Document *document, const ChecklistTemplate &checklistTemplate)
{
    return ListItemCommand<ChecklistTemplate>::insert(document, ItemKind::ChecklistTemplate, templateList,
                                                      checklistTemplate, PlancommandsTr::tr("Add checklist template"));
}

QUndoCommand *setCheckResult(Document *document, const Id &checklistId, const CheckResult &result)
{
    const Checklist *checklist = findById(document->project().checklists, checklistId);
    QList<CheckResult> results = checklist ? checklist->results : QList<CheckResult>();
    bool replaced = false;
    for (CheckResult &r : results) {
        if (r.itemId == result.itemId && r.channelId == result.channelId) {
            const Id keep = r.id;
            r = result;
            r.id = keep;
            replaced = true;
        }
    }
    if (!replaced) {
        results << result;
        if (results.last().id.isEmpty())
            results.last().id = newId();
    }
    return new ChangeValueCommand<QList<CheckResult>>(
        document, changed(ItemKind::CheckResult, result.itemId, checklistId, QStringLiteral("results")),
        [checklistId](Project &p) -> QList<CheckResult> * {
            Checklist *c = findById(p.checklists, checklistId);
            return c ? &c->results : nullptr;
        },
        results, PlancommandsTr::tr("Check item"));
}

QUndoCommand *addCampaign(Document *document, const Campaign &campaign)
{
    return ListItemCommand<Campaign>::insert(document, ItemKind::Campaign, campaignList, campaign,
                                             PlancommandsTr::tr("Add campaign"));
}

QUndoCommand *removeCampaign(Document *document, const Id &campaignId)
{
    return ListItemCommand<Campaign>::remove(document, ItemKind::Campaign, campaignList, campaignId,
                                             PlancommandsTr::tr("Remove campaign"));
}

QUndoCommand *changeCampaign(Document *document, const Campaign &campaign, const QString &text)
{
    const Id id = campaign.id;
    return new ChangeValueCommand<Campaign>(
        document, changed(ItemKind::Campaign, id),
        [id](Project &p) { return findById(p.campaigns, id); }, campaign, text);
}

QUndoCommand *setRuleEnabled(Document *document, const QString &ruleId, bool enabled)
{
    QStringList disabled = document->project().disabledRules;
    disabled.removeAll(ruleId);
    if (!enabled)
        disabled << ruleId;
    return new ChangeValueCommand<QStringList>(
        document, changed(ItemKind::Project, document->project().id, {}, QStringLiteral("disabledRules")),
        [](Project &p) { return &p.disabledRules; }, disabled,
        enabled ? PlancommandsTr::tr("Switch rule on") : PlancommandsTr::tr("Switch rule off"));
}

} // namespace omnimap
