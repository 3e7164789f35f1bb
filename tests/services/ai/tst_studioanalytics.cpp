#include "ai/generationservice.h"
#include "ai/studioanalytics.h"
#include "collaboration/resources.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

/// Model comparison, model performance, generation analytics and credit usage on generations whose figures are known.
class TestStudioAnalytics final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    const QDate m_day = QDate(2026, 3, 10);

    void generation(const QSqlDatabase &db, const QString &id, const QString &model, const QString &status, int dayOffset, int seconds,
                    double quality, const QString &cachedFrom = {})
    {
        const SqlDialect d = SqlDialect::of(db);
        const QDateTime start = QDateTime(m_day.addDays(dayOffset), QTime(12, 0), Qt::UTC);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, provider, parameters, status, credits, cost_cents, "
                                 "quality, user_id, brand_id, created_at, started_at, completed_at, cache_source_id) "
                                 "VALUES (?, ?, 'p', ?, 'openai', '{}', ?, ?, ?, ?, ?, 'brand-q', ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(model == QLatin1String("offline-preview") ? QStringLiteral("template") : QStringLiteral("2d"));
        q.addBindValue(model);
        q.addBindValue(status);
        q.addBindValue(cachedFrom.isEmpty() ? 4 : 0);
        q.addBindValue(cachedFrom.isEmpty() ? 4 : 0);
        q.addBindValue(status == QLatin1String("completed") ? QVariant(quality) : QVariant());
        q.addBindValue(Collaboration::currentUserId(db).value());
        q.addBindValue(d.timeValue(start));
        q.addBindValue(d.timeValue(start));
        q.addBindValue(status == QLatin1String("pending") ? QVariant() : d.timeValue(start.addSecs(seconds)));
        q.addBindValue(cachedFrom.isEmpty() ? QVariant() : QVariant(cachedFrom));
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void percentiles()
    {
        QCOMPARE(StudioAnalytics::percentile({}, 50), std::nullopt);
        QCOMPARE(*StudioAnalytics::percentile({5, 1, 3}, 50), 3.0);
        QCOMPARE(*StudioAnalytics::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 95), 10.0);
        QCOMPARE(*StudioAnalytics::percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 50), 5.0);
    }

    void figures_data() { ScratchDatabase::addDialectRows(); }
    void figures()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        // dall-e-3: ten completed in 1…10 s (quality 50…95), two failed; one answer from the cache; offline: one pending.
        for (int i = 1; i <= 10; ++i)
            generation(db, QStringLiteral("d%1").arg(i), QStringLiteral("dall-e-3"), QStringLiteral("completed"), i % 2, i, 45 + 5 * i);
        generation(db, QStringLiteral("f1"), QStringLiteral("dall-e-3"), QStringLiteral("failed"), 0, 3, 0);
        generation(db, QStringLiteral("f2"), QStringLiteral("dall-e-3"), QStringLiteral("failed"), 1, 3, 0);
        generation(db, QStringLiteral("c1"), QStringLiteral("dall-e-3"), QStringLiteral("completed"), 1, 0, 95, QStringLiteral("d10"));
        generation(db, QStringLiteral("o1"), QStringLiteral("offline-preview"), QStringLiteral("pending"), 0, 0, 0);
        generation(db, QStringLiteral("old"), QStringLiteral("dall-e-3"), QStringLiteral("completed"), -5, 100, 10); // outside the range

        auto models = StudioAnalytics::listModels(db, QStringLiteral("offline"));
        QVERIFY(models);
        QCOMPARE(models->size(), 3); // the catalogue's offline-3d, offline-animation and offline-preview
        QCOMPARE(models->first().name, QStringLiteral("offline-3d"));
        QCOMPARE(StudioAnalytics::listModels(db, QStringLiteral("openai"), QStringLiteral("2d")).value().first().credits, 4);
        auto compared = StudioAnalytics::compareModels(db, QStringLiteral("brand-q"), m_day, m_day.addDays(2));
        QVERIFY(compared);
        QCOMPARE(compared->size(), 2);
        const ModelStats &dalle = compared->first();
        QCOMPARE(dalle.model, QStringLiteral("dall-e-3"));
        QCOMPARE(dalle.generations, 12);
        QCOMPARE(dalle.completed, 10);
        QCOMPARE(dalle.failed, 2);
        QCOMPARE(dalle.successRate, 10.0 / 12.0);
        QCOMPARE(qRound(*dalle.p50Ms), 5000);
        QCOMPARE(qRound(*dalle.p95Ms), 10000);
        QCOMPARE(*dalle.meanCredits, 4.0);
        QCOMPARE(*dalle.meanQuality, 72.5);
        QCOMPARE(compared->at(1).model, QStringLiteral("offline-preview"));
        QVERIFY(!compared->at(1).p50Ms);

        auto perf = StudioAnalytics::modelPerformance(db, QStringLiteral("brand-q"), QStringLiteral("dall-e-3"), m_day, m_day.addDays(3));
        QVERIFY(perf);
        QCOMPARE(perf->size(), 3);
        QCOMPARE(perf->at(0).day, m_day);
        QCOMPARE(perf->at(0).generations, 6); // d2, d4, d6, d8, d10 and f1
        QCOMPARE(perf->at(0).successRate, 5.0 / 6.0);
        QCOMPARE(qRound(*perf->at(0).meanMs), 6000);
        QCOMPARE(perf->at(2).generations, 0);
        QVERIFY(!perf->at(2).meanMs);

        auto a = StudioAnalytics::generationAnalytics(db, QStringLiteral("brand-q"), m_day, m_day.addDays(2));
        QVERIFY(a);
        QCOMPARE(a->total.generations, 14);
        QCOMPARE(a->total.completed, 11);
        QCOMPARE(a->total.failed, 2);
        QCOMPARE(a->total.waiting, 1);
        QCOMPARE(a->total.cached, 1);
        QCOMPARE(a->total.credits, 40);
        QCOMPARE(a->byDay.size(), 2);
        QCOMPARE(a->byDay.at(1).key, QStringLiteral("2026-03-11"));
        QCOMPARE(a->byType.size(), 2);
        QCOMPARE(a->byStatus.first().key, QStringLiteral("completed"));
        QCOMPARE(a->byModel.first().generations, 13);
        QVERIFY(!StudioAnalytics::generationAnalytics(db, QStringLiteral("brand-q"), m_day, m_day));

        // Credits: one person charged 8 and refunded 4, with a quota of 100.
        const QString me = Collaboration::currentUserId(db).value();
        QVERIFY(GenerationService::setQuota(db, me, QStringLiteral("brand-q"), 100));
        QSqlQuery q(db);
        const SqlDialect d = SqlDialect::of(db);
        int n = 0;
        for (const auto &[gen, kind] : {std::pair{"d1", "reserve"}, std::pair{"d1", "charge"}, std::pair{"d2", "reserve"},
                                        std::pair{"d2", "charge"}, std::pair{"f1", "reserve"}, std::pair{"f1", "refund"}}) {
            q.prepare(QStringLiteral("INSERT INTO ai_costs (id, generation_id, user_id, brand_id, provider, model, kind, credits, cost_cents, created_at) "
                                     "VALUES (?, ?, ?, 'brand-q', 'openai', 'dall-e-3', ?, 4, 4, ?)"));
            q.addBindValue(QStringLiteral("cost%1").arg(++n));
            q.addBindValue(QString::fromLatin1(gen));
            q.addBindValue(me);
            q.addBindValue(QString::fromLatin1(kind));
            q.addBindValue(d.timeValue(QDateTime(m_day, QTime(13, 0), Qt::UTC)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto usage = StudioAnalytics::creditUsage(db, QStringLiteral("brand-q"), m_day, m_day.addDays(1));
        QVERIFY(usage);
        QCOMPARE(usage->size(), 1);
        QCOMPARE(usage->first().charged, 8);
        QCOMPARE(usage->first().refunded, 4);
        QCOMPARE(usage->first().reserved, 0);
        QCOMPARE(*usage->first().monthlyCredits, 100);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestStudioAnalytics test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studioanalytics.moc"
