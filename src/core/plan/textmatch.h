#pragma once

#include <QString>
#include <QStringList>

namespace omnimap {

/// Folds text for brand-word matching: NFKC (full-width "ＦＲＥＥ" becomes "FREE"),
/// case folding, and every whitespace character removed, so "최 저 가" matches "최저가".
/// Korean and English alike; Hangul syllables are left composed by NFKC.
QString foldForMatching(const QString &text);

/// The words of `words` that occur in `text` once both are folded; empty words are ignored.
QStringList matchingWords(const QString &text, const QStringList &words);

} // namespace omnimap
