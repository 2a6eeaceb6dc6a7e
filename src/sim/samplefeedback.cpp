#include "samplefeedback.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace omnimap::sim {

namespace {

// Complaints and praise as customers write them. A stage draws mostly from "its" two
// complaints (index by stage), so each stage has its own top phrases.
const char *const kComplaintsKo[] = {
    "픽업 대기 시간이 너무 길어요",     "앱 결제 오류 때문에 주문을 못 했어요", "쿠폰 적용이 안 돼요 다시 확인해 주세요",
    "배송이 늦어요 배송 조회도 안 돼요", "직원 응대가 불친절해요",               "광고가 너무 많아요",
    "가격 비교가 어려워요",             "회원 가입 절차가 복잡해요",
};
const char *const kComplaintsEn[] = {
    "pickup wait time was too long",       "checkout error in the app, could not order", "the coupon did not apply",
    "delivery was late and tracking broken", "staff were unhelpful",                     "too many ads",
    "hard to compare prices",              "sign up process is too complicated",
};
const char *const kPraiseKo[] = {"직원이 친절해요", "빠르고 편리해요", "앱이 사용하기 쉬워요", "다시 이용할게요"};
const char *const kPraiseEn[] = {"friendly staff", "fast and easy", "the app is easy to use", "will come back"};

const char *const kSources[] = {"survey", "app_review", "call_center"};

double asIsEmotion(const Journey &journey, int stageIndex, const Persona *persona)
{
    if (stageIndex < 0 || stageIndex >= journey.stages.size())
        return 0.0;
    const Stage &stage = journey.stages.at(stageIndex);
    double sum = 0.0;
    int n = 0;
    for (const EmotionScore &score : stage.emotions) {
        if (persona && score.personaId == persona->id)
            return score.asIs;
        sum += score.asIs;
        ++n;
    }
    return n > 0 ? sum / n : 0.0; // customers outside every persona: the personas' mean
}

} // namespace

SampleFeedback::SampleFeedback(SqliteDb &db, std::int64_t importRunId, const Journey &journey, std::uint64_t seed,
                               double share)
    : m_journey(journey)
    , m_writer(db, importRunId)
    , m_rng(seed ^ 0x5EEDFEEDBAC0FFEEULL)
    , m_share(share)
{
}

bool SampleFeedback::journeyEnded(std::int64_t customer, std::int64_t ts, const Persona *persona, int stageIndex,
                                  int stageId, int channelId, const std::vector<int> &touchpointIds, bool converted)
{
    if (m_rng.uniform() >= m_share)
        return true;
    // Feeling on the −5…+5 scale: the plan's as-is, +2 after a purchase, −1.5 after leaving.
    const double z = std::sqrt(-2.0 * std::log1p(-m_rng.uniform())) * std::cos(6.283185307179586 * m_rng.uniform());
    const double feeling = std::clamp(asIsEmotion(m_journey, stageIndex, persona) + (converted ? 2.0 : -1.5) + 1.5 * z,
                                      -5.0, 5.0);
    FeedbackRecord row;
    row.customer = customer;
    row.ts = ts + std::int64_t((1.0 + 47.0 * m_rng.uniform()) * 3600000.0);
    row.stage = stageId;
    row.channel = channelId;
    row.touchpoint = touchpointIds.empty() ? 0 : touchpointIds[m_rng.next() % touchpointIds.size()];
    const double kindDraw = m_rng.uniform();
    row.kind = kindDraw < 0.35 ? FeedbackKind::Nps
        : kindDraw < 0.6       ? FeedbackKind::Csat
        : kindDraw < 0.7       ? FeedbackKind::Ces
        : kindDraw < 0.9       ? FeedbackKind::Rating
                               : FeedbackKind::Text;
    if (row.kind != FeedbackKind::Text) {
        // The feeling mapped back onto the kind's scale, rounded to its steps.
        const FeedbackScale scale = feedbackScale(row.kind);
        const double score = scale.min + (feeling + 5.0) / 10.0 * (scale.max - scale.min);
        row.score = std::clamp(std::round(score), scale.min, scale.max);
    }
    const bool korean = m_rng.uniform() < 0.5;
    const bool low = row.kind == FeedbackKind::Text ? feeling < 0.0 : isLowScore(row.kind, row.score);
    // Two of three comments; every free-text row has one.
    if (row.kind == FeedbackKind::Text || m_rng.uniform() < 0.67) {
        if (low) {
            constexpr std::size_t n = std::size(kComplaintsKo);
            const std::size_t own = std::size_t(std::max(0, stageIndex)) * 2 % n;
            const std::size_t pick = m_rng.uniform() < 0.8 ? (own + m_rng.next() % 2) % n : m_rng.next() % n;
            row.text = korean ? kComplaintsKo[pick] : kComplaintsEn[pick];
        } else {
            const std::size_t pick = m_rng.next() % std::size(kPraiseKo);
            row.text = korean ? kPraiseKo[pick] : kPraiseEn[pick];
        }
    }
    row.source = kSources[m_rng.next() % std::size(kSources)];
    ++m_rows;
    return m_writer.add(row);
}

} // namespace omnimap::sim
