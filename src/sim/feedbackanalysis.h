#pragma once

#include "feedbacktable.h"

#include "model/journey.h"

#include <QList>
#include <QString>

#include <vector>

namespace omnimap::sim {

/// Mean of the scores on the map's emotion scale with a 95 % interval (normal
/// approximation: mean ± 1.96·s/√n, s the sample standard deviation), NPS and CSAT.
struct FeedbackStats
{
    int rows = 0;          ///< every row of the group, free text included
    int scored = 0;        ///< rows with a score: the n of the emotion mean
    double emotion = 0.0;  ///< −5…+5
    double low95 = 0.0, high95 = 0.0;
    int lowScores = 0;     ///< detractors, CSAT/rating 1–2, CES 1–3
    int npsN = 0;
    double nps = 0.0;      ///< % promoters (9–10) − % detractors (0–6), −100…100
    int csatN = 0;
    double csat = 0.0;     ///< % of CSAT answers 4 or 5 ("top two boxes")
    double csatMean = 0.0; ///< mean CSAT, 1…5
};

/// Adds one row to running sums; finish() turns them into FeedbackStats.
class FeedbackAccumulator final
{
public:
    void add(const FeedbackTable &table, std::size_t row);
    FeedbackStats finish() const;

private:
    int m_rows = 0, m_scored = 0, m_low = 0;
    double m_sum = 0.0, m_sumSquares = 0.0;
    int m_npsN = 0, m_promoters = 0, m_detractors = 0;
    int m_csatN = 0, m_csatTop = 0;
    double m_csatSum = 0.0;
};

enum class FeedbackBy { Stage, Touchpoint, Channel };

struct FeedbackGroup
{
    int id = 0;   ///< dimension id in the data set, 0: rows without one
    QString name; ///< empty for id 0
    FeedbackStats stats;
};

/// Statistics per stage, touchpoint or channel, in the order of the dimension ids.
/// `customers` (a mask indexed by customer id, e.g. a persona's segment) keeps only the
/// rows of those customers; anonymous rows then drop out.
std::vector<FeedbackGroup> feedbackByDimension(const FeedbackTable &table, FeedbackBy by,
                                               const std::vector<std::uint8_t> *customers = nullptr);

/// One point of the measured emotion curve.
struct MeasuredEmotion
{
    int n = 0;
    double mean = 0.0, low95 = 0.0, high95 = 0.0;
    bool enough = false; ///< n ≥ the minimum: drawn; else hidden and said so
};

/// Default minimum n for a measured point to be drawn or checked.
constexpr int kMinMeasuredN = 30;

/// The measured emotion at each stage of the journey (index as journey.stages): rows are
/// placed by their stage's name, or, without one, by the stage of the plan touchpoint
/// that carries the row's touchpoint name (feedbacknames.h).
QList<MeasuredEmotion> measuredEmotion(const FeedbackTable &table, const Journey &journey,
                                       const std::vector<std::uint8_t> *customers = nullptr,
                                       int minN = kMinMeasuredN);

/// Dimension ids of the table's stages for each journey stage index (-1 when none), and
/// touchpoint ids → journey stage index. Shared by the curve and the phrases view.
std::vector<int> journeyStageOfRows(const FeedbackTable &table, const Journey &journey);

} // namespace omnimap::sim
