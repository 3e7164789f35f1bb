#include "workflows/cronschedule.h"

#include <QTest>

using namespace Atelier;

namespace {

QDateTime utc(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList texts(const QList<QDateTime> &instants)
{
    QStringList out;
    for (const QDateTime &t : instants)
        out.append(t.toUTC().toString(Qt::ISODate));
    return out;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

CronSchedule cron(const char *fields, const char *zone = "UTC")
{
    const Result<CronSchedule> parsed = CronSchedule::parse(QString::fromLatin1(fields), QString::fromLatin1(zone));
    if (!parsed)
        qFatal("%s: %s", fields, qPrintable(parsed.error().message));
    return parsed.value();
}

} // namespace

/// Cron schedules: fields, names, steps, the day rule of Vixie cron, time zones with daylight saving, and "every N
/// seconds" aligned on the epoch so that every runner computes the same instants.
class TestCronSchedule final : public QObject
{
    Q_OBJECT
private slots:
    void refusesWithTheField_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        QTest::newRow("minute") << "61 * * * *" << "UTC" << "minute 61 is not between 0 and 59";
        QTest::newRow("hour") << "0 24 * * *" << "UTC" << "hour 24 is not between 0 and 23";
        QTest::newRow("day of month") << "0 0 0 * *" << "UTC" << "day of month 0 is not between 1 and 31";
        QTest::newRow("month") << "0 0 1 13 *" << "UTC" << "month 13 is not between 1 and 12";
        QTest::newRow("day of week") << "0 0 * * 8" << "UTC" << "day of week 8 is not between 0 and 7";
        QTest::newRow("in a range") << "0 9-25 * * *" << "UTC" << "hour 25 is not between 0 and 23";
        QTest::newRow("name") << "0 0 * * fry" << "UTC" << "day of week: “fry” is neither a number nor a name";
        QTest::newRow("no names for minutes") << "x 0 * * *" << "UTC" << "minute: “x” is not a number";
        QTest::newRow("step") << "*/0 * * * *" << "UTC" << "minute: the step “0” is not a number between 1 and 60";
        QTest::newRow("backwards") << "0 0 * * fri-mon" << "UTC" << "day of week: the range “fri-mon” goes backwards";
        QTest::newRow("empty item") << "1,,2 * * * *" << "UTC" << "minute: “1,,2” has an empty item";
        QTest::newRow("four fields") << "0 9 * *" << "UTC"
                                     << "“0 9 * *” should have five fields (minute hour day-of-month month day-of-week), not 4";
        QTest::newRow("six fields") << "0 0 9 * * 1" << "UTC"
                                    << "“0 0 9 * * 1” should have five fields (minute hour day-of-month month day-of-week), not 6";
        QTest::newRow("zone") << "0 9 * * 1" << "Mars/Olympus_Mons"
                              << "unknown time zone “Mars/Olympus_Mons” (an IANA name such as Europe/Paris)";
    }
    void refusesWithTheField()
    {
        QFETCH(QString, fields);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        const Result<CronSchedule> parsed = CronSchedule::parse(fields, zone);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    }

    void next_data()
    {
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        // 2026-01-01 is a Thursday.
        QTest::newRow("every minute") << "* * * * *" << "UTC" << "2026-01-01T10:07:30Z" << "2026-01-01T10:08:00Z";
        QTest::newRow("strictly after") << "* * * * *" << "UTC" << "2026-01-01T10:08:00Z" << "2026-01-01T10:09:00Z";
        QTest::newRow("steps") << "*/15 * * * *" << "UTC" << "2026-01-01T10:07:00Z" << "2026-01-01T10:15:00Z";
        QTest::newRow("range step") << "10-40/20 * * * *" << "UTC" << "2026-01-01T10:31:00Z" << "2026-01-01T11:10:00Z";
        QTest::newRow("start/step") << "50/5 * * * *" << "UTC" << "2026-01-01T10:56:00Z" << "2026-01-01T11:50:00Z";
        QTest::newRow("list") << "0 8,12,18 * * *" << "UTC" << "2026-01-01T12:00:00Z" << "2026-01-01T18:00:00Z";
        QTest::newRow("monday 9 Paris winter") << "0 9 * * 1" << "Europe/Paris" << "2026-01-07T12:00:00Z"
                                               << "2026-01-12T08:00:00Z";
        QTest::newRow("monday 9 Paris summer") << "0 9 * * mon" << "Europe/Paris" << "2026-07-01T00:00:00Z"
                                               << "2026-07-06T07:00:00Z";
        QTest::newRow("New York") << "30 8 * * *" << "America/New_York" << "2026-01-01T00:00:00Z" << "2026-01-01T13:30:00Z";
        QTest::newRow("7 is Sunday") << "0 12 * * 7" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-04T12:00:00Z";
        QTest::newRow("0 is Sunday") << "0 12 * * 0" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-04T12:00:00Z";
        QTest::newRow("sun name") << "0 12 * * SUN" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-04T12:00:00Z";
        QTest::newRow("fri-sun with 7") << "0 0 * * 5-7" << "UTC" << "2026-01-03T00:00:00Z" << "2026-01-04T00:00:00Z";
        QTest::newRow("month names") << "0 0 1 jul,dec *" << "UTC" << "2026-01-01T00:00:00Z" << "2026-07-01T00:00:00Z";
        QTest::newRow("month range") << "0 0 1 Mar-May *" << "UTC" << "2026-05-01T00:00:00Z" << "2027-03-01T00:00:00Z";
        // Vixie cron: both days restricted → either matches (the 13th or a Friday: Friday 2 January comes first).
        QTest::newRow("day or weekday") << "0 0 13 * fri" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-02T00:00:00Z";
        QTest::newRow("day or weekday 13th") << "0 0 13 * fri" << "UTC" << "2026-01-09T00:00:00Z" << "2026-01-13T00:00:00Z";
        // A field starting with * leaves the day unrestricted by it: odd days AND Fridays (Friday 9 January).
        QTest::newRow("star step and weekday") << "0 0 */2 * fri" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-09T00:00:00Z";
        QTest::newRow("day only") << "0 0 13 * *" << "UTC" << "2026-01-01T00:00:00Z" << "2026-01-13T00:00:00Z";
        QTest::newRow("leap day") << "0 0 29 2 *" << "UTC" << "2026-01-01T00:00:00Z" << "2028-02-29T00:00:00Z";
        QTest::newRow("never") << "0 0 30 2 *" << "UTC" << "2026-01-01T00:00:00Z" << "";
        QTest::newRow("year end") << "59 23 31 12 *" << "UTC" << "2026-12-31T23:59:00Z" << "2027-12-31T23:59:00Z";
        // Daylight saving in Paris: 29 March 2026 02:00 → 03:00 (02:30 does not exist that day: skipped).
        QTest::newRow("spring gap skipped") << "30 2 * * *" << "Europe/Paris" << "2026-03-28T12:00:00Z"
                                            << "2026-03-30T00:30:00Z";
        // 25 October 2026 03:00 → 02:00 (02:30 happens twice: the first, 00:30Z, fires, the second does not).
        QTest::newRow("autumn first") << "30 2 * * *" << "Europe/Paris" << "2026-10-24T12:00:00Z" << "2026-10-25T00:30:00Z";
        QTest::newRow("autumn once") << "30 2 * * *" << "Europe/Paris" << "2026-10-25T00:30:00Z" << "2026-10-26T01:30:00Z";
        QTest::newRow("autumn inside the second") << "30 2 * * *" << "Europe/Paris" << "2026-10-25T01:10:00Z"
                                                  << "2026-10-26T01:30:00Z";
    }
    void next()
    {
        QFETCH(QString, fields);
        QFETCH(QString, zone);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const Result<CronSchedule> schedule = CronSchedule::parse(fields, zone);
        QVERIFY2(schedule.ok(), qPrintable(schedule ? QString() : schedule.error().message));
        const QDateTime next = schedule->nextAfter(utc(after.toLatin1().constData()));
        if (expected.isEmpty()) {
            QVERIFY(!next.isValid());
            return;
        }
        QCOMPARE(next.toUTC().toString(Qt::ISODate), expected);
        QCOMPARE(next.timeSpec(), Qt::UTC);
    }

    void daylightSavingLists()
    {
        const CronSchedule half = cron("*/30 * * * *", "Europe/Paris");
        // Spring: local 01:30, (02:00 and 02:30 do not exist), 03:00, 03:30, 04:00.
        QCOMPARE(texts(half.between(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T02:00:00Z"), 100)),
                 (strings({"2026-03-29T00:30:00Z", "2026-03-29T01:00:00Z", "2026-03-29T01:30:00Z", "2026-03-29T02:00:00Z"})));
        // Autumn: local 01:30, 02:00, 02:30 (first time), then 03:00 CET; the repeated 02:00 and 02:30 do not fire.
        QCOMPARE(texts(half.between(utc("2026-10-24T23:00:00Z"), utc("2026-10-25T02:00:00Z"), 100)),
                 (strings({"2026-10-24T23:30:00Z", "2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z", "2026-10-25T02:00:00Z"})));
        // Hourly across the autumn change: 24 local hours, 25 real ones, 24 firings.
        const CronSchedule hourly = cron("0 * * * *", "Europe/Paris");
        QCOMPARE(hourly.between(utc("2026-10-24T21:59:00Z"), utc("2026-10-25T22:58:00Z"), 100).size(), 24);
        QCOMPARE(hourly.between(utc("2026-03-28T22:59:00Z"), utc("2026-03-29T21:58:00Z"), 100).size(), 23);
    }

    void everySeconds()
    {
        QVERIFY(!CronSchedule::every(0));
        QCOMPARE(CronSchedule::every(0).error().message,
                 QStringLiteral("every 0 seconds: the interval must be between 1 second and 31622400 seconds (366 days)"));
        QVERIFY(!CronSchedule::every(366LL * 86400 + 1));
        const CronSchedule minute = CronSchedule::every(60).value();
        QVERIFY(!minute.isCron());
        QCOMPARE(minute.nextAfter(utc("2026-01-01T10:00:30Z")), utc("2026-01-01T10:01:00Z"));
        QCOMPARE(minute.nextAfter(utc("2026-01-01T10:01:00Z")), utc("2026-01-01T10:02:00Z"));
        QCOMPARE(minute.nextAfter(utc("2026-01-01T10:00:59.999Z")), utc("2026-01-01T10:01:00Z"));
        // Aligned on the epoch, not on when the runner looked: every runner computes the same instants.
        const CronSchedule seven = CronSchedule::every(7).value();
        for (const char *when : {"2026-01-01T10:00:00Z", "2026-01-01T10:00:03Z", "2026-05-17T23:59:59Z"}) {
            const QDateTime next = seven.nextAfter(utc(when));
            QCOMPARE(next.toSecsSinceEpoch() % 7, 0);
            QVERIFY(next > utc(when));
            QVERIFY(next.toSecsSinceEpoch() - utc(when).toSecsSinceEpoch() <= 7);
        }
        QCOMPARE(seven.nextAfter(QDateTime::fromSecsSinceEpoch(0, Qt::UTC)), QDateTime::fromSecsSinceEpoch(7, Qt::UTC));
        QCOMPARE(seven.nextAfter(QDateTime::fromSecsSinceEpoch(-1, Qt::UTC)), QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
        const QList<QDateTime> list = CronSchedule::every(1).value().between(utc("2026-01-01T00:00:00Z"),
                                                                          utc("2026-01-01T00:00:20Z"), 100);
        QCOMPARE(list.size(), 20);
        QCOMPARE(list.first(), utc("2026-01-01T00:00:01Z"));
        QCOMPARE(list.last(), utc("2026-01-01T00:00:20Z"));
    }

    void betweenLimits()
    {
        const CronSchedule minute = cron("* * * * *");
        QCOMPARE(texts(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T10:03:00Z"), 100)),
                 (strings({"2026-01-01T10:01:00Z", "2026-01-01T10:02:00Z", "2026-01-01T10:03:00Z"})));
        QCOMPARE(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T11:00:00Z"), 5).size(), 5);
        QCOMPARE(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T11:00:00Z"), 5).last(), utc("2026-01-01T10:05:00Z"));
        QVERIFY(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T11:00:00Z"), 0).isEmpty());
        QVERIFY(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T10:00:00Z"), 10).isEmpty());
        QVERIFY(minute.between(utc("2026-01-01T10:00:00Z"), utc("2026-01-01T09:00:00Z"), 10).isEmpty());
        QVERIFY(minute.between(QDateTime(), utc("2026-01-01T09:00:00Z"), 10).isEmpty());
    }

    void fast()
    {
        // The scheduler asks for thousands of schedules per tick: a sparse one must not cost a walk over every minute.
        const CronSchedule schedule = cron("0 9 * * 1", "Europe/Paris");
        QElapsedTimer timer;
        timer.start();
        QDateTime t = utc("2026-01-01T00:00:00Z");
        for (int i = 0; i < 1000; ++i)
            t = schedule.nextAfter(t);
        QVERIFY(t.isValid());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCronSchedule)
#include "tst_cronschedule.moc"
