#pragma once

#include "model/project.h"

namespace omnimap {

/// What a stage is for, as far as channel roles go. Stages are named freely by users
/// ("인지", "Discover", "Apply"), so the phase is guessed from the name first and from
/// the stage's position in the journey second.
enum class StagePhase { Awareness, Consideration, Purchase, Experience, Retention, Advocacy, Service };

/// Guesses the phase of stage `index` (0-based) of `count` from its name (English and
/// Korean keywords), falling back to its position on the usual five-step journey.
StagePhase classifyStage(const QString &stageName, int index, int count);

/// A role suggested from practice; `purpose` is translated.
struct RoleSuggestion
{
    RoleLevel level = RoleLevel::None;
    QString purpose;
};

/// The role channels of `kind` usually play in `phase`: social and ads drive awareness,
/// web and app carry consideration and purchase, the store gives the experience and the
/// final decision, e-mail / push / Kakao / SMS keep the relationship, the call centre
/// takes service hand-offs.
RoleSuggestion suggestRole(ChannelKind kind, StagePhase phase);

/// The journey's roles with a suggestion filled into every stage × lane cell the user
/// has not set yet (no role, or level none with no purpose). Cells the user has set are
/// kept unchanged, so applying twice changes nothing.
QList<ChannelRole> rolesWithSuggestions(const Project &project, const Journey &journey);

/// The role of a channel at a stage, or nullptr.
const ChannelRole *findRole(const Journey &journey, const Id &stageId, const Id &channelId);

} // namespace omnimap
