// KPI table and checklist heat maps.

#include "reportsections.h"

#include "model/lookup.h"
#include "render/mapglyphs.h"
#include "render/mapstyle.h"
#include "reportdata.h"
#include "reporttable.h"

#include <QCoreApplication>

namespace omnimap::ReportSections {

namespace {

struct ReportkpisTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

QString directionText(const Kpi &k)
{
    return k.direction == KpiDirection::Increase ? ReportkpisTr::tr("↑ higher is better") : ReportkpisTr::tr("↓ lower is better");
}

} // namespace

void addKpis(ReportBook &book, const ReportContext &c)
{
    if (c.project.kpis.isEmpty())
        return;
    ReportTable t;
    t.columns = {{ReportkpisTr::tr("KPI"), 2.2, Qt::AlignLeft},       {ReportkpisTr::tr("Scope"), 2.0, Qt::AlignLeft},
                 {ReportkpisTr::tr("Baseline"), 1.1, Qt::AlignRight}, {ReportkpisTr::tr("Target"), 1.1, Qt::AlignRight},
                 {ReportkpisTr::tr("Measured"), 1.1, Qt::AlignRight}, {ReportkpisTr::tr("Simulated"), 1.1, Qt::AlignRight},
                 {ReportkpisTr::tr("Status"), 1.3, Qt::AlignLeft}};
    for (const Kpi &k : c.project.kpis) {
        const KpiStatus status = kpiStatus(k);
        QList<ReportTableCell> row;
        row.append({k.name, directionText(k), {}, {}, true, {}});
        row.append({ReportData::kpiScope(c.project, k), ReportData::departmentName(c.project, k.ownerDepartmentId), {}, {}, false, {}});
        row.append({ReportData::formatKpiValue(k, k.baseline, c.locale, c.project.currency), {}, {}, {}, false, {}});
        row.append({ReportData::formatKpiValue(k, k.target, c.locale, c.project.currency), {}, {}, {}, true, {}});
        row.append({ReportData::formatKpiValue(k, k.actual, c.locale, c.project.currency), {}, {}, {}, false, {}});
        row.append({ReportData::formatKpiValue(k, k.simulated, c.locale, c.project.currency), {}, {}, {}, false, {}});
        row.append({ReportData::statusLabel(status), {}, ReportStyle::statusTint(status), status, false, {}});
        t.rows.append(row);
    }
    book.beginSection(ReportkpisTr::tr("KPIs"));
    addTablePages(book, c.style, ReportkpisTr::tr("KPIs"), ReportkpisTr::tr("KPIs and targets"),
                  ReportkpisTr::tr("Baseline, target, the value measured on the data set and the value simulated for the plan. "
                     "Status compares the simulated value (else the measured one) with the target."),
                  t, QPageLayout::Portrait,
                  ReportkpisTr::tr("Status markers: ● circle on track · ▲ triangle at risk (within 10 % of target) · "
                     "■ square off track · ○ ring no value yet."));
}

void addChecklists(ReportBook &book, const ReportContext &c)
{
    if (c.project.checklists.isEmpty())
        return;
    book.beginSection(ReportkpisTr::tr("Brand checklists"));
    const MapPalette &pal = MapPalette::get(false);
    for (const Checklist &cl : c.project.checklists) {
        ReportTable t;
        t.fontSize = cl.channelIds.size() > 6 ? 7 : 8;
        t.columns.append({ReportkpisTr::tr("Item"), 3.0, Qt::AlignLeft});
        for (const Id &ch : cl.channelIds)
            t.columns.append({ReportData::channelName(c.project, ch), 1.0, Qt::AlignHCenter});
        auto tint = [](const QColor &col) {
            return QColor::fromRgbF(0.72f + col.redF() * 0.28f, 0.72f + col.greenF() * 0.28f, 0.72f + col.blueF() * 0.28f);
        };
        for (const ChecklistItem &item : cl.items) {
            QList<ReportTableCell> row;
            row.append({item.text, item.category, {}, {}, false, {}});
            for (const Id &ch : cl.channelIds) {
                ReportTableCell cell;
                switch (ReportData::checkStatus(cl, item.id, ch)) {
                case CheckStatus::Pass:
                    cell.text = ReportkpisTr::tr("✓ Pass");
                    cell.fill = tint(pal.statusGood);
                    break;
                case CheckStatus::Fail:
                    cell.text = ReportkpisTr::tr("✗ Fail");
                    cell.fill = tint(pal.statusBad);
                    cell.bold = true;
                    break;
                case CheckStatus::NotApplicable:
                    cell.text = ReportkpisTr::tr("n/a");
                    cell.fill = ReportStyle::zebra();
                    break;
                case CheckStatus::Unchecked:
                    cell.text = QStringLiteral("—");
                    cell.fill = Qt::white;
                    break;
                }
                row.append(cell);
            }
            t.rows.append(row);
        }
        // Score row: the heat map's summary per channel.
        QList<ReportTableCell> scoreRow;
        const ReportData::ChecklistScore overall = ReportData::scoreChecklist(cl);
        scoreRow.append({ReportkpisTr::tr("Score (pass ÷ decided)"),
                         overall.score() ? ReportkpisTr::tr("Overall %1 %").arg(qRound(*overall.score() * 100)) : ReportkpisTr::tr("Overall: not reviewed"),
                         ReportStyle::headerFill(), {}, true, {}});
        for (const Id &ch : cl.channelIds) {
            const auto score = ReportData::scoreChecklist(cl, ch).score();
            ReportTableCell cell;
            cell.bold = true;
            cell.text = score ? QStringLiteral("%1 %").arg(qRound(*score * 100)) : QStringLiteral("—");
            const KpiStatus st = !score ? KpiStatus::NoTarget
                : *score >= 0.9         ? KpiStatus::OnTrack
                : *score >= 0.7         ? KpiStatus::AtRisk
                                        : KpiStatus::OffTrack;
            cell.status = st;
            cell.fill = ReportStyle::statusTint(st);
            scoreRow.append(cell);
        }
        t.rows.append(scoreRow);
        book.beginSection(cl.name, 1);
        addTablePages(book, c.style, ReportkpisTr::tr("Brand checklists"), ReportkpisTr::tr("Checklist — %1").arg(cl.name),
                      ReportkpisTr::tr("Each item reviewed per channel. Cells carry a word as well as a colour."), t,
                      cl.channelIds.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait,
                      ReportkpisTr::tr("Score markers: ● 90 % or more · ▲ 70–89 % · ■ below 70 % · ○ not reviewed."));
    }
}

} // namespace omnimap::ReportSections
