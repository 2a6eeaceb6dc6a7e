#include "scenarioeffects.h"

#include "model/lookup.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace omnimap::sim {

namespace {

struct ScenarioeffectsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim) };

std::vector<int> statesOfChannel(const JourneyChain &chain, const omnimap::Project &project, const Id &channelId)
{
    const Channel *channel = findById(project.channels, channelId);
    const QString name = channel ? channel->name : channelId;
    std::vector<int> states;
    for (int s = 0; s < chain.size(); ++s) {
        if (chain.states[std::size_t(s)].channel.compare(name, Qt::CaseInsensitive) == 0)
            states.push_back(s);
    }
    return states;
}

double budgetOf(const omnimap::Project &project, const Id &journeyId, const Id &channelId)
{
    double sum = 0.0;
    for (const Campaign &campaign : project.campaigns) {
        if (!journeyId.isEmpty() && campaign.journeyId != journeyId)
            continue;
        for (const BudgetLine &line : campaign.budget) {
            if (line.channelId == channelId)
                sum += line.amount;
        }
    }
    return sum;
}

void scaleEntry(JourneyChain &chain, const std::vector<int> &states, double factor)
{
    for (int s : states)
        chain.entry[std::size_t(s)] *= std::max(0.0, factor);
    double sum = 0.0;
    for (double e : chain.entry)
        sum += e;
    if (sum > 0.0) {
        for (double &e : chain.entry)
            e /= sum;
    }
}

QString channelName(const omnimap::Project &project, const Id &channelId)
{
    const Channel *channel = findById(project.channels, channelId);
    return channel ? channel->name : channelId;
}

/// Why a modifier leaves the chain exactly as it was (empty when it changes something):
/// scaling a probability that is zero, or by ×1, changes nothing, and a scenario made of
/// such modifiers shows "= 0" everywhere unless it says why.
QString noEffectReason(const JourneyChain &chain, const omnimap::Project &project, const ScenarioModifier &m,
                       const std::vector<int> &source, const std::vector<int> &target)
{
    const QString from = channelName(project, m.channelId);
    const bool scales = m.kind == ModifierKind::ScaleTransition || m.kind == ModifierKind::ScaleConversion
        || m.kind == ModifierKind::ScaleEntry;
    if (scales && std::abs(m.value - 1.0) < 1e-12)
        return ScenarioeffectsTr::tr("the factor is ×1, which changes nothing");
    switch (m.kind) {
    case ModifierKind::ScaleTransition: {
        double sum = 0.0;
        for (int s : source)
            for (int t : target)
                sum += chain.p(s, t);
        if (target.empty() || sum <= 0.0)
            return ScenarioeffectsTr::tr("this transition never occurs in the data set (no customer goes from %1 to %2), so scaling "
                      "it changes nothing")
                .arg(from, channelName(project, m.targetChannelId));
        break;
    }
    case ModifierKind::ScaleConversion: {
        double sum = 0.0;
        for (int s : source)
            sum += chain.p(s, chain.conversionColumn());
        if (sum <= 0.0)
            return ScenarioeffectsTr::tr("no customer converts right after %1 in the data set, so scaling that conversion changes "
                      "nothing")
                .arg(from);
        break;
    }
    case ModifierKind::ScaleEntry: {
        double sum = 0.0;
        for (int s : source)
            sum += chain.entry[std::size_t(s)];
        if (sum <= 0.0)
            return ScenarioeffectsTr::tr("no journey starts at %1 in the data set, so scaling its entry changes nothing").arg(from);
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace

void setOutcome(JourneyChain &chain, int state, int column, double value)
{
    value = std::clamp(value, 0.0, 1.0);
    const double old = chain.p(state, column);
    const double rest = 1.0 - old;
    const double scale = rest > 0.0 ? (1.0 - value) / rest : 0.0;
    for (int c = 0; c < chain.columns(); ++c) {
        if (c != column)
            chain.p(state, c) *= scale;
    }
    chain.p(state, column) = value;
    if (rest <= 0.0 && value < 1.0)
        chain.p(state, chain.nullColumn()) += 1.0 - value; // nothing to rescale: the rest drops out
}

QStringList applyScenario(JourneyChain &chain, const omnimap::Project &project, const omnimap::Scenario &scenario)
{
    QStringList warnings;
    for (const ScenarioModifier &m : scenario.modifiers) {
        const std::vector<int> source = statesOfChannel(chain, project, m.channelId);
        if (source.empty()) {
            warnings.append(ScenarioeffectsTr::tr("Scenario \"%1\": the channel %2 is not in the simulated journey; modifier ignored.")
                                .arg(scenario.name, m.channelId));
            continue;
        }
        const std::vector<int> targets = m.kind == ModifierKind::ScaleTransition
            ? statesOfChannel(chain, project, m.targetChannelId)
            : std::vector<int>{};
        if (const QString reason = noEffectReason(chain, project, m, source, targets); !reason.isEmpty()) {
            warnings.append(ScenarioeffectsTr::tr("Scenario \"%1\": %2.").arg(scenario.name, reason));
            continue;
        }
        switch (m.kind) {
        case ModifierKind::RemoveChannel:
            // As in the removal effect: a customer who would have used the channel is lost.
            for (int s : source)
                chain.entry[std::size_t(s)] = 0.0;
            scaleEntry(chain, {}, 1.0);
            for (int from = 0; from < chain.size(); ++from) {
                for (int s : source) {
                    chain.p(from, chain.nullColumn()) += chain.p(from, s);
                    chain.p(from, s) = 0.0;
                }
            }
            break;
        case ModifierKind::ScaleEntry:
            scaleEntry(chain, source, m.value);
            break;
        case ModifierKind::BudgetShift: {
            // Entry rates follow budget: moving a fraction f of A's budget to B scales A's
            // entry by (1 − f) and B's by 1 + f·budget(A)/budget(B) (equal budgets if unknown).
            const std::vector<int> target = statesOfChannel(chain, project, m.targetChannelId);
            const double f = std::clamp(m.value, 0.0, 1.0);
            const double a = budgetOf(project, scenario.journeyId, m.channelId);
            const double b = budgetOf(project, scenario.journeyId, m.targetChannelId);
            const double ratio = (a > 0.0 && b > 0.0) ? a / b : 1.0;
            for (int s : source)
                chain.entry[std::size_t(s)] *= 1.0 - f;
            if (target.empty())
                warnings.append(ScenarioeffectsTr::tr("Scenario \"%1\": the channel %2 is not in the simulated journey; its budget share is lost.")
                                    .arg(scenario.name, m.targetChannelId));
            for (int s : target)
                chain.entry[std::size_t(s)] *= 1.0 + f * ratio;
            scaleEntry(chain, {}, 1.0);
            break;
        }
        case ModifierKind::ScaleTransition: {
            const std::vector<int> target = statesOfChannel(chain, project, m.targetChannelId);
            for (int s : source) {
                for (int t : target)
                    setOutcome(chain, s, t, chain.p(s, t) * m.value);
            }
            break;
        }
        case ModifierKind::SetConversion:
            for (int s : source)
                setOutcome(chain, s, chain.conversionColumn(), m.value);
            break;
        case ModifierKind::ScaleConversion:
            for (int s : source)
                setOutcome(chain, s, chain.conversionColumn(), chain.p(s, chain.conversionColumn()) * m.value);
            break;
        }
    }
    return warnings;
}

} // namespace omnimap::sim
