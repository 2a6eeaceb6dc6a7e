#include "diagnostic.h"

#include <QStringList>

namespace omnimap {

QString Diagnostic::toString() const
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!where.isEmpty())
        parts << where;
    parts << message;
    return parts.join(QStringLiteral(": "));
}

bool hasErrors(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

QString formatDiagnostics(const Diagnostics &diagnostics)
{
    QStringList lines;
    lines.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace omnimap
