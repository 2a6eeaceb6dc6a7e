#pragma once

#include "mergepath.h"
#include "model/common.h"

#include <QList>

namespace omnimap {

/// One place where the two edited copies disagree. Every value is kept, so nothing
/// either side did is lost; an absent value (nullopt) means "not there on that side"
/// (a deleted item, an unset field).
struct MergeConflict
{
    enum class Kind {
        Value, ///< the same field was changed to different values
        Item,  ///< an item was edited on one side and deleted on the other
        Order  ///< a list was reordered differently on both sides (values are key lists)
    };
    Kind kind = Kind::Value;
    MergePath path;    ///< where the value lives, by ids
    QString pointer;   ///< JSON pointer into the merged tree when the merge ran (display)
    Id itemId;         ///< the nearest enclosing item with an id (or the project)
    QString itemKind;  ///< "touchpoint", "kpi", …: the file-format name of that item's kind
    QString itemName;  ///< its name or title, for people
    QString field;     ///< the field inside that item ("title", "emotions[personaId=P1].asIs")
    std::optional<nlohmann::json> base;
    std::optional<nlohmann::json> ours;
    std::optional<nlohmann::json> theirs;
    /// Kind::Item: the id the item follows in its list, where it is put back when a
    /// side that still has it is chosen (empty: at the front).
    QString afterKey;
    /// Kind::Order and Kind::Item: the field identifying elements of the list ("id",
    /// "personaId"; empty for lists of strings).
    QString sequenceKey;

    bool operator==(const MergeConflict &other) const;
};

using MergeConflicts = QList<MergeConflict>;

/// How one conflict is settled.
enum class Resolution { Ours, Theirs, Base, Custom };

struct ConflictChoice
{
    Resolution pick = Resolution::Ours;
    std::optional<nlohmann::json> custom; ///< with Resolution::Custom; nullopt removes the value
};

/// The value a choice stands for.
std::optional<nlohmann::json> chosenValue(const MergeConflict &conflict, const ConflictChoice &choice);

/// The stored form (one element of a project's "mergeConflicts" array) and back.
nlohmann::json conflictToJson(const MergeConflict &conflict);
std::optional<MergeConflict> conflictFromJson(const nlohmann::json &value);

/// Translated, singular label of an item kind ("touchpoint" -> "Touchpoint").
QString itemKindLabel(const QString &itemKind);

/// The item kind stored in the list under `arrayKey` ("touchpoints" -> "touchpoint").
QString itemKindForList(const QString &arrayKey);

} // namespace omnimap
