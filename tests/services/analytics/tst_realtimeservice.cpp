#include "analytics/realtimeservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Real-time figures at a fixed moment, with events placed on the edges of the windows.
class TestRealTimeService final : public QObject
{
    Q_OBJECT
private slots:
    void countsTheLastMinutes_data() { ScratchDatabase::addDialectRows(); }
    void countsTheLastMinutes()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const QDateTime at(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
        struct Row { const char *type; const char *user; qint64 msBefore; };
        const Row rows[] = {
            {"page_view", "u1", 1000},           // last minute
            {"signup", "u2", 299000},            // 4 min 59 s ago: still "now"
            {"page_view", "u3", 300000},         // exactly 5 minutes ago: the window includes its start
            {"purchase", "u4", 3599000},         // the oldest minute
            {"page_view", "u5", 3600000},        // exactly an hour ago: included
            {"page_view", "u6", 3600001},        // just over an hour: not counted
            {"page_view", "u7", 0},              // at the moment itself: not yet
            {"page_view", "-", 10000},           // anonymous: an event, not a user
        };
        QByteArray events;
        {
            for (const Row &r : rows)
                events.append(QStringLiteral("b1\t%1\t%2\t%2\t%3\t{}\n")
                               .arg(QLatin1String(r.type), QLatin1String(r.user),
                                    at.addMSecs(-r.msBefore).toString(Qt::ISODateWithMs))
                               .toUtf8());
        }
        QVERIFY(Testing::loadEventText(db.value(), events).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const auto m = RealTimeService::snapshot(db.value(), brand.value(), at);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->activeUsers, 3);
        QCOMPARE(m->eventsPerMinute.size(), 60);
        QCOMPARE(m->eventsPerMinute.at(59), 2); // u1 and the anonymous view
        QCOMPARE(m->eventsPerMinute.at(55), 2); // u2 and u3
        QCOMPARE(m->eventsPerMinute.at(0), 2);  // u4 and u5
        qint64 total = 0;
        for (qint64 n : m->eventsPerMinute)
            total += n;
        QCOMPARE(total, 6);
        QCOMPARE(m->topEvents.size(), 3);
        QCOMPARE(m->topEvents.at(0), (QPair<QString, qint64>{QStringLiteral("page_view"), 4}));
        QCOMPARE(m->topEvents.at(1), (QPair<QString, qint64>{QStringLiteral("purchase"), 1}));
        QCOMPARE(m->topEvents.at(2), (QPair<QString, qint64>{QStringLiteral("signup"), 1}));

        // A quiet brand: zeros, never an error.
        const auto later = RealTimeService::snapshot(db.value(), brand.value(), at.addDays(3));
        QVERIFY(later.ok());
        QCOMPARE(later->activeUsers, 0);
        QVERIFY(later->topEvents.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRealTimeService)
#include "tst_realtimeservice.moc"
