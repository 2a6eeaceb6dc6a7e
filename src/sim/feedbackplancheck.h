#pragma once

#include "feedbackanalysis.h"

#include "model/project.h"
#include "rules/rulefinding.h"

#include <functional>
#include <optional>

namespace omnimap::sim {

/// Rule id of the planned-vs-measured check (listed in the rule catalogue so it can be
/// switched off per project like the plan's own checks).
inline constexpr const char *kEmotionGapRuleId = "feedback.emotion-gap";

/// How far (on −5…+5) the measured feeling may be from the plan before it is flagged.
constexpr double kEmotionGapThreshold = 1.5;

/// The plan's as-is emotion at a stage for a persona; with an empty id the mean over the
/// personas that have one. nullopt when the plan has none.
std::optional<double> plannedEmotion(const Stage &stage, const Id &personaId);

/// One finding per stage whose measured emotion (enough n) differs from the planned
/// as-is by at least `threshold`: "Customers at 픽업 feel −2.1, the plan assumes +1.0".
/// `persona` null: all customers against the personas' mean. Skipped when the project
/// switched the rule off.
RuleFindings emotionGapFindings(const Project &project, const Journey &journey, const Persona *persona,
                                const QList<MeasuredEmotion> &measured, double threshold = kEmotionGapThreshold);

class DataSet;

/// Called per journey with all customers (`persona` null) and then with each persona's
/// segment: the measured points that the map draws and the check compares.
using MeasuredVisitor = std::function<void(const Journey &journey, const Persona *persona,
                                           const QList<MeasuredEmotion> &measured)>;

/// Measures every journey of `project` from `table` for all customers and for each
/// persona's segment (read from `dataSet`), adding the emotion-gap findings to
/// `findings` and handing each curve to `visit` (may be empty). The app's feedback view
/// and `omnimap-cli check --db` share it. False with `error` when a segment can not be read.
bool measureProject(const Project &project, DataSet &dataSet, const FeedbackTable &table, RuleFindings &findings,
                    const MeasuredVisitor &visit = {}, QString *error = nullptr);

/// "+1.0", "−2.1" (a real minus sign), as the map's scale writes them.
QString signedEmotion(double value);

} // namespace omnimap::sim
