#pragma once

#include <QList>
#include <QString>

namespace omnimap {

/// One problem found while reading or checking a file or a model.
/// `where` is a JSON pointer ("/journeys/0/stages/3/emotion"), "line 12, column 4"
/// or "byte 1234"; `message` is translated and says what was expected.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString file;
    QString where;
    QString message;
    QString itemId; ///< the model item concerned, for "jump to item"

    /// "plan.omnimap: /journeys/0/stages/3/emotion: expected a number from -5 to 5"
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

bool hasErrors(const Diagnostics &diagnostics);

/// All diagnostics, one per line.
QString formatDiagnostics(const Diagnostics &diagnostics);

} // namespace omnimap
