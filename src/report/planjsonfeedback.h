#pragma once

#include "model/project.h"
#include "reportoptions.h"

#include <nlohmann/json.hpp>

namespace omnimap::PlanJson {

/// The JSON plan's "feedback" member (docs/plan-export.schema.json): per journey and
/// stage the planned and measured emotion with n and the 95 % interval, NPS, CSAT and
/// the top phrases of low-score feedback, from options.measureDataSet. null when there
/// is no local data set or it holds no feedback (the member is then left out).
nlohmann::ordered_json feedbackJson(const Project &project, const ReportOptions &options);

} // namespace omnimap::PlanJson
