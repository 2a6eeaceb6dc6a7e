#include "rulefinding.h"

namespace omnimap {

Diagnostic RuleFinding::toDiagnostic(const QString &file) const
{
    Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.where = ruleId;
    d.message = message;
    d.itemId = itemId;
    return d;
}

bool hasErrors(const RuleFindings &findings)
{
    return countFindings(findings, Diagnostic::Severity::Error) > 0;
}

int countFindings(const RuleFindings &findings, Diagnostic::Severity severity)
{
    int n = 0;
    for (const RuleFinding &f : findings) {
        if (f.severity == severity)
            ++n;
    }
    return n;
}

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    }
    return {};
}

} // namespace omnimap
