#include "analytics/overviewservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
const QDate kEnd(2026, 6, 1);

/// The same figures computed the slow, obvious way from the raw rows, to check the service's SQL.
struct Expected
{
    qint64 events = 0;
    qint64 activeUsers = 0;
    double conversion = 0;
    double revenue = 0;
    qint64 generations = 0;
    QList<double> dailyEvents;
    QList<double> dailyUsers;
    QList<double> dailyConversion;
};

Expected computeByHand(const QSqlDatabase &db, const QString &slug, QDate from, QDate to)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const int days = int(from.daysTo(to));
    Expected e;
    e.dailyEvents.fill(0, days);
    e.dailyUsers.fill(0, days);
    e.dailyConversion.fill(0, days);
    QSet<QString> users, buyers;
    QList<QSet<QString>> dayUsers(days), dayBuyers(days);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT e.event_type, e.user_id, e.properties, e.timestamp FROM analytics_events e "
                             "JOIN brands b ON b.id = e.brand_id WHERE b.slug = ?"));
    q.addBindValue(slug);
    q.exec();
    while (q.next()) {
        const QDateTime at = dialect.toDateTime(q.value(3));
        const int day = int(from.daysTo(at.date()));
        if (day < 0 || day >= days)
            continue;
        const QString user = q.value(1).toString();
        ++e.events;
        e.dailyEvents[day] += 1;
        if (!q.value(1).isNull()) {
            users.insert(user);
            dayUsers[day].insert(user);
        }
        if (q.value(0).toString() == QLatin1String("purchase")) {
            const QJsonObject props = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            e.revenue += props.value(QStringLiteral("revenue")).toDouble();
            if (!q.value(1).isNull()) {
                buyers.insert(user);
                dayBuyers[day].insert(user);
            }
        }
    }
    e.activeUsers = users.size();
    e.conversion = users.isEmpty() ? 0 : double(buyers.size()) / double(users.size());
    for (int d = 0; d < days; ++d) {
        e.dailyUsers[d] = dayUsers[d].size();
        e.dailyConversion[d] = dayUsers[d].isEmpty() ? 0 : double(dayBuyers[d].size()) / double(dayUsers[d].size());
    }
    q.prepare(QStringLiteral("SELECT g.created_at FROM ai_generations g JOIN brands b ON b.id = g.brand_id WHERE b.slug = ?"));
    q.addBindValue(slug);
    q.exec();
    while (q.next()) {
        const QDate day = dialect.toDateTime(q.value(0)).date();
        if (day >= from && day < to)
            ++e.generations;
    }
    return e;
}
} // namespace

/// The Overview's KPIs mean exactly what PRODUCT.md says, on both dialects.
class TestOverviewService final : public QObject
{
    Q_OBJECT
private slots:
    void matchesRawRows_data() { ScratchDatabase::addDialectRows(); }
    void matchesRawRows()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.seed = 3;
        options.events = 40000;
        options.days = 60;
        options.end = QDateTime(kEnd, QTime(0, 0), Qt::UTC);
        options.generationsPerBrand = 12;
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());

        for (const auto &[slug, days] : {std::pair{QStringLiteral("glow-lab"), 30}, std::pair{QStringLiteral("oak-and-ash"), 7}}) {
            const QDate from = kEnd.addDays(-days);
            const auto overview = OverviewService::load(db.value(), slug, from, kEnd);
            QVERIFY2(overview.ok(), qPrintable(overview.ok() ? QString() : overview.error().message));
            const Expected e = computeByHand(db.value(), slug, from, kEnd);
            QVERIFY(e.events > 0);
            QCOMPARE(overview->events, e.events);
            QCOMPARE(overview->activeUsers, e.activeUsers);
            QVERIFY(qAbs(overview->conversionRate - e.conversion) < 1e-12);
            QVERIFY2(qAbs(overview->revenue - e.revenue) < 1e-6,
                     qPrintable(QStringLiteral("%1 vs %2").arg(overview->revenue).arg(e.revenue)));
            QCOMPARE(overview->generations, e.generations);
            QCOMPARE(overview->dailyEvents, e.dailyEvents);
            QCOMPARE(overview->dailyActiveUsers, e.dailyUsers);
            QCOMPARE(overview->dailyConversionRate.size(), days);
            // The previous period is the same length, just before.
            const Expected before = computeByHand(db.value(), slug, from.addDays(-days), from);
            QCOMPARE(overview->previous.events, before.events);
            QCOMPARE(overview->previous.activeUsers, before.activeUsers);
            QVERIFY(qAbs(overview->previous.conversionRate() - before.conversion) < 1e-12);
            QVERIFY(qAbs(overview->previous.revenue - before.revenue) < 1e-6);
            QCOMPARE(overview->previous.generations, before.generations);
            for (int d = 0; d < days; ++d)
                QVERIFY(qAbs(overview->dailyConversionRate.at(d) - e.dailyConversion.at(d)) < 1e-12);
        }
        // A range with no data gives zeros, not an error.
        const auto empty = OverviewService::load(db.value(), QStringLiteral("glow-lab"), QDate(2020, 1, 1), QDate(2020, 1, 8));
        QVERIFY(empty.ok());
        QCOMPARE(empty->events, 0);
        QCOMPARE(empty->dailyEvents, QList<double>(7, 0.0));
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const auto unknown = OverviewService::load(db.value(), QStringLiteral("nobody"), QDate(2026, 1, 1), QDate(2026, 2, 1));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("no brand \"nobody\"")));
        const auto backwards = OverviewService::load(db.value(), QStringLiteral("x"), QDate(2026, 2, 1), QDate(2026, 1, 1));
        QVERIFY(!backwards.ok());
        QVERIFY(backwards.error().message.contains(QLatin1String("must start before it ends")));
    }
};

QTEST_GUILESS_MAIN(TestOverviewService)
#include "tst_overviewservice.moc"
