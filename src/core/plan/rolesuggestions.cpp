#include "rolesuggestions.h"

#include "model/lookup.h"
#include "textmatch.h"

#include <QCoreApplication>

namespace omnimap {
namespace {

struct RolesuggestionsTr { Q_DECLARE_TR_FUNCTIONS(RoleSuggestions) };

struct PhaseWords
{
    StagePhase phase;
    const char *words; // UTF-8, '|' separated, already case-folded
};

// Service and advocacy are tested before purchase: "after-sales service" is service,
// not a sale. Korean words cover the names the bundled samples and Korean teams use.
const PhaseWords kPhaseWords[] = {
    {StagePhase::Service, "service|support|help|care|complaint|서비스|문의|상담|고객센터|a/s|as"},
    {StagePhase::Advocacy, "advoca|recommend|share|review|referral|옹호|추천|공유|리뷰|후기"},
    {StagePhase::Retention, "retention|retain|loyal|repeat|re-|reorder|renew|유지|재구매|재방문|충성|갱신|리텐션"},
    {StagePhase::Awareness, "aware|discover|attention|inspire|인지|발견|관심|인식"},
    {StagePhase::Consideration, "consider|research|compare|evaluat|explore|search|고려|탐색|비교|검토|상담예약"},
    {StagePhase::Purchase, "purchase|buy|order|checkout|apply|application|book|decision|구매|주문|결제|신청|예약|계약|가입"},
    {StagePhase::Experience, "experience|use|usage|visit|pick|deliver|stay|trip|onboard|이용|경험|방문|수령|픽업|배송|여행|체험|사용"},
};

} // namespace

StagePhase classifyStage(const QString &stageName, int index, int count)
{
    const QString name = foldForMatching(stageName);
    if (!name.isEmpty()) {
        for (const PhaseWords &entry : kPhaseWords) {
            const QStringList words = QString::fromUtf8(entry.words).split(QLatin1Char('|'));
            for (const QString &word : words) {
                // Two-letter Latin words ("as") only match the whole name.
                const bool shortLatin = word.size() <= 2 && word.at(0).unicode() < 0x80;
                if (shortLatin ? name == word : name.contains(word))
                    return entry.phase;
            }
        }
    }
    // Position on awareness → consideration → purchase → retention → advocacy.
    static const StagePhase byPosition[] = {StagePhase::Awareness, StagePhase::Consideration,
                                            StagePhase::Purchase, StagePhase::Retention,
                                            StagePhase::Advocacy};
    if (count <= 1)
        return StagePhase::Purchase;
    const int slot = qBound(0, qRound(double(index) * 4.0 / double(count - 1)), 4);
    return byPosition[slot];
}

RoleSuggestion suggestRole(ChannelKind kind, StagePhase phase)
{
    using P = StagePhase;
    const RoleLevel primary = RoleLevel::Primary;
    const RoleLevel supporting = RoleLevel::Supporting;
    switch (kind) {
    case ChannelKind::Social:
        if (phase == P::Awareness) return {primary, RolesuggestionsTr::tr("Drive awareness and reach")};
        if (phase == P::Consideration) return {supporting, RolesuggestionsTr::tr("Social proof and inspiration")};
        if (phase == P::Advocacy) return {primary, RolesuggestionsTr::tr("Reviews, sharing and user content")};
        break;
    case ChannelKind::Ads:
        if (phase == P::Awareness) return {primary, RolesuggestionsTr::tr("Reach new customers")};
        if (phase == P::Consideration) return {supporting, RolesuggestionsTr::tr("Retarget interested visitors")};
        break;
    case ChannelKind::Web:
    case ChannelKind::App:
        if (phase == P::Consideration) return {primary, RolesuggestionsTr::tr("Explore, compare and decide")};
        if (phase == P::Purchase) return {primary, RolesuggestionsTr::tr("Complete the purchase")};
        if (phase == P::Awareness && kind == ChannelKind::Web) return {supporting, RolesuggestionsTr::tr("Be found in search")};
        if (phase == P::Experience) return {supporting, RolesuggestionsTr::tr("Self-service during use")};
        if (phase == P::Retention && kind == ChannelKind::App) return {supporting, RolesuggestionsTr::tr("Loyalty programme and reorder")};
        if (phase == P::Service) return {supporting, RolesuggestionsTr::tr("Self-service help")};
        break;
    case ChannelKind::Store:
    case ChannelKind::Kiosk:
        if (phase == P::Experience) return {primary, RolesuggestionsTr::tr("Give the hands-on experience")};
        if (phase == P::Purchase)
            return {kind == ChannelKind::Store ? primary : supporting, RolesuggestionsTr::tr("Final decision and purchase")};
        if (phase == P::Consideration && kind == ChannelKind::Store) return {supporting, RolesuggestionsTr::tr("Try before buying")};
        if (phase == P::Service && kind == ChannelKind::Store) return {supporting, RolesuggestionsTr::tr("Returns and repairs in person")};
        break;
    case ChannelKind::Email:
    case ChannelKind::Push:
    case ChannelKind::Kakao:
    case ChannelKind::Sms:
        if (phase == P::Retention) return {primary, RolesuggestionsTr::tr("Keep the relationship and bring customers back")};
        if (phase == P::Purchase) return {supporting, RolesuggestionsTr::tr("Reminders and confirmations")};
        if (phase == P::Advocacy) return {supporting, RolesuggestionsTr::tr("Ask for reviews and referrals")};
        if (phase == P::Experience) return {supporting, RolesuggestionsTr::tr("Timely updates during use")};
        if (phase == P::Service && kind == ChannelKind::Kakao) return {supporting, RolesuggestionsTr::tr("Chat support")};
        break;
    case ChannelKind::CallCenter:
        if (phase == P::Service) return {primary, RolesuggestionsTr::tr("Resolve issues and take service hand-offs")};
        if (phase == P::Purchase || phase == P::Experience)
            return {supporting, RolesuggestionsTr::tr("Help customers who get stuck")};
        break;
    case ChannelKind::Wearable:
    case ChannelKind::Other:
        break;
    }
    return {};
}

const ChannelRole *findRole(const Journey &journey, const Id &stageId, const Id &channelId)
{
    for (const ChannelRole &role : journey.roles) {
        if (role.stageId == stageId && role.channelId == channelId)
            return &role;
    }
    return nullptr;
}

QList<ChannelRole> rolesWithSuggestions(const Project &project, const Journey &journey)
{
    QList<ChannelRole> roles = journey.roles;
    const int count = int(journey.stages.size());
    for (int i = 0; i < count; ++i) {
        const Stage &stage = journey.stages.at(i);
        const StagePhase phase = classifyStage(stage.name, i, count);
        for (const Id &channelId : journey.channelIds) {
            const Channel *channel = findById(project.channels, channelId);
            if (!channel)
                continue;
            const RoleSuggestion suggestion = suggestRole(channel->kind, phase);
            if (suggestion.level == RoleLevel::None)
                continue;
            ChannelRole *existing = nullptr;
            for (ChannelRole &role : roles) {
                if (role.stageId == stage.id && role.channelId == channelId)
                    existing = &role;
            }
            if (existing) {
                if (existing->level != RoleLevel::None || !existing->purpose.isEmpty())
                    continue; // the user decided this cell
                existing->level = suggestion.level;
                existing->purpose = suggestion.purpose;
                continue;
            }
            ChannelRole role;
            role.id = newId();
            role.stageId = stage.id;
            role.channelId = channelId;
            role.level = suggestion.level;
            role.purpose = suggestion.purpose;
            role.ownerDepartmentId = channel->ownerDepartmentId;
            roles << role;
        }
    }
    return roles;
}

} // namespace omnimap
