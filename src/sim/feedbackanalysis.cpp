#include "feedbackanalysis.h"

#include "feedbacknames.h"

#include <QHash>

#include <cmath>

namespace omnimap::sim {

void FeedbackAccumulator::add(const FeedbackTable &table, std::size_t row)
{
    ++m_rows;
    if (!table.hasScore(row))
        return;
    const FeedbackKind kind = table.kindAt(row);
    const double score = double(table.score[row]);
    const double emotion = emotionOfScore(kind, score);
    ++m_scored;
    m_sum += emotion;
    m_sumSquares += emotion * emotion;
    if (isLowScore(kind, score))
        ++m_low;
    if (kind == FeedbackKind::Nps) {
        ++m_npsN;
        m_promoters += score >= 9.0 ? 1 : 0;
        m_detractors += score <= 6.0 ? 1 : 0;
    } else if (kind == FeedbackKind::Csat) {
        ++m_csatN;
        m_csatTop += score >= 4.0 ? 1 : 0;
        m_csatSum += score;
    }
}

FeedbackStats FeedbackAccumulator::finish() const
{
    FeedbackStats stats;
    stats.rows = m_rows;
    stats.scored = m_scored;
    stats.lowScores = m_low;
    if (m_scored > 0) {
        const double n = m_scored;
        stats.emotion = m_sum / n;
        const double variance = m_scored > 1 ? std::max(0.0, (m_sumSquares - n * stats.emotion * stats.emotion) / (n - 1.0)) : 0.0;
        const double half = 1.959963984540054 * std::sqrt(variance / n);
        stats.low95 = stats.emotion - half;
        stats.high95 = stats.emotion + half;
    }
    stats.npsN = m_npsN;
    if (m_npsN > 0)
        stats.nps = 100.0 * double(m_promoters - m_detractors) / double(m_npsN);
    stats.csatN = m_csatN;
    if (m_csatN > 0) {
        stats.csat = 100.0 * double(m_csatTop) / double(m_csatN);
        stats.csatMean = m_csatSum / double(m_csatN);
    }
    return stats;
}

std::vector<FeedbackGroup> feedbackByDimension(const FeedbackTable &table, FeedbackBy by,
                                               const std::vector<std::uint8_t> *customers)
{
    const std::vector<std::uint16_t> &ids = by == FeedbackBy::Stage ? table.stage
        : by == FeedbackBy::Touchpoint                               ? table.touchpoint
                                                                     : table.channel;
    const QStringList &names = by == FeedbackBy::Stage ? table.stageNames
        : by == FeedbackBy::Touchpoint                  ? table.touchpointNames
                                                        : table.channelNames;
    std::vector<FeedbackAccumulator> sums(std::size_t(std::max<qsizetype>(1, names.size())) + 1);
    std::vector<char> seen(sums.size(), 0);
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (customers) {
            const std::uint32_t c = table.customer[i];
            if (c == 0 || c >= customers->size() || !(*customers)[c])
                continue;
        }
        const std::size_t id = ids[i];
        if (id >= sums.size())
            continue;
        sums[id].add(table, i);
        seen[id] = 1;
    }
    std::vector<FeedbackGroup> groups;
    for (std::size_t id = 1; id <= sums.size(); ++id) {
        const std::size_t index = id % sums.size(); // the rows without a name come last
        if (!seen[index])
            continue;
        groups.push_back({int(index), names.value(qsizetype(index)), sums[index].finish()});
    }
    return groups;
}

std::vector<int> journeyStageOfRows(const FeedbackTable &table, const Journey &journey)
{
    std::vector<int> stageOf(table.stageNames.size(), -1);
    QHash<QString, int> byName;
    for (int s = 0; s < journey.stages.size(); ++s)
        byName.insert(journey.stages.at(s).name, s);
    for (qsizetype id = 1; id < table.stageNames.size(); ++id)
        stageOf[std::size_t(id)] = byName.value(table.stageNames.at(id), -1);
    return stageOf;
}

QList<MeasuredEmotion> measuredEmotion(const FeedbackTable &table, const Journey &journey,
                                       const std::vector<std::uint8_t> *customers, int minN)
{
    const std::vector<int> stageOf = journeyStageOfRows(table, journey);
    // Touchpoint name → the stage of the plan's touchpoint of that name.
    std::vector<int> touchpointStage(std::size_t(table.touchpointNames.size()), -1);
    QHash<QString, int> touchpointByName;
    for (const Touchpoint &tp : journey.touchpoints) {
        for (int s = 0; s < journey.stages.size(); ++s) {
            if (journey.stages.at(s).id == tp.stageId)
                touchpointByName.insert(dataSetName(tp), s);
        }
    }
    for (qsizetype id = 1; id < table.touchpointNames.size(); ++id)
        touchpointStage[std::size_t(id)] = touchpointByName.value(table.touchpointNames.at(id), -1);

    std::vector<FeedbackAccumulator> sums(std::size_t(journey.stages.size()));
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (!table.hasScore(i))
            continue;
        if (customers) {
            const std::uint32_t c = table.customer[i];
            if (c == 0 || c >= customers->size() || !(*customers)[c])
                continue;
        }
        int s = table.stage[i] < stageOf.size() ? stageOf[table.stage[i]] : -1;
        if (s < 0 && table.stage[i] == 0 && table.touchpoint[i] < touchpointStage.size())
            s = touchpointStage[table.touchpoint[i]];
        if (s >= 0)
            sums[std::size_t(s)].add(table, i);
    }
    QList<MeasuredEmotion> points;
    for (const FeedbackAccumulator &sum : sums) {
        const FeedbackStats stats = sum.finish();
        points.append({stats.scored, stats.emotion, stats.low95, stats.high95, stats.scored >= minN && stats.scored > 0});
    }
    return points;
}

} // namespace omnimap::sim
