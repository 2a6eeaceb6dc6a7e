#pragma once

#include "rulefinding.h"

#include <QSet>

namespace omnimap {

/// Collects findings for the rule checks: fills severity and explanation from the
/// catalogue and drops findings of rules the project switched off, so each check only
/// says what it found.
class RuleSink final
{
public:
    explicit RuleSink(const QStringList &disabledRules);

    /// False for a rule switched off: checks may skip expensive work.
    bool enabled(const char *ruleId) const;
    void report(const char *ruleId, const QString &message, const Id &itemId, const Id &journeyId = {});

    const RuleFindings &findings() const { return m_findings; }

private:
    QSet<QString> m_disabled;
    RuleFindings m_findings;
};

} // namespace omnimap
