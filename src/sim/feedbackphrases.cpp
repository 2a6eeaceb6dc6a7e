#include "feedbackphrases.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace omnimap::sim {

namespace {

// Longest first, so "에서" is taken before "서" would be.
const char16_t *const kParticles[] = {u"에서는", u"으로는", u"에서", u"으로", u"에게", u"까지", u"부터", u"이요",
                                      u"이", u"가", u"은", u"는", u"을", u"를", u"에", u"로", u"도",
                                      u"만", u"의", u"와", u"과", u"요"};

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

QString stripParticle(const QString &word)
{
    if (word.isEmpty() || !isHangulSyllable(word.back()))
        return word;
    for (const char16_t *particle : kParticles) {
        const QString p = QString::fromUtf16(particle);
        if (word.size() - p.size() >= 2 && word.endsWith(p))
            return word.left(word.size() - p.size());
    }
    return word;
}

} // namespace

QStringList feedbackTokens(const QString &text)
{
    QStringList tokens;
    QString word;
    auto finish = [&] {
        if (word.isEmpty())
            return;
        const QString lower = word.toLower();
        word.clear();
        if (isFeedbackStopWord(lower)) {
            tokens.append(QString());
            return;
        }
        const QString stem = stripParticle(lower);
        const bool oneLatin = stem.size() == 1 && stem.at(0).unicode() < 0x80;
        tokens.append(oneLatin || isFeedbackStopWord(stem) ? QString() : stem);
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word.append(c);
        else
            finish();
    }
    finish();
    return tokens;
}

std::vector<FeedbackPhrase> lowScorePhrases(const FeedbackTable &table, const PhraseQuery &query)
{
    const std::vector<std::uint16_t> &ids = query.by == FeedbackBy::Stage ? table.stage
        : query.by == FeedbackBy::Touchpoint                              ? table.touchpoint
                                                                          : table.channel;
    struct Entry
    {
        int count = 0;
        int words = 1;
        QStringList quotes;
    };
    QHash<QString, Entry> entries;
    QSet<QString> inRow;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if ((query.id != 0 && ids[i] != query.id) || !table.isLow(i))
            continue;
        if (query.customers) {
            const std::uint32_t c = table.customer[i];
            if (c == 0 || c >= query.customers->size() || !(*query.customers)[c])
                continue;
        }
        const std::string_view raw = table.text(i);
        if (raw.empty())
            continue;
        const QString text = QString::fromUtf8(raw.data(), qsizetype(raw.size()));
        const QStringList tokens = feedbackTokens(text);
        inRow.clear();
        auto count = [&](const QString &phrase, int words) {
            if (inRow.contains(phrase))
                return;
            inRow.insert(phrase);
            Entry &entry = entries[phrase];
            ++entry.count;
            entry.words = words;
            if (entry.quotes.size() < query.quotes && !entry.quotes.contains(text))
                entry.quotes.append(text);
        };
        for (qsizetype t = 0; t < tokens.size(); ++t) {
            if (tokens.at(t).isEmpty())
                continue;
            count(tokens.at(t), 1);
            if (t + 1 < tokens.size() && !tokens.at(t + 1).isEmpty())
                count(tokens.at(t) + QLatin1Char(' ') + tokens.at(t + 1), 2);
        }
    }
    std::vector<FeedbackPhrase> phrases;
    phrases.reserve(std::size_t(entries.size()));
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        phrases.push_back({it.key(), it->words, it->count, it->quotes});
    const auto order = [](const FeedbackPhrase &a, const FeedbackPhrase &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (a.words != b.words)
            return a.words > b.words;
        return a.text < b.text;
    };
    const std::size_t keep = std::min(phrases.size(), std::size_t(std::max(0, query.limit)));
    std::partial_sort(phrases.begin(), phrases.begin() + std::ptrdiff_t(keep), phrases.end(), order);
    phrases.resize(keep);
    return phrases;
}

} // namespace omnimap::sim
