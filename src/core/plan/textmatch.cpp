#include "textmatch.h"

namespace omnimap {

QString foldForMatching(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        // Zero-width spaces are not QChar::isSpace() but are used to dodge word filters.
        if (c.isSpace() || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D)
            || c == QChar(0xFEFF))
            continue;
        result.append(c);
    }
    return result;
}

QStringList matchingWords(const QString &text, const QStringList &words)
{
    QStringList found;
    const QString haystack = foldForMatching(text);
    for (const QString &word : words) {
        const QString needle = foldForMatching(word);
        if (!needle.isEmpty() && haystack.contains(needle))
            found << word;
    }
    return found;
}

} // namespace omnimap
