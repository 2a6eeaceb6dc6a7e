#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace omnimap {

/// Brings a parsed project tree from `fromVersion` up to kCurrentFormatVersion, one
/// step per version, so each step stays small and testable. Returns an empty string
/// on success, else a translated reason.
QString migrateProjectTree(nlohmann::json &root, int fromVersion);

} // namespace omnimap
