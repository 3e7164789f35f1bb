#include "analytics/predictionservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

class TestPredictionService final : public QObject
{
    Q_OBJECT
private:
    static bool near(double a, double b, double tolerance = 1e-6) { return std::abs(a - b) < tolerance; }
    static qint64 count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    /// A series that is exactly trend + weekday levels continues exactly, with no uncertainty left.
    void exactSeriesContinues()
    {
        const QDate monday(2026, 3, 2);
        const double level[7] = {0, 5, 10, 15, 20, 40, 30};
        QList<double> history;
        for (int t = 0; t < 56; ++t)
            history.append(100 + 2 * t + level[t % 7]);
        const auto f = PredictionService::forecastSeries(QStringLiteral("revenue"), monday, history, 7);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        // Days 56 … 62 (Monday … Sunday): Σ(100 + 2t) = 700 + 2 × 413, plus the weekday levels, 120.
        QVERIFY(near(f->value, 1646.0));
        QVERIFY(near(f->lower95, 1646.0) && near(f->upper95, 1646.0));
        QCOMPARE(f->daily.size(), 7);
        QVERIFY(near(f->daily.at(0), 212.0));
        QVERIFY(near(f->daily.at(5), 100 + 2 * 61 + 40.0));
    }

    /// A one-day outage does not bend the forecast: the anomaly detector leaves it out of the fit.
    void outageLeftOut()
    {
        const QDate monday(2026, 3, 2);
        QList<double> history;
        for (int t = 0; t < 56; ++t)
            history.append(100 + (t % 7 == 5 ? 30 : 0));
        QList<double> broken = history;
        broken[40] = 0;
        const auto clean = PredictionService::forecastSeries(QStringLiteral("revenue"), monday, history, 30);
        const auto withOutage = PredictionService::forecastSeries(QStringLiteral("revenue"), monday, broken, 30);
        QVERIFY(clean.ok() && withOutage.ok());
        QVERIFY(near(clean->value, withOutage->value));
    }

    void intervalsNestAndRatesStayRates()
    {
        QList<double> history;
        for (int t = 0; t < 60; ++t)
            history.append(0.02 + 0.01 * std::sin(t * 1.7) + (t % 7 == 6 ? 0.01 : 0));
        const auto f = PredictionService::forecastSeries(QStringLiteral("conversion"), QDate(2026, 1, 5), history, 30);
        QVERIFY(f.ok());
        QVERIFY(f->lower95 < f->lower80 && f->lower80 < f->value && f->value < f->upper80 && f->upper80 < f->upper95);
        QVERIFY(f->lower95 >= 0 && f->upper95 <= 1);
        // The 95% half-width over the 80% one is the ratio of the Student-t quantiles (52 degrees of freedom here,
        // minus any day the anomaly detector dropped): between 1.52 and 1.56.
        const double ratio = (f->upper95 - f->value) / (f->upper80 - f->value);
        QVERIFY2(ratio > 1.52 && ratio < 1.56, qPrintable(QString::number(ratio)));
    }

    void seasonalNaiveRepeatsTheLastWeek()
    {
        const QList<double> history = {9, 9, 1, 2, 3, 4, 5, 6, 7};
        QCOMPARE(PredictionService::seasonalNaive(history, 9), (QList<double>{1, 2, 3, 4, 5, 6, 7, 1, 2}));
    }

    void tooLittleHistoryIsRefused()
    {
        const auto f = PredictionService::forecastSeries(QStringLiteral("revenue"), QDate(2026, 1, 1), QList<double>(10, 1.0), 7);
        QVERIFY(!f.ok());
        QVERIFY(f.error().message.contains(QLatin1String("28")));
    }

    /// Churn on a hand-made brand: four users active in the 30 days before 1 March, one of whom comes back.
    /// Too few to learn a model from, so each of today's users gets the 3/4 that was seen.
    void churnByHand_data() { ScratchDatabase::addDialectRows(); }
    void churnByHand()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const QByteArray events = "b1\tpage_view\tu1\ts1\t2026-02-02T10:00:00.000Z\t{}\n"
                                  "b1\tpage_view\tu2\ts2\t2026-02-10T10:00:00.000Z\t{}\n"
                                  "b1\tpage_view\tu3\ts3\t2026-02-20T10:00:00.000Z\t{}\n"
                                  "b1\tpage_view\tu4\ts4\t2026-02-28T23:59:59.000Z\t{}\n"
                                  "b1\tpage_view\tu1\ts5\t2026-03-05T10:00:00.000Z\t{}\n"
                                  "b1\tpurchase\tu5\ts6\t2026-03-20T12:00:00.000Z\t{\"revenue\":20}\n"
                                  "b1\tpage_view\t-\ts7\t2026-03-21T12:00:00.000Z\t{}\n"
                                  "b1\tpage_view\tu5\ts8\t2026-04-02T12:00:00.000Z\t{}\n";
        QVERIFY(Testing::loadEventText(db.value(), events).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        const auto p = PredictionService::compute(db.value(), brand.value(), QDate(2026, 1, 1), QDate(2026, 3, 31));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->historyStart, QDate(2026, 2, 2)); // the first active day
        QCOMPARE(p->forecasts.size(), 6);
        QVERIFY(p->churn.has_value());
        QCOMPARE(p->churn->trainingUsers, 4);
        QVERIFY(near(p->churn->trainingShare, 0.75));
        QCOMPARE(p->churn->activeUsers, 2); // u1 and u5; the event without a user counts for nobody
        QVERIFY(near(p->churn->share, 0.75));
        // Poisson-binomial spread: √(2 × 0.75 × 0.25) / 2 = 0.30619; 95%: ± 1.959964 of it, cut at 1.
        QVERIFY(near(p->churn->lower95, 0.75 - 1.959964 * std::sqrt(0.375) / 2, 1e-5));
        QCOMPARE(p->churn->upper95, 1.0);
        QCOMPARE(p->churn->users.size(), 2);
        for (const ChurnScore &u : p->churn->users) {
            QVERIFY(near(u.score, 0.75));
            if (u.userId == QLatin1String("u5")) {
                QCOMPARE(u.daysSinceLast, 10); // 20 March 12:00 to 31 March 00:00
                QCOMPARE(u.events, 1);
            }
        }
        for (const Forecast &f : p->forecasts)
            QVERIFY(std::isfinite(f.value) && std::isfinite(f.lower95) && std::isfinite(f.upper95));

        // Stored: 6 forecasts and the churn, and a score per user; storing again replaces, it does not add.
        QVERIFY(PredictionService::persist(db.value(), brand.value(), p.value()).ok());
        QVERIFY(PredictionService::persist(db.value(), brand.value(), p.value()).ok());
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM analytics_predictions")), 7);
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM analytics_prediction_scores")), 2);

        // The data reaches 2 April: the 7-day forecasts ([31 March, 7 April)) are not over yet, nothing is scored.
        auto stored = PredictionService::scorePast(db.value(), brand.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 7);
        for (const StoredPrediction &s : stored.value())
            QVERIFY(!s.actual.has_value());

        // A later event covers the 7-day period: the revenue actually made in it (none) is recorded, the rest waits.
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu5\ts9\t2026-04-07T00:00:00.000Z\t{}\n").ok());
        stored = PredictionService::scorePast(db.value(), brand.value());
        QVERIFY(stored.ok());
        int scored = 0;
        for (const StoredPrediction &s : stored.value()) {
            if (s.period == QLatin1String("7d")) {
                QVERIFY(s.actual.has_value());
                QCOMPARE(*s.actual, 0.0);
                ++scored;
            } else {
                QVERIFY(!s.actual.has_value());
            }
        }
        QCOMPARE(scored, 2);
        // Once the 30 days are over, churn is scored: of u1 and u5, u1 never came back.
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu9\ts10\t2026-05-01T00:00:00.000Z\t{}\n").ok());
        stored = PredictionService::scorePast(db.value(), brand.value());
        QVERIFY(stored.ok());
        for (const StoredPrediction &s : stored.value())
            if (s.type == QLatin1String("churn"))
                QCOMPARE(s.actual.value_or(-1), 0.5);
    }

    void refusals_data() { ScratchDatabase::addDialectRows(); }
    void refusals()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-20T10:00:00.000Z\t{}\n").ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        // Eleven days of activity are not enough to learn a week from.
        auto p = PredictionService::compute(db.value(), brand.value(), QDate(2026, 1, 1), QDate(2026, 3, 31));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(QLatin1String("\"b1\" has 11")), qPrintable(p.error().message));
        p = PredictionService::compute(db.value(), brand.value(), QDate(2026, 3, 31), QDate(2026, 3, 1));
        QVERIFY(!p.ok());
        // Enough history for forecasts but not for churn: the forecasts come, churn says why it is missing.
        p = PredictionService::compute(db.value(), brand.value(), QDate(2026, 3, 20), QDate(2026, 4, 30));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QVERIFY(!p->churn.has_value());
        QVERIFY(p->churnUnavailable.contains(QLatin1String("60 days")));
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM analytics_predictions")), 0);
    }

    /// The forecasts beat the seasonal-naive forecast on the last four weeks of every demo brand, held out.
    void backtestBeatsSeasonalNaive_data() { ScratchDatabase::addDialectRows(); }
    void backtestBeatsSeasonalNaive()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.events = 300000;
        options.days = 150;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const auto brands = BrandService::list(db.value());
        QVERIFY(brands.ok());
        QHash<QString, double> model, naive;
        int runs = 0;
        for (const Brand &brand : brands.value()) {
            const auto p = PredictionService::compute(db.value(), brand, QDate(2026, 1, 2), QDate(2026, 6, 1));
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
            QCOMPARE(p->backtests.size(), 2);
            for (const Backtest &b : p->backtests) {
                QCOMPARE(b.holdoutDays, 28);
                model[b.metric] += b.modelMae;
                naive[b.metric] += b.naiveMae;
            }
            QVERIFY(p->churn.has_value());
            QVERIFY(p->churn->activeUsers > 0 && p->churn->share > 0 && p->churn->share < 1);
            ++runs;
        }
        QCOMPARE(runs, 18);
        for (const QString &metric : {QStringLiteral("revenue"), QStringLiteral("conversion")}) {
            qInfo("%s: model MAE %.4f, seasonal naive MAE %.4f (sums over the brands)", qPrintable(metric),
                  model.value(metric), naive.value(metric));
            QVERIFY2(model.value(metric) < naive.value(metric), qPrintable(metric));
        }
    }
};

QTEST_GUILESS_MAIN(TestPredictionService)
#include "tst_predictionservice.moc"
