#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One variant of an A/B test, as PRODUCT.md ("A/B test") defines its figures.
struct VariantResult final
{
    QString name;
    bool isControl = false;
    double expectedShare = 0; // planned allocation, normalised over the experiment's variants
    qint64 users = 0;         // exposed users (their first exposure in the range decides the variant)
    qint64 conversions = 0;   // exposed users with the goal event at or after their first exposure
    double rate = 0;
    // Versus control; none of these for the control itself.
    bool hasUplift = false;   // false when control has no conversion
    double uplift = 0;        // relative: rate / control rate − 1
    bool hasInterval = false; // false when either group has no conversion
    double ciLow = 0;         // 95% interval of the uplift (log risk ratio)
    double ciHigh = 0;
    double pValue = 1;          // pooled two-proportion z-test, two-sided
    double probBeatControl = 0; // Beta(1,1) priors
    double expectedLoss = 0;    // E[max(control − variant, 0)]
};

struct ExperimentResult final
{
    QString name;
    QString goalEvent;
    double srmPValue = 1; // chi-square of exposures against the planned allocation
    bool srmFlag = false; // p < 0.001
    QList<VariantResult> variants; // control first
};

/// getABTestResults: per experiment and variant, exposures, conversions, uplift with its interval,
/// p-value, Bayesian probability to beat control and expected loss, and a sample-ratio-mismatch check.
/// Counting happens in the database; only the per-variant totals come back.
class ExperimentService final
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentService)
public:
    /// \a experiment empty means every experiment of the brand.
    static Result<QList<ExperimentResult>> results(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                   const QString &experiment = {});
};

} // namespace Atelier
