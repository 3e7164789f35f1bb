#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// A forecast of a daily metric over the `horizonDays` days [targetStart, targetEnd).
struct Forecast final
{
    QString metric; // "revenue" (the total over the horizon) or "conversion" (the mean daily conversion rate)
    int horizonDays = 0;
    QDate targetStart;
    QDate targetEnd;
    double value = 0;
    double lower80 = 0, upper80 = 0, lower95 = 0, upper95 = 0;
    QList<double> daily; // the expected value of each day of the horizon
};

/// How likely one user active in the 30 days before the forecast is to stay away for the next 30.
struct ChurnScore final
{
    QString userId;
    double score = 0;     // probability of not coming back, 0 … 1
    int daysSinceLast = 0;
    qint64 events = 0;    // events in the 30 days before
    qint64 activeDays = 0;
};

/// Churn: the share of users active in [targetStart − 30 d, targetStart) with no event in [targetStart, targetEnd).
struct ChurnForecast final
{
    QDate targetStart;
    QDate targetEnd;
    qint64 activeUsers = 0;
    double share = 0; // the expected share, the mean of the users' scores
    double lower80 = 0, upper80 = 0, lower95 = 0, upper95 = 0;
    qint64 trainingUsers = 0;  // users the model learnt from (active in the 30 days before the previous period)
    double trainingShare = 0;  // the churn seen among them
    QList<ChurnScore> users;   // highest score first
};

/// A forecast tried on the last weeks of the history it did not see, against the seasonal-naive forecast
/// (each day repeats the same weekday of the last week seen). Mean absolute errors per day.
struct Backtest final
{
    QString metric;
    int holdoutDays = 0;
    double modelMae = 0;
    double naiveMae = 0;
};

/// A stored prediction and, once its period is over, what happened.
struct StoredPrediction final
{
    QString id;
    QString type;   // revenue, conversion, churn
    QString period; // 7d, 30d, 90d
    QDate targetStart;
    QDate targetEnd;
    QDateTime createdAt;
    double value = 0;
    double lower80 = 0, upper80 = 0, lower95 = 0, upper95 = 0;
    std::optional<double> actual;
};

struct Predictions final
{
    QDate asOf; // the first forecast day: the range's end
    QDate historyStart; // the first day the models learnt from
    QList<Forecast> forecasts;
    std::optional<ChurnForecast> churn;
    QString churnUnavailable; // why there is no churn forecast, when there is none
    QList<Backtest> backtests;
};

/// What `predict` gives: the new predictions and the latest stored ones with what happened.
struct PredictionRun final
{
    Predictions predictions;
    QList<StoredPrediction> past;
};

/// getPredictions (the ML service): revenue and conversion forecasts for 7, 30 and 90 days with 80% and
/// 95% intervals, churn with a score per user, their storage in analytics_predictions, and the scoring of
/// past predictions once their period is over.
///
/// Forecasts: least squares on the days of the range (from the brand's first active day), with a linear
/// trend and a level per weekday; days flagged by the anomaly detector are left out of the fit. The
/// intervals are Student-t prediction intervals of the horizon's total, counting both the day-to-day
/// noise and the uncertainty of the fitted coefficients.
/// Churn: a logistic regression on recency, frequency, active days, sessions and purchases in the 30 days
/// before a date, learnt on the previous 30-day period whose outcome is known, then applied to today's users.
class PredictionService final
{
    Q_DECLARE_TR_FUNCTIONS(PredictionService)
public:
    static constexpr int minHistoryDays = 28;
    static constexpr int churnDays = 30;
    static QList<int> horizons() { return {7, 30, 90}; }

    /// Whether `predict` writes: ReadOnly reads (the stored predictions are listed with what was recorded of them,
    /// nothing is scored); Store stores the new ones and records what happened for those whose period is over.
    enum class Storage { ReadOnly, Store };

    /// Predictions as of \a to, learnt from [from, to), and the latest \a limit stored ones.
    /// With Storage::Store everything is computed first (the forecasts, and what happened for every stored or new
    /// prediction whose period the data covers), then written in one short WriteTransaction, all or nothing; with
    /// Storage::ReadOnly nothing is written nor scored.
    static Result<PredictionRun> predict(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, Storage storage,
                                         int limit = 30);
    /// Predictions as of \a to, learnt from [from, to). Needs 28 active days for forecasts and 60 days for churn.
    static Result<Predictions> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to);
    /// Stores the forecasts and churn (with the users' scores); a prediction for the same brand, type,
    /// period and start replaces the older one. All or nothing, in one WriteTransaction.
    static Status persist(const QSqlDatabase &db, const Brand &brand, const Predictions &predictions);
    /// Fills in what happened for the brand's stored predictions whose period the data now covers (worked out
    /// first, then recorded in one short write), and returns the latest \a limit stored predictions, newest first.
    static Result<QList<StoredPrediction>> scorePast(const QSqlDatabase &db, const Brand &brand, int limit = 30);

    /// The forecast model on one daily series whose first day is \a first.
    static Result<Forecast> forecastSeries(const QString &metric, QDate first, const QList<double> &history, int horizon);
    /// Each day of the horizon repeats the same weekday of the last 7 days of \a history.
    static QList<double> seasonalNaive(const QList<double> &history, int horizon);
    /// The model and the seasonal-naive forecast tried on the last \a holdoutDays days of \a history.
    static Result<Backtest> backtest(const QString &metric, QDate first, const QList<double> &history, int holdoutDays);
};

} // namespace Atelier
