#pragma once

#include <QList>

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

/// Pearson's r and its two-sided p-value (t distribution with n − 2 degrees of freedom).
/// Returns false when either series is constant or shorter than 3.
bool pearson(const QList<double> &x, const QList<double> &y, double &r, double &pValue);

/// Spearman's rho: Pearson's r of the ranks, ties sharing their mean rank.
bool spearman(const QList<double> &x, const QList<double> &y, double &rho);

/// Granger F-test of "x helps predict y" with \a lags lags: ordinary least squares of y on its own lags,
/// then on its own and x's lags; returns false when there are too few observations.
bool grangerPValue(const QList<double> &x, const QList<double> &y, int lags, double &pValue);

} // namespace Atelier::Statistics
