#include "experimentstats.h"

#include "statdistributions.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace omnimap::sim::stats {

namespace {

struct ExperimentstatsTr { Q_DECLARE_TR_FUNCTIONS(omnimap::sim::stats) };

void say(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

bool isProbability(double v)
{
    return std::isfinite(v) && v > 0.0 && v < 1.0;
}

} // namespace

std::optional<std::int64_t> sampleSizePerVariant(double baseline, double mde, double alpha, double power, QString *why)
{
    if (!isProbability(baseline)) {
        say(why, ExperimentstatsTr::tr("The baseline rate must be between 0 % and 100 % (exclusive)."));
        return std::nullopt;
    }
    if (!std::isfinite(mde) || mde == 0.0 || !isProbability(baseline + mde)) {
        say(why, ExperimentstatsTr::tr("The minimum detectable effect must be non-zero and keep the rate between 0 % and 100 %."));
        return std::nullopt;
    }
    if (!isProbability(alpha) || !isProbability(power)) {
        say(why, ExperimentstatsTr::tr("α and power must be between 0 and 1."));
        return std::nullopt;
    }
    const double p1 = baseline, p2 = baseline + mde, pBar = (p1 + p2) / 2.0;
    const double zAlpha = normalQuantile(1.0 - alpha / 2.0);
    const double zBeta = normalQuantile(power);
    const double root = zAlpha * std::sqrt(2.0 * pBar * (1.0 - pBar)) + zBeta * std::sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2));
    const double n = root * root / (mde * mde);
    if (!std::isfinite(n) || n > 9e15) {
        say(why, ExperimentstatsTr::tr("The sample size is too large to compute."));
        return std::nullopt;
    }
    return std::int64_t(std::ceil(n - 1e-9));
}

std::optional<double> expectedDays(std::int64_t perVariant, const std::vector<double> &shares, double exposuresPerDay,
                                   QString *why)
{
    if (!(exposuresPerDay > 0.0) || !std::isfinite(exposuresPerDay)) {
        say(why, ExperimentstatsTr::tr("No customers reach this step in the data set, so the duration is unknown."));
        return std::nullopt;
    }
    if (shares.empty() || std::any_of(shares.begin(), shares.end(), [](double s) { return !(s > 0.0) || !std::isfinite(s); })) {
        say(why, ExperimentstatsTr::tr("Every variant needs a positive share of the traffic."));
        return std::nullopt;
    }
    const double smallest = *std::min_element(shares.begin(), shares.end());
    return double(perVariant) / (exposuresPerDay * smallest);
}

std::optional<Interval> wilsonInterval(const Proportion &p, double z)
{
    if (p.trials <= 0 || p.successes < 0 || p.successes > p.trials)
        return std::nullopt;
    const double n = double(p.trials), rate = p.rate(), z2 = z * z;
    const double denominator = 1.0 + z2 / n;
    const double centre = (rate + z2 / (2.0 * n)) / denominator;
    const double half = z / denominator * std::sqrt(rate * (1.0 - rate) / n + z2 / (4.0 * n * n));
    return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::optional<Lift> lift(const Proportion &control, const Proportion &variant, double z)
{
    if (control.trials <= 0 || variant.trials <= 0)
        return std::nullopt;
    const double pa = control.rate(), pb = variant.rate();
    Lift l;
    l.absolute = pb - pa;
    const double se = std::sqrt(pa * (1.0 - pa) / double(control.trials) + pb * (1.0 - pb) / double(variant.trials));
    l.absoluteInterval = {l.absolute - z * se, l.absolute + z * se};
    if (control.successes > 0) {
        l.relative = pb / pa - 1.0;
        if (variant.successes > 0) {
            // Katz: ln(pb/pa) is close to normal with variance 1/xb − 1/nb + 1/xa − 1/na.
            const double v = 1.0 / double(variant.successes) - 1.0 / double(variant.trials)
                             + 1.0 / double(control.successes) - 1.0 / double(control.trials);
            const double logRatio = std::log(pb / pa), s = std::sqrt(std::max(0.0, v));
            l.relativeInterval = Interval{std::exp(logRatio - z * s) - 1.0, std::exp(logRatio + z * s) - 1.0};
        }
    }
    return l;
}

std::optional<ZTest> twoProportionZTest(const Proportion &control, const Proportion &variant, QString *why)
{
    if (control.trials <= 0 || variant.trials <= 0) {
        say(why, ExperimentstatsTr::tr("A variant has no exposures."));
        return std::nullopt;
    }
    const double na = double(control.trials), nb = double(variant.trials);
    const double pooled = double(control.successes + variant.successes) / (na + nb);
    if (pooled <= 0.0 || pooled >= 1.0) {
        say(why, ExperimentstatsTr::tr("Every exposed customer had the same outcome: there is no variation to test."));
        return std::nullopt;
    }
    const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb));
    ZTest t;
    t.z = (variant.rate() - control.rate()) / se;
    t.pValue = std::min(1.0, 2.0 * normalCdf(-std::fabs(t.z)));
    return t;
}

std::vector<double> probabilityBest(const std::vector<Proportion> &variants, bool higherIsBetter)
{
    const std::size_t k = variants.size();
    std::vector<double> best(k, k > 0 ? 1.0 / double(k) : 0.0);
    if (k < 2)
        return best;
    // Beta(a, b) posteriors; the grid spans every posterior's mean ± 12 sd.
    std::vector<double> a(k), b(k), logNorm(k);
    double lo = 1.0, hi = 0.0;
    for (std::size_t i = 0; i < k; ++i) {
        const double x = double(std::clamp<std::int64_t>(variants[i].successes, 0, std::max<std::int64_t>(0, variants[i].trials)));
        a[i] = 1.0 + x;
        b[i] = 1.0 + double(std::max<std::int64_t>(0, variants[i].trials)) - x;
        logNorm[i] = logBeta(a[i], b[i]);
        const double mean = a[i] / (a[i] + b[i]);
        const double sd = std::sqrt(a[i] * b[i] / ((a[i] + b[i]) * (a[i] + b[i]) * (a[i] + b[i] + 1.0)));
        lo = std::min(lo, mean - 12.0 * sd);
        hi = std::max(hi, mean + 12.0 * sd);
    }
    lo = std::max(0.0, lo);
    hi = std::min(1.0, hi);
    const int steps = 40000;
    const double h = (hi - lo) / steps;
    // Midpoint rule: densities at the cell centres (never at 0 or 1, where ln is -inf),
    // distribution functions as running sums of the same cells, each normalised to 1.
    std::vector<std::vector<double>> pdf(k, std::vector<double>(steps));
    std::vector<double> total(k, 0.0);
    for (std::size_t i = 0; i < k; ++i) {
        for (int s = 0; s < steps; ++s) {
            const double x = lo + (s + 0.5) * h;
            pdf[i][std::size_t(s)] = std::exp((a[i] - 1.0) * std::log(x) + (b[i] - 1.0) * std::log1p(-x) - logNorm[i]) * h;
            total[i] += pdf[i][std::size_t(s)];
        }
    }
    std::vector<double> cdf(k, 0.0), result(k, 0.0);
    for (int s = 0; s < steps; ++s) {
        std::vector<double> at(k);
        for (std::size_t i = 0; i < k; ++i) {
            const double mass = total[i] > 0.0 ? pdf[i][std::size_t(s)] / total[i] : 0.0;
            at[i] = cdf[i] + mass / 2.0; // F at the cell centre
            cdf[i] += mass;
        }
        for (std::size_t i = 0; i < k; ++i) {
            const double mass = total[i] > 0.0 ? pdf[i][std::size_t(s)] / total[i] : 0.0;
            if (mass == 0.0)
                continue;
            double others = 1.0;
            for (std::size_t j = 0; j < k; ++j) {
                if (j != i)
                    others *= higherIsBetter ? std::min(1.0, at[j]) : std::max(0.0, 1.0 - at[j]);
            }
            result[i] += mass * others;
        }
    }
    double sum = 0.0;
    for (double r : result)
        sum += r;
    if (!(sum > 0.0))
        return best;
    for (std::size_t i = 0; i < k; ++i)
        best[i] = result[i] / sum; // the tiny grid error spread so the probabilities add to 1
    return best;
}

std::optional<SampleRatioCheck> sampleRatioMismatch(const std::vector<std::int64_t> &exposures,
                                                    const std::vector<double> &plannedShares, QString *why)
{
    if (exposures.size() != plannedShares.size() || exposures.size() < 2) {
        say(why, ExperimentstatsTr::tr("The check needs at least two variants with a planned share each."));
        return std::nullopt;
    }
    double shareSum = 0.0, total = 0.0;
    for (std::size_t i = 0; i < exposures.size(); ++i) {
        if (!(plannedShares[i] > 0.0) || !std::isfinite(plannedShares[i])) {
            say(why, ExperimentstatsTr::tr("Every variant needs a positive planned share."));
            return std::nullopt;
        }
        shareSum += plannedShares[i];
        total += double(std::max<std::int64_t>(0, exposures[i]));
    }
    if (total <= 0.0) {
        say(why, ExperimentstatsTr::tr("No customer was exposed to any variant."));
        return std::nullopt;
    }
    SampleRatioCheck check;
    check.degreesOfFreedom = int(exposures.size()) - 1;
    for (std::size_t i = 0; i < exposures.size(); ++i) {
        const double expected = total * plannedShares[i] / shareSum;
        const double d = double(std::max<std::int64_t>(0, exposures[i])) - expected;
        check.chiSquare += d * d / expected;
    }
    check.pValue = chiSquareSurvival(check.chiSquare, check.degreesOfFreedom);
    check.mismatch = check.pValue < kSrmThreshold;
    return check;
}

} // namespace omnimap::sim::stats
