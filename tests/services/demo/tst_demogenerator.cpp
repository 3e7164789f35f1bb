#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
DemoOptions smallDemo()
{
    DemoOptions options;
    options.seed = 7;
    options.events = 30000;
    options.days = 90;
    options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    options.generationsPerBrand = 3;
    return options;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/// The secondary indexes of the events table, which the bulk load sets aside and restores.
qint64 eventIndexes(const QSqlDatabase &db)
{
    return SqlDialect::of(db).isSqlite()
               ? scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                           "AND tbl_name = 'analytics_events' AND sql IS NOT NULL"))
               : scalar(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'analytics_events' "
                                           "AND indexname LIKE '%_idx'"))
                     + scalar(db, QStringLiteral("SELECT count(*) FROM pg_constraint "
                                                 "WHERE conrelid = 'analytics_events'::regclass AND contype = 'f'"));
}

/// A fingerprint of the events that does not depend on the dialect's storage of time.
QByteArray fingerprint(const QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT event_type, user_id, session_id, timestamp, brand_id, %1 FROM analytics_events "
                          "ORDER BY brand_id, timestamp, user_id, session_id, event_type")
               .arg(dialect.jsonText(QStringLiteral("properties"), QStringLiteral("channel"))));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        hash.addData(q.value(0).toString().toUtf8());
        hash.addData(q.value(1).toString().toUtf8());
        hash.addData(q.value(2).toString().toUtf8());
        hash.addData(QByteArray::number(dialect.toDateTime(q.value(3)).toMSecsSinceEpoch()));
        hash.addData(q.value(4).toString().toUtf8());
        hash.addData(q.value(5).toString().toUtf8());
    }
    return hash.result().toHex();
}
} // namespace

/// The demo data: exact size, deterministic, shaped like a real funnel, identical on both dialects.
class TestDemoGenerator final : public QObject
{
    Q_OBJECT
private slots:
    void fillsAnEmptyDatabase_data() { ScratchDatabase::addDialectRows(); }
    void fillsAnEmptyDatabase()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const auto report = DemoGenerator::generate(db.value(), smallDemo());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        const QSqlDatabase &d = db.value();
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM analytics_events")), 30000);
        QCOMPARE(report->events, 30000);
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM brands")) >= 12);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT industry) FROM brands")), 3);
        // Every event type of the funnel, and fewer users at each step down it.
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const char *step : {"page_view", "signup", "add_to_cart", "checkout", "purchase"}) {
            const qint64 users = scalar(d, QStringLiteral("SELECT count(DISTINCT user_id) FROM analytics_events WHERE event_type = '%1'")
                                               .arg(QLatin1String(step)));
            QVERIFY2(users > 0 && users < previous, step);
            previous = users;
        }
        // Purchases carry revenue; exposures carry their experiment and variant.
        const SqlDialect sql = SqlDialect::of(d);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM analytics_events WHERE event_type = 'purchase' AND %1 IS NULL")
                               .arg(sql.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue")))),
                 0);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM analytics_events WHERE event_type = 'experiment_exposure' AND %1 IS NULL")
                               .arg(sql.jsonText(QStringLiteral("properties"), QStringLiteral("variant")))),
                 0);
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM analytics_events WHERE user_id IS NULL")) > 0);
        // No event outside the requested period.
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT count(*) FROM analytics_events WHERE timestamp < ? OR timestamp >= ?"));
        q.addBindValue(sql.timeValue(QDateTime(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC)));
        q.addBindValue(sql.timeValue(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The AI Studio and collaboration content exists, with images rendered by the demo itself.
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM ai_generations")) >= 36);
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM ai_assets")) > 0);
        for (const char *table : {"ai_models", "ai_prompt_templates", "ai_collections", "ai_collection_generations", "comments",
                                  "security_audits", "experiments", "experiment_variants", "conversions", "attributions",
                                  "users", "brand_memberships", "user_quotas", "workflows"})
            QVERIFY2(scalar(d, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0, table);
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(DISTINCT language) FROM translations")), 2);
        // The event indexes (and, on PostgreSQL, the foreign key) set aside for the load are back.
        QCOMPARE(eventIndexes(d), sql.isSqlite() ? 4 : 5);
    }

    void treatmentTrulyWins()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options = smallDemo();
        options.events = 150000;
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const QSqlDatabase &d = db.value();
        auto rate = [&](const char *variant) {
            const double exposed = double(scalar(d, QStringLiteral("SELECT count(DISTINCT user_id) FROM analytics_events "
                                                                   "WHERE event_type = 'experiment_exposure' "
                                                                   "AND json_extract(properties, '$.experiment') = 'checkout_button' "
                                                                   "AND json_extract(properties, '$.variant') = '%1'")
                                                        .arg(QLatin1String(variant))));
            const double converted = double(scalar(d, QStringLiteral("SELECT count(DISTINCT c.user_id) FROM conversions c "
                                                                     "JOIN experiments e ON e.id = c.experiment_id "
                                                                     "WHERE e.name = 'checkout_button' AND c.variant = '%1'")
                                                          .arg(QLatin1String(variant))));
            return exposed > 0 ? converted / exposed : 0.0;
        };
        const double control = rate("control");
        const double treatment = rate("one_click");
        QVERIFY(control > 0);
        QVERIFY2(treatment > control * 1.1, qPrintable(QStringLiteral("control %1, one_click %2").arg(control).arg(treatment)));
    }

    void isDeterministicAcrossDialects()
    {
        ScratchDatabase a(QStringLiteral("sqlite"));
        ScratchDatabase b(QStringLiteral("sqlite"));
        auto dbA = Database::open(a.url());
        auto dbB = Database::open(b.url());
        QVERIFY(Migrator::migrate(dbA.value()).ok() && Migrator::migrate(dbB.value()).ok());
        QVERIFY(DemoGenerator::generate(dbA.value(), smallDemo()).ok());
        QVERIFY(DemoGenerator::generate(dbB.value(), smallDemo()).ok());
        const QByteArray reference = fingerprint(dbA.value());
        QCOMPARE(fingerprint(dbB.value()), reference);

        DemoOptions other = smallDemo();
        other.seed = 8;
        ScratchDatabase c(QStringLiteral("sqlite"));
        auto dbC = Database::open(c.url());
        QVERIFY(Migrator::migrate(dbC.value()).ok());
        QVERIFY(DemoGenerator::generate(dbC.value(), other).ok());
        QVERIFY(fingerprint(dbC.value()) != reference);

        ScratchDatabase pg(QStringLiteral("postgresql"));
        if (pg.skip())
            QSKIP(qPrintable(pg.problem()));
        QVERIFY2(pg.problem().isEmpty(), qPrintable(pg.problem()));
        auto dbP = Database::open(pg.url());
        QVERIFY(Migrator::migrate(dbP.value()).ok());
        QVERIFY(DemoGenerator::generate(dbP.value(), smallDemo()).ok());
        QCOMPARE(fingerprint(dbP.value()), reference);
    }

    void refusesDataAlreadyThere_data() { ScratchDatabase::addDialectRows(); }
    void refusesDataAlreadyThere()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(DemoGenerator::generate(db.value(), smallDemo()).ok());
        const auto again = DemoGenerator::generate(db.value(), smallDemo());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("only goes into an empty database")), qPrintable(again.error().message));
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM analytics_events")), 30000);
    }

    void cancelLeavesNothing_data() { ScratchDatabase::addDialectRows(); }
    void cancelLeavesNothing()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        std::atomic_bool cancel = false;
        int seen = 0;
        const auto result = DemoGenerator::generate(
            db.value(), smallDemo(),
            [&](int percent) {
                seen = percent;
                if (percent >= 30)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!result.ok());
        QVERIFY(seen >= 30);
        QVERIFY(result.error().message.contains(QLatin1String("cancelled")));
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM brands")), 0);
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM analytics_events")), 0);
        // The indexes set aside are back, and a full run afterwards works.
        QCOMPARE(eventIndexes(db.value()), SqlDialect::of(db.value()).isSqlite() ? 4 : 5); // PostgreSQL counts its primary key
        QVERIFY(DemoGenerator::generate(db.value(), smallDemo()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
