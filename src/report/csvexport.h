#pragma once

#include "csvwriter.h"
#include "model/project.h"
#include "reportoptions.h"

namespace omnimap {

/// The plan's tables as CSV, one function per table so the GUI can offer them one by one.
namespace CsvExport {

/// KPIs with scope, baseline, target, measured, simulated and status.
CsvTable kpiTable(const Project &project, const QString &language = QStringLiteral("en"));
/// Every touchpoint of the journeys chosen (all when `journeyId` is empty), map order.
CsvTable touchpointTable(const Project &project, const Id &journeyId = {});
/// Planned actions of every campaign, by campaign then start date.
CsvTable campaignActionTable(const Project &project);

/// Writes kpis.csv, touchpoints.csv and campaign-actions.csv into `directory` (created
/// if needed). Returns the paths written; on failure, `error` names the file and reason.
QStringList writeTables(const QString &directory, const Project &project, const ReportOptions &options,
                        QString *error);

/// Writes one table to `path` atomically.
bool writeTable(const QString &path, const CsvTable &table, bool byteOrderMark, QString *error);

} // namespace CsvExport
} // namespace omnimap
