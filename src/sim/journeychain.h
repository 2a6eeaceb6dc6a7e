#pragma once

#include "eventcache.h"
#include "journeybuilder.h"

#include "model/project.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace omnimap::sim {

/// The journey as an absorbing Markov chain over cells (stage × channel) — what the Monte
/// Carlo simulation and the analytic what-if walk through. Each transient state has
/// probabilities to every state, to conversion and to drop-out (null).
struct JourneyChain
{
    struct State
    {
        QString stage;   ///< stage name ("" when the event had none)
        QString channel; ///< channel name
        int stageIndex = -1; ///< index into stages, -1 when not in the plan
    };

    QStringList stages;            ///< stage names in journey order
    std::vector<State> states;
    std::vector<double> entry;     ///< P(first state), sums to 1
    std::vector<double> next;      ///< row-major states × (states + 2); last two: conversion, null
    std::vector<double> dwellDays; ///< mean days in a state before the next step
    std::vector<double> revenue;   ///< mean revenue of a conversion from a state
    /// Expected events of each type per visit of a state (KPI simulation), by type name.
    std::map<QString, std::vector<double>> eventsPerVisit;
    QStringList conversionEventTypes{QStringLiteral("purchase")};
    std::int64_t calibrationJourneys = 0; ///< journeys it was fitted to; 0: from the plan
    QString source;                       ///< "data" or "plan"

    int size() const { return int(states.size()); }
    int columns() const { return size() + 2; }
    double &p(int from, int to) { return next[std::size_t(from) * std::size_t(columns()) + std::size_t(to)]; }
    double p(int from, int to) const { return next[std::size_t(from) * std::size_t(columns()) + std::size_t(to)]; }
    int conversionColumn() const { return size(); }
    int nullColumn() const { return size() + 1; }
};

/// Fits the chain to the journeys of the data set (already filtered to a persona).
/// Stage names of the journey give the stage order; cells of other stages come after.
JourneyChain chainFromJourneys(const Journeys &journeys, const EventColumns &events,
                               const omnimap::Journey &journey, const JourneyOptions &options);

/// The plan's own structure when there is no data (docs/simulation.md, "Plan prior"):
/// entry at the first stage with touchpoints (weighted by the persona's preferred
/// channels), 55 % advance per step (hand-off targets ×3, same channel ×2), 15 % move
/// within a stage, conversion 35 % per step in the conversion stage.
JourneyChain chainFromPlan(const omnimap::Project &project, const omnimap::Journey &journey,
                           const omnimap::Persona *persona);

/// Index of the stage where customers convert: the first whose name says purchase
/// (purchase, buy, checkout, order, book, apply, sign up, 구매, 결제, 주문, 신청, 예약, 가입…),
/// else the last one.
int conversionStageIndex(const omnimap::Journey &journey);

} // namespace omnimap::sim
