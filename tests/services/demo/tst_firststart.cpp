#include "core/database.h"
#include "demo/firststart.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
qint64 count(const DatabaseUrl &url, const char *table)
{
    auto db = Database::open(url);
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

/// The console's first start: create, migrate and fill the embedded database once; never refill.
class TestFirstStart final : public QObject
{
    Q_OBJECT
private slots:
    void fillsOnlyAnEmptyDatabase_data() { ScratchDatabase::addDialectRows(); }
    void fillsOnlyAnEmptyDatabase()
    {
        ATELIER_SCRATCH(scratch);
        DemoOptions options;
        options.events = 20000;
        options.generationsPerBrand = 2;
        int progressSeen = 0;
        const auto first = FirstStart::prepare(scratch.url(), true, options, [&](int p) { progressSeen = std::max(progressSeen, p); });
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QVERIFY(first->filledDemo);
        QCOMPARE(first->fromVersion, 0);
        QVERIFY(first->toVersion > 0);
        QCOMPARE(progressSeen, 100);
        QCOMPARE(count(scratch.url(), "analytics_events"), 20000);
        const auto second = FirstStart::prepare(scratch.url(), true, options);
        QVERIFY(second.ok());
        QVERIFY(!second->filledDemo);
        QCOMPARE(count(scratch.url(), "analytics_events"), 20000);
    }

    void leavesOtherDatabasesEmpty()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        const auto result = FirstStart::prepare(scratch.url(), false, DemoOptions{});
        QVERIFY(result.ok());
        QVERIFY(!result->filledDemo);
        QCOMPARE(count(scratch.url(), "brands"), 0);
    }

    void reportsBadTargets()
    {
        const auto result = FirstStart::prepare(DatabaseUrl::sqliteFile(QStringLiteral("/proc/atelier/cannot.db")), true, DemoOptions{});
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFirstStart)
#include "tst_firststart.moc"
