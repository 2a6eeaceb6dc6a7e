#pragma once

#include "dataset.h"
#include "feedbackkind.h"

#include <QStringList>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omnimap::sim {

/// Every feedback row of a data set in memory, one column per field (about 60 bytes a
/// row with its text). The analyses scan it: a million rows in a few milliseconds, which
/// SQLite's row-at-a-time GROUP BY over the same table does not reach.
struct FeedbackTable
{
    std::vector<std::uint32_t> customer;   ///< 0: anonymous
    std::vector<std::int64_t> ts;
    std::vector<std::uint16_t> channel;    ///< dimension ids, 0: none
    std::vector<std::uint16_t> touchpoint;
    std::vector<std::uint16_t> stage;
    std::vector<std::uint8_t> kind;        ///< FeedbackKind
    std::vector<float> score;              ///< NaN for free text
    std::vector<std::uint32_t> textEnd;    ///< text i is texts[textEnd[i-1] .. textEnd[i])
    std::string texts;                     ///< UTF-8
    QStringList channelNames, touchpointNames, stageNames; ///< by id
    std::uint32_t customerLimit = 1;       ///< every customer id is below this
    std::int64_t generation = -1;

    std::size_t size() const { return kind.size(); }
    std::string_view text(std::size_t i) const
    {
        const std::uint32_t begin = i == 0 ? 0 : textEnd[i - 1];
        return std::string_view(texts.data() + begin, textEnd[i] - begin);
    }
    FeedbackKind kindAt(std::size_t i) const { return FeedbackKind(kind[i]); }
    bool hasScore(std::size_t i) const { return kind[i] != std::uint8_t(FeedbackKind::Text); }
    bool isLow(std::size_t i) const { return hasScore(i) && isLowScore(kindAt(i), double(score[i])); }
};

/// Reads the feedback table. False with `error` on a database error.
bool loadFeedbackTable(DataSet &dataSet, FeedbackTable &table, QString *error = nullptr);

/// The table of one data set, read again only when an import changed the data set
/// (its generation), so a map redraw or a second analysis costs no reading.
class FeedbackCache final
{
public:
    /// The current table, or nullptr with `error` on a database error.
    const FeedbackTable *get(DataSet &dataSet, QString *error = nullptr);

private:
    QString m_path;
    FeedbackTable m_table;
};

} // namespace omnimap::sim
