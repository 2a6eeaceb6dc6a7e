#pragma once

#include <QString>

namespace omnimap {

/// One file-name component made from untrusted text (a journey's name or id, a project
/// name): letters and digits of any script, '-' and '_' are kept, everything else
/// (separators, dots, wildcards, controls) becomes one '-'; at most `maxLength`
/// characters; `fallback` when nothing is left. Never "..", never contains '/' or '\\'.
QString safeFileComponent(const QString &text, const QString &fallback, int maxLength = 60);

/// `directory`/`fileName` when that path stays directly inside `directory` (after
/// resolving "..", separators and an absolute `fileName`); empty otherwise. The last
/// check before an export writes a name derived from the document.
QString pathInside(const QString &directory, const QString &fileName);

} // namespace omnimap
