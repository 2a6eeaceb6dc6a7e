#include "reportdata.h"

#include "model/lookup.h"
#include "plan/money.h"
#include "render/mapglyphs.h"
#include "render/maprenderer.h"

#include <QCoreApplication>

#include <cmath>

namespace omnimap::ReportData {

namespace {

struct ReportdataTr { Q_DECLARE_TR_FUNCTIONS(omnimap::Report) };

} // namespace

QString statusKey(KpiStatus status)
{
    // The export schemas spell "no status" as no_data; the other keys are the plan's own.
    return status == KpiStatus::NoTarget ? QStringLiteral("no_data") : kpiStatusName(status);
}

QString statusLabel(KpiStatus status)
{
    switch (status) {
    case KpiStatus::OnTrack:
        return ReportdataTr::tr("On track");
    case KpiStatus::AtRisk:
        return ReportdataTr::tr("At risk");
    case KpiStatus::OffTrack:
        return ReportdataTr::tr("Off track");
    case KpiStatus::NoTarget:
        break;
    }
    return ReportdataTr::tr("No data");
}

QString formatNumber(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    const double rounded = std::round(value * 100.0) / 100.0;
    const bool integral = std::abs(rounded - std::round(rounded)) < 1e-9;
    QString text = locale.toString(rounded, 'f', integral ? 0 : 2);
    if (!integral && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QString formatKpiValue(const Kpi &kpi, std::optional<double> value, const QLocale &locale, const QString &planCurrency)
{
    if (!value)
        return {};
    if (kpi.unit == KpiUnit::Currency && !(kpi.currency.isEmpty() && planCurrency.isEmpty()))
        return formatMoney(*value, kpi.currency.isEmpty() ? planCurrency : kpi.currency, locale);
    const QString number = formatNumber(*value, locale);
    switch (kpi.unit) {
    case KpiUnit::Percent:
        return number + QStringLiteral(" %");
    case KpiUnit::Currency:
        return number;
    case KpiUnit::Duration:
        return ReportdataTr::tr("%1 d").arg(number);
    case KpiUnit::Ratio:
        return number + QStringLiteral("×");
    case KpiUnit::Count:
    case KpiUnit::Score:
        break;
    }
    return number;
}

QString plainNumber(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return {};
    return QString::number(*value, 'g', 15);
}

CheckStatus checkStatus(const Checklist &checklist, const Id &itemId, const Id &channelId)
{
    for (const CheckResult &r : checklist.results) {
        if (r.itemId == itemId && r.channelId == channelId)
            return r.status;
    }
    return CheckStatus::Unchecked;
}

ChecklistScore scoreChecklist(const Checklist &checklist, const Id &channelId)
{
    ChecklistScore score;
    const IdList channels = channelId.isEmpty() ? checklist.channelIds : IdList{channelId};
    for (const ChecklistItem &item : checklist.items) {
        for (const Id &channel : channels) {
            switch (checkStatus(checklist, item.id, channel)) {
            case CheckStatus::Pass:
                ++score.pass;
                break;
            case CheckStatus::Fail:
                ++score.fail;
                break;
            case CheckStatus::NotApplicable:
                ++score.notApplicable;
                break;
            case CheckStatus::Unchecked:
                ++score.unchecked;
                break;
            }
        }
    }
    return score;
}

QString channelName(const Project &project, const Id &id)
{
    const Channel *c = findById(project.channels, id);
    return c ? c->name : QString();
}

QString stageName(const Project &project, const Id &id)
{
    for (const Journey &j : project.journeys) {
        if (const Stage *s = findById(j.stages, id))
            return s->name;
    }
    return {};
}

QString personaName(const Project &project, const Id &id)
{
    const Persona *p = findById(project.personas, id);
    return p ? p->name : QString();
}

QString departmentName(const Project &project, const Id &id)
{
    const Department *d = findById(project.departments, id);
    return d ? d->name : QString();
}

QString journeyName(const Project &project, const Id &id)
{
    const Journey *j = findById(project.journeys, id);
    return j ? j->name : QString();
}

QString touchpointTitle(const Project &project, const Id &id)
{
    for (const Journey &j : project.journeys) {
        if (const Touchpoint *t = findById(j.touchpoints, id))
            return t->title;
    }
    return {};
}

QString kpiScope(const Project &project, const Kpi &kpi)
{
    QStringList parts;
    if (!kpi.journeyId.isEmpty())
        parts << journeyName(project, kpi.journeyId);
    if (!kpi.stageId.isEmpty())
        parts << stageName(project, kpi.stageId);
    if (!kpi.channelId.isEmpty())
        parts << channelName(project, kpi.channelId);
    parts.removeAll(QString());
    return parts.isEmpty() ? ReportdataTr::tr("Whole project") : parts.join(QStringLiteral(" › "));
}

QList<const Journey *> journeysFor(const Project &project, const Id &journeyId)
{
    QList<const Journey *> list;
    for (const Journey &j : project.journeys) {
        if (journeyId.isEmpty() || j.id == journeyId)
            list.append(&j);
    }
    return list;
}

} // namespace omnimap::ReportData
