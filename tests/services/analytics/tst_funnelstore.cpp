#include "analytics/funnelstore.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "scratchdatabase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Saved funnels reopen exactly as they were saved.
class TestFunnelStore final : public QObject
{
    Q_OBJECT
private:
    static FunnelQuery sample()
    {
        FunnelQuery q;
        q.steps = {{QStringLiteral("page_view"), {{QStringLiteral("device"), QStringLiteral("mobile")},
                                                  {QStringLiteral("channel"), QStringLiteral("email")}}},
                   {QStringLiteral("signup"), {}},
                   {QStringLiteral("purchase"), {{QStringLiteral("country"), QStringLiteral("FR")}}}};
        q.windowSeconds = 7 * 86400;
        q.breakdown = QStringLiteral("browser");
        q.exclusions = {{QStringLiteral("refund"), 2, 3}};
        return q;
    }
    static bool same(const FunnelQuery &a, const FunnelQuery &b)
    {
        if (a.steps.size() != b.steps.size() || a.windowSeconds != b.windowSeconds || a.breakdown != b.breakdown
            || a.exclusions.size() != b.exclusions.size())
            return false;
        for (int i = 0; i < a.steps.size(); ++i)
            if (a.steps.at(i).event != b.steps.at(i).event || a.steps.at(i).filters != b.steps.at(i).filters)
                return false;
        for (int i = 0; i < a.exclusions.size(); ++i)
            if (a.exclusions.at(i).event != b.exclusions.at(i).event || a.exclusions.at(i).fromStep != b.exclusions.at(i).fromStep
                || a.exclusions.at(i).toStep != b.exclusions.at(i).toStep)
                return false;
        return true;
    }

private slots:
    void roundTrips_data() { ScratchDatabase::addDialectRows(); }
    void roundTrips()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b1', 'b1', 'B1', 'x')")));
        const Brand brand{QStringLiteral("b1"), QStringLiteral("b1"), QStringLiteral("B1"), QStringLiteral("x")};

        const auto saved = FunnelStore::save(db.value(), brand, QStringLiteral("Mobile email buyers"), sample());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        const auto reopened = FunnelStore::byName(db.value(), brand, QStringLiteral("Mobile email buyers"));
        QVERIFY(reopened.ok());
        QVERIFY(same(reopened->query, sample())); // filters keep their order, even through jsonb

        FunnelQuery changed = sample();
        changed.windowSeconds = 3600;
        const auto updated = FunnelStore::save(db.value(), brand, QStringLiteral("Mobile email buyers"), changed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, saved->id);
        QCOMPARE(updated->query.windowSeconds, 3600);
        QVERIFY(FunnelStore::save(db.value(), brand, QStringLiteral("Another"), sample()).ok());
        const auto all = FunnelStore::list(db.value(), brand);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().name, QStringLiteral("Another"));

        QVERIFY(FunnelStore::remove(db.value(), brand, QStringLiteral("Another")).ok());
        QVERIFY(!FunnelStore::remove(db.value(), brand, QStringLiteral("Another")).ok());
        QVERIFY(!FunnelStore::byName(db.value(), brand, QStringLiteral("Another")).ok());
        QVERIFY(!FunnelStore::save(db.value(), brand, QStringLiteral("  "), sample()).ok());
    }

    /// Two people saving the same name at once end with one funnel; a second row of a name is refused by the database.
    void oneFunnelPerName_data() { ScratchDatabase::addDialectRows(); }
    void oneFunnelPerName()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b1', 'b1', 'B1', 'x')")));
        const Brand brand{QStringLiteral("b1"), QStringLiteral("b1"), QStringLiteral("B1"), QStringLiteral("x")};
        const DatabaseUrl url = scratch.url();
        std::atomic<int> failures{0};
        auto saver = [&](int windowHours) {
            auto conn = Database::open(url, Database::OpenMode::MustExist);
            if (!conn) {
                ++failures;
                return;
            }
            FunnelQuery query = sample();
            query.windowSeconds = windowHours * 3600;
            for (int i = 0; i < 25; ++i)
                if (!FunnelStore::save(conn.value(), brand, QStringLiteral("Checkout"), query))
                    ++failures;
            Database::closeThreadConnections();
        };
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        pool.start([&] { saver(1); });
        pool.start([&] { saver(2); });
        pool.waitForDone();
        QCOMPARE(failures.load(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM analytics_funnels WHERE name = 'Checkout'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const auto kept = FunnelStore::byName(db.value(), brand, QStringLiteral("Checkout"));
        QVERIFY(kept.ok());
        QVERIFY(kept->query.windowSeconds == 3600 || kept->query.windowSeconds == 7200);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO analytics_funnels (id, name, steps, brand_id) VALUES ('dup', 'Checkout', '[]', 'b1')")));
    }

    void malformedDefinitionsSayWhere()
    {
        QJsonObject json = FunnelStore::toJson(sample());
        QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
        QJsonObject second = steps.at(1).toObject();
        second.remove(QStringLiteral("event"));
        steps[1] = second;
        json.insert(QStringLiteral("steps"), steps);
        const auto bad = FunnelStore::fromJson(json);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QLatin1String("steps[1].event")), qPrintable(bad.error().message));
        QJsonObject noWindow = FunnelStore::toJson(sample());
        noWindow.insert(QStringLiteral("window_seconds"), QStringLiteral("a week"));
        QVERIFY(FunnelStore::fromJson(noWindow).error().message.contains(QLatin1String("window_seconds")));
        QVERIFY(same(FunnelStore::fromJson(FunnelStore::toJson(sample())).value(), sample()));
    }
};

QTEST_GUILESS_MAIN(TestFunnelStore)
#include "tst_funnelstore.moc"
