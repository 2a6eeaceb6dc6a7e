#pragma once

namespace omnimap::sim::stats {

/// Φ(x), the standard normal distribution function.
double normalCdf(double x);

/// Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation refined by one Halley step,
/// |error| < 1e-12); ±infinity at 0 and 1.
double normalQuantile(double p);

/// P(X ≥ x) for X ~ χ²(df): the regularized upper incomplete gamma Q(df/2, x/2).
double chiSquareSurvival(double x, int df);

/// ln B(a, b).
double logBeta(double a, double b);

} // namespace omnimap::sim::stats
