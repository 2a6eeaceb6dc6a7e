#pragma once

#include "model/project.h"

#include <QList>

namespace omnimap {

/// One difference between two versions of a plan.
struct Change
{
    enum class Type { Added, Removed, Changed, Reordered };
    Type type = Type::Changed;
    QString itemKind;   ///< "touchpoint", "kpi", … ("project" for top-level fields)
    Id itemId;
    QString itemName;
    Id journeyId;       ///< the journey the item belongs to, empty for project-wide items
    QString journeyName;
    QString pointer;    ///< JSON pointer of the item (in the newer version when it exists)
    /// Changed: the fields that differ; Reordered: the list whose order changed.
    QStringList fields;
    /// Changed: for each field, its value before and after (absent: not set).
    nlohmann::json before = nlohmann::json::object();
    nlohmann::json after = nlohmann::json::object();
};

using Changes = QList<Change>;

/// What changed from `a` to `b`: items added and removed (matched by id), fields
/// changed per item, lists reordered; in file order, grouped by nothing (see
/// formatChangesText() for a per-journey listing).
Changes diffProjects(const Project &a, const Project &b);

/// Human-readable listing, grouped per journey then project-wide items, one line per
/// change ("+ Touchpoint \"QR code\"", "~ KPI \"Conversion\": target 0.3 -> 0.35").
QString formatChangesText(const Changes &changes);

/// The same as a JSON array (the CLI's --format json).
nlohmann::json changesToJson(const Changes &changes);

/// A short text of one JSON value for people: strings as they are, lists joined by
/// commas, absent as "(not set)".
QString valueSummary(const nlohmann::json *value);

} // namespace omnimap
