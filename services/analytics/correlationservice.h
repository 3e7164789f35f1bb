#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// Two daily metrics compared over the range. Figures are empty when a series is constant (nothing to
/// correlate) or too short.
struct CorrelationPair final
{
    QString a;
    QString b;
    std::optional<double> pearson;
    std::optional<double> pValue; // two-sided, for Pearson's r
    std::optional<double> spearman;
    /// Does a help predict b? The smallest p-value of the Granger F-tests over lags 1–7, multiplied by 7
    /// (Bonferroni, at most 1), and the lag where it was found.
    std::optional<double> grangerP;
    int grangerLag = 0;
};

/// getCorrelations over the daily metrics of PRODUCT.md, computed from their daily series.
class CorrelationService final
{
    Q_DECLARE_TR_FUNCTIONS(CorrelationService)
public:
    static constexpr int maxGrangerLag = 7;
    /// Every pair of \a metrics (all daily metrics when empty), in the order given.
    static Result<QList<CorrelationPair>> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                  const QStringList &metrics = {});
    /// Pairs of the given series, for any caller that already has them.
    static QList<CorrelationPair> fromSeries(const QStringList &names, const QList<QList<double>> &series);
    /// Stores the pairs in analytics_correlations, in one transaction.
    static Status persist(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QList<CorrelationPair> &pairs);
};

} // namespace Atelier
