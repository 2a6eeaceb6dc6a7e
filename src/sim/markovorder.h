#pragma once

#include "pathset.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace omnimap::sim {

/// One order's cross-validated fit.
struct OrderScore
{
    int order = 1;
    double logLikelihood = 0.0; ///< held-out log-likelihood per journey (natural log), mean over folds
    double standardError = 0.0; ///< of that mean, from the spread between folds
    int states = 0;             ///< distinct histories of ≤ order touches (start included)
};

/// The Markov order chosen by k-fold cross-validation over journeys.
struct OrderChoice
{
    bool ok = false;
    QString error;
    int folds = 0;
    int chosen = 0;             ///< the order with the highest held-out log-likelihood
    double journeys = 0.0;
    std::vector<OrderScore> scores; ///< orders 1..maxOrder
};

/// Splits the journeys at random (per `seed`) into `folds` folds; for each fold fits
/// orders 1..maxOrder to the others and scores the fold by the log-likelihood of every
/// observed next touch and of the outcome (conversion / null). A history never seen in
/// the training folds backs off to the next lower order: each order's estimate is
/// smoothed towards the one below it (an interpolated Dirichlet prior of weight 1),
/// down to the outcome and channel frequencies and a uniform floor, so no held-out event
/// has probability 0. With `collapseRepeats` the paths are scored with consecutive
/// repeats collapsed, as that Markov variant sees them.
OrderChoice chooseMarkovOrder(const PathSet &paths, bool collapseRepeats, int folds = 5, std::uint64_t seed = 1,
                              int maxOrder = 4);

} // namespace omnimap::sim
