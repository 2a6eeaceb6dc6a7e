#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

namespace omnimap {

/// Stable identifier of a model item: a UUID without braces. Ids never change once
/// created, so merges and diffs can match items across copies of a file.
using Id = QString;
using IdList = QStringList;

/// Creates a new random item id.
Id newId();

/// Fields read from a file that this version does not know. They are written back
/// unchanged so a file from a newer Omnimap keeps its data through an older one.
using ExtraFields = nlohmann::json;

/// Who owns an item and where it is in review (DESIGN: departments work on one plan).
enum class ReviewStatus { Draft, InReview, Approved };

struct Review
{
    ReviewStatus status = ReviewStatus::Draft;
    QString by;
    QString at; ///< ISO 8601 date-time, empty if never reviewed
};

} // namespace omnimap
