// Campaign effect in the PDF report (issue 14 item 3, docs/campaign-effect.md): per
// campaign, its KPIs before and during it, the difference with its 95 % interval and,
// when the plan names a comparison, the difference-in-differences; measured on the data
// set the report was given, the way the campaign view's Effect tab computes them.

#include "reportsections.h"
#include "reporttable.h"

#include "sim/campaigneffect.h"
#include "sim/dataset.h"
#include "sim/eventcache.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap::ReportSections {

namespace {

struct ReportcampaigneffectTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

QString number(const QLocale &locale, double v, KpiUnit unit)
{
    if (unit == KpiUnit::Percent)
        return locale.toString(v, 'f', 2) + QStringLiteral(" %");
    if (unit == KpiUnit::Count && std::abs(v - std::round(v)) < 1e-9)
        return locale.toString(v, 'f', 0);
    return locale.toString(v, 'f', 2);
}

QString signedNumber(const QLocale &locale, double v, KpiUnit unit)
{
    const QString text = (v > 0 ? QStringLiteral("+") : QString()) + locale.toString(v, 'f', 2);
    return unit == KpiUnit::Percent ? ReportcampaigneffectTr::tr("%1 pts").arg(text) : text;
}

ReportTableCell estimateCell(const QLocale &locale, const std::optional<sim::EffectEstimate> &e, KpiUnit unit,
                             const QString &note)
{
    ReportTableCell cell;
    if (!e) {
        cell.text = QStringLiteral("—");
        cell.detail = note;
        return cell;
    }
    cell.text = signedNumber(locale, e->value, unit);
    cell.detail = ReportcampaigneffectTr::tr("95 %: %1 … %2").arg(signedNumber(locale, e->interval.low, unit), signedNumber(locale, e->interval.high, unit));
    cell.bold = e->significant();
    return cell;
}

ReportTableCell valueCell(const QLocale &locale, const sim::EffectCell &c, KpiUnit unit)
{
    return ReportTableCell{c.measured ? number(locale, c.value, unit) : QStringLiteral("—"), {}, {}, {}, false, {}};
}

} // namespace

void addCampaignEffects(ReportBook &book, const ReportContext &c)
{
    const QString path = c.options.measureDataSet;
    if (path.isEmpty() || c.project.campaigns.isEmpty())
        return;
    sim::DataSet dataSet;
    if (!dataSet.open(path))
        return;
    QString error;
    const sim::EventColumnsPtr events = sim::cachedEventColumns(dataSet, &error);
    if (!events)
        return;
    bool begun = false;
    for (const Campaign &campaign : c.project.campaigns) {
        sim::EffectSetup setup;
        sim::CampaignEffect effect;
        QString why;
        const bool ok = sim::prepareCampaignEffect(c.project, campaign, setup, &why)
            && sim::loadEffectSegments(dataSet, setup, events->customerLimit, &why)
            && sim::campaignEffect(setup, *events, effect, &why);
        if (!begun) {
            book.beginSection(ReportcampaigneffectTr::tr("Campaign effect"), 1);
            begun = true;
        }
        const bool did = ok && effect.comparison != sim::ComparisonKind::None;
        ReportTable table;
        table.columns = {{ReportcampaigneffectTr::tr("KPI"), 2.2}, {ReportcampaigneffectTr::tr("Before"), 1.1, Qt::AlignRight}, {ReportcampaigneffectTr::tr("During"), 1.1, Qt::AlignRight},
                         {ReportcampaigneffectTr::tr("Difference"), 1.9, Qt::AlignRight}};
        if (did)
            table.columns << ReportTableColumn{ReportcampaigneffectTr::tr("Difference-in-differences"), 1.9, Qt::AlignRight};
        QString intro;
        if (!ok) {
            intro = why;
        } else {
            intro = ReportcampaigneffectTr::tr("%1 to %2 (%3 days) against %4 to %5, on the data set's events (UTC).")
                        .arg(effect.first.toString(Qt::ISODate), effect.last.toString(Qt::ISODate))
                        .arg(effect.days)
                        .arg(effect.beforeFirst.toString(Qt::ISODate), effect.beforeLast.toString(Qt::ISODate));
            if (did)
                intro += QLatin1Char(' ') + ReportcampaigneffectTr::tr("Difference-in-differences: the change of the treated (%1) minus the change of %2.")
                                                .arg(effect.treatedName, effect.comparisonName);
            for (const QString &n : effect.notes)
                intro += QLatin1Char(' ') + n;
            for (const sim::KpiEffect &k : effect.kpis) {
                QList<ReportTableCell> row{ReportTableCell{k.name, {}, {}, {}, false, {}}, valueCell(c.locale, k.before, k.unit),
                                           valueCell(c.locale, k.during, k.unit),
                                           estimateCell(c.locale, k.difference, k.unit, k.differenceNote)};
                if (did)
                    row << estimateCell(c.locale, k.did, k.unit, k.didNote);
                table.rows << row;
            }
        }
        addTablePages(book, c.style, ReportcampaigneffectTr::tr("Campaign effect"), ReportcampaigneffectTr::tr("Campaign effect — %1").arg(campaign.name), intro, table,
                      QPageLayout::Portrait,
                      ok ? ReportcampaigneffectTr::tr("Intervals are 95 %: rates by Newcombe's score method, counts and other ratios as Poisson; "
                              "difference-in-differences by the normal approximation. Bold: the interval excludes zero.")
                         : QString());
    }
}

} // namespace omnimap::ReportSections
