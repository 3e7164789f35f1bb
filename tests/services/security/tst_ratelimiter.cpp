#include "security/ratelimiter.h"

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

        // Waiting: a third analysis starts once one of two finishes, and a cancelled wait gives up.
        std::atomic<int> peak{0}, now{0};
        auto work = [&] {
            auto permit = limiter.acquire(QStringLiteral("chloe"), {});
            const int running = ++now;
            peak = std::max(peak.load(), running);
            QThread::msleep(30);
            --now;
        };
        QThreadPool pool;
        pool.setMaxThreadCount(6);
        for (int i = 0; i < 6; ++i)
            pool.start(work);
        pool.waitForDone();
        QCOMPARE(peak.load(), 2);
        auto x = limiter.tryAcquire(QStringLiteral("dan"));
        auto y = limiter.tryAcquire(QStringLiteral("dan"));
        std::atomic<bool> cancel{false};
        auto waiting = QtConcurrent::run([&] { return limiter.acquire(QStringLiteral("dan"), [&] { return cancel.load(); }) != nullptr; });
        QThread::msleep(60);
        QVERIFY(!waiting.isFinished());
        cancel = true;
        waiting.waitForFinished();
        QVERIFY(!waiting.result());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
