#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

// The statistics of an A/B test on conversion rates (docs/experiments.md). Every function
// either returns a finite number or says why it cannot: never NaN, never a made-up value.
namespace omnimap::sim::stats {

/// Customers exposed to a variant and how many of them converted.
struct Proportion
{
    std::int64_t successes = 0;
    std::int64_t trials = 0;
    double rate() const { return trials > 0 ? double(successes) / double(trials) : 0.0; }
};

struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

/// The z of a two-sided 95 % interval.
constexpr double kZ95 = 1.959963984540054;

/// Customers needed in each of two equal groups to detect an absolute change `mde` of a
/// conversion rate `baseline` with a two-sided two-proportion z-test at level `alpha` and
/// the given power (Fleiss, without continuity correction):
///   n = (z₁₋α/₂·√(2·p̄·q̄) + z₁₋β·√(p₁q₁ + p₂q₂))² / mde²,  p₂ = p₁ + mde, p̄ = (p₁+p₂)/2.
/// Empty, with `why` set, when an input is out of range.
std::optional<std::int64_t> sampleSizePerVariant(double baseline, double mde, double alpha, double power,
                                                 QString *why = nullptr);

/// Days until every variant has `perVariant` exposures when `exposuresPerDay` customers
/// reach the test and variant i gets `shares[i]` of them (fractions): the smallest share
/// decides. Empty, with `why`, when there is no traffic or a share is not positive.
std::optional<double> expectedDays(std::int64_t perVariant, const std::vector<double> &shares,
                                   double exposuresPerDay, QString *why = nullptr);

/// Wilson score interval of a rate; empty when there are no trials.
std::optional<Interval> wilsonInterval(const Proportion &p, double z = kZ95);

/// B against A (the control).
struct Lift
{
    double absolute = 0.0;                ///< rate B − rate A
    Interval absoluteInterval;            ///< Wald, unpooled
    std::optional<double> relative;       ///< rate B / rate A − 1; empty when A converts no one
    std::optional<Interval> relativeInterval; ///< Katz log interval; empty when either converts no one
};
std::optional<Lift> lift(const Proportion &control, const Proportion &variant, double z = kZ95);

/// Two-sided two-proportion z-test with the pooled standard error.
struct ZTest
{
    double z = 0.0;
    double pValue = 1.0;
};
/// Empty, with `why`, when a group has no trials or no one (everyone) converted in both:
/// there is no variation to test.
std::optional<ZTest> twoProportionZTest(const Proportion &control, const Proportion &variant,
                                        QString *why = nullptr);

/// Probability that each variant has the best true rate, with a uniform Beta(1, 1) prior
/// (posterior Beta(1 + x, 1 + n − x)); "best" is the highest rate, or the lowest when
/// `higherIsBetter` is false. Computed by integrating f_i(x)·Π_j F_j(x) on a fine grid.
std::vector<double> probabilityBest(const std::vector<Proportion> &variants, bool higherIsBetter = true);

/// Pearson χ² of the exposures against the planned split (shares are normalised).
struct SampleRatioCheck
{
    double chiSquare = 0.0;
    int degreesOfFreedom = 0;
    double pValue = 1.0;
    bool mismatch = false; ///< p < kSrmThreshold: the split is broken, do not trust the result
};
constexpr double kSrmThreshold = 0.001;
std::optional<SampleRatioCheck> sampleRatioMismatch(const std::vector<std::int64_t> &exposures,
                                                    const std::vector<double> &plannedShares,
                                                    QString *why = nullptr);

} // namespace omnimap::sim::stats
