#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace omnimap::sim {

/// What a feedback row measures. Stored in the data set by name (feedback.kind).
enum class FeedbackKind { Nps, Csat, Ces, Rating, Text };
constexpr int kFeedbackKindCount = 5;

/// The scale of a scored kind. CES is the agreement form ("the company made it easy for
/// me", 1 = strongly disagree … 7 = strongly agree), so higher is better for every kind.
struct FeedbackScale
{
    double min = 0.0;
    double max = 0.0;
    bool wholeNumbers = true;
    double lowAtMost = 0.0; ///< a score at or below this is "low" (NPS detractor: 0–6)
};

/// "nps", "csat", "ces", "rating" or "text" (case-insensitive); nullopt for anything else.
std::optional<FeedbackKind> feedbackKindFromName(std::string_view name);
const char *feedbackKindName(FeedbackKind kind);
/// Valid for every kind but Text.
FeedbackScale feedbackScale(FeedbackKind kind);

/// Checks a score against its kind's scale; an empty string when it is valid, else the
/// translated reason ("nps 11 is outside 0–10").
QString checkFeedbackScore(FeedbackKind kind, double score);

/// The score on the map's emotion scale, −5 (worst) … +5 (best): the kind's scale mapped
/// linearly onto it (NPS 0 → −5, 5 → 0, 10 → +5; CSAT 1 → −5, 3 → 0, 5 → +5).
double emotionOfScore(FeedbackKind kind, double score);

/// A detractor (NPS 0–6), or a CSAT/rating of 1–2, or a CES of 1–3.
bool isLowScore(FeedbackKind kind, double score);

} // namespace omnimap::sim
