#pragma once

#include "common.h"

#include <QList>

namespace omnimap {

enum class ModifierKind {
    BudgetShift,     ///< move `value` (fraction) of channelId's budget to targetChannelId
    RemoveChannel,   ///< the channel disappears from the journey
    ScaleEntry,      ///< multiply the channel's entry rate by value
    ScaleTransition, ///< multiply channelId -> targetChannelId by value
    SetConversion,   ///< set the conversion rate after channelId to value
    ScaleConversion  ///< multiply the conversion rate after channelId by value
};

struct ScenarioModifier
{
    ModifierKind kind = ModifierKind::ScaleEntry;
    Id channelId;
    Id targetChannelId;
    double value = 1.0;
};

struct Scenario
{
    Id id;
    QString name;
    QString description;
    Id journeyId;
    Id personaId;
    QList<ScenarioModifier> modifiers;
    /// Last result as written by the simulation, with the data-set fingerprint it was
    /// computed on so a stale result can be recognised. Opaque to the core model.
    nlohmann::json result = nlohmann::json::object();
    ExtraFields extra = ExtraFields::object();
};

/// A data set the project was checked against (the SQLite file stays outside the project).
struct DataSetRef
{
    Id id;
    QString name;
    QString path;
    QString fingerprint;
    ExtraFields extra = ExtraFields::object();
};

} // namespace omnimap
