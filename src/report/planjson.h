#pragma once

#include "model/project.h"
#include "reportoptions.h"

#include <QByteArray>

#include <nlohmann/json.hpp>

namespace omnimap {

/// The JSON plan: a read-only, versioned summary of a plan for other systems (BI,
/// campaign tools, intranets), documented by docs/plan-export.schema.json. It is not the
/// editable project file: names are resolved, scores and statuses computed, and the
/// layout details of the canvas left out.
namespace PlanJson {

/// Version of the plan document; bump it (and the schema) when a field changes meaning.
constexpr int kFormatVersion = 1;

nlohmann::ordered_json document(const Project &project, const ReportOptions &options);

/// UTF-8, two-space indent, trailing newline.
QByteArray write(const Project &project, const ReportOptions &options);

/// Writes the plan to `path` atomically; `error` names the file on failure.
bool writeFile(const QString &path, const Project &project, const ReportOptions &options, QString *error);

} // namespace PlanJson
} // namespace omnimap
