#include "analytics/dailymetrics.h"
#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// People see and change, through their own plain SQL connection, exactly what their brand roles allow:
/// PostgreSQL enforces it with grants and row-level security.
class TestPermissions final : public QObject
{
    Q_OBJECT
private:
    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    static bool runs(const QSqlDatabase &db, const QString &sql, int *affected = nullptr)
    {
        QSqlQuery q(db);
        const bool ok = q.exec(sql);
        if (affected)
            *affected = q.numRowsAffected();
        return ok;
    }

private slots:
    void sqliteHasOnePerson()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const auto added = UserAdmin::add(db.value(), QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("viewer"),
                                          QStringLiteral("secret-enough"));
        QVERIFY(!added.ok());
        QVERIFY(added.error().message.contains(QLatin1String("one local person")));
        QVERIFY(!UserAdmin::list(db.value()).ok());
    }

    void databaseEnforcesRoles()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto admin = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(admin.value()).ok());
        DemoOptions options;
        options.events = 20000;
        options.days = 30;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoGenerator::generate(admin.value(), options).ok());
        const auto brands = BrandService::list(admin.value());
        QVERIFY(brands.ok() && brands->size() >= 2);
        const Brand a = brands->at(0), b = brands->at(1);

        // Login roles are server-wide: names unique to this run.
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString alice = QStringLiteral("alice_") + suffix, bob = QStringLiteral("bob_") + suffix;
        const QString password = QStringLiteral("correct horse ") + suffix;
        QVERIFY(UserAdmin::add(admin.value(), alice, a.slug, QStringLiteral("analyst"), password).ok());
        QVERIFY(UserAdmin::add(admin.value(), bob, b.slug, QStringLiteral("viewer"), password).ok());
        const auto again = UserAdmin::add(admin.value(), alice, a.slug, QStringLiteral("viewer"), password);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QLatin1String("already exists")));
        QVERIFY(!UserAdmin::add(admin.value(), QStringLiteral("carol_") + suffix, a.slug, QStringLiteral("owner"), password).ok());
        QVERIFY(!UserAdmin::add(admin.value(), QStringLiteral("x; DROP TABLE users"), a.slug, QStringLiteral("viewer"), password).ok());

        auto login = [&](const QString &user) {
            DatabaseUrl url = scratch.url();
            url.user = user;
            url.password = password;
            return Database::open(url, Database::OpenMode::MustExist);
        };
        auto aliceDb = login(alice);
        QVERIFY2(aliceDb.ok(), qPrintable(aliceDb.ok() ? QString() : aliceDb.error().message));
        auto bobDb = login(bob);
        QVERIFY(bobDb.ok());

        // Every brand-scoped table: nothing of another brand is visible, and all of one's own brand is.
        QSqlQuery tables(admin.value());
        QVERIFY(tables.exec(QStringLiteral("SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t "
                                           "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                                           "WHERE c.table_schema = 'public' AND c.column_name = 'brand_id' AND t.table_type = 'BASE TABLE'")));
        int checked = 0, filled = 0;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            const QString other = QStringLiteral("SELECT count(*) FROM %1 WHERE brand_id IS NOT NULL AND brand_id <> '%2'").arg(table);
            const QString own = QStringLiteral("SELECT count(*) FROM %1 WHERE brand_id = '%2'").arg(table);
            if (scalar(aliceDb.value(), other.arg(a.id)) == -1) { // closed to members altogether (the rollup's marks)
                QCOMPARE(scalar(bobDb.value(), other.arg(b.id)), -1);
                ++checked;
                continue;
            }
            QVERIFY2(scalar(aliceDb.value(), other.arg(a.id)) == 0, qPrintable(table));
            QVERIFY2(scalar(bobDb.value(), other.arg(b.id)) == 0, qPrintable(table));
            QVERIFY2(scalar(aliceDb.value(), own.arg(a.id)) == scalar(admin.value(), own.arg(a.id)), qPrintable(table));
            filled += scalar(admin.value(), other.arg(a.id)) > 0 ? 1 : 0;
            ++checked;
        }
        QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
        QVERIFY2(filled >= 15, qPrintable(QString::number(filled))); // the demo fills most of them: the checks mean something
        QCOMPARE(scalar(aliceDb.value(), QStringLiteral("SELECT count(*) FROM brands")), 1);
        QCOMPARE(scalar(aliceDb.value(), QStringLiteral("SELECT count(*) FROM users WHERE username = '%1'").arg(bob)), 0);

        // Writes: an analyst saves analyses in her brand, nowhere else, and does not edit content or brands.
        const QString funnel = QStringLiteral("INSERT INTO analytics_funnels (id, name, steps, brand_id) VALUES ('%1', 'f', '[]', '%2')");
        QVERIFY(runs(aliceDb.value(), funnel.arg(QStringLiteral("f1"), a.id)));
        QVERIFY(!runs(aliceDb.value(), funnel.arg(QStringLiteral("f2"), b.id)));
        QVERIFY(!runs(aliceDb.value(), QStringLiteral("UPDATE ai_collections SET name = 'x' WHERE brand_id = '%1'").arg(a.id))
                || scalar(admin.value(), QStringLiteral("SELECT count(*) FROM ai_collections WHERE name = 'x'")) == 0);
        QVERIFY(!runs(aliceDb.value(), QStringLiteral("DELETE FROM brands")));
        QVERIFY(!runs(aliceDb.value(), QStringLiteral("UPDATE analytics_daily_rollup SET events = 0")));
        int affected = -1;
        QVERIFY(runs(aliceDb.value(), QStringLiteral("DELETE FROM analytics_events WHERE brand_id = '%1'").arg(b.id), &affected));
        QCOMPARE(affected, 0);
        // A viewer cannot edit, even in their own brand.
        QVERIFY(!runs(bobDb.value(), funnel.arg(QStringLiteral("f3"), b.id)));
        QVERIFY(runs(bobDb.value(), QStringLiteral("UPDATE analytics_events SET event_type = 'x' WHERE brand_id = '%1'").arg(b.id),
                     &affected));
        QCOMPARE(affected, 0);
        QCOMPARE(scalar(admin.value(), QStringLiteral("SELECT count(*) FROM analytics_events WHERE event_type = 'x'")), 0);
        QVERIFY(!runs(bobDb.value(), QStringLiteral("INSERT INTO brand_memberships (user_id, brand_id, role) "
                                                    "SELECT id, '%1', 'admin' FROM users WHERE username = '%2'").arg(a.id, bob)));

        // Analyses run as the person, over what they may see; the rollup stays whole whoever refreshes it.
        const auto mine = DailyMetricsService::load(aliceDb.value(), a, QDate(2026, 5, 2), QDate(2026, 6, 1));
        const auto truth = DailyMetricsService::loadFromEvents(admin.value(), a, QDate(2026, 5, 2), QDate(2026, 6, 1));
        QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().message));
        QCOMPARE(mine->values(QStringLiteral("active_users")), truth->values(QStringLiteral("active_users")));
        const auto theirs = DailyMetricsService::load(aliceDb.value(), b, QDate(2026, 5, 2), QDate(2026, 6, 1));
        QVERIFY(theirs.ok());
        for (double v : theirs->values(QStringLiteral("page_views")))
            QCOMPARE(v, 0.0);
        const auto bTruth = DailyMetricsService::load(admin.value(), b, QDate(2026, 5, 2), QDate(2026, 6, 1));
        double bViews = 0;
        for (double v : bTruth->values(QStringLiteral("page_views")))
            bViews += v;
        QVERIFY(bViews > 0);

        // Roles change at once: promoted, alice may edit content; revoked, she sees nothing on her next statement.
        QVERIFY(UserAdmin::grant(admin.value(), alice, a.slug, QStringLiteral("editor")).ok());
        QVERIFY(runs(aliceDb.value(), QStringLiteral("UPDATE ai_collections SET name = name WHERE brand_id = '%1'").arg(a.id), &affected));
        QCOMPARE(qint64(affected), scalar(admin.value(), QStringLiteral("SELECT count(*) FROM ai_collections WHERE brand_id = '%1'").arg(a.id)));
        QVERIFY(UserAdmin::revoke(admin.value(), alice, a.slug).ok());
        QCOMPARE(scalar(aliceDb.value(), QStringLiteral("SELECT count(*) FROM analytics_events")), 0);
        QCOMPARE(scalar(aliceDb.value(), QStringLiteral("SELECT count(*) FROM brands")), 0);
        QVERIFY(!UserAdmin::revoke(admin.value(), alice, a.slug).ok());

        const auto people = UserAdmin::list(admin.value());
        QVERIFY(people.ok());
        bool sawBob = false;
        for (const Person &p : people.value())
            if (p.username == bob) {
                sawBob = true;
                QCOMPARE(p.memberships.size(), 1);
                QCOMPARE(p.memberships.first().second, QStringLiteral("viewer"));
            }
        QVERIFY(sawBob);
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
