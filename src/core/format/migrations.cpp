#include "migrations.h"

#include "projectfile.h"

#include <QCoreApplication>

#include <functional>

namespace omnimap {

namespace {

// Version 0 was the prototype format shared with early testers: hand-offs named their
// ends "fromId"/"toId" and there was no formatVersion key (read as 0).
void migrate0to1(nlohmann::json &root)
{
    auto journeys = root.find("journeys");
    if (journeys == root.end() || !journeys->is_array())
        return;
    for (auto &journey : *journeys) {
        if (!journey.is_object())
            continue;
        auto handoffs = journey.find("handoffs");
        if (handoffs == journey.end() || !handoffs->is_array())
            continue;
        for (auto &h : *handoffs) {
            if (!h.is_object())
                continue;
            for (const auto &[oldKey, newKey] : {std::pair{"fromId", "from"}, std::pair{"toId", "to"}}) {
                auto it = h.find(oldKey);
                if (it != h.end() && h.find(newKey) == h.end()) {
                    h[newKey] = *it;
                    h.erase(oldKey);
                }
            }
        }
    }
}

// Version 2 added experiments (an optional "experiment" object on touchpoints and
// hand-offs, docs/experiments.md). A version-1 file has none and every version-1 field
// means the same in version 2, so the step changes nothing but the version: it exists so
// that an Omnimap that reads only version 1 refuses a file whose experiments it would
// otherwise keep as unknown fields but could not check or show.
void migrate1to2(nlohmann::json &)
{
}

// Version 3 added the recorded measurement history of a KPI (an optional "measurements"
// array of {id, date, actual, note} on each KPI, docs/file-format.md). Version 2 kept only
// the last measured value in "actual", which keeps its meaning; it is not turned into a
// history entry because a version-2 file does not say when it was measured, and a made-up
// date would be worse than none. Like 1 → 2 the step changes nothing but the version, so
// an Omnimap that reads only version 2 refuses a file whose history it could not show.
void migrate2to3(nlohmann::json &)
{
}

struct Step
{
    int from;
    std::function<void(nlohmann::json &)> apply;
};

const Step kSteps[] = {
    {0, migrate0to1},
    {1, migrate1to2},
    {2, migrate2to3},
};

} // namespace

QString migrateProjectTree(nlohmann::json &root, int fromVersion)
{
    if (fromVersion > kCurrentFormatVersion) {
        return QCoreApplication::translate("omnimap::JsonReader",
                                           "written by a newer Omnimap (format version %1); "
                                           "this version reads up to %2. Please update Omnimap.")
            .arg(fromVersion)
            .arg(kCurrentFormatVersion);
    }
    if (fromVersion < 0) {
        return QCoreApplication::translate("omnimap::JsonReader",
                                           "format version %1 is not valid")
            .arg(fromVersion);
    }
    for (int version = fromVersion; version < kCurrentFormatVersion; ++version) {
        for (const Step &step : kSteps) {
            if (step.from == version)
                step.apply(root);
        }
    }
    root["formatVersion"] = kCurrentFormatVersion;
    return {};
}

} // namespace omnimap
