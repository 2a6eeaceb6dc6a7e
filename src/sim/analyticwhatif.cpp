#include "analyticwhatif.h"

#include "linearsolver.h"

#include <QCoreApplication>

namespace omnimap::sim {

AnalyticResult analyseChain(const JourneyChain &chain)
{
    AnalyticResult result;
    const int n = chain.size();
    if (n > kAnalyticMaxStates) {
        result.error = QCoreApplication::translate("omnimap::sim", "The chain has %1 states; the analytic what-if "
                                                                   "handles up to %2. Use the Monte Carlo simulation.")
                           .arg(n)
                           .arg(kAnalyticMaxStates);
        return result;
    }
    const auto N = std::size_t(n);
    std::vector<double> a(N * N, 0.0); // I − Q
    for (std::size_t i = 0; i < N; ++i) {
        a[i * N + i] = 1.0;
        for (std::size_t j = 0; j < N; ++j)
            a[i * N + j] -= chain.p(int(i), int(j));
    }
    DenseLu lu;
    if (n > 0 && !lu.factor(a, n)) {
        result.error = QCoreApplication::translate("omnimap::sim", "The chain has a loop with no way out.");
        return result;
    }
    // b = N r: P(conversion | in state s).
    std::vector<double> b(N);
    for (std::size_t i = 0; i < N; ++i)
        b[i] = chain.p(int(i), n);
    if (n > 0)
        lu.solve(b);
    // v = α N: expected visits per state (a row vector, hence the transposed solve).
    std::vector<double> v = chain.entry;
    if (n > 0)
        lu.solveTransposed(v);
    result.stateVisits = v;
    double timeWeighted = 0.0;
    for (std::size_t i = 0; i < N; ++i) {
        result.conversionProbability += chain.entry[i] * b[i];
        result.revenuePerCustomer += v[i] * chain.p(int(i), n) * chain.revenue[i];
        result.expectedTouches += v[i];
        // The walk's future depends only on the current state, so time spent in s on
        // converting walks is E[visits to s] · dwell(s) · P(conversion | s).
        timeWeighted += v[i] * chain.dwellDays[i] * b[i];
    }
    result.timeToConvertDays = result.conversionProbability > 0.0 ? timeWeighted / result.conversionProbability : 0.0;

    // Stage reach: make the stage's cells absorbing and solve for P(hit them).
    for (int stage = 0; stage < chain.stages.size(); ++stage) {
        std::vector<double> m(N * N, 0.0);
        std::vector<double> h(N, 0.0);
        bool any = false;
        for (std::size_t i = 0; i < N; ++i) {
            m[i * N + i] = 1.0;
            if (chain.states[i].stageIndex == stage) {
                h[i] = 1.0;
                any = true;
                continue;
            }
            for (std::size_t j = 0; j < N; ++j)
                m[i * N + j] -= chain.p(int(i), int(j));
        }
        double reach = 0.0;
        DenseLu stageLu;
        if (any && stageLu.factor(m, n)) {
            stageLu.solve(h);
            for (std::size_t i = 0; i < N; ++i)
                reach += chain.entry[i] * h[i];
        }
        result.stageReach.push_back(reach);
    }
    result.ok = true;
    return result;
}

} // namespace omnimap::sim
