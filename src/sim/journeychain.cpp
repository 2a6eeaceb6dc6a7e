#include "journeychain.h"

#include "model/lookup.h"

#include <QHash>

#include <algorithm>

namespace omnimap::sim {

namespace {

int indexOfName(const QStringList &names, const QString &name)
{
    for (int i = 0; i < names.size(); ++i) {
        if (names.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void normalise(std::vector<double> &values, std::size_t from, std::size_t count)
{
    double sum = 0.0;
    for (std::size_t i = from; i < from + count; ++i)
        sum += values[i];
    if (sum <= 0.0)
        return;
    for (std::size_t i = from; i < from + count; ++i)
        values[i] /= sum;
}

} // namespace

int conversionStageIndex(const omnimap::Journey &journey)
{
    // Words of the stage where the customer commits: buying, booking, applying, signing up.
    static const char *const words[] = {"purchase", "buy", "checkout", "conversion", "convert", "order",
                                        "book", "apply", "application", "subscribe", "sign up", "signup"};
    static const QString korean[] = {QStringLiteral("구매"), QStringLiteral("결제"), QStringLiteral("주문"),
                                     QStringLiteral("신청"), QStringLiteral("예약"), QStringLiteral("가입"),
                                     QStringLiteral("계약")};
    for (int i = 0; i < journey.stages.size(); ++i) {
        const QString name = journey.stages.at(i).name.toLower();
        for (const char *word : words) {
            if (name.contains(QLatin1String(word)))
                return i;
        }
        for (const QString &word : korean) {
            if (name.contains(word))
                return i;
        }
    }
    return int(journey.stages.size()) - 1;
}

JourneyChain chainFromJourneys(const Journeys &journeys, const EventColumns &events, const omnimap::Journey &journey,
                               const JourneyOptions &options)
{
    JourneyChain chain;
    chain.source = QStringLiteral("data");
    chain.conversionEventTypes = options.conversionEventTypes;
    for (const Stage &stage : journey.stages)
        chain.stages.append(stage.name);

    QHash<std::uint32_t, int> cellIndex; // stage id << 16 | channel id
    auto stateOf = [&](std::uint16_t stage, std::uint16_t channel) {
        const std::uint32_t key = (std::uint32_t(stage) << 16) | channel;
        const auto found = cellIndex.constFind(key);
        if (found != cellIndex.constEnd())
            return found.value();
        JourneyChain::State state;
        state.stage = events.stageNames.value(stage);
        state.channel = events.channelNames.value(channel);
        if (!state.stage.isEmpty()) {
            state.stageIndex = indexOfName(chain.stages, state.stage);
            if (state.stageIndex < 0) {
                chain.stages.append(state.stage);
                state.stageIndex = int(chain.stages.size()) - 1;
            }
        }
        chain.states.push_back(state);
        cellIndex.insert(key, int(chain.states.size()) - 1);
        return int(chain.states.size()) - 1;
    };
    // First pass: the states, so the matrix can be sized once.
    for (std::size_t t = 0; t < journeys.channel.size(); ++t)
        stateOf(journeys.stage[t], journeys.channel[t]);
    const int n = chain.size();
    const auto cols = std::size_t(n) + 2;
    chain.entry.assign(std::size_t(n), 0.0);
    chain.next.assign(std::size_t(n) * cols, 0.0);
    chain.dwellDays.assign(std::size_t(n), 0.0);
    chain.revenue.assign(std::size_t(n), 0.0);
    std::vector<double> departures(std::size_t(n), 0.0), conversions(std::size_t(n), 0.0);
    for (std::size_t j = 0; j < journeys.size(); ++j) {
        int from = -1;
        std::int64_t fromTs = 0;
        for (std::uint32_t t = journeys.begin(j); t < journeys.end(j); ++t) {
            const int to = stateOf(journeys.stage[t], journeys.channel[t]);
            if (from < 0) {
                chain.entry[std::size_t(to)] += 1.0;
            } else {
                chain.p(from, to) += 1.0;
                chain.dwellDays[std::size_t(from)] += double(journeys.touchTs[t] - fromTs) / 86400000.0;
                departures[std::size_t(from)] += 1.0;
            }
            from = to;
            fromTs = journeys.touchTs[t];
        }
        if (journeys.converted[j]) {
            chain.p(from, n) += 1.0;
            chain.revenue[std::size_t(from)] += journeys.value[j];
            conversions[std::size_t(from)] += 1.0;
            chain.dwellDays[std::size_t(from)] += double(journeys.endTs[j] - fromTs) / 86400000.0;
            departures[std::size_t(from)] += 1.0;
        } else {
            chain.p(from, n + 1) += 1.0;
        }
    }
    chain.calibrationJourneys = std::int64_t(journeys.size());
    normalise(chain.entry, 0, chain.entry.size());
    for (int s = 0; s < n; ++s) {
        normalise(chain.next, std::size_t(s) * cols, cols);
        const auto i = std::size_t(s);
        chain.dwellDays[i] = departures[i] > 0.0 ? chain.dwellDays[i] / departures[i] : 0.0;
        chain.revenue[i] = conversions[i] > 0.0 ? chain.revenue[i] / conversions[i] : 0.0;
    }

    // Event types per visit of each cell, from the same (filtered) events.
    const std::vector<std::uint8_t> isConversion = eventTypeFlags(events.eventTypeNames, options.conversionEventTypes);
    std::vector<double> touches(std::size_t(n), 0.0);
    std::vector<std::vector<double>> byType(std::size_t(std::max<qsizetype>(events.eventTypeNames.size(), 1)));
    const auto *mask = options.customerMask;
    for (std::size_t e = 0; e < events.size(); ++e) {
        const std::uint32_t customer = events.customer[e];
        if ((mask && (customer >= mask->size() || !(*mask)[customer])) || events.channel[e] == 0)
            continue;
        if ((options.fromMs && events.ts[e] < *options.fromMs) || (options.toMs && events.ts[e] >= *options.toMs))
            continue;
        const std::uint16_t type = events.eventType[e];
        if (type < isConversion.size() && isConversion[type])
            continue;
        const std::uint32_t key = (std::uint32_t(events.stage[e]) << 16) | events.channel[e];
        const auto found = cellIndex.constFind(key);
        if (found == cellIndex.constEnd())
            continue;
        auto &counts = byType[type];
        counts.resize(std::size_t(n), 0.0);
        counts[std::size_t(found.value())] += 1.0;
        touches[std::size_t(found.value())] += 1.0;
    }
    for (std::size_t type = 0; type < byType.size(); ++type) {
        if (byType[type].empty())
            continue;
        std::vector<double> perVisit(std::size_t(n), 0.0);
        for (std::size_t s = 0; s < std::size_t(n); ++s)
            perVisit[s] = touches[s] > 0.0 ? byType[type][s] / touches[s] : 0.0;
        chain.eventsPerVisit[events.eventTypeNames.value(qsizetype(type)).toLower()] = perVisit;
    }
    return chain;
}

JourneyChain chainFromPlan(const omnimap::Project &project, const omnimap::Journey &journey, const omnimap::Persona *persona)
{
    JourneyChain chain;
    chain.source = QStringLiteral("plan");
    for (const Stage &stage : journey.stages)
        chain.stages.append(stage.name);
    const int conversionStage = conversionStageIndex(journey);

    // One state per (stage, channel) cell holding a touchpoint, up to the conversion stage.
    QHash<QString, int> cellOf; // "stageId|channelId"
    std::vector<Id> stateChannelIds;
    for (int si = 0; si <= conversionStage && si < journey.stages.size(); ++si) {
        for (const Touchpoint &tp : journey.touchpoints) {
            if (tp.stageId != journey.stages.at(si).id)
                continue;
            const QString key = tp.stageId + QLatin1Char('|') + tp.channelId;
            if (cellOf.contains(key))
                continue;
            const Channel *channel = findById(project.channels, tp.channelId);
            JourneyChain::State state;
            state.stage = journey.stages.at(si).name;
            state.channel = channel ? channel->name : tp.channelId;
            state.stageIndex = si;
            chain.states.push_back(state);
            stateChannelIds.push_back(tp.channelId);
            cellOf.insert(key, chain.size() - 1);
        }
    }
    const int n = chain.size();
    const auto cols = std::size_t(n) + 2;
    chain.entry.assign(std::size_t(n), 0.0);
    chain.next.assign(std::size_t(n) * cols, 0.0);
    chain.dwellDays.assign(std::size_t(n), 2.0);
    chain.revenue.assign(std::size_t(n), 100.0);
    if (n == 0)
        return chain;

    // Hand-offs between cells make that move three times as likely.
    QHash<QString, double> handoffWeight;
    for (const Handoff &h : journey.handoffs) {
        const Touchpoint *from = findById(journey.touchpoints, h.fromTouchpointId);
        const Touchpoint *to = findById(journey.touchpoints, h.toTouchpointId);
        if (!from || !to)
            continue;
        const int a = cellOf.value(from->stageId + QLatin1Char('|') + from->channelId, -1);
        const int b = cellOf.value(to->stageId + QLatin1Char('|') + to->channelId, -1);
        if (a >= 0 && b >= 0)
            handoffWeight.insert(QString::number(a) + QLatin1Char('>') + QString::number(b), 3.0);
    }
    const int firstStage = chain.states.front().stageIndex;
    for (int s = 0; s < n; ++s) {
        if (chain.states[std::size_t(s)].stageIndex != firstStage)
            continue;
        double weight = 1.0;
        if (persona) {
            for (const ChannelPreference &pref : persona->preferredChannels) {
                if (pref.channelId == stateChannelIds[std::size_t(s)])
                    weight += 2.0 * pref.weight;
            }
        }
        chain.entry[std::size_t(s)] = weight;
    }
    normalise(chain.entry, 0, chain.entry.size());

    for (int s = 0; s < n; ++s) {
        const int stage = chain.states[std::size_t(s)].stageIndex;
        const bool converting = stage == conversionStage;
        // The next stage with any touchpoint: empty stages are skipped over.
        int nextStage = -1;
        for (int t = 0; t < n; ++t) {
            const int other = chain.states[std::size_t(t)].stageIndex;
            if (other > stage && (nextStage < 0 || other < nextStage))
                nextStage = other;
        }
        auto spread = [&](int targetStage, double mass) {
            std::vector<double> weights(std::size_t(n), 0.0);
            double sum = 0.0;
            for (int t = 0; t < n; ++t) {
                if (t == s || chain.states[std::size_t(t)].stageIndex != targetStage)
                    continue;
                double w = 1.0;
                if (stateChannelIds[std::size_t(t)] == stateChannelIds[std::size_t(s)])
                    w *= 2.0;
                w *= handoffWeight.value(QString::number(s) + QLatin1Char('>') + QString::number(t), 1.0);
                weights[std::size_t(t)] = w;
                sum += w;
            }
            if (sum <= 0.0)
                return 0.0;
            for (int t = 0; t < n; ++t)
                chain.p(s, t) += mass * weights[std::size_t(t)] / sum;
            return mass;
        };
        double used = spread(stage, converting ? 0.10 : 0.15);
        if (converting) {
            chain.p(s, n) = 0.35;
            used += 0.35;
        } else if (nextStage >= 0) {
            used += spread(nextStage, 0.55);
        }
        chain.p(s, n + 1) = std::max(0.0, 1.0 - used);
    }
    // Default event types: impressions at the first stage, visits later, carts at the
    // conversion stage.
    std::vector<double> impression(std::size_t(n), 0.0), visit(std::size_t(n), 0.0), cart(std::size_t(n), 0.0);
    for (int s = 0; s < n; ++s) {
        const int stage = chain.states[std::size_t(s)].stageIndex;
        (stage == firstStage ? impression : stage == conversionStage ? cart : visit)[std::size_t(s)] = 1.0;
    }
    chain.eventsPerVisit[QStringLiteral("impression")] = impression;
    chain.eventsPerVisit[QStringLiteral("visit")] = visit;
    chain.eventsPerVisit[QStringLiteral("add_to_cart")] = cart;
    return chain;
}

} // namespace omnimap::sim
