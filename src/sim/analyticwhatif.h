#pragma once

#include "journeychain.h"

#include <QString>

#include <vector>

namespace omnimap::sim {

/// Exact expectations of the absorbing chain — what the Monte Carlo estimates, without
/// sampling error. Dense solves, so meant for small chains (up to a few hundred cells).
struct AnalyticResult
{
    bool ok = false;
    QString error;
    double conversionProbability = 0.0;
    double revenuePerCustomer = 0.0;
    double expectedTouches = 0.0;
    double timeToConvertDays = 0.0;      ///< mean, given conversion
    std::vector<double> stateVisits;     ///< expected visits per customer
    std::vector<double> stageReach;      ///< P(reach the stage)
};

/// Largest chain the analytic what-if accepts.
constexpr int kAnalyticMaxStates = 600;

AnalyticResult analyseChain(const JourneyChain &chain);

} // namespace omnimap::sim
