#include "campaignrules.h"

#include "model/lookup.h"
#include "plan/campaignschedule.h"
#include "plan/kpilibrary.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace omnimap {
namespace {

struct CampaignrulesTr { Q_DECLARE_TR_FUNCTIONS(Rules) };

QString campaignLabel(const Campaign &c)
{
    return c.name.isEmpty() ? c.id : c.name;
}

QString actionLabel(const PlannedAction &a)
{
    return a.title.isEmpty() ? a.id : a.title;
}

void checkDates(const Project &project, const Campaign &campaign, RuleSink &sink)
{
    const DateSpan span = campaignSpan(campaign);
    if (!span.isValid()) {
        sink.report("campaign.invalid-dates",
                    QCoreApplication::translate("Rules", "Campaign “%1”: dates “%2” – “%3” are not a valid period")
                        .arg(campaignLabel(campaign), campaign.start, campaign.end),
                    campaign.id, campaign.journeyId);
    }
    for (const PlannedAction &action : campaign.actions) {
        const DateSpan own = actionSpan(action);
        if (!own.isValid()) {
            sink.report("campaign.invalid-dates",
                        QCoreApplication::translate("Rules", "Campaign “%1”, action “%2”: dates “%3” – “%4” are not a valid period")
                            .arg(campaignLabel(campaign), actionLabel(action), action.start, action.end),
                        action.id, campaign.journeyId);
            continue;
        }
        if (span.isValid() && !span.contains(own)) {
            sink.report("campaign.action-outside-dates",
                        QCoreApplication::translate("Rules", "Campaign “%1”: action “%2” (%3 – %4) is outside the campaign (%5 – %6)")
                            .arg(campaignLabel(campaign), actionLabel(action), action.start, action.end,
                                 campaign.start, campaign.end),
                        action.id, campaign.journeyId);
        }
    }
    Q_UNUSED(project);
}

void checkBudget(const Project &project, const Campaign &campaign, RuleSink &sink)
{
    const QString currency = campaign.currency.isEmpty() ? project.currency : campaign.currency;
    const QLocale locale = planLocale(project);
    for (const ChannelBudgetUse &use : campaignBudgetUse(project, campaign)) {
        if (!use.exceeded())
            continue;
        const Channel *channel = findById(project.channels, use.channelId);
        const QString name = channel ? channel->name
                                     : (use.channelId.isEmpty() ? CampaignrulesTr::tr("(no channel)") : use.channelId);
        const QString planned = formatKpiValue(use.planned, KpiUnit::Currency, currency, locale);
        const QString message = use.budget
            ? QCoreApplication::translate("Rules", "Campaign “%1”: actions on %2 cost %3, over the budget of %4")
                  .arg(campaignLabel(campaign), name, planned,
                       formatKpiValue(*use.budget, KpiUnit::Currency, currency, locale))
            : QCoreApplication::translate("Rules", "Campaign “%1”: actions on %2 cost %3 but the channel has no budget line")
                  .arg(campaignLabel(campaign), name, planned);
        sink.report("campaign.over-budget", message, campaign.id, campaign.journeyId);
    }
}

struct PromotionSlot
{
    const Campaign *campaign;
    const PlannedAction *action;
    Id stageId;
    DateSpan span;
};

QList<PromotionSlot> promotionSlots(const Project &project, const Campaign &campaign)
{
    QList<PromotionSlot> result;
    for (const PlannedAction &action : campaign.actions) {
        const Touchpoint *t = actionTouchpoint(project, campaign, action);
        if (!t || !(action.promotion || t->promotion))
            continue;
        const DateSpan span = actionSpan(action);
        if (span.isValid())
            result.append({&campaign, &action, t->stageId, span});
    }
    return result;
}

void checkOverlaps(const Project &project, RuleSink &sink)
{
    QList<QList<PromotionSlot>> perCampaign;
    for (const Campaign &campaign : project.campaigns)
        perCampaign << promotionSlots(project, campaign);
    QSet<QString> reported;
    for (qsizetype a = 0; a < project.campaigns.size(); ++a) {
        for (qsizetype b = a + 1; b < project.campaigns.size(); ++b) {
            const Campaign &first = project.campaigns.at(a);
            const Campaign &second = project.campaigns.at(b);
            // No persona means "everyone", which includes any persona.
            if (!first.personaId.isEmpty() && !second.personaId.isEmpty()
                && first.personaId != second.personaId)
                continue;
            for (const PromotionSlot &x : perCampaign.at(a)) {
                for (const PromotionSlot &y : perCampaign.at(b)) {
                    if (x.stageId != y.stageId || !x.span.overlaps(y.span))
                        continue;
                    const QString key = first.id + second.id + x.stageId;
                    if (reported.contains(key))
                        continue;
                    reported.insert(key);
                    const DateSpan both{qMax(x.span.start, y.span.start), qMin(x.span.end, y.span.end)};
                    QString stageName = x.stageId;
                    for (const Journey &j : project.journeys) {
                        if (const Stage *s = findById(j.stages, x.stageId))
                            stageName = s->name;
                    }
                    sink.report("campaign.overlapping-promotions",
                                QCoreApplication::translate("Rules", "Campaigns “%1” (“%2”) and “%3” (“%4”) both run a promotion at stage “%5” from %6 to %7")
                                    .arg(campaignLabel(first), actionLabel(*x.action), campaignLabel(second),
                                         actionLabel(*y.action), stageName, isoDate(both.start), isoDate(both.end)),
                                y.action->id, second.journeyId);
                }
            }
        }
    }
}

} // namespace

void checkCampaignRules(const Project &project, RuleSink &sink)
{
    for (const Campaign &campaign : project.campaigns) {
        if (sink.enabled("campaign.invalid-dates") || sink.enabled("campaign.action-outside-dates"))
            checkDates(project, campaign, sink);
        if (sink.enabled("campaign.over-budget"))
            checkBudget(project, campaign, sink);
    }
    if (sink.enabled("campaign.overlapping-promotions"))
        checkOverlaps(project, sink);
}

} // namespace omnimap
