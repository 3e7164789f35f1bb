#include "statistics.h"

#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/special_functions/beta.hpp>
#include <boost/math/special_functions/gamma.hpp>

#include <algorithm>
#include <cmath>

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

} // namespace Atelier::Statistics
