#include "statistics.h"

#include <Eigen/Dense>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/fisher_f.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Atelier::Statistics {

namespace {
double logBeta(double a, double b)
{
    return boost::math::lgamma(a) + boost::math::lgamma(b) - boost::math::lgamma(a + b);
}
} // namespace

double twoProportionPValue(double x1, double n1, double x2, double n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 1.0;
    const double pooled = (x1 + x2) / (n1 + n2);
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (se <= 0)
        return 1.0;
    const double z = (x2 / n2 - x1 / n1) / se;
    const boost::math::normal standard;
    return 2 * boost::math::cdf(boost::math::complement(standard, std::abs(z)));
}

bool relativeUpliftInterval(double x1, double n1, double x2, double n2, double &low, double &high)
{
    if (x1 <= 0 || x2 <= 0 || n1 <= 0 || n2 <= 0)
        return false;
    const double logRatio = std::log((x2 / n2) / (x1 / n1));
    const double se = std::sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2);
    const double z = boost::math::quantile(boost::math::normal(), 0.975);
    low = std::exp(logRatio - z * se) - 1;
    high = std::exp(logRatio + z * se) - 1;
    return true;
}

double probabilityBBeatsA(double a1, double b1, double a2, double b2)
{
    // P(θ2 > θ1) = Σ_{i=0}^{a2−1} B(a1+i, b1+b2) / ((b2+i) B(1+i, b2) B(a1, b1))
    double total = 0;
    const double base = logBeta(a1, b1);
    for (int i = 0; i < int(a2); ++i)
        total += std::exp(logBeta(a1 + i, b1 + b2) - std::log(b2 + i) - logBeta(1 + i, b2) - base);
    return std::clamp(total, 0.0, 1.0);
}

double expectedLoss(double a1, double b1, double a2, double b2)
{
    // E[max(θ1 − θ2, 0)] = E[θ1] P(θ1' > θ2) − E[θ2] P(θ1 > θ2'), where the primes raise a by one.
    const double lossFromA = std::exp(logBeta(a1 + 1, b1) - logBeta(a1, b1)) * (1 - probabilityBBeatsA(a1 + 1, b1, a2, b2));
    const double lossFromB = std::exp(logBeta(a2 + 1, b2) - logBeta(a2, b2)) * (1 - probabilityBBeatsA(a1, b1, a2 + 1, b2));
    return std::max(0.0, lossFromA - lossFromB);
}

double chiSquarePValue(const double *observed, const double *expectedShares, int groups)
{
    if (groups < 2)
        return 1.0;
    double total = 0, shares = 0;
    for (int i = 0; i < groups; ++i) {
        total += observed[i];
        shares += expectedShares[i];
    }
    if (total <= 0 || shares <= 0)
        return 1.0;
    double chi = 0;
    for (int i = 0; i < groups; ++i) {
        const double expected = total * expectedShares[i] / shares;
        if (expected > 0)
            chi += (observed[i] - expected) * (observed[i] - expected) / expected;
    }
    return boost::math::cdf(boost::math::complement(boost::math::chi_squared(groups - 1), chi));
}

bool pearson(const QList<double> &x, const QList<double> &y, double &r, double &pValue)
{
    const qsizetype n = x.size();
    if (n < 3 || y.size() != n)
        return false;
    double mx = 0, my = 0;
    for (qsizetype i = 0; i < n; ++i) {
        mx += x.at(i);
        my += y.at(i);
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (x.at(i) - mx) * (y.at(i) - my);
        sxx += (x.at(i) - mx) * (x.at(i) - mx);
        syy += (y.at(i) - my) * (y.at(i) - my);
    }
    if (sxx <= 0 || syy <= 0)
        return false;
    r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    const double df = double(n) - 2;
    if (std::abs(r) >= 1) {
        pValue = 0;
        return true;
    }
    const double t = r * std::sqrt(df / (1 - r * r));
    pValue = 2 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::abs(t)));
    return true;
}

namespace {
QList<double> ranks(const QList<double> &values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values.at(a) < values.at(b); });
    QList<double> result(values.size());
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j + 1 < order.size() && values.at(order.at(j + 1)) == values.at(order.at(i)))
            ++j;
        const double mean = (double(i) + double(j)) / 2 + 1;
        for (qsizetype k = i; k <= j; ++k)
            result[order.at(k)] = mean;
        i = j + 1;
    }
    return result;
}

/// Residual sum of squares of the least-squares fit of y on the columns of X.
double residualSumOfSquares(const Eigen::MatrixXd &X, const Eigen::VectorXd &y)
{
    const Eigen::VectorXd beta = X.colPivHouseholderQr().solve(y);
    return (y - X * beta).squaredNorm();
}
} // namespace

bool spearman(const QList<double> &x, const QList<double> &y, double &rho)
{
    double unusedP = 0;
    return pearson(ranks(x), ranks(y), rho, unusedP);
}

bool grangerPValue(const QList<double> &x, const QList<double> &y, int lags, double &pValue)
{
    const int n = int(y.size());
    const int rows = n - lags;
    const int unrestrictedParameters = 1 + 2 * lags;
    if (lags < 1 || x.size() != y.size() || rows - unrestrictedParameters < 1)
        return false;
    Eigen::MatrixXd restricted(rows, 1 + lags), unrestricted(rows, unrestrictedParameters);
    Eigen::VectorXd target(rows);
    for (int t = lags; t < n; ++t) {
        const int row = t - lags;
        target(row) = y.at(t);
        restricted(row, 0) = unrestricted(row, 0) = 1;
        for (int l = 1; l <= lags; ++l) {
            restricted(row, l) = unrestricted(row, l) = y.at(t - l);
            unrestricted(row, lags + l) = x.at(t - l);
        }
    }
    const double rssRestricted = residualSumOfSquares(restricted, target);
    const double rssUnrestricted = residualSumOfSquares(unrestricted, target);
    const double df2 = rows - unrestrictedParameters;
    if (rssUnrestricted <= 1e-12 * std::max(1.0, rssRestricted)) {
        // x predicts y perfectly (or y is constant): significant only if x added anything.
        pValue = rssRestricted > 1e-12 ? 0.0 : 1.0;
        return true;
    }
    const double f = std::max(0.0, ((rssRestricted - rssUnrestricted) / lags) / (rssUnrestricted / df2));
    pValue = boost::math::cdf(boost::math::complement(boost::math::fisher_f(lags, df2), f));
    return true;
}

} // namespace Atelier::Statistics
