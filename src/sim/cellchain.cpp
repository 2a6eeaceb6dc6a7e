#include "cellchain.h"

#include <QHash>

#include <algorithm>
#include <map>

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

QString cellKey(const QString &stage, const QString &channel)
{
    return stage + QChar(0x1F) + channel;
}

} // namespace

JourneyChain chainFromCellSteps(const CellSteps &cells, const omnimap::Journey &journey, const QStringList &conversionEventTypes)
{
    JourneyChain chain;
    chain.source = QStringLiteral("data");
    chain.conversionEventTypes = conversionEventTypes;
    for (const Stage &stage : journey.stages)
        chain.stages.append(stage.name);

    // States: every cell touched, ordered by stage (the journey's order, then others by
    // name) and channel name.
    std::map<std::pair<QString, QString>, int> seen;
    for (const CellSteps::Step &s : cells.steps)
        seen.emplace(std::make_pair(s.stage, s.channel), 0);
    QStringList otherStages;
    for (const auto &[cell, unused] : seen) {
        if (!cell.first.isEmpty() && indexOfName(chain.stages, cell.first) < 0 && indexOfName(otherStages, cell.first) < 0)
            otherStages.append(cell.first);
    }
    otherStages.sort();
    chain.stages.append(otherStages);
    std::vector<std::pair<QString, QString>> order;
    for (const auto &[cell, unused] : seen)
        order.push_back(cell);
    auto rank = [&chain](const QString &stage) { return stage.isEmpty() ? -1 : indexOfName(chain.stages, stage); };
    std::stable_sort(order.begin(), order.end(), [&rank](const auto &a, const auto &b) {
        const int ra = rank(a.first), rb = rank(b.first);
        return ra != rb ? ra < rb : a.second < b.second;
    });
    QHash<QString, int> index;
    for (const auto &[stage, channel] : order) {
        JourneyChain::State state;
        state.stage = stage;
        state.channel = channel;
        state.stageIndex = rank(stage);
        index.insert(cellKey(stage, channel), chain.size());
        chain.states.push_back(state);
    }

    const int n = chain.size();
    const auto cols = std::size_t(n) + 2;
    chain.entry.assign(std::size_t(n), 0.0);
    chain.next.assign(std::size_t(n) * cols, 0.0);
    chain.dwellDays.assign(std::size_t(n), 0.0);
    chain.revenue.assign(std::size_t(n), 0.0);
    std::vector<double> departures(std::size_t(n), 0.0), conversions(std::size_t(n), 0.0);
    double journeys = 0.0;
    for (const CellSteps::Step &s : cells.steps) {
        const int to = index.value(cellKey(s.stage, s.channel));
        if (s.first) {
            chain.entry[std::size_t(to)] += s.touches;
            journeys += s.touches;
        } else {
            const int from = index.value(cellKey(s.previousStage, s.previousChannel), -1);
            if (from < 0)
                continue;
            chain.p(from, to) += s.touches;
            chain.dwellDays[std::size_t(from)] += s.dwellDays;
            departures[std::size_t(from)] += s.touches;
        }
        if (s.last && s.converted) {
            chain.p(to, n) += s.touches;
            chain.revenue[std::size_t(to)] += s.value;
            conversions[std::size_t(to)] += s.touches;
            chain.dwellDays[std::size_t(to)] += s.dwellToEndDays;
            departures[std::size_t(to)] += s.touches;
        } else if (s.last) {
            chain.p(to, n + 1) += s.touches;
        }
    }
    chain.calibrationJourneys = std::int64_t(journeys);
    normalise(chain.entry, 0, chain.entry.size());
    for (int s = 0; s < n; ++s) {
        normalise(chain.next, std::size_t(s) * cols, cols);
        const auto i = std::size_t(s);
        chain.dwellDays[i] = departures[i] > 0.0 ? chain.dwellDays[i] / departures[i] : 0.0;
        chain.revenue[i] = conversions[i] > 0.0 ? chain.revenue[i] / conversions[i] : 0.0;
    }

    std::vector<double> touches(std::size_t(n), 0.0);
    std::map<QString, std::vector<double>> byType;
    for (const CellSteps::TypeCount &t : cells.eventTypes) {
        const int s = index.value(cellKey(t.stage, t.channel), -1);
        if (s < 0)
            continue;
        auto &counts = byType[t.eventType];
        counts.resize(std::size_t(n), 0.0);
        counts[std::size_t(s)] += t.events;
        touches[std::size_t(s)] += t.events;
    }
    for (const auto &[type, counts] : byType) {
        std::vector<double> perVisit(std::size_t(n), 0.0);
        for (std::size_t s = 0; s < std::size_t(n); ++s)
            perVisit[s] = touches[s] > 0.0 ? counts[s] / touches[s] : 0.0;
        chain.eventsPerVisit[type.toLower()] = perVisit;
    }
    return chain;
}

} // namespace omnimap::sim
