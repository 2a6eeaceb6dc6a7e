#pragma once

#include "pathset.h"

#include <QString>

#include <vector>

namespace omnimap::sim {

/// Removal effects of a Markov chain of order 1..4 fitted to channel paths, computed
/// exactly from the absorbing chain instead of by random walks (docs/simulation.md).
struct MarkovResult
{
    bool ok = false;
    QString error;
    int order = 1;
    int states = 0;                      ///< transient states, the start state included
    double conversionProbability = 0.0;  ///< P(conversion) from the start state
    std::vector<double> removalEffect;   ///< by channel id: 1 - P(conv | channel removed) / P(conv)
};

/// `paths` should have consecutive repeats collapsed (collapsedUniquePaths); the
/// counts are weighted by conversions + nulls.
MarkovResult markovRemovalEffects(const PathSet &paths, int order);

} // namespace omnimap::sim
