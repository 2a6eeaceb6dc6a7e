#include "rulecatalogue.h"

#include <QCoreApplication>

namespace omnimap {

using S = Diagnostic::Severity;

const QList<RuleInfo> &ruleCatalogue()
{
    static const QList<RuleInfo> rules = {
        {"stage.no-touchpoint", S::Warning, QT_TRANSLATE_NOOP("Rules", "Stage without touchpoint"),
         QT_TRANSLATE_NOOP("Rules", "Customers pass through every stage. A stage with no touchpoint means the brand is absent there: plan at least one contact or merge the stage.")},
        {"touchpoint.no-kpi", S::Warning, QT_TRANSLATE_NOOP("Rules", "Touchpoint without KPI"),
         QT_TRANSLATE_NOOP("Rules", "A touchpoint nobody measures cannot be improved. Attach a KPI to it, or scope a KPI to its stage and channel.")},
        {"kpi.no-target", S::Warning, QT_TRANSLATE_NOOP("Rules", "KPI without target"),
         QT_TRANSLATE_NOOP("Rules", "Without a target a KPI cannot be on or off track. Set the value the plan aims for.")},
        {"role.no-touchpoint", S::Warning, QT_TRANSLATE_NOOP("Rules", "Channel role without touchpoint"),
         QT_TRANSLATE_NOOP("Rules", "The role matrix gives the channel a role at this stage, but the map has no touchpoint there. Add the touchpoint or lower the role to none.")},
        {"journey.no-handoff", S::Warning, QT_TRANSLATE_NOOP("Rules", "Break in the journey"),
         QT_TRANSLATE_NOOP("Rules", "No hand-off leads from any touchpoint of a stage to one of the next stage, so nothing moves the customer on. Draw the hand-off that carries them (\"QR code in store → app\").")},
        {"promotion.no-parity", S::Error, QT_TRANSLATE_NOOP("Rules", "Promotion missing on a channel"),
         QT_TRANSLATE_NOOP("Rules", "An applied checklist requires the same promotion on these channels. Customers who see it on one channel and not on another lose trust: add it, or mark the checklist item not applicable for that channel.")},
        {"message.forbidden-word", S::Error, QT_TRANSLATE_NOOP("Rules", "Forbidden word in message"),
         QT_TRANSLATE_NOOP("Rules", "The brand has banned this word (legal risk or off-brand). Matching ignores case, spacing and full-width letters.")},
        {"message.no-keyword", S::Info, QT_TRANSLATE_NOOP("Rules", "No brand keyword in message"),
         QT_TRANSLATE_NOOP("Rules", "None of the brand's keywords appears in the message, so it may not sound like the brand. Consider using one.")},
        {"channel.off-palette", S::Warning, QT_TRANSLATE_NOOP("Rules", "Channel colour outside the brand palette"),
         QT_TRANSLATE_NOOP("Rules", "Channel colours should come from the brand palette so the map and exports look like the brand.")},
        {"campaign.invalid-dates", S::Error, QT_TRANSLATE_NOOP("Rules", "Invalid campaign dates"),
         QT_TRANSLATE_NOOP("Rules", "A date is missing, not an ISO date (YYYY-MM-DD), or ends before it starts.")},
        {"campaign.action-outside-dates", S::Warning, QT_TRANSLATE_NOOP("Rules", "Action outside the campaign dates"),
         QT_TRANSLATE_NOOP("Rules", "A planned action runs before the campaign starts or after it ends. Move the action or extend the campaign.")},
        {"campaign.over-budget", S::Warning, QT_TRANSLATE_NOOP("Rules", "Channel budget exceeded"),
         QT_TRANSLATE_NOOP("Rules", "The planned actions on this channel cost more than its budget line. Raise the budget or cut actions.")},
        {"campaign.overlapping-promotions", S::Warning, QT_TRANSLATE_NOOP("Rules", "Overlapping promotions"),
         QT_TRANSLATE_NOOP("Rules", "Two campaigns run promotions at the same stage for the same persona at the same time: customers would get both offers. Stagger them or combine them.")},
        // Checked against the open data set's feedback (sim/feedbackplancheck.h), not by runRules().
        {"feedback.emotion-gap", S::Warning, QT_TRANSLATE_NOOP("Rules", "Planned and measured feeling differ"),
         QT_TRANSLATE_NOOP("Rules", "Customer feedback puts a stage's emotion far from what the map assumes. Read what customers say there and correct the plan or the experience.")},
        {"experiment.design", S::Error, QT_TRANSLATE_NOOP("Rules", "Experiment can not be read"),
         QT_TRANSLATE_NOOP("Rules", "An A/B test needs two or more labelled variants whose split adds up to 100 %, a primary KPI with a data binding, a non-zero minimum detectable effect and valid dates. Fix the design before launch, or its result can not be read.")},
    };
    return rules;
}

const RuleInfo *findRule(const QString &id)
{
    for (const RuleInfo &rule : ruleCatalogue()) {
        if (id == QLatin1String(rule.id))
            return &rule;
    }
    return nullptr;
}

QString RuleInfo::translatedTitle() const
{
    return QCoreApplication::translate("Rules", title);
}

QString RuleInfo::translatedExplanation() const
{
    return QCoreApplication::translate("Rules", explanation);
}

} // namespace omnimap
