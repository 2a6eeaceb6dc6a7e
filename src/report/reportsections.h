#pragma once

#include "model/project.h"
#include "reportbook.h"
#include "reportoptions.h"
#include "reportstyle.h"
#include "sim/pathanalysis.h"

#include <QLocale>

namespace omnimap {

/// What every section writer needs. `project` outlives the book (PdfReport owns it).
struct ReportContext
{
    const Project &project;
    const ReportOptions &options;
    ReportStyle style;
    QLocale locale;
};

/// The section writers of the PDF report, in report order. Each adds its pages (and its
/// contents entries) to the book; a section with nothing to show adds nothing.
namespace ReportSections {
void addCover(ReportBook &book, const ReportContext &c);
void addContents(ReportBook &book, const ReportContext &c);
void addPersonas(ReportBook &book, const ReportContext &c);
void addJourneys(ReportBook &book, const ReportContext &c);
void addKpis(ReportBook &book, const ReportContext &c);
void addChecklists(ReportBook &book, const ReportContext &c);
void addCampaigns(ReportBook &book, const ReportContext &c);
void addDashboard(ReportBook &book, const ReportContext &c);
void addAttribution(ReportBook &book, const ReportContext &c);
void addFeedback(ReportBook &book, const ReportContext &c);
void addFindings(ReportBook &book, const ReportContext &c);
/// KPIs over time (reporttrends.cpp): one trend chart per bound KPI, as the dashboard draws it.
void addKpiTrends(ReportBook &book, const ReportContext &c);
/// Before and after each campaign (reportcampaigneffect.cpp), on the measured data set.
void addCampaignEffects(ReportBook &book, const ReportContext &c);
/// The dashboard's channel flow (a page of the dashboard section) when `flow` has moves.
bool hasChannelFlow(const sim::TransitionMatrix &flow);
void addChannelFlowPage(ReportBook &book, const ReportContext &c, const sim::TransitionMatrix &flow);
} // namespace ReportSections

} // namespace omnimap
