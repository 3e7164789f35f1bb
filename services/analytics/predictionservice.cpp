#include "predictionservice.h"

#include "analytics/anomalyservice.h"
#include "analytics/dailymetrics.h"
#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/rowinserter.h"
#include "core/writetransaction.h"
#include "core/sqldialect.h"

#include <Eigen/Dense>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Atelier {

namespace {

constexpr int kParameters = 8; // intercept, trend, six weekday levels (Monday is the baseline)
constexpr int kMinTrainingUsers = 50;

QString metricColumn(const QString &metric)
{
    return metric == QLatin1String("conversion") ? QStringLiteral("conversion_rate") : metric;
}

/// The regression row of day \a t (0 = the first history day, a weekday given by \a firstWeekday 1–7).
Eigen::VectorXd designRow(int t, int firstWeekday, int scale)
{
    Eigen::VectorXd x = Eigen::VectorXd::Zero(kParameters);
    x(0) = 1;
    x(1) = double(t) / double(scale);
    const int weekday = (firstWeekday - 1 + t) % 7; // 0 = Monday
    if (weekday > 0)
        x(1 + weekday) = 1;
    return x;
}

double clampTo(double v, double low, double high) { return std::min(high, std::max(low, v)); }

/// What a churn query gives per user.
struct UserActivity final
{
    QString userId;
    double events = 0;
    double activeDays = 0;
    double sessions = 0;
    double purchases = 0;
    double daysSinceLast = 0;
    bool cameBack = false;
};

Eigen::VectorXd features(const UserActivity &u)
{
    Eigen::VectorXd x(6);
    x << 1, u.daysSinceLast, std::log1p(u.events), u.activeDays, std::log1p(u.sessions), u.purchases > 0 ? 1 : 0;
    return x;
}

/// Users with an event in the 30 days before \a reference, what they did then, and whether they came back in
/// the 30 days after it. Computed in the database: one row per user.
Result<QList<UserActivity>> activity(const QSqlDatabase &db, const Brand &brand, QDate reference)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QDateTime r(reference, QTime(0, 0), Qt::UTC);
    const QVariant at = dialect.timeValue(r);
    const QString sql =
        QStringLiteral("SELECT user_id, sum(CASE WHEN timestamp < ? THEN 1 ELSE 0 END), "
                       "count(DISTINCT CASE WHEN timestamp < ? THEN %1 END), "
                       "count(DISTINCT CASE WHEN timestamp < ? THEN session_id END), "
                       "sum(CASE WHEN timestamp < ? AND event_type = ? THEN 1 ELSE 0 END), "
                       "max(CASE WHEN timestamp < ? THEN timestamp END), "
                       "max(CASE WHEN timestamp >= ? THEN 1 ELSE 0 END) "
                       "FROM analytics_events WHERE brand_id = ? AND user_id IS NOT NULL AND timestamp >= ? AND timestamp < ? "
                       "GROUP BY user_id HAVING sum(CASE WHEN timestamp < ? THEN 1 ELSE 0 END) > 0 ORDER BY user_id")
            .arg(dialect.dayNumber(QStringLiteral("timestamp")));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < 4; ++i)
        q.addBindValue(at);
    q.addBindValue(QStringLiteral("purchase"));
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(brand.id);
    q.addBindValue(dialect.timeValue(r.addDays(-PredictionService::churnDays)));
    q.addBindValue(dialect.timeValue(r.addDays(PredictionService::churnDays)));
    q.addBindValue(at);
    if (!q.exec())
        return Database::queryError(q, PredictionService::tr("Reading the users' activity for churn"));
    QList<UserActivity> users;
    while (q.next()) {
        UserActivity u;
        u.userId = q.value(0).toString();
        u.events = double(q.value(1).toLongLong());
        u.activeDays = double(q.value(2).toLongLong());
        u.sessions = double(q.value(3).toLongLong());
        u.purchases = double(q.value(4).toLongLong());
        const QDateTime last = dialect.toDateTime(q.value(5));
        u.daysSinceLast = double(last.secsTo(r)) / 86400.0;
        u.cameBack = q.value(6).toInt() == 1;
        users.append(u);
    }
    return users;
}

/// Logistic regression by iteratively reweighted least squares, with a light ridge on the slopes
/// (features standardised) so that separable or tiny samples still give finite coefficients.
struct Logistic final
{
    Eigen::VectorXd mean, scale, beta;

    Eigen::VectorXd standardised(const Eigen::VectorXd &x) const
    {
        Eigen::VectorXd z = x;
        for (Eigen::Index j = 1; j < x.size(); ++j)
            z(j) = (x(j) - mean(j)) / scale(j);
        return z;
    }
    double probability(const Eigen::VectorXd &x) const
    {
        const double eta = standardised(x).dot(beta);
        return 1.0 / (1.0 + std::exp(-eta));
    }
    void fit(const QList<Eigen::VectorXd> &rows, const QList<double> &labels)
    {
        const Eigen::Index p = rows.constFirst().size();
        const Eigen::Index m = Eigen::Index(rows.size());
        mean = Eigen::VectorXd::Zero(p);
        scale = Eigen::VectorXd::Ones(p);
        for (const auto &x : rows)
            mean += x / double(m);
        for (Eigen::Index j = 1; j < p; ++j) {
            double ss = 0;
            for (const auto &x : rows)
                ss += (x(j) - mean(j)) * (x(j) - mean(j));
            scale(j) = ss > 0 ? std::sqrt(ss / double(m)) : 1.0;
        }
        Eigen::MatrixXd X(m, p);
        Eigen::VectorXd y(m);
        for (Eigen::Index i = 0; i < m; ++i) {
            X.row(i) = standardised(rows.at(i)).transpose();
            y(i) = labels.at(i);
        }
        constexpr double lambda = 1.0;
        Eigen::VectorXd penalty = Eigen::VectorXd::Constant(p, lambda);
        penalty(0) = 0;
        beta = Eigen::VectorXd::Zero(p);
        for (int iteration = 0; iteration < 50; ++iteration) {
            const Eigen::VectorXd prob = ((-(X * beta)).array().exp() + 1.0).inverse().matrix();
            const Eigen::VectorXd w = (prob.array() * (1.0 - prob.array())).max(1e-9).matrix();
            Eigen::MatrixXd h = X.transpose() * w.asDiagonal() * X;
            h.diagonal() += penalty;
            const Eigen::VectorXd g = X.transpose() * (y - prob) - penalty.cwiseProduct(beta);
            const Eigen::VectorXd step = h.ldlt().solve(g);
            beta += step;
            if (step.cwiseAbs().maxCoeff() < 1e-9)
                break;
        }
    }
};

std::pair<double, double> normalInterval(double mean, double sd, double level)
{
    const boost::math::normal standard;
    const double z = boost::math::quantile(standard, 0.5 + level / 2);
    return {mean - z * sd, mean + z * sd};
}

QString periodName(int days) { return QStringLiteral("%1d").arg(days); }

} // namespace

QList<double> PredictionService::seasonalNaive(const QList<double> &history, int horizon)
{
    QList<double> out;
    const qsizetype n = history.size();
    for (int h = 0; h < horizon; ++h)
        out.append(n >= 7 ? history.at(n - 7 + h % 7) : (n > 0 ? history.constLast() : 0.0));
    return out;
}

Result<Forecast> PredictionService::forecastSeries(const QString &metric, QDate first, const QList<double> &history,
                                                   int horizon)
{
    const int n = int(history.size());
    if (n < minHistoryDays)
        return Error{tr("A %1 forecast needs at least %2 days of history (got %3).").arg(metric).arg(minHistoryDays).arg(n), {}};
    if (horizon < 1)
        return Error{tr("The forecast horizon must be at least one day (got %1).").arg(horizon), {}};
    const int firstWeekday = first.dayOfWeek();

    // Odd days (a planted outage, a one-day spike) would bend the trend: the anomaly detector leaves them out.
    QSet<qint64> odd;
    for (const Anomaly &a : AnomalyService::detectInSeries(metric, first, history))
        odd.insert(first.daysTo(a.date));
    QList<int> used;
    for (int t = 0; t < n; ++t)
        if (!odd.contains(t))
            used.append(t);
    const Eigen::Index m = Eigen::Index(used.size());
    Eigen::MatrixXd X(m, kParameters);
    Eigen::VectorXd y(m);
    for (Eigen::Index i = 0; i < m; ++i) {
        X.row(i) = designRow(used.at(i), firstWeekday, n).transpose();
        y(i) = history.at(used.at(i));
    }
    const Eigen::MatrixXd xtx = X.transpose() * X;
    const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> solver(xtx);
    const Eigen::VectorXd beta = solver.solve(X.transpose() * y);
    const Eigen::MatrixXd xtxInverse = solver.pseudoInverse();
    const double rss = (y - X * beta).squaredNorm();
    const int dof = std::max(1, int(m) - kParameters);
    const double s2 = rss / double(dof);

    Forecast f;
    f.metric = metric;
    f.horizonDays = horizon;
    Eigen::VectorXd g = Eigen::VectorXd::Zero(kParameters);
    double total = 0;
    for (int h = 0; h < horizon; ++h) {
        const Eigen::VectorXd x = designRow(n + h, firstWeekday, n);
        g += x;
        const double day = x.dot(beta);
        f.daily.append(metric == QLatin1String("conversion") ? clampTo(day, 0, 1) : std::max(0.0, day));
        total += day;
    }
    const double variance = s2 * (double(horizon) + g.dot(xtxInverse * g));
    const boost::math::students_t t(dof);
    const double t80 = boost::math::quantile(t, 0.9), t95 = boost::math::quantile(t, 0.975);
    double sd = std::sqrt(std::max(0.0, variance));
    double value = total;
    if (metric == QLatin1String("conversion")) { // a rate: the mean of the daily rates
        value /= horizon;
        sd /= horizon;
    }
    const double low = 0, high = metric == QLatin1String("conversion") ? 1.0 : std::numeric_limits<double>::max();
    f.value = clampTo(value, low, high);
    f.lower80 = clampTo(value - t80 * sd, low, high);
    f.upper80 = clampTo(value + t80 * sd, low, high);
    f.lower95 = clampTo(value - t95 * sd, low, high);
    f.upper95 = clampTo(value + t95 * sd, low, high);
    return f;
}

Result<Backtest> PredictionService::backtest(const QString &metric, QDate first, const QList<double> &history, int holdoutDays)
{
    const int n = int(history.size());
    if (holdoutDays < 1 || n - holdoutDays < minHistoryDays)
        return Error{tr("A backtest over %1 days needs at least %2 days of history (got %3).")
                         .arg(holdoutDays).arg(holdoutDays + minHistoryDays).arg(n), {}};
    const QList<double> seen = history.mid(0, n - holdoutDays);
    auto model = forecastSeries(metric, first, seen, holdoutDays);
    if (!model)
        return model.error();
    const QList<double> naive = seasonalNaive(seen, holdoutDays);
    Backtest b;
    b.metric = metric;
    b.holdoutDays = holdoutDays;
    for (int h = 0; h < holdoutDays; ++h) {
        const double actual = history.at(n - holdoutDays + h);
        b.modelMae += std::abs(model->daily.at(h) - actual) / holdoutDays;
        b.naiveMae += std::abs(naive.at(h) - actual) / holdoutDays;
    }
    return b;
}

Result<Predictions> PredictionService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    auto daily = DailyMetricsService::load(db, brand, from, to,
                                           {QStringLiteral("active_users"), QStringLiteral("revenue"),
                                            QStringLiteral("conversion_rate")});
    if (!daily)
        return daily.error();
    // The history starts on the brand's first active day: days before it existed are not zero sales.
    const QList<double> active = daily->values(QStringLiteral("active_users"));
    qsizetype start = 0;
    while (start < active.size() && active.at(start) <= 0)
        ++start;
    const int days = int(active.size() - start);
    if (days < minHistoryDays)
        return Error{tr("Predictions learn from at least %1 days of activity; brand \"%2\" has %3 between %4 and %5. "
                        "Choose an earlier --from or a later --to.")
                         .arg(minHistoryDays)
                         .arg(brand.slug)
                         .arg(days)
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                     {}};
    Predictions result;
    result.asOf = to;
    result.historyStart = from.addDays(start);
    for (const QString &metric : {QStringLiteral("revenue"), QStringLiteral("conversion")}) {
        const QList<double> history = daily->values(metricColumn(metric)).mid(start);
        for (int horizon : horizons()) {
            auto f = forecastSeries(metric, result.historyStart, history, horizon);
            if (!f)
                return f.error();
            f->targetStart = to;
            f->targetEnd = to.addDays(horizon);
            result.forecasts.append(f.value());
        }
        const int holdout = std::min(28, days - minHistoryDays);
        if (holdout >= 7) {
            auto b = backtest(metric, result.historyStart, history, holdout);
            if (!b)
                return b.error();
            result.backtests.append(b.value());
        }
    }

    // Churn: learnt on the period that ended at `to` (its outcome is known), applied to the users of today.
    const QDate trainingReference = to.addDays(-churnDays);
    if (trainingReference.addDays(-churnDays) < from) {
        result.churnUnavailable = tr("Churn learns from the 60 days before %1, and the range starts on %2.")
                                      .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate));
        return result;
    }
    auto training = activity(db, brand, trainingReference);
    if (!training)
        return training.error();
    auto current = activity(db, brand, to);
    if (!current)
        return current.error();
    if (training->isEmpty()) {
        result.churnUnavailable = tr("No user of brand \"%1\" was active between %2 and %3, so there is nothing to learn churn from.")
                                      .arg(brand.slug, trainingReference.addDays(-churnDays).toString(Qt::ISODate),
                                           trainingReference.toString(Qt::ISODate));
        return result;
    }
    ChurnForecast churn;
    churn.targetStart = to;
    churn.targetEnd = to.addDays(churnDays);
    churn.trainingUsers = training->size();
    QList<Eigen::VectorXd> rows;
    QList<double> labels;
    for (const UserActivity &u : std::as_const(training.value())) {
        rows.append(features(u));
        labels.append(u.cameBack ? 0.0 : 1.0);
        churn.trainingShare += labels.constLast() / double(training->size());
    }
    Logistic model;
    const bool learnt = training->size() >= kMinTrainingUsers;
    if (learnt)
        model.fit(rows, labels);
    double variance = 0;
    for (const UserActivity &u : std::as_const(current.value())) {
        // Too few users to learn from: every user gets the churn rate that was seen.
        const double p = learnt ? model.probability(features(u)) : churn.trainingShare;
        churn.users.append({u.userId, p, int(std::floor(u.daysSinceLast)), qint64(u.events), qint64(u.activeDays)});
        churn.share += p;
        variance += p * (1 - p);
    }
    churn.activeUsers = churn.users.size();
    if (churn.activeUsers > 0) {
        const double users = double(churn.activeUsers);
        churn.share /= users;
        const double sd = std::sqrt(variance) / users;
        std::tie(churn.lower80, churn.upper80) = normalInterval(churn.share, sd, 0.80);
        std::tie(churn.lower95, churn.upper95) = normalInterval(churn.share, sd, 0.95);
        for (double *bound : {&churn.lower80, &churn.upper80, &churn.lower95, &churn.upper95})
            *bound = clampTo(*bound, 0, 1);
    }
    std::stable_sort(churn.users.begin(), churn.users.end(),
                     [](const ChurnScore &a, const ChurnScore &b) { return a.score > b.score; });
    result.churn = churn;
    return result;
}

namespace {

/// A prediction's target period: what happened in it is known once the brand has events at or after its end.
struct Period final
{
    QString type;
    QDate start;
    QDate end;
};

/// The brand's newest event, if any (what the data covers).
Result<std::optional<QDateTime>> newestEvent(const QSqlDatabase &db, const Brand &brand)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT max(timestamp) FROM analytics_events WHERE brand_id = ?"));
    q.addBindValue(brand.id);
    if (!q.exec() || !q.next())
        return Database::queryError(q, PredictionService::tr("Finding the newest event"));
    const QVariant newest = q.value(0);
    if (newest.isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(SqlDialect::of(db).toDateTime(newest));
}

bool isOver(const Period &period, const std::optional<QDateTime> &newest)
{
    return newest && QDateTime(period.end, QTime(0, 0), Qt::UTC) <= *newest;
}

/// What happened in \a period: the revenue made, the mean daily conversion rate, or the share of the users active
/// in the 30 days before it who did not come back. Reads only.
Result<double> actualOf(const QSqlDatabase &db, const Brand &brand, const Period &period)
{
    if (period.type == QLatin1String("churn")) {
        auto users = activity(db, brand, period.start);
        if (!users)
            return users.error();
        qint64 gone = 0;
        for (const UserActivity &u : std::as_const(users.value()))
            gone += u.cameBack ? 0 : 1;
        return users->isEmpty() ? 0.0 : double(gone) / double(users->size());
    }
    const QString column = metricColumn(period.type);
    auto metrics = DailyMetricsService::load(db, brand, period.start, period.end, {column});
    if (!metrics)
        return metrics.error();
    const QList<double> values = metrics->values(column);
    double actual = 0;
    for (double v : values)
        actual += v;
    if (period.type == QLatin1String("conversion") && !values.isEmpty())
        actual /= double(values.size());
    return actual;
}

/// What happened for the brand's stored predictions that have no actual yet and whose period the data now covers,
/// by id. Reads only: the caller records it (recordActuals) in a short write afterwards.
Result<QHash<QString, double>> scoreDue(const QSqlDatabase &db, const Brand &brand, const std::optional<QDateTime> &newest)
{
    QHash<QString, double> scored;
    if (!newest)
        return scored;
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery open(db);
    open.setForwardOnly(true);
    open.prepare(QStringLiteral("SELECT id, type, target_start, target_end FROM analytics_predictions "
                                "WHERE brand_id = ? AND actual IS NULL AND target_end <= ?"));
    open.addBindValue(brand.id);
    open.addBindValue(dialect.timeValue(*newest));
    if (!open.exec())
        return Database::queryError(open, PredictionService::tr("Reading the predictions to score"));
    QList<std::pair<QString, Period>> due;
    while (open.next())
        due.append({open.value(0).toString(), Period{open.value(1).toString(), dialect.toDateTime(open.value(2)).date(),
                                                     dialect.toDateTime(open.value(3)).date()}});
    open.finish();
    for (const auto &[id, period] : std::as_const(due)) {
        auto actual = actualOf(db, brand, period);
        if (!actual)
            return actual.error();
        scored.insert(id, actual.value());
    }
    return scored;
}

/// Records \a scored; a prediction scored meanwhile (or replaced) is left as it is. The caller holds the transaction.
Status recordActuals(const QSqlDatabase &db, const QHash<QString, double> &scored)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE analytics_predictions SET actual = ? WHERE id = ? AND actual IS NULL"));
    for (auto it = scored.cbegin(); it != scored.cend(); ++it) {
        update.addBindValue(it.value());
        update.addBindValue(it.key());
        if (!update.exec())
            return Database::queryError(update, PredictionService::tr("Recording what happened for a prediction"));
    }
    return Done{};
}

/// One row of analytics_predictions to write, with what happened when its period is already over.
struct NewPrediction final
{
    Period period;
    QString name; // 7d, 30d, 90d
    double value, l80, u80, l95, u95;
    std::optional<double> actual;
};

QList<NewPrediction> newPredictions(const Predictions &predictions)
{
    QList<NewPrediction> rows;
    for (const Forecast &f : predictions.forecasts)
        rows.append({{f.metric, f.targetStart, f.targetEnd}, periodName(f.horizonDays), f.value, f.lower80, f.upper80,
                     f.lower95, f.upper95, std::nullopt});
    if (const auto &c = predictions.churn)
        rows.append({{QStringLiteral("churn"), c->targetStart, c->targetEnd}, periodName(PredictionService::churnDays), c->share,
                     c->lower80, c->upper80, c->lower95, c->upper95, std::nullopt});
    return rows;
}

/// Writes \a rows, replacing older ones of the same brand, type, period and start, and the churn scores of \a
/// predictions; the caller holds the transaction. Nothing is computed here.
Status writePredictions(const QSqlDatabase &db, const Brand &brand, const QList<NewPrediction> &rows,
                        const Predictions &predictions)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant now = dialect.timeValue(QDateTime::currentDateTimeUtc());
    auto day = [&](QDate d) { return dialect.timeValue(QDateTime(d, QTime(0, 0), Qt::UTC)); };
    // Confidence: how narrow the 80% interval is next to the value (1 = exact, 0 = as wide as the value).
    auto confidence = [](double value, double low, double high) {
        return value > 0 ? clampTo(1 - (high - low) / (2 * value), 0, 1) : 0.0;
    };
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM analytics_predictions WHERE brand_id = ? AND type = ? AND period = ? "
                                  "AND target_start = ?"));
    RowInserter inserter(db);
    const QStringList columns = {QStringLiteral("id"),         QStringLiteral("type"),       QStringLiteral("value"),
                                 QStringLiteral("confidence"), QStringLiteral("period"),     QStringLiteral("lower80"),
                                 QStringLiteral("upper80"),    QStringLiteral("lower95"),    QStringLiteral("upper95"),
                                 QStringLiteral("target_start"), QStringLiteral("target_end"), QStringLiteral("brand_id"),
                                 QStringLiteral("created_at"), QStringLiteral("actual")};
    QString churnId;
    QList<QVariantList> values;
    for (const NewPrediction &r : rows) {
        remove.addBindValue(brand.id);
        remove.addBindValue(r.period.type);
        remove.addBindValue(r.name);
        remove.addBindValue(day(r.period.start));
        if (!remove.exec())
            return Database::queryError(remove, PredictionService::tr("Replacing an earlier prediction"));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (r.period.type == QLatin1String("churn"))
            churnId = id;
        values.append({id, r.period.type, r.value, confidence(r.value, r.l80, r.u80), r.name, r.l80, r.u80, r.l95, r.u95,
                       day(r.period.start), day(r.period.end), brand.id, now,
                       r.actual ? QVariant(*r.actual) : QVariant(QMetaType::fromType<double>())});
    }
    if (auto s = inserter.insertMany(QStringLiteral("analytics_predictions"), columns, values); !s)
        return s.error();
    if (predictions.churn && !predictions.churn->users.isEmpty()) {
        QList<QVariantList> scores;
        for (const ChurnScore &u : predictions.churn->users)
            scores.append({churnId, u.userId, u.score, brand.id});
        if (auto s = inserter.insertMany(QStringLiteral("analytics_prediction_scores"),
                                         {QStringLiteral("prediction_id"), QStringLiteral("user_id"), QStringLiteral("score"),
                                          QStringLiteral("brand_id")},
                                         scores);
            !s)
            return s.error();
    }
    return Done{};
}

/// The latest \a limit stored predictions of the brand, newest first, with what was recorded of them.
Result<QList<StoredPrediction>> listStored(const QSqlDatabase &db, const Brand &brand, int limit)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery list(db);
    list.setForwardOnly(true);
    list.prepare(QStringLiteral("SELECT id, type, period, target_start, target_end, created_at, value, lower80, upper80, "
                                "lower95, upper95, actual FROM analytics_predictions WHERE brand_id = ? "
                                "ORDER BY created_at DESC, target_start DESC, type, period LIMIT ?"));
    list.addBindValue(brand.id);
    list.addBindValue(limit);
    if (!list.exec())
        return Database::queryError(list, PredictionService::tr("Reading the stored predictions"));
    QList<StoredPrediction> stored;
    while (list.next()) {
        StoredPrediction p;
        p.id = list.value(0).toString();
        p.type = list.value(1).toString();
        p.period = list.value(2).toString();
        p.targetStart = dialect.toDateTime(list.value(3)).date();
        p.targetEnd = dialect.toDateTime(list.value(4)).date();
        p.createdAt = dialect.toDateTime(list.value(5));
        p.value = list.value(6).value<double>();
        p.lower80 = list.value(7).value<double>();
        p.upper80 = list.value(8).value<double>();
        p.lower95 = list.value(9).value<double>();
        p.upper95 = list.value(10).value<double>();
        if (!list.value(11).isNull())
            p.actual = list.value(11).value<double>();
        stored.append(p);
    }
    return stored;
}

/// Writes \a rows and records \a scored in one short transaction: everything was computed before it began.
Status store(const QSqlDatabase &db, const Brand &brand, const QList<NewPrediction> &rows, const Predictions &predictions,
             const QHash<QString, double> &scored)
{
    WriteTransaction transaction(db);
    const QString what = PredictionService::tr("Storing the predictions");
    if (auto begun = transaction.begin(what); !begun)
        return begun;
    if (!rows.isEmpty())
        if (auto s = writePredictions(db, brand, rows, predictions); !s)
            return s;
    if (auto s = recordActuals(db, scored); !s)
        return s;
    return transaction.commit(what);
}

} // namespace

Status PredictionService::persist(const QSqlDatabase &db, const Brand &brand, const Predictions &predictions)
{
    return store(db, brand, newPredictions(predictions), predictions, {});
}

Result<QList<StoredPrediction>> PredictionService::scorePast(const QSqlDatabase &db, const Brand &brand, int limit)
{
    auto newest = newestEvent(db, brand);
    if (!newest)
        return newest.error();
    auto scored = scoreDue(db, brand, newest.value());
    if (!scored)
        return scored.error();
    if (!scored->isEmpty())
        if (auto s = store(db, brand, {}, {}, scored.value()); !s)
            return s.error();
    return listStored(db, brand, limit);
}

Result<PredictionRun> PredictionService::predict(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                 Storage storage, int limit)
{
    auto predictions = compute(db, brand, from, to);
    if (!predictions)
        return predictions.error();
    if (storage == Storage::Store) {
        // Everything is computed first (what happened for the stored predictions whose period is over, and for the
        // new ones whose period the data already covers); then one short write stores it all or nothing.
        auto newest = newestEvent(db, brand);
        if (!newest)
            return newest.error();
        auto scored = scoreDue(db, brand, newest.value());
        if (!scored)
            return scored.error();
        QList<NewPrediction> rows = newPredictions(predictions.value());
        for (NewPrediction &r : rows) {
            if (!isOver(r.period, newest.value()))
                continue;
            auto actual = actualOf(db, brand, r.period);
            if (!actual)
                return actual.error();
            r.actual = actual.value();
        }
        if (auto s = store(db, brand, rows, predictions.value(), scored.value()); !s)
            return s.error();
    }
    auto past = listStored(db, brand, limit);
    if (!past)
        return past.error();
    return PredictionRun{std::move(predictions.value()), std::move(past.value())};
}

} // namespace Atelier
