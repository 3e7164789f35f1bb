#include "security/ratelimiter.h"

#include <QSemaphore>
#include <QTest>
#include <QtConcurrent>

#include <atomic>

using namespace Atelier;
using namespace std::chrono_literals;

class TestRateLimiter final : public QObject
{
    Q_OBJECT
private slots:
    /// 2 calls per second with a burst of 3, on a clock the test moves by hand.
    void tokenBucket()
    {
        std::chrono::milliseconds now{0};
        RateLimiter limiter(2.0, 3.0, [&] { return now; });
        const QString openai = QStringLiteral("openai|key-a"), other = QStringLiteral("openai|key-b");
        QCOMPARE(limiter.acquire(openai), 0ms);
        QCOMPARE(limiter.acquire(openai), 0ms);
        QCOMPARE(limiter.acquire(openai), 0ms);
        QCOMPARE(limiter.acquire(openai), 500ms); // one token comes back every 500 ms
        QCOMPARE(limiter.acquire(other), 0ms);    // another key has its own bucket
        now = 250ms;
        QCOMPARE(limiter.acquire(openai), 250ms);
        now = 500ms;
        QCOMPARE(limiter.acquire(openai), 0ms);
        now = 10000ms; // a long pause refills to the burst, not beyond
        for (int i = 0; i < 3; ++i)
            QCOMPARE(limiter.acquire(openai), 0ms);
        QVERIFY(limiter.acquire(openai) > 0ms);
    }

    void concurrencyPerPerson()
    {
        ConcurrencyLimiter limiter(2);
        auto a = limiter.tryAcquire(QStringLiteral("ana"));
        auto b = limiter.tryAcquire(QStringLiteral("ana"));
        QVERIFY(a && b);
        QVERIFY(!limiter.tryAcquire(QStringLiteral("ana")));
        QVERIFY(limiter.tryAcquire(QStringLiteral("ben"))); // someone else is not held up
        QCOMPARE(limiter.running(QStringLiteral("ana")), 2);
        a.reset();
        QVERIFY(limiter.tryAcquire(QStringLiteral("ana")));

        // Waiting: a third analysis starts once one of two finishes. Each worker holds its permit until the test
        // lets it go, so the overlap is certain rather than left to timing.
        std::atomic<int> peak{0}, now{0}, done{0};
        QSemaphore finish;
        auto work = [&] {
            auto permit = limiter.acquire(QStringLiteral("chloe"), {});
            const int running = ++now;
            // A read-then-write would lose a larger value written in between: raise peak atomically.
            for (int seen = peak.load(); running > seen && !peak.compare_exchange_weak(seen, running);) {
            }
            finish.acquire();
            --now;
            ++done;
        };
        QThreadPool pool;
        pool.setMaxThreadCount(6);
        for (int i = 0; i < 6; ++i)
            pool.start(work);
        QTRY_COMPARE_WITH_TIMEOUT(now.load(), 2, 10000);
        QCOMPARE(limiter.running(QStringLiteral("chloe")), 2);
        for (int released = 1; released <= 6; ++released) {
            finish.release();
            QTRY_COMPARE_WITH_TIMEOUT(done.load(), released, 10000);
            QTRY_COMPARE_WITH_TIMEOUT(now.load(), std::min(2, 6 - released), 10000); // the next waiter took the permit
        }
        QVERIFY(pool.waitForDone(10000));
        QCOMPARE(peak.load(), 2);

        // A cancelled wait gives up. It polls its cancel check once per turn of its wait: a second poll proves it
        // found the permits taken and waited, and it cannot have returned since without one being freed.
        auto x = limiter.tryAcquire(QStringLiteral("dan"));
        auto y = limiter.tryAcquire(QStringLiteral("dan"));
        std::atomic<bool> cancel{false};
        std::atomic<int> polls{0};
        auto waiting = QtConcurrent::run([&] {
            return limiter.acquire(QStringLiteral("dan"), [&] {
                       ++polls;
                       return cancel.load();
                   }) != nullptr;
        });
        QTRY_VERIFY_WITH_TIMEOUT(polls.load() >= 2, 10000);
        QVERIFY(!waiting.isFinished());
        cancel = true;
        waiting.waitForFinished();
        QVERIFY(!waiting.result());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
