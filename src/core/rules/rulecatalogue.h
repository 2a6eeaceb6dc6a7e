#pragma once

#include "format/diagnostic.h"

#include <QList>
#include <QString>

namespace omnimap {

/// A consistency rule as the user sees it in the rule list: a stable id (stored in
/// Project::disabledRules when switched off), a default severity, and a translatable
/// title and explanation (English source, context "Rules").
struct RuleInfo
{
    const char *id;
    Diagnostic::Severity severity;
    const char *title;
    const char *explanation;

    QString translatedTitle() const;
    QString translatedExplanation() const;
};

/// Every rule, in the order the checks run and the rule list shows them.
const QList<RuleInfo> &ruleCatalogue();

/// The rule with `id`, or nullptr.
const RuleInfo *findRule(const QString &id);

} // namespace omnimap
