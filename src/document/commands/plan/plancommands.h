#pragma once

#include "document/document.h"
#include "model/project.h"

#include <QUndoCommand>

namespace omnimap {

// Undo commands of the plan tools. Each returns a new command for the caller to push
// on the document's undo stack; most are ChangeValueCommand<T> over one model field.

/// Replaces a journey's whole role list (the matrix's "Apply suggestions" is one step).
QUndoCommand *setJourneyRoles(Document *document, const Id &journeyId, QList<ChannelRole> roles,
                              const QString &text);

/// Sets the role of one stage × channel cell (adds the role, or changes it).
QUndoCommand *setChannelRole(Document *document, const Id &journeyId, const Id &stageId, const Id &channelId,
                             RoleLevel level, const QString &purpose, const Id &ownerDepartmentId);

/// Replaces one KPI (every field an in-place edit of the KPI table can change).
QUndoCommand *changeKpi(Document *document, const Kpi &kpi, const QString &text);
QUndoCommand *addKpi(Document *document, const Kpi &kpi);
QUndoCommand *removeKpi(Document *document, const Id &kpiId);
/// Adds a recorded measurement (date, value, note) to a KPI's history, in date order.
QUndoCommand *recordMeasurement(Document *document, const Id &kpiId, const KpiMeasurement &measurement);
/// Records several KPIs' values (the dashboard's "Record these values") as one undo step.
QUndoCommand *recordMeasurements(Document *document, const QList<QPair<Id, KpiMeasurement>> &measurements);
/// Replaces the record with the same id (date, value, note edited).
QUndoCommand *changeMeasurement(Document *document, const Id &kpiId, const KpiMeasurement &measurement);
QUndoCommand *removeMeasurement(Document *document, const Id &kpiId, const Id &measurementId);

QUndoCommand *addChecklist(Document *document, const Checklist &checklist);
QUndoCommand *removeChecklist(Document *document, const Id &checklistId);
/// Renames a checklist; replaces its items (text, category, parity edited in the table).
QUndoCommand *renameChecklist(Document *document, const Id &checklistId, const QString &name);
QUndoCommand *setChecklistItems(Document *document, const Id &checklistId, QList<ChecklistItem> items,
                                const QString &text);
QUndoCommand *addChecklistTemplate(Document *document, const ChecklistTemplate &checklistTemplate);
/// Sets the result of one item on one channel (added when the cell was unchecked).
QUndoCommand *setCheckResult(Document *document, const Id &checklistId, const CheckResult &result);

QUndoCommand *addCampaign(Document *document, const Campaign &campaign);
QUndoCommand *removeCampaign(Document *document, const Id &campaignId);
/// Replaces one campaign's header fields, budget and actions.
QUndoCommand *changeCampaign(Document *document, const Campaign &campaign, const QString &text);

/// Switches a consistency rule off (or back on) for the project.
QUndoCommand *setRuleEnabled(Document *document, const QString &ruleId, bool enabled);

} // namespace omnimap
