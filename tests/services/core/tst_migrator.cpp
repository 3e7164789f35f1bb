#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Migrations: applied once each, recorded with their checksum, and a changed or newer schema refused.
class TestMigrator final : public QObject
{
    Q_OBJECT
private slots:
    void filesAreNumbered()
    {
        for (const auto kind : {SqlDialect::Kind::Sqlite, SqlDialect::Kind::Postgresql}) {
            const auto all = Migrator::available(SqlDialect(kind));
            QVERIFY(!all.isEmpty());
            for (int i = 0; i < all.size(); ++i) {
                QCOMPARE(all.at(i).version, i + 1);
                QCOMPARE(all.at(i).checksum.size(), 64);
            }
        }
        QCOMPARE(Migrator::latestVersion(SqlDialect(SqlDialect::Kind::Sqlite)),
                 Migrator::latestVersion(SqlDialect(SqlDialect::Kind::Postgresql)));
    }

    void migratesOnce_data() { ScratchDatabase::addDialectRows(); }
    void migratesOnce()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QCOMPARE(Migrator::currentVersion(db.value()).value(), 0);
        const auto first = Migrator::migrate(db.value());
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        const int latest = Migrator::latestVersion(SqlDialect::of(db.value()));
        QCOMPARE(first->fromVersion, 0);
        QCOMPARE(first->toVersion, latest);
        QCOMPARE(first->applied.size(), latest);
        QVERIFY(db->tables().contains(QStringLiteral("analytics_events")));
        const auto second = Migrator::migrate(db.value());
        QVERIFY(second.ok());
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(second->toVersion, latest);
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), latest);
        QVERIFY(Migrator::verify(db.value()).ok());
    }

    void refusesChangedMigration_data() { ScratchDatabase::addDialectRows(); }
    void refusesChangedMigration()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1")));
        const auto again = Migrator::migrate(db.value());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("was changed after it was applied")),
                 qPrintable(again.error().message));
        QVERIFY(!Migrator::verify(db.value()).ok());
    }

    void refusesNewerDatabase_data() { ScratchDatabase::addDialectRows(); }
    void refusesNewerDatabase()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (999, 'future', 'x', ?)"));
        q.addBindValue(SqlDialect::of(db.value()).timeValue(QDateTime::currentDateTimeUtc()));
        QVERIFY(q.exec());
        const auto again = Migrator::migrate(db.value());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("newer than this Atelier")), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(QLatin1String("999")));
    }

    void failedMigrationLeavesNothing_data() { ScratchDatabase::addDialectRows(); }
    void failedMigrationLeavesNothing()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        // An Atelier database (it has the migrations table) where a table of the first migration already
        // exists: the migration fails as a whole.
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                      "checksum TEXT NOT NULL, applied_at %1 NOT NULL)")
                           .arg(SqlDialect::of(db.value()).isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("timestamptz"))));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE workflows (x INTEGER)")));
        const auto result = Migrator::migrate(db.value());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("Migration 1 (init) failed")), qPrintable(result.error().message));
        QVERIFY(!db->tables().contains(QStringLiteral("brands")));
        QCOMPARE(Migrator::currentVersion(db.value()).value(), 0);
    }

    void refusesForeignDatabase_data() { ScratchDatabase::addDialectRows(); }
    void refusesForeignDatabase()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER, amount INTEGER)")));
        const auto result = Migrator::migrate(db.value());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("not an Atelier database")), qPrintable(result.error().message));
        QCOMPARE(db->tables(), QStringList{QStringLiteral("invoices")});
    }

    void concurrentMigrationsDoNotCollide_data() { ScratchDatabase::addDialectRows(); }
    void concurrentMigrationsDoNotCollide()
    {
        ATELIER_SCRATCH(scratch);
        // Two consoles starting at once on a fresh database: both succeed, the schema is applied once.
        // Each attempt answers why it failed (empty when it migrated).
        auto attempt = [url = scratch.url()] {
            QString problem;
            {
                auto db = Database::open(url);
                if (!db)
                    problem = db.error().message;
                else if (auto migrated = Migrator::migrate(db.value()); !migrated)
                    problem = migrated.error().message + QLatin1String(" — ") + migrated.error().detail;
            }
            Database::closeThreadConnections();
            return problem;
        };
        QFuture<QString> a = QtConcurrent::run(attempt);
        QFuture<QString> b = QtConcurrent::run(attempt);
        QVERIFY2(a.result().isEmpty(), qPrintable(a.result()));
        QVERIFY2(b.result().isEmpty(), qPrintable(b.result()));
        auto db = Database::open(scratch.url());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrator::latestVersion(SqlDialect::of(db.value())));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
