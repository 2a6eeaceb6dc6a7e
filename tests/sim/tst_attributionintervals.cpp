// Bootstrap intervals and the cross-validated order choice, checked statistically.

#include "attribution.h"
#include "attributionbootstrap.h"
#include "markovorder.h"
#include "testregistry.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace omnimap::sim;

namespace {

/// Journeys from a Markov process over channels 1..3 whose next step depends on the last
/// `memory` touches (1 or 2); each journey is one record (count 1).
PathSet simulate(int memory, int journeys, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    PathSet paths;
    paths.channelNames = {QString(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int j = 0; j < journeys; ++j) {
        int previous = 0, last = 1 + int(rng() % 3);
        paths.channels.push_back(std::uint16_t(last));
        bool converted = false;
        for (int step = 0; step < 12; ++step) {
            // Order 2: where the customer goes next depends on where they came from.
            const int context = memory == 2 ? previous : 0;
            const double end = 0.25;
            const double r = u(rng);
            if (r < end) {
                converted = u(rng) < (memory == 2 ? (previous == 2 ? 0.7 : 0.1) : 0.1 * last);
                break;
            }
            int next = 0;
            if (memory == 2)
                next = 1 + (last + context) % 3; // a fixed move per (previous, last)
            else
                next = 1 + (last % 3);
            if (u(rng) < (memory == 2 ? 0.15 : 0.4))
                next = 1 + int(rng() % 3);
            previous = last;
            last = next;
            paths.channels.push_back(std::uint16_t(last));
        }
        paths.offsets.push_back(std::uint32_t(paths.channels.size()));
        paths.conversions.push_back(converted ? 1.0 : 0.0);
        paths.nulls.push_back(converted ? 0.0 : 1.0);
        paths.value.push_back(converted ? 40.0 + double(last) : 0.0);
    }
    return paths;
}

/// Aggregated paths: channel a alone, b alone, a > b, with counts.
PathSet aggregated(double scale)
{
    PathSet paths;
    paths.channelNames = {QString(), QStringLiteral("a"), QStringLiteral("b")};
    paths.channels = {1, 2, 1, 2};
    paths.offsets = {0, 1, 2, 4};
    paths.conversions = {300 * scale, 100 * scale, 200 * scale};
    paths.nulls = {700 * scale, 900 * scale, 300 * scale};
    paths.value = {3000 * scale, 1000 * scale, 2000 * scale};
    return paths;
}

AttributionResult run(const PathSet &paths, AttributionModel model, int bootstrap, std::uint64_t seed, int threads = 2)
{
    AttributionOptions options;
    options.model = model;
    options.bootstrap = bootstrap;
    options.seed = seed;
    options.threads = threads;
    return attribute(paths, options);
}

} // namespace

class TstAttributionIntervals : public QObject
{
    Q_OBJECT

private slots:
    void multinomialMatchesItsMoments_data()
    {
        QTest::addColumn<bool>("manyCategories");
        QTest::addColumn<bool>("lumped");
        QTest::addRow("binomials") << false << false;
        QTest::addRow("alias") << true << false;
        QTest::addRow("binomials-rest") << false << true;
        QTest::addRow("alias-rest") << true << true;
    }

    void multinomialMatchesItsMoments()
    {
        // Mean N·p and variance N·p·(1 − p) per category, over many samples; with `lumped`
        // the fourth category is the sampler's "rest" and only the other three are counted.
        QFETCH(bool, manyCategories);
        QFETCH(bool, lumped);
        std::vector<double> weights = manyCategories ? std::vector<double>{1, 2, 3, 4} : std::vector<double>{100, 200, 300, 400};
        const double rest = lumped ? weights.back() : 0.0;
        if (lumped)
            weights.pop_back();
        const std::size_t k = weights.size();
        const MultinomialSampler sampler(weights, rest);
        const double n = manyCategories ? 10.0 : 1000.0;
        QCOMPARE(sampler.draws(), std::int64_t(n));
        Xoshiro256 rng(7);
        const int samples = 20000;
        std::vector<double> sum(k, 0.0), sq(k, 0.0), counts;
        for (int s = 0; s < samples; ++s) {
            sampler.sample(rng, counts);
            QCOMPARE(counts.size(), k);
            double total = 0.0;
            for (std::size_t i = 0; i < k; ++i) {
                sum[i] += counts[i];
                sq[i] += counts[i] * counts[i];
                total += counts[i];
            }
            if (lumped)
                QVERIFY(total <= n);
            else
                QCOMPARE(total, n);
        }
        for (std::size_t i = 0; i < k; ++i) {
            const double p = double(i + 1) / 10.0;
            const double mean = sum[i] / samples, variance = sq[i] / samples - mean * mean;
            const double expectedVariance = n * p * (1 - p);
            QVERIFY2(std::fabs(mean - n * p) < 4.0 * std::sqrt(expectedVariance / samples), qPrintable(QString::number(mean)));
            QVERIFY2(std::fabs(variance / expectedVariance - 1.0) < 0.05, qPrintable(QString::number(variance)));
        }
    }

    void quantileIsTypeSeven()
    {
        std::vector<double> v{4, 1, 3, 2, 5}; // R: quantile(1:5, c(.05, .95)) = 1.2, 4.8
        QVERIFY(std::fabs(quantile(v, 0.05) - 1.2) < 1e-12);
        QVERIFY(std::fabs(quantile(v, 0.95) - 4.8) < 1e-12);
    }

    void lastTouchIntervalIsTheBinomialOne()
    {
        // Last touch on these paths credits b with the conversions of "b" and "a > b":
        // under resampling of N journeys that is Binomial(N, p), p = 300 / 2500. Its 90 %
        // interval is about N·p ± 1.645·sqrt(N·p·(1 − p)).
        const AttributionResult r = run(aggregated(1.0), AttributionModel::LastTouch, 2000, 3);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bootstrap, 2000);
        const double n = 2500, p = 300.0 / n, half = 1.645 * std::sqrt(n * p * (1 - p));
        const ChannelCredit &b = r.channels[1];
        QCOMPARE(b.conversions, 300.0);
        QVERIFY2(std::fabs(b.conversionsLow - (n * p - half)) < 0.1 * half, qPrintable(QString::number(b.conversionsLow)));
        QVERIFY2(std::fabs(b.conversionsHigh - (n * p + half)) < 0.1 * half, qPrintable(QString::number(b.conversionsHigh)));
        // Value rides along: 10 per conversion.
        QVERIFY(std::fabs(b.valueLow - 10.0 * b.conversionsLow) < 1e-6);
    }

    void everyModelCoversItsEstimateAndShrinks()
    {
        for (AttributionModel model : {AttributionModel::FirstTouch, AttributionModel::LastTouch, AttributionModel::Linear,
                                       AttributionModel::TimeDecay, AttributionModel::PositionBased, AttributionModel::Markov}) {
            const AttributionResult small = run(aggregated(1.0), model, 400, 11);
            const AttributionResult large = run(aggregated(16.0), model, 400, 11);
            QVERIFY2(small.ok && large.ok, qPrintable(small.error + large.error));
            for (std::size_t c = 0; c < small.channels.size(); ++c) {
                const ChannelCredit &s = small.channels[c], &l = large.channels[c];
                QVERIFY(s.conversionsLow <= s.conversions && s.conversions <= s.conversionsHigh);
                QVERIFY(s.valueLow <= s.value && s.value <= s.valueHigh);
                QVERIFY(s.conversionsHigh > s.conversionsLow);
                // Relative width ∝ 1/sqrt(n): 16 × the journeys, a quarter of the width.
                const double ratio = ((l.conversionsHigh - l.conversionsLow) / l.conversions)
                                     / ((s.conversionsHigh - s.conversionsLow) / s.conversions);
                QVERIFY2(ratio > 0.18 && ratio < 0.32, qPrintable(QStringLiteral("%1: %2").arg(attributionModelName(model)).arg(ratio)));
            }
        }
    }

    void deterministicPerSeed()
    {
        const PathSet paths = simulate(2, 3000, 5);
        for (AttributionModel model : {AttributionModel::TimeDecay, AttributionModel::Markov}) {
            const AttributionResult a = run(paths, model, 60, 42, 2), b = run(paths, model, 60, 42, 1),
                                    c = run(paths, model, 60, 43, 2);
            bool differs = false;
            for (std::size_t i = 0; i < a.channels.size(); ++i) {
                QCOMPARE(a.channels[i].conversionsLow, b.channels[i].conversionsLow); // threads do not matter
                QCOMPARE(a.channels[i].valueHigh, b.channels[i].valueHigh);
                differs = differs || a.channels[i].conversionsLow != c.channels[i].conversionsLow;
            }
            QVERIFY(differs);
        }
    }

    void overlappingChannelsAreIndistinguishable()
    {
        PathSet paths = aggregated(1.0);
        paths.conversions = {205, 200, 0};
        AttributionResult r = run(paths, AttributionModel::LastTouch, 200, 1);
        QCOMPARE(indistinguishableChannels(r).size(), std::size_t(1));
        paths.conversions = {400, 100, 0};
        r = run(paths, AttributionModel::LastTouch, 200, 1);
        QVERIFY(indistinguishableChannels(r).empty());
        QVERIFY(indistinguishableChannels(run(paths, AttributionModel::LastTouch, 0, 1)).empty());
    }

    void crossValidationFindsTheTrueOrder_data()
    {
        QTest::addColumn<int>("memory");
        QTest::addRow("order1") << 1;
        QTest::addRow("order2") << 2;
    }

    void crossValidationFindsTheTrueOrder()
    {
        QFETCH(int, memory);
        for (unsigned seed = 1; seed <= 3; ++seed) {
            const OrderChoice choice = chooseMarkovOrder(simulate(memory, 20000, seed), false, 5, seed);
            QVERIFY2(choice.ok, qPrintable(choice.error));
            QCOMPARE(choice.scores.size(), std::size_t(4));
            QCOMPARE(choice.journeys, 20000.0);
            QString table;
            for (const OrderScore &s : choice.scores)
                table += QStringLiteral(" %1:%2±%3").arg(s.order).arg(s.logLikelihood, 0, 'f', 5).arg(s.standardError, 0, 'f', 5);
            QVERIFY2(choice.chosen == memory, qPrintable(table));
        }
    }
};

OMNIMAP_SIM_TEST(TstAttributionIntervals)
#include "tst_attributionintervals.moc"
