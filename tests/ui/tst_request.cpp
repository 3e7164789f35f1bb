#include "core/request.h"

#include "scratchdatabase.h"

#include <QFile>
#include <QPointer>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

/// A view holding a Request, as views do.
class Owner final : public QObject
{
public:
    Request<int> request{this, pool};
    static inline QThreadPool *pool = nullptr;
};

/// What a blocked piece of work tells the test: it started, it ended, and whether its token was cancelled then.
struct Work
{
    QSemaphore started;
    QSemaphore gate;
    std::atomic_bool ended = false;
    std::atomic_bool cancelled = false;
    std::atomic_int answers = 0; // how often its done was called

    /// Waits for the gate (never for ever: a test that would hang fails instead), then answers \a value.
    std::function<int(CancelToken &)> blocking(int value)
    {
        return [this, value](CancelToken &token) {
            started.release();
            gate.tryAcquire(1, 20000);
            cancelled = token.isCancelled();
            ended = true;
            return value;
        };
    }
};

} // namespace

class TestRequest final : public QObject
{
    Q_OBJECT

private:
    // One thread: work queued behind a blocked one runs after it, and its answer arrives after the blocked one's
    // would have. That is how a test sees that an answer never came, without sleeping.
    QThreadPool m_pool;

    /// Waits until every answer posted so far has been delivered: a request started now on the one-thread pool
    /// answers after all of them.
    void settle()
    {
        QObject owner;
        Request<int> sentinel(&owner, &m_pool);
        bool answered = false;
        sentinel.start([](CancelToken &) { return 0; }, [&answered](int) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
    }

private slots:
    void initTestCase()
    {
        m_pool.setMaxThreadCount(1);
        Owner::pool = &m_pool;
    }

    void cleanupTestCase() { m_pool.waitForDone(); }

    void answersOnTheOwnersThread()
    {
        Owner owner;
        QThread *answeredOn = nullptr;
        int answer = 0;
        owner.request.start([](CancelToken &) { return 7; }, [&](int value) {
            answeredOn = QThread::currentThread();
            answer = value;
        });
        QVERIFY(owner.request.isRunning());
        QTRY_COMPARE(answer, 7);
        QCOMPARE(answeredOn, owner.thread());
        QVERIFY(!owner.request.isRunning());
    }

    void newerStartSupersedesTheOlder()
    {
        Owner owner;
        Work older;
        QList<int> answers;
        owner.request.start(older.blocking(1), [&](int value) { answers.append(value); });
        QVERIFY(older.started.tryAcquire(1, 20000));
        owner.request.start([](CancelToken &) { return 2; }, [&](int value) { answers.append(value); });
        older.gate.release();
        // The newer one runs after the older on the one thread: when it has answered, the older would have too.
        QTRY_COMPARE_WITH_TIMEOUT(answers, QList<int>{2}, 20000);
        QVERIFY(older.ended);
        QVERIFY(older.cancelled); // superseded: its query would have been interrupted
        settle();
        QCOMPARE(answers, QList<int>{2});
    }

    void cancelDropsTheAnswerAndCancelsTheToken()
    {
        Owner owner;
        Work work;
        bool answered = false;
        owner.request.start(work.blocking(1), [&answered](int) { answered = true; });
        QVERIFY(work.started.tryAcquire(1, 20000));
        owner.request.cancel();
        QVERIFY(!owner.request.isRunning());
        work.gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(work.ended, 20000);
        QVERIFY(work.cancelled);
        settle();
        QVERIFY(!answered);
    }

    void destroyingTheOwnerNeitherWaitsNorAnswers()
    {
        auto work = std::make_shared<Work>();
        auto *owner = new Owner;
        // The answer must not come; if it did, it would be counted here (the counter outlives the owner).
        owner->request.start(work->blocking(1), [work](int) { ++work->answers; });
        QVERIFY(work->started.tryAcquire(1, 20000));
        QPointer<QObject> gone(owner);
        delete owner; // would hang here (until the work gives up waiting) if it waited
        QVERIFY(gone.isNull());
        QVERIFY(!work->ended); // still blocked: the owner did not wait for it
        work->gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(work->ended, 20000);
        QVERIFY(work->cancelled);
        settle();
        QCOMPARE(work->answers.load(), 0);
    }

    void startWithDatabaseAnswers()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QObject owner;
        Request<Result<int>> request(&owner, &m_pool);
        std::optional<Result<int>> answer;
        request.startWithDatabase(
            scratch.url(),
            [](const QSqlDatabase &db, CancelToken &) -> Result<int> {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT 40 + 2")) || !q.next())
                    return Error{QStringLiteral("the query failed"), {}};
                return q.value(0).toInt();
            },
            [&answer](const Result<int> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
        QCOMPARE(answer->value(), 42);

        // A file that is not a database: its error is the answer, and the work never runs.
        const QString notes = scratch.folder() + QStringLiteral("/notes.txt");
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        answer.reset();
        auto ran = std::make_shared<std::atomic_bool>(false);
        request.startWithDatabase(
            DatabaseUrl::sqliteFile(notes),
            [ran](const QSqlDatabase &, CancelToken &) -> Result<int> {
                *ran = true;
                return 0;
            },
            [&answer](const Result<int> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY(!answer->ok());
        QVERIFY2(answer->error().message.contains(QLatin1String("not a SQLite database")), qPrintable(answer->error().message));
        QVERIFY(!*ran);
        m_pool.waitForDone(); // the scratch file goes next: no worker may still hold it
    }
};

QTEST_MAIN(TestRequest)
#include "tst_request.moc"
