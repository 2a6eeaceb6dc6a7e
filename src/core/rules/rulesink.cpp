#include "rulesink.h"

#include "rulecatalogue.h"

#include <QCoreApplication>

namespace omnimap {

RuleSink::RuleSink(const QStringList &disabledRules)
    : m_disabled(disabledRules.cbegin(), disabledRules.cend())
{
}

bool RuleSink::enabled(const char *ruleId) const
{
    return !m_disabled.contains(QLatin1String(ruleId));
}

void RuleSink::report(const char *ruleId, const QString &message, const Id &itemId, const Id &journeyId)
{
    if (!enabled(ruleId))
        return;
    RuleFinding finding;
    finding.ruleId = QLatin1String(ruleId);
    finding.message = message;
    finding.itemId = itemId;
    finding.journeyId = journeyId;
    if (const RuleInfo *rule = findRule(finding.ruleId)) {
        finding.severity = rule->severity;
        finding.explanation = rule->translatedExplanation();
    }
    m_findings << finding;
}

} // namespace omnimap
