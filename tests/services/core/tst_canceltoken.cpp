#include "core/canceltoken.h"
#include "core/database.h"
#include "scratchdatabase.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Cancelling stops the query the database is running, on both dialects, and nothing afterwards.
class TestCancelToken final : public QObject
{
    Q_OBJECT
private slots:
    void interruptsRunningQuery_data() { ScratchDatabase::addDialectRows(); }
    void interruptsRunningQuery()
    {
        ATELIER_SCRATCH(scratch);
        auto token = CancelToken::create();
        std::atomic_bool started = false;
        // A query that would never end (SQLite) or take ten minutes (PostgreSQL) unless it is cancelled.
        QFuture<QString> running = QtConcurrent::run([url = scratch.url(), token, &started] {
            auto db = Database::open(url);
            if (!db)
                return QStringLiteral("open failed");
            QString outcome;
            {
                const CancelScope scope(token.get(), db.value());
                QSqlQuery q(db.value());
                started = true;
                const bool ok = q.exec(db->driver()->dbmsType() == QSqlDriver::PostgreSQL
                                           ? QStringLiteral("SELECT pg_sleep(600)")
                                           : QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                                            "SELECT count(*) FROM c"));
                outcome = ok ? QStringLiteral("finished") : q.lastError().text();
            }
            // The connection still works for the next piece of work.
            QSqlQuery after(db.value());
            if (!after.exec(QStringLiteral("SELECT 1")) || !after.next())
                outcome += QStringLiteral(" | connection broken: ") + after.lastError().text();
            Database::closeThreadConnections();
            return outcome;
        });
        QTRY_VERIFY(started.load());
        // The flag goes up just before exec(), and a cancel only reaches a statement that runs: wait for proof that
        // it runs. PostgreSQL shows it: the server lists it as active. SQLite shows nothing to another thread, but
        // there a repeated interrupt is harmless (the flag is cleared when the next statement starts on an idle
        // connection), so cancel until the work ends: the query never ends any other way.
        if (scratch.url().isSqlite()) {
            QTRY_VERIFY_WITH_TIMEOUT((token->cancel(), running.isFinished()), 60000);
        } else {
            auto watcher = Database::open(scratch.url());
            QVERIFY(watcher.ok());
            auto serverRunsIt = [&] {
                QSqlQuery q(watcher.value());
                return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                             "AND state = 'active' AND query = 'SELECT pg_sleep(600)'"))
                    && q.next() && q.value(0).toInt() == 1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(serverRunsIt(), 20000);
            token->cancel();
            QTRY_VERIFY_WITH_TIMEOUT(running.isFinished(), 60000);
        }
        QVERIFY(token->isCancelled());
        const QString outcome = running.result();
        QVERIFY2(outcome != QLatin1String("finished"), qPrintable(outcome));
        QVERIFY2(!outcome.contains(QLatin1String("connection broken")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QLatin1String("interrupt")) || outcome.contains(QLatin1String("cancel")), qPrintable(outcome));
    }

    void lateCancelTouchesNothing()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        auto token = CancelToken::create();
        {
            const CancelScope scope(token.get(), db.value());
        }
        token->cancel(); // after the scope: the next query on this connection must not be hit
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
                                      "SELECT count(*) FROM c")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 200000);
        QCOMPARE(CancelToken::cancelledMessage().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestCancelToken)
#include "tst_canceltoken.moc"
