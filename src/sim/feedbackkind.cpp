#include "feedbackkind.h"

#include <QCoreApplication>

#include <cctype>
#include <cmath>

namespace omnimap::sim {

namespace {

struct KindInfo
{
    const char *name;
    FeedbackScale scale;
};

// Ordered as FeedbackKind.
const KindInfo kKinds[kFeedbackKindCount] = {
    {"nps", {0.0, 10.0, true, 6.0}},
    {"csat", {1.0, 5.0, true, 2.0}},
    {"ces", {1.0, 7.0, true, 3.0}},
    {"rating", {1.0, 5.0, false, 2.0}},
    {"text", {0.0, 0.0, false, 0.0}},
};

bool equalsIgnoringCase(std::string_view a, const char *b)
{
    std::size_t i = 0;
    for (; i < a.size() && b[i]; ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    }
    return i == a.size() && !b[i];
}

} // namespace

std::optional<FeedbackKind> feedbackKindFromName(std::string_view name)
{
    for (int k = 0; k < kFeedbackKindCount; ++k) {
        if (equalsIgnoringCase(name, kKinds[k].name))
            return FeedbackKind(k);
    }
    return std::nullopt;
}

const char *feedbackKindName(FeedbackKind kind)
{
    return kKinds[int(kind)].name;
}

FeedbackScale feedbackScale(FeedbackKind kind)
{
    return kKinds[int(kind)].scale;
}

QString checkFeedbackScore(FeedbackKind kind, double score)
{
    const FeedbackScale scale = feedbackScale(kind);
    const QString name = QString::fromLatin1(feedbackKindName(kind));
    if (!std::isfinite(score) || score < scale.min || score > scale.max) {
        return QCoreApplication::translate("omnimap::sim", "%1 score %2 is outside %3–%4")
            .arg(name, QString::number(score), QString::number(scale.min), QString::number(scale.max));
    }
    if (scale.wholeNumbers && score != std::floor(score)) {
        return QCoreApplication::translate("omnimap::sim", "%1 score %2 is not a whole number")
            .arg(name, QString::number(score));
    }
    return {};
}

double emotionOfScore(FeedbackKind kind, double score)
{
    const FeedbackScale scale = feedbackScale(kind);
    if (scale.max <= scale.min)
        return 0.0;
    return -5.0 + 10.0 * (score - scale.min) / (scale.max - scale.min);
}

bool isLowScore(FeedbackKind kind, double score)
{
    return kind != FeedbackKind::Text && score <= feedbackScale(kind).lowAtMost;
}

} // namespace omnimap::sim
