#pragma once

#include "feedbackwriter.h"
#include "rng.h"

#include "model/project.h"

namespace omnimap::sim {

/// The sample generator's feedback (docs/feedback.md, "Sample data"): when a sampled
/// journey ends, some customers leave a survey score or a comment about the last
/// touchpoint they saw. Scores follow the plan's as-is emotion of the customer's persona
/// at that stage, raised after a purchase and lowered after a drop-off, so the measured
/// curve agrees with the journeys; comments are Korean or English. Draws from its own
/// generator, so the events of a seed are the same with or without feedback.
class SampleFeedback final
{
public:
    SampleFeedback(SqliteDb &db, std::int64_t importRunId, const Journey &journey, std::uint64_t seed, double share);

    /// A journey ended at this cell (stage index of the journey, dimension ids).
    bool journeyEnded(std::int64_t customer, std::int64_t ts, const Persona *persona, int stageIndex, int stageId,
                      int channelId, const std::vector<int> &touchpointIds, bool converted);
    bool flush() { return m_writer.flush(); }
    std::int64_t rows() const { return m_rows; }

private:
    const Journey &m_journey;
    FeedbackWriter m_writer;
    Xoshiro256 m_rng;
    double m_share;
    std::int64_t m_rows = 0;
};

} // namespace omnimap::sim
