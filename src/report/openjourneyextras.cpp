#include "openjourneyextras.h"

#include <QCoreApplication>

#include <array>

namespace omnimap::OpenJourney {

namespace {

constexpr std::array<NoteLane, 4> kLanes = {NoteLane::Actions, NoteLane::Thoughts, NoteLane::PainPoints,
                                            NoteLane::Opportunities};

} // namespace

bool isMappedNodeKey(const std::string &key)
{
    return key == "stageId" || key == "swimlaneId" || key == "title" || key == "description" || key == "tags"
        || key == "isMomentOfTruth";
}

std::optional<NoteLane> noteLaneForName(const QString &name)
{
    const QString n = name.toLower();
    // Actions stay channels on purpose: OJF maps put their touchpoints in "User Actions".
    if (n.contains(QLatin1String("pain")))
        return NoteLane::PainPoints;
    if (n.contains(QLatin1String("opportunit")))
        return NoteLane::Opportunities;
    if (n.contains(QLatin1String("thought")) || n.contains(QLatin1String("thinking")))
        return NoteLane::Thoughts;
    return std::nullopt;
}

const char *noteLaneKey(NoteLane lane)
{
    switch (lane) {
    case NoteLane::Actions:
        return "actions";
    case NoteLane::Thoughts:
        return "thoughts";
    case NoteLane::PainPoints:
        return "pain_points";
    case NoteLane::Opportunities:
        break;
    }
    return "opportunities";
}

QString noteLaneName(NoteLane lane)
{
    switch (lane) {
    case NoteLane::Actions:
        return QStringLiteral("Actions");
    case NoteLane::Thoughts:
        return QStringLiteral("Thoughts");
    case NoteLane::PainPoints:
        return QStringLiteral("Pain Points");
    case NoteLane::Opportunities:
        break;
    }
    return QStringLiteral("Opportunities");
}

std::optional<NoteLane> noteLaneFromKey(const std::string &key)
{
    for (NoteLane lane : kLanes) {
        if (key == noteLaneKey(lane))
            return lane;
    }
    return std::nullopt;
}

QStringList &noteList(Stage &stage, NoteLane lane)
{
    switch (lane) {
    case NoteLane::Actions:
        return stage.actions;
    case NoteLane::Thoughts:
        return stage.thoughts;
    case NoteLane::PainPoints:
        return stage.painPoints;
    case NoteLane::Opportunities:
        break;
    }
    return stage.opportunities;
}

const QStringList &noteList(const Stage &stage, NoteLane lane)
{
    return noteList(const_cast<Stage &>(stage), lane);
}

} // namespace omnimap::OpenJourney
