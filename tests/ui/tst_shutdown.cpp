#include "core/database.h"
#include "core/pools.h"
#include "core/request.h"
#include "scratchdatabase.h"
#include "workflows/workflowrunner.h"

#include <QApplication>
#include <QProcess>
#include <QSqlError>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QWidget>

#include <atomic>
#include <cstdio>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

const char *const kChildUrl = "ATELIER_SHUTDOWN_CHILD_URL";

/// A read that runs until cancelled: a slow analysis, statement after statement (about a second each) as analyses
/// do, checking its token between them (a cancel that comes before a statement starts does not interrupt it).
Result<qint64> slowRead(const QSqlDatabase &db, CancelToken &token, std::atomic<int> &started)
{
    ++started;
    const QString sql = db.driverName() == QLatin1String("QSQLITE")
                            ? QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000000) "
                                             "SELECT count(*) FROM c")
                            : QStringLiteral("SELECT pg_sleep(1)");
    qint64 rows = 0;
    for (int i = 0; i < 30 && !token.isCancelled(); ++i) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return Error{CancelToken::cancelledMessage(), q.lastError().text()};
        rows += q.value(0).toLongLong();
    }
    return rows;
}

/// The child: a window whose Requests (reads on the work pool, slow analyses on the analysis pool) and a workflow
/// runner's pass are in flight when it goes, and the program ends at once, as a test program or the console does.
/// Exit code 0 and "ended" on stdout when nothing crashed.
int child(int argc, char **argv)
{
    QApplication app(argc, argv);
    const auto url = DatabaseUrl::parse(qEnvironmentVariable(kChildUrl));
    if (!url)
        return 3;
    std::atomic<int> started = 0;
    // The reads hold their threads until everything has started, so that each of the 8 opens its own connection;
    // static: released after the window has gone, it outlives this function's frame.
    static QSemaphore gate;
    auto *window = new QWidget;
    window->show();
    std::list<Request<Result<qint64>>> reads;
    for (int i = 0; i < 8; ++i) // each on a thread of its own, each thread with its connection
        reads.emplace_back(window).startWithDatabase(url.value(), [&started](const QSqlDatabase &db, CancelToken &) -> Result<qint64> {
            ++started;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
                return Error{q.lastError().text(), {}};
            const qint64 count = q.value(0).toLongLong();
            gate.acquire();
            return count;
        }, [](Result<qint64>) {});
    for (int i = 0; i < 2; ++i)
        reads.emplace_back(window, analysisPool()).startWithDatabase(url.value(), [&started](const QSqlDatabase &db, CancelToken &token) {
            return slowRead(db, token, started);
        }, [](Result<qint64>) {});
    auto *runner = new WorkflowRunner(window);
    runner->setDatabase(url.value()); // a pass starts now
    // Everything is in flight (or done) before the window goes.
    QDeadlineTimer deadline(20000);
    while (started < 10 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    gate.release(8); // the reads end now, while the window goes (or, when something did not start, at once)
    if (started < 10)
        return 4;
    delete window; // cancels the Requests and the runner's pass; nothing waits here
    std::printf("ended\n");
    std::fflush(stdout);
    return 0; // the application, its pools and Qt's statics go now
}

} // namespace

/// Issue 16: a test program or the console that ended while a view's work was in flight sometimes crashed after
/// its last line (SIGSEGV, "Received signal 11"): the pools' threads removed their database connections after
/// the program's exit had begun destroying Qt SQL. Each run is a child program that ends with work in flight; they
/// must all end cleanly, and soon (cancelled work is not waited for to its end).
class TestShutdown final : public QObject
{
    Q_OBJECT
private slots:
    void endsCleanlyWithWorkInFlight_data() { ScratchDatabase::addDialectRows(); }
    void endsCleanlyWithWorkInFlight()
    {
        ATELIER_SCRATCH(scratch);
        constexpr int kRuns = 30; // the crash came in about one run in eight
        for (int run = 0; run < kRuns; ++run) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QString::fromLatin1(kChildUrl), scratch.url().toString());
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            process.setProcessEnvironment(env);
            process.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY2(process.waitForFinished(60000), qPrintable(QStringLiteral("run %1 did not end").arg(run)));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable((process.exitStatus() == QProcess::CrashExit ? QStringLiteral("run %1 crashed (signal %2)\n%3")
                                                                              : QStringLiteral("run %1 exited with code %2\n%3"))
                                    .arg(run).arg(process.exitCode()).arg(err.right(2000))));
            QVERIFY2(out.contains(QLatin1String("ended")), qPrintable(out + err));
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildUrl))
        return child(argc, argv);
    QApplication app(argc, argv);
    TestShutdown test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_shutdown.moc"
