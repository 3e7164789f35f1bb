#pragma once

namespace Atelier::Statistics {

/// Two-sided p-value of the pooled two-proportion z-test (x successes out of n in each group).
double twoProportionPValue(double x1, double n1, double x2, double n2);

/// 95% interval of the relative uplift rate2 / rate1 − 1, from the log risk ratio (Katz).
/// Returns false when either group has no success (the ratio's interval is then undefined).
bool relativeUpliftInterval(double x1, double n1, double x2, double n2, double &low, double &high);

/// P(θ2 > θ1) for θi ~ Beta(ai, bi), exact (Evan Miller's sum); ai must be whole numbers.
double probabilityBBeatsA(double a1, double b1, double a2, double b2);

/// Expected loss of choosing 2 over 1: E[max(θ1 − θ2, 0)], θi ~ Beta(ai, bi), exact.
double expectedLoss(double a1, double b1, double a2, double b2);

/// p-value of Pearson's chi-square goodness-of-fit test of counts against expected shares.
double chiSquarePValue(const double *observed, const double *expectedShares, int groups);

} // namespace Atelier::Statistics
