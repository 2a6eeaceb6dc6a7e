#pragma once

#include "format/diagnostic.h"
#include "model/common.h"

namespace omnimap {

/// One problem a consistency rule found in a plan. Unlike a file Diagnostic it names
/// the rule (so the user can switch it off for the project) and carries an explanation
/// of why it matters; itemId is the item to jump to.
struct RuleFinding
{
    QString ruleId; ///< stable, e.g. "stage.no-touchpoint"
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    QString message;     ///< translated, names the items concerned
    QString explanation; ///< translated: why it matters and what to do
    Id itemId;
    Id journeyId; ///< the journey the item belongs to, if any

    /// For the problems panel and the CLI's text output; `where` holds the rule id.
    Diagnostic toDiagnostic(const QString &file = {}) const;
};

using RuleFindings = QList<RuleFinding>;

bool hasErrors(const RuleFindings &findings);
int countFindings(const RuleFindings &findings, Diagnostic::Severity severity);

/// "error", "warning", "info" (the CLI's JSON and text output).
QString severityName(Diagnostic::Severity severity);

} // namespace omnimap
