#pragma once

#include "feedbackanalysis.h"

#include <QStringList>

namespace omnimap::sim {

/// The words of a feedback text as counted: runs of letters and digits, lower-cased;
/// a Korean eojeol loses one trailing particle (조사: 이, 가, 은, 는, 을, 를, 에, 에서,
/// 으로, 로, 도, 만, 의, 와, 과, 이요, 요…) when at least two syllables remain, so
/// "픽업이" and "픽업은" count as "픽업"; stop words (Korean and English, stopwords.cpp)
/// and one-letter Latin words are dropped and break a two-word phrase.
/// Each entry is a word, or an empty string where a stop word stood.
QStringList feedbackTokens(const QString &text);

/// Whether a (lower-case) word is a stop word in Korean or English.
bool isFeedbackStopWord(const QString &word);

struct FeedbackPhrase
{
    QString text;        ///< "대기 시간" or "checkout"
    int words = 1;       ///< 1 or 2
    int count = 0;       ///< low-score rows that contain it (each row counts once)
    QStringList quotes;  ///< up to three distinct texts that contain it, in row order
};

struct PhraseQuery
{
    FeedbackBy by = FeedbackBy::Touchpoint;
    int id = 0;         ///< dimension id to look at; 0: every row
    int limit = 20;     ///< phrases returned
    int quotes = 3;     ///< example quotes per phrase
    const std::vector<std::uint8_t> *customers = nullptr;
};

/// The most frequent words and two-word phrases in the texts of low-score rows (see
/// FeedbackTable::isLow), most frequent first; ties: two-word phrases first, then by text.
std::vector<FeedbackPhrase> lowScorePhrases(const FeedbackTable &table, const PhraseQuery &query);

} // namespace omnimap::sim
