#pragma once

#include "plan/kpistatus.h"

#include "model/project.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace omnimap {

/// Facts every export derives the same way (PDF, JSON plan, CSV), so a KPI is "at risk"
/// in all three or in none.
namespace ReportData {

/// "on_track", "at_risk", "off_track", "no_data": stable keys for JSON and CSV.
QString statusKey(KpiStatus status);
/// Translated status with a text marker, so colour is never the only signal.
QString statusLabel(KpiStatus status);

/// A number as the report prints it: grouping, at most two decimals, no trailing zeros.
QString formatNumber(double value, const QLocale &locale);
/// A KPI value with its unit ("12.5 %", "₩4,500", "3 d"); empty when absent. Money is
/// written by formatMoney() in the KPI's currency, or `planCurrency` when it has none.
QString formatKpiValue(const Kpi &kpi, std::optional<double> value, const QLocale &locale,
                       const QString &planCurrency = {});
/// Machine form of a value for CSV: plain C-locale number or empty.
QString plainNumber(std::optional<double> value);

/// Pass / fail / n.a. / unchecked counts of a checklist, for one channel or all.
struct ChecklistScore
{
    int pass = 0;
    int fail = 0;
    int notApplicable = 0;
    int unchecked = 0;
    /// Share of passes among the items decided pass or fail, 0..1; none when nothing was decided.
    std::optional<double> score() const
    {
        const int decided = pass + fail;
        if (decided == 0)
            return std::nullopt;
        return double(pass) / double(decided);
    }
};
ChecklistScore scoreChecklist(const Checklist &checklist, const Id &channelId = {});
/// The status of one item on one channel (Unchecked when nobody reviewed it).
CheckStatus checkStatus(const Checklist &checklist, const Id &itemId, const Id &channelId);

QString channelName(const Project &project, const Id &id);
QString stageName(const Project &project, const Id &id);
QString personaName(const Project &project, const Id &id);
QString departmentName(const Project &project, const Id &id);
QString journeyName(const Project &project, const Id &id);
QString touchpointTitle(const Project &project, const Id &id);
/// "Journey › Stage › Channel" or "Whole project".
QString kpiScope(const Project &project, const Kpi &kpi);
/// Journeys the export covers: the one asked for, or all.
QList<const Journey *> journeysFor(const Project &project, const Id &journeyId);

} // namespace ReportData
} // namespace omnimap
