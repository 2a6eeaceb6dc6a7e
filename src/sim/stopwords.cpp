// Stop words for the feedback phrases (feedbackphrases.h): words that say nothing about
// what went wrong. Korean: common function eojeol, pronouns, adverbs of degree and the
// verbs every complaint ends with; English: the usual function words. Kept short on
// purpose: a longer list hides words teams care about ("late", "wait").
#include "feedbackphrases.h"

#include <QSet>

namespace omnimap::sim {

namespace {

const char *const kStopWords[] = {
    // Korean
    "그리고", "그런데", "하지만", "그래서", "너무", "정말", "진짜", "아주", "매우", "좀", "조금", "더", "또", "다시",
    "이", "그", "저", "것", "거", "수", "등", "및", "제", "저희", "우리", "나", "내", "저는", "제가", "요",
    "있어요", "없어요", "있습니다", "없습니다", "했어요", "해요", "합니다", "했습니다", "돼요", "됩니다", "안",
    "못", "때문에", "같아요", "주세요", "같은", "하는", "하고", "해서", "있는", "없는", "이런", "그런", "어떤",
    "때", "후", "전", "중", "날", "번",
    // English
    "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as",
    "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "i", "me", "my",
    "we", "our", "you", "your", "they", "their", "he", "she", "them", "not", "no", "very", "too", "really",
    "just", "again", "also", "then", "than", "there", "here", "had", "have", "has", "do", "did", "does",
    "could", "would", "can", "will", "should", "am", "if", "all", "any", "some", "more", "much", "what",
    "when", "which", "who", "many", "about", "into", "out", "up", "down", "over", "after", "before", "because",
};

} // namespace

bool isFeedbackStopWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : kStopWords)
            set.insert(QString::fromUtf8(w));
        return set;
    }();
    return words.contains(word);
}

} // namespace omnimap::sim
