// Appendix: findings of the plan checks (references and consistency rules).

#include "reportsections.h"

#include "reporttable.h"
#include "rules/ruleengine.h"
#include "validation/referencecheck.h"

#include <QCoreApplication>

namespace omnimap::ReportSections {

namespace {

struct ReportfindingsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

} // namespace

void addFindings(ReportBook &book, const ReportContext &c)
{
    const Diagnostics findings = validateReferences(c.project);
    ReportTable t;
    t.columns = {{ReportfindingsTr::tr("Severity"), 1.0, Qt::AlignLeft}, {ReportfindingsTr::tr("Where"), 2.2, Qt::AlignLeft}, {ReportfindingsTr::tr("Finding"), 4.0, Qt::AlignLeft}};
    for (const Diagnostic &d : findings) {
        ReportTableCell severity;
        switch (d.severity) {
        case Diagnostic::Severity::Error:
            severity = {ReportfindingsTr::tr("Error"), {}, ReportStyle::statusTint(KpiStatus::OffTrack), KpiStatus::OffTrack, true, {}};
            break;
        case Diagnostic::Severity::Warning:
            severity = {ReportfindingsTr::tr("Warning"), {}, ReportStyle::statusTint(KpiStatus::AtRisk), KpiStatus::AtRisk, false, {}};
            break;
        case Diagnostic::Severity::Info:
            severity = {ReportfindingsTr::tr("Note"), {}, {}, KpiStatus::NoTarget, false, {}};
            break;
        }
        t.rows.append({severity, {d.where, {}, {}, {}, false, {}}, {d.message, {}, {}, {}, false, {}}});
    }
    // Consistency rules (brand words, missing hand-offs, promotion parity, …).
    for (const RuleFinding &f : runRules(c.project)) {
        ReportTableCell severity{ReportfindingsTr::tr("Warning"), {}, ReportStyle::statusTint(KpiStatus::AtRisk), KpiStatus::AtRisk, false, {}};
        if (f.severity == Diagnostic::Severity::Error)
            severity = {ReportfindingsTr::tr("Error"), {}, ReportStyle::statusTint(KpiStatus::OffTrack), KpiStatus::OffTrack, true, {}};
        else if (f.severity == Diagnostic::Severity::Info)
            severity = {ReportfindingsTr::tr("Note"), {}, {}, KpiStatus::NoTarget, false, {}};
        t.rows.append({severity, {f.ruleId, {}, {}, {}, false, {}}, {f.message, f.explanation, {}, {}, false, {}}});
    }
    // A management document lists the first findings; the app and CLI list them all.
    constexpr int kMaxRows = 150;
    if (t.rows.size() > kMaxRows) {
        const int more = int(t.rows.size()) - kMaxRows;
        t.rows.resize(kMaxRows);
        t.rows.append({{ReportfindingsTr::tr("…"), {}, {}, {}, false, {}},
                       {QString(), {}, {}, {}, false, {}},
                       {ReportfindingsTr::tr("%1 more findings are listed in the app's problems panel.").arg(more), {}, {}, {}, true, {}}});
    }
    if (t.rows.isEmpty())
        t.rows.append({{ReportfindingsTr::tr("—"), {}, {}, {}, false, {}},
                       {QString(), {}, {}, {}, false, {}},
                       {ReportfindingsTr::tr("No findings: the plan passed every check."), {}, {}, {}, false, {}}});
    book.beginSection(ReportfindingsTr::tr("Appendix: findings"));
    addTablePages(book, c.style, ReportfindingsTr::tr("Appendix"), ReportfindingsTr::tr("Appendix: findings"),
                  ReportfindingsTr::tr("Problems found by the plan checks (references and consistency rules) when the report was made."), t);
}

} // namespace omnimap::ReportSections
