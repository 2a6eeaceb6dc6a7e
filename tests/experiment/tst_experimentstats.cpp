// The A/B statistics checked against values worked by hand (arithmetic in the comments),
// textbook tables, and references written here independently of the code under test.

#include "experimentstats.h"
#include "statdistributions.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace omnimap::sim::stats;

namespace {

/// Evan Miller's closed form of P(p_B > p_A) for Beta posteriors with integer α_B
/// ("Formulas for Bayesian A/B Testing", 2015):
///   Σ_{i=0}^{α_B−1} B(α_A+i, β_A+β_B) / ((β_B+i) · B(1+i, β_B) · B(α_A, β_A)).
double evanMillerBBeatsA(double aA, double bA, double aB, double bB)
{
    auto lbeta = [](double x, double y) { return std::lgamma(x) + std::lgamma(y) - std::lgamma(x + y); };
    double total = 0.0;
    for (int i = 0; i < int(aB); ++i)
        total += std::exp(lbeta(aA + i, bA + bB) - std::log(bB + i) - lbeta(1.0 + i, bB) - lbeta(aA, bA));
    return total;
}

/// Wilson's bounds are where |p̂ − p| = z·√(p(1−p)/n): found by bisection, not by the
/// closed form the code uses.
double wilsonBound(double successes, double trials, bool upper)
{
    const double rate = successes / trials, z = 1.959963984540054;
    double lo = upper ? rate : 0.0, hi = upper ? 1.0 : rate;
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2.0;
        const bool outside = std::fabs(rate - mid) > z * std::sqrt(mid * (1.0 - mid) / trials);
        if (upper == outside)
            hi = mid;
        else
            lo = mid;
    }
    return (lo + hi) / 2.0;
}

double betaDraw(std::mt19937_64 &rng, double a, double b)
{
    std::gamma_distribution<double> ga(a, 1.0), gb(b, 1.0);
    const double x = ga(rng), y = gb(rng);
    return x / (x + y);
}

} // namespace

class TestExperimentStats : public QObject
{
    Q_OBJECT
private slots:
    void normalQuantiles()
    {
        // Textbook z values (any normal table to 6 places; here to full precision).
        QVERIFY(std::fabs(normalQuantile(0.975) - 1.959963984540054) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(0.8) - 0.8416212335729143) < 1e-12);
        QVERIFY(std::fabs(normalQuantile(0.5)) < 1e-14);
        QVERIFY(std::fabs(normalQuantile(1e-10) + 6.361340902404056) < 1e-9);
        QVERIFY(std::isinf(normalQuantile(0.0)) && normalQuantile(0.0) < 0);
    }

    void sampleSize()
    {
        // p1 = 0.20, p2 = 0.25, p̄ = 0.225, z = 1.959964, z_β = 0.841621:
        //   1.959964·√(2·0.225·0.775) = 1.959964·0.590551 = 1.157459
        //   0.841621·√(0.16 + 0.1875)  = 0.841621·0.589491 = 0.496128
        //   (1.653587)² / 0.05² = 2.734350 / 0.0025 = 1093.74 → 1094 per variant.
        QCOMPARE(sampleSizePerVariant(0.20, 0.05, 0.05, 0.80).value_or(-1), 1094);
        // Fleiss, Levin & Paik, Table A.4 (p1 = .05, p2 = .10, α = .05, power .80) lists
        // 474 with the continuity correction n = n'/4·(1 + √(1 + 4/(n'·|d|)))². The
        // uncorrected n' this function returns, worked by hand, is 434.43 → 435; applying
        // the table's correction to that n' must give the table's 474.
        const double nPrime = 434.432;
        QCOMPARE(sampleSizePerVariant(0.05, 0.05, 0.05, 0.80).value_or(-1), 435);
        QCOMPARE(std::ceil(nPrime / 4.0 * std::pow(1.0 + std::sqrt(1.0 + 4.0 / (nPrime * 0.05)), 2.0)), 474.0);
        // The same effect downward needs the same sample (p1 and p2 swap roles).
        QCOMPARE(sampleSizePerVariant(0.25, -0.05, 0.05, 0.80).value_or(-1), 1094);
        // A smaller α or more power needs more customers.
        QVERIFY(sampleSizePerVariant(0.20, 0.05, 0.01, 0.80).value_or(0) > 1094);
        QVERIFY(sampleSizePerVariant(0.20, 0.05, 0.05, 0.90).value_or(0) > 1094);

        QString why;
        QVERIFY(!sampleSizePerVariant(0.0, 0.05, 0.05, 0.8, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!sampleSizePerVariant(0.2, 0.0, 0.05, 0.8, &why));
        QVERIFY(!sampleSizePerVariant(0.98, 0.05, 0.05, 0.8, &why)); // 103 %
        QVERIFY(!sampleSizePerVariant(0.2, 0.05, 1.5, 0.8, &why));
        QVERIFY(!sampleSizePerVariant(0.2, std::nan(""), 0.05, 0.8, &why));
    }

    void duration()
    {
        // 1094 per variant, 100 customers a day split 50/50: 1094 / 50 = 21.88 days.
        QVERIFY(std::fabs(expectedDays(1094, {0.5, 0.5}, 100.0).value_or(0) - 21.88) < 1e-9);
        // 80/20: the 20 % arm needs 1094 / 20 = 54.7 days.
        QVERIFY(std::fabs(expectedDays(1094, {0.8, 0.2}, 100.0).value_or(0) - 54.7) < 1e-9);
        QString why;
        QVERIFY(!expectedDays(1094, {0.5, 0.5}, 0.0, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!expectedDays(1094, {1.0, 0.0}, 100.0, &why));
    }

    void wilson()
    {
        // 0 of 10: the upper bound z²/(n + z²) = 3.841459 / 13.841459 = 0.277533.
        const auto zero = wilsonInterval({0, 10});
        QVERIFY(zero);
        QCOMPARE(zero->low, 0.0);
        QVERIFY(std::fabs(zero->high - 0.277533) < 1e-6);
        for (const auto &[x, n] : {std::pair{81, 263}, std::pair{1, 2}, std::pair{999, 1000}, std::pair{37, 50000}}) {
            const auto interval = wilsonInterval({x, n});
            QVERIFY(interval);
            QVERIFY2(std::fabs(interval->low - wilsonBound(x, n, false)) < 1e-9, qPrintable(QString::number(x)));
            QVERIFY2(std::fabs(interval->high - wilsonBound(x, n, true)) < 1e-9, qPrintable(QString::number(x)));
        }
        QVERIFY(!wilsonInterval({0, 0}));
        QVERIFY(!wilsonInterval({5, 3}));
    }

    void zTest()
    {
        // 100/1000 against 130/1000: pooled p = 230/2000 = 0.115,
        // se = √(0.115·0.885·(2/1000)) = √0.00020355 = 0.0142671, z = 0.03/0.0142671 = 2.10274,
        // two-sided p = 2·(1 − Φ(2.10274)) = 0.035488.
        const auto t = twoProportionZTest({100, 1000}, {130, 1000});
        QVERIFY(t);
        QVERIFY(std::fabs(t->z - 2.10274) < 1e-5);
        QVERIFY(std::fabs(t->pValue - 0.035488) < 1e-6);
        // Swapping the groups flips the sign, not the p-value.
        const auto swapped = twoProportionZTest({130, 1000}, {100, 1000});
        QVERIFY(std::fabs(swapped->z + t->z) < 1e-12 && std::fabs(swapped->pValue - t->pValue) < 1e-12);
        // Equal rates: z = 0, p = 1.
        QCOMPARE(twoProportionZTest({50, 500}, {100, 1000})->pValue, 1.0);

        QString why;
        QVERIFY(!twoProportionZTest({0, 0}, {10, 100}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!twoProportionZTest({0, 100}, {0, 100}, &why)); // no one converted
        QVERIFY(!twoProportionZTest({100, 100}, {80, 80}, &why)); // everyone converted
    }

    void lifts()
    {
        // 100/1000 → 130/1000: +0.03 absolute, se = √(0.1·0.9/1000 + 0.13·0.87/1000)
        // = √0.0002031 = 0.0142513 → ±0.0279320.
        const auto l = lift({100, 1000}, {130, 1000});
        QVERIFY(l);
        QVERIFY(std::fabs(l->absolute - 0.03) < 1e-12);
        QVERIFY(std::fabs(l->absoluteInterval.low - 0.002068) < 1e-6);
        QVERIFY(std::fabs(l->absoluteInterval.high - 0.057932) < 1e-6);
        // Relative +30 %; Katz: var ln RR = 1/130 − 1/1000 + 1/100 − 1/1000 = 0.0156923,
        // sd 0.125269, ln 1.3 = 0.262364 → exp(0.262364 ∓ 0.245524) − 1 = 0.01698 … 0.66176.
        QVERIFY(l->relative && std::fabs(*l->relative - 0.3) < 1e-12);
        QVERIFY(l->relativeInterval);
        QVERIFY(std::fabs(l->relativeInterval->low - 0.01698) < 1e-4);
        QVERIFY(std::fabs(l->relativeInterval->high - 0.66176) < 1e-4);
        // A control that converts no one has no relative lift (division by zero), but
        // still an absolute one.
        const auto fromZero = lift({0, 500}, {10, 500});
        QVERIFY(fromZero && !fromZero->relative && !fromZero->relativeInterval);
        QVERIFY(std::fabs(fromZero->absolute - 0.02) < 1e-12);
        QVERIFY(!lift({0, 0}, {1, 10}));
    }

    void probabilityBestTwoVariants()
    {
        // Posterior Beta(1 + x, 1 + n − x) against Evan Miller's exact sum.
        const std::vector<std::pair<Proportion, Proportion>> cases = {
            {{20, 200}, {30, 200}}, {{5, 40}, {4, 60}}, {{0, 15}, {2, 15}}, {{120, 1000}, {121, 1000}}, {{300, 2500}, {345, 2400}}};
        for (const auto &[a, b] : cases) {
            const double reference = evanMillerBBeatsA(1.0 + a.successes, 1.0 + a.trials - a.successes,
                                                        1.0 + b.successes, 1.0 + b.trials - b.successes);
            const auto p = probabilityBest({a, b});
            QCOMPARE(p.size(), std::size_t(2));
            QVERIFY2(std::fabs(p[1] - reference) < 1e-5, qPrintable(QStringLiteral("%1 vs %2").arg(p[1]).arg(reference)));
            QVERIFY(std::fabs(p[0] + p[1] - 1.0) < 1e-12);
            // Lower is better: the roles swap.
            const auto lower = probabilityBest({a, b}, false);
            QVERIFY(std::fabs(lower[0] - reference) < 1e-5);
        }
        // Identical data: a coin toss.
        const auto same = probabilityBest({{50, 400}, {50, 400}});
        QVERIFY(std::fabs(same[0] - 0.5) < 1e-6);
    }

    void probabilityBestThreeVariants()
    {
        const auto same = probabilityBest({{30, 300}, {30, 300}, {30, 300}});
        for (double p : same)
            QVERIFY(std::fabs(p - 1.0 / 3.0) < 1e-6);
        // Against a Monte Carlo reference: 400 000 draws (fixed seed), standard error of
        // each share ≤ 0.0008, so 0.004 is five standard errors.
        const std::vector<Proportion> v = {{40, 400}, {52, 410}, {47, 390}};
        std::mt19937_64 rng(20261202);
        std::vector<double> wins(3, 0.0);
        const int draws = 400000;
        for (int d = 0; d < draws; ++d) {
            double best = -1.0;
            int who = 0;
            for (int i = 0; i < 3; ++i) {
                const double x = betaDraw(rng, 1.0 + v[i].successes, 1.0 + v[i].trials - v[i].successes);
                if (x > best) {
                    best = x;
                    who = i;
                }
            }
            wins[std::size_t(who)] += 1.0;
        }
        const auto p = probabilityBest(v);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::fabs(p[std::size_t(i)] - wins[std::size_t(i)] / draws) < 0.004, qPrintable(QString::number(i)));
        // A variant with no exposures has the flat prior: it still gets a probability,
        // and nothing is NaN.
        const auto withEmpty = probabilityBest({{40, 400}, {0, 0}});
        QVERIFY(std::isfinite(withEmpty[0]) && std::isfinite(withEmpty[1]));
        QVERIFY(std::fabs(withEmpty[0] + withEmpty[1] - 1.0) < 1e-9);
        // Huge samples (narrow posteriors) stay accurate: 10 M each, 10.00 % vs 10.02 %.
        // At this size the posteriors are normal: Φ(0.0002 / √(0.1·0.9/10⁷ + 0.1002·0.8998/10⁷)).
        const auto big = probabilityBest({{1000000, 10000000}, {1002000, 10000000}});
        const double normal = 0.5 * std::erfc(-0.0002 / std::sqrt((0.1 * 0.9 + 0.1002 * 0.8998) / 1e7) / std::sqrt(2.0));
        QVERIFY2(std::fabs(big[1] - normal) < 2e-4, qPrintable(QStringLiteral("%1 vs %2").arg(big[1]).arg(normal)));
    }

    void sampleRatio()
    {
        // 5000 vs 5200 planned 50/50: expected 5100 each, χ² = 2·100²/5100 = 3.921569;
        // one degree of freedom: p = erfc(√(χ²/2)) = 0.047670.
        auto check = sampleRatioMismatch({5000, 5200}, {50, 50});
        QVERIFY(check);
        QCOMPARE(check->degreesOfFreedom, 1);
        QVERIFY(std::fabs(check->chiSquare - 3.921569) < 1e-6);
        QVERIFY(std::fabs(check->pValue - 0.047670) < 1e-6);
        QVERIFY(!check->mismatch);
        // 80/20 planned, 8100/1900 seen: χ² = 100²/8000 + 100²/2000 = 6.25,
        // p = erfc(√3.125) = 0.012419.
        check = sampleRatioMismatch({8100, 1900}, {0.8, 0.2});
        QVERIFY(std::fabs(check->chiSquare - 6.25) < 1e-9);
        QVERIFY(std::fabs(check->pValue - 0.012419) < 1e-6);
        // Three arms: 1000/1100/900 on an even split, χ² = (0 + 100² + 100²)/1000 = 20,
        // two degrees of freedom: p = e^(−χ²/2) = e^−10 = 4.53999e-5 → a broken split.
        check = sampleRatioMismatch({1000, 1100, 900}, {1, 1, 1});
        QVERIFY(std::fabs(check->pValue - std::exp(-10.0)) < 1e-12);
        QVERIFY(check->mismatch);
        // Large χ² on many arms (continued-fraction branch): df = 4, p = e^(−x/2)(1 + x/2).
        check = sampleRatioMismatch({1000, 1000, 1000, 1000, 1300}, {1, 1, 1, 1, 1});
        const double x = check->chiSquare;
        QVERIFY(std::fabs(check->pValue - std::exp(-x / 2.0) * (1.0 + x / 2.0)) < 1e-12);

        QString why;
        QVERIFY(!sampleRatioMismatch({10, 10}, {1, 0}, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!sampleRatioMismatch({0, 0}, {1, 1}, &why));
        QVERIFY(!sampleRatioMismatch({5}, {1}, &why));
    }
};

QTEST_GUILESS_MAIN(TestExperimentStats)
#include "tst_experimentstats.moc"
