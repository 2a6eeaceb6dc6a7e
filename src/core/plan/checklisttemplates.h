#pragma once

#include "model/project.h"

namespace omnimap {

/// The built-in brand-consistency templates: tone & manner, visual identity, key
/// message, promotion parity across online and offline, service policy, consent and
/// privacy. Ids are stable ("builtin.tone", item "builtin.tone.1") so a checklist made
/// from them can be traced back; names and item texts are translated (context
/// "ChecklistTemplates") at the time they are built.
QList<ChecklistTemplate> builtInChecklistTemplates();

/// Built-in templates followed by the project's own (user) templates.
QList<ChecklistTemplate> availableChecklistTemplates(const Project &project);

/// A new checklist (fresh ids) holding a copy of the template's items, applied to the
/// given channels of a journey. Items get fresh ids so one template can be applied twice.
Checklist applyChecklistTemplate(const ChecklistTemplate &checklistTemplate, const Id &journeyId,
                                 const IdList &channelIds);

/// Translated display name of a category key ("tone" → "Tone & manner").
QString checklistCategoryName(const QString &category);

/// The result for an item on a channel, or nullptr when it has not been checked.
const CheckResult *findCheckResult(const Checklist &checklist, const Id &itemId, const Id &channelId);

} // namespace omnimap
