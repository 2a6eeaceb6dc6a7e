#pragma once

#include "model/journey.h"

#include <QString>

#include <optional>

namespace omnimap::OpenJourney {

/// Keys of a node that Omnimap models itself; every other key of a node is OJF-only
/// and travels in the item's `extra.ojf` so an import → export round trip keeps it.
bool isMappedNodeKey(const std::string &key);

/// The note lane a swimlane name stands for ("Pain Points" → PainPoints), if any.
std::optional<NoteLane> noteLaneForName(const QString &name);
/// Stable key and English lane name of a note lane ("pain_points", "Pain Points").
const char *noteLaneKey(NoteLane lane);
QString noteLaneName(NoteLane lane);
std::optional<NoteLane> noteLaneFromKey(const std::string &key);
QStringList &noteList(Stage &stage, NoteLane lane);
const QStringList &noteList(const Stage &stage, NoteLane lane);

} // namespace omnimap::OpenJourney
