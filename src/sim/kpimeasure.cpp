#include "kpimeasure.h"

#include "model/lookup.h"

#include <QCoreApplication>

#include <algorithm>

namespace omnimap::sim {

namespace {

struct KpimeasureTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

QString stageName(const omnimap::Project &project, const Id &stageId)
{
    for (const Journey &journey : project.journeys) {
        if (const Stage *stage = findById(journey.stages, stageId))
            return stage->name;
    }
    return {};
}

QString channelName(const omnimap::Project &project, const Id &channelId)
{
    const Channel *channel = findById(project.channels, channelId);
    return channel ? channel->name : QString();
}

/// One side of a binding resolved to names; empty means "any".
struct Side
{
    QString eventType;
    QString stage;
    QString channel;
    bool unknownId = false; ///< an id that names nothing in the plan
};

Side resolve(const omnimap::Project &project, const QString &type, const Id &stageId, const Id &channelId)
{
    Side side;
    side.eventType = type.trimmed();
    if (!stageId.isEmpty()) {
        side.stage = stageName(project, stageId);
        side.unknownId |= side.stage.isEmpty();
    }
    if (!channelId.isEmpty()) {
        side.channel = channelName(project, channelId);
        side.unknownId |= side.channel.isEmpty();
    }
    return side;
}

/// Per dimension id, whether it matches the wanted name (all match when it is empty).
std::vector<std::uint8_t> matches(const QStringList &names, const QString &wanted)
{
    std::vector<std::uint8_t> flags(std::size_t(std::max<qsizetype>(names.size(), 1)), wanted.isEmpty() ? 1 : 0);
    if (!wanted.isEmpty()) {
        for (qsizetype i = 1; i < names.size(); ++i)
            flags[std::size_t(i)] = names.at(i).compare(wanted, Qt::CaseInsensitive) == 0 ? 1 : 0;
    }
    return flags;
}

double countEvents(const EventColumns &events, const Side &side, std::int64_t fromMs)
{
    const auto type = matches(events.eventTypeNames, side.eventType);
    const auto stage = matches(events.stageNames, side.stage);
    const auto channel = matches(events.channelNames, side.channel);
    std::int64_t count = 0;
    for (std::size_t e = 0; e < events.size(); ++e) {
        count += std::int64_t(events.ts[e] >= fromMs && type[events.eventType[e]] && stage[events.stage[e]]
                              && channel[events.channel[e]]);
    }
    return double(count);
}

double countSimulated(const JourneyChain &chain, const MonteCarloResult &sim, const Side &side)
{
    const bool conversionType = std::any_of(chain.conversionEventTypes.cbegin(), chain.conversionEventTypes.cend(),
                                            [&side](const QString &t) { return t.compare(side.eventType, Qt::CaseInsensitive) == 0; });
    const auto perVisit = chain.eventsPerVisit.find(side.eventType.toLower());
    double count = 0.0;
    for (int s = 0; s < chain.size(); ++s) {
        const JourneyChain::State &state = chain.states[std::size_t(s)];
        if (!side.stage.isEmpty() && state.stage.compare(side.stage, Qt::CaseInsensitive) != 0)
            continue;
        if (!side.channel.isEmpty() && state.channel.compare(side.channel, Qt::CaseInsensitive) != 0)
            continue;
        if (conversionType)
            count += double(sim.stateConversions[std::size_t(s)]);
        else if (perVisit != chain.eventsPerVisit.end())
            count += double(sim.stateVisits[std::size_t(s)]) * perVisit->second[std::size_t(s)];
    }
    return count;
}

template<typename Count>
std::vector<KpiValue> evaluate(const omnimap::Project &project, const Count &count, const Id &journeyId)
{
    std::vector<KpiValue> values;
    for (const Kpi &kpi : project.kpis) {
        if (!kpi.binding || (!journeyId.isEmpty() && !kpi.journeyId.isEmpty() && kpi.journeyId != journeyId))
            continue;
        const KpiBinding &b = *kpi.binding;
        KpiValue v;
        v.kpiId = kpi.id;
        v.name = kpi.name;
        const Side num = resolve(project, b.numeratorEventType, b.numeratorStageId, b.numeratorChannelId);
        const Side den = resolve(project, b.denominatorEventType, b.denominatorStageId, b.denominatorChannelId);
        if (num.eventType.isEmpty() || num.unknownId || den.unknownId) {
            v.note = KpimeasureTr::tr("The binding names no event type, or a stage or channel that is not in the plan.");
            values.push_back(v);
            continue;
        }
        v.numerator = count(num, b.windowDays);
        if (b.denominatorEventType.trimmed().isEmpty()) {
            v.value = v.numerator;
            v.measured = true;
        } else {
            v.denominator = count(den, b.windowDays);
            if (v.denominator > 0.0) {
                v.value = v.numerator / v.denominator * (kpi.unit == KpiUnit::Percent ? 100.0 : 1.0);
                v.measured = true;
            } else {
                v.note = KpimeasureTr::tr("No denominator events: the ratio is undefined.");
            }
        }
        if (v.measured)
            v.status = kpiStatus(v.value, kpi.target, kpi.direction);
        values.push_back(v);
    }
    return values;
}

} // namespace

EventCounter eventColumnsCounter(const EventColumns &events)
{
    std::int64_t latest = INT64_MIN;
    for (std::int64_t ts : events.ts)
        latest = std::max(latest, ts);
    return [&events, latest](const EventFilter &filter) {
        const std::int64_t from = filter.windowDays > 0 ? latest - std::int64_t(filter.windowDays) * 86400000 : INT64_MIN;
        return countEvents(events, Side{filter.eventType, filter.stage, filter.channel, false}, from);
    };
}

std::vector<KpiValue> measureKpis(const omnimap::Project &project, const EventColumns &events)
{
    return measureKpis(project, eventColumnsCounter(events));
}

std::vector<KpiValue> measureKpis(const omnimap::Project &project, const EventCounter &counter)
{
    auto count = [&counter](const Side &side, int windowDays) {
        return counter(EventFilter{side.eventType, side.stage, side.channel, windowDays});
    };
    return evaluate(project, count, Id());
}

std::vector<KpiValue> simulatedKpis(const omnimap::Project &project, const omnimap::Journey &journey,
                                    const JourneyChain &chain, const MonteCarloResult &simulation)
{
    auto count = [&chain, &simulation](const Side &side, int) { return countSimulated(chain, simulation, side); };
    return evaluate(project, count, journey.id);
}

} // namespace omnimap::sim
