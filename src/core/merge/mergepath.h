#pragma once

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace omnimap {

/// One step from a JSON object to a value inside it: either an object key, or the
/// element of an array whose `matchKey` field equals `matchValue` (for string arrays,
/// matchKey is empty and the element equals matchValue).
struct MergePathStep
{
    QString key;
    bool selector = false;
    QString matchKey;
    QString matchValue;

    static MergePathStep field(const QString &key) { return {key, false, {}, {}}; }
    static MergePathStep element(const QString &matchKey, const QString &matchValue)
    {
        return {{}, true, matchKey, matchValue};
    }
    bool operator==(const MergePathStep &other) const;
};

/// A location in a project tree addressed by item ids instead of array indexes, so it
/// still finds its value after the arrays around it were reordered or grew (a conflict
/// recorded in a file is resolved later, possibly after other edits).
using MergePath = QList<MergePathStep>;

/// ["journeys", {"key":"id","value":"J1"}, "name"]: the form stored in files.
nlohmann::json mergePathToJson(const MergePath &path);
std::optional<MergePath> mergePathFromJson(const nlohmann::json &value);

/// "journeys[id=J1].name": for messages and the CLI.
QString mergePathText(const MergePath &path);

/// Whether an array element matches a selector step.
bool elementMatches(const nlohmann::json &element, const MergePathStep &step);

/// The value at `path`, or null when some step does not exist.
const nlohmann::json *findAtPath(const nlohmann::json &root, const MergePath &path);
nlohmann::json *findAtPath(nlohmann::json &root, const MergePath &path);

} // namespace omnimap
