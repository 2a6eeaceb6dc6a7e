#pragma once

#include "common.h"
#include "experiment.h"

#include <QList>

namespace omnimap {

/// The customer's emotion at one stage for one persona, -5 (worst) .. +5 (best).
struct EmotionScore
{
    Id personaId;
    double asIs = 0.0;
    std::optional<double> toBe; ///< the improved experience the plan aims for
};

struct Stage
{
    Id id;
    QString name;
    QString goal;
    QStringList actions;
    QStringList thoughts;
    QStringList painPoints;
    QStringList opportunities;
    QList<EmotionScore> emotions;
    ExtraFields extra = ExtraFields::object();
};

/// A touchpoint card sits in one cell of the map: a stage column × a channel lane.
struct Touchpoint
{
    Id id;
    Id stageId;
    Id channelId;
    QString title;
    QString description;
    QString message; ///< customer-facing copy; checked for brand words
    QStringList tags;
    bool momentOfTruth = false;
    bool promotion = false;
    Id ownerDepartmentId;
    std::optional<double> cost; ///< what running it costs, in the plan's currency
    QStringList assets;     ///< creative, copy decks, screens… used here (names or links)
    int order = 0;          ///< position among the cards of its cell
    double width = 1.0;     ///< relative card size (resize on the canvas)
    double height = 1.0;
    Review review;
    ExtraFields extra = ExtraFields::object();
    std::optional<Experiment> experiment; ///< the A/B test running here, if any (last: aggregate inits)
};

/// How the customer is carried across a hand-off.
enum class HandoffKind { Unspecified, QrCode, Link, Push, Message, Staff, Pickup, Other };

/// The customer moves from one touchpoint to another ("QR code in store -> app").
struct Handoff
{
    Id id;
    Id fromTouchpointId;
    Id toTouchpointId;
    QString label; ///< what the customer does: "QR scan", "push deep link"
    HandoffKind kind = HandoffKind::Unspecified;
    Id ownerDepartmentId; ///< who makes the hand-off work
    ExtraFields extra = ExtraFields::object();
    std::optional<Experiment> experiment; ///< two ways of handing off, tested (last: aggregate inits)
};

enum class RoleLevel { None, Supporting, Primary };

/// What a channel does at a stage: "SNS drives awareness, the store gives the experience".
struct ChannelRole
{
    Id id;
    Id stageId;
    Id channelId;
    RoleLevel level = RoleLevel::None;
    QString purpose;
    Id ownerDepartmentId;
    ExtraFields extra = ExtraFields::object();
};

/// Free-text lanes below the channel swimlanes.
enum class NoteLane { Actions, Thoughts, PainPoints, Opportunities };

struct Journey
{
    Id id;
    QString name;
    QString description;
    IdList personaIds;   ///< personas drawn on this map (up to five)
    IdList channelIds;   ///< swimlanes, top to bottom
    QList<Stage> stages; ///< columns, left to right
    QList<Touchpoint> touchpoints;
    QList<Handoff> handoffs;
    QList<ChannelRole> roles;
    Review review;
    Id ownerDepartmentId;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
