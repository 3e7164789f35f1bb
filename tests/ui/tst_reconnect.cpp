#include "analytics/kpimodel.h"
#include "analytics/overviewservice.h"
#include "collaboration/livelistener.h"
#include "core/appsettings.h"
#include "core/brandlistmodel.h"
#include "core/connectionloss.h"
#include "core/database.h"
#include "core/daterangeselector.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/request.h"
#include "core/writetransaction.h"
#include "demo/demogenerator.h"
#include "core/page.h"
#include "overview/overviewpage.h"
#include "scratchdatabase.h"
#include "workflows/workflowrunner.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <atomic>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// PostgreSQL restarts under an open console (what a restart does to clients: every session ended, as
/// pg_terminate_backend does): reads reconnect and answer, the status bar says "Reconnected", a change is never sent
/// twice and says whether it was applied, and the live updates and the workflow runner carry on.
class TestReconnect final : public QObject
{
    Q_OBJECT
private:
    /// Ends every session on the scratch database but the administrator's, and waits until they are gone.
    static QString dropConnections(const DatabaseUrl &url)
    {
        const DatabaseUrl admin = DatabaseUrl::parse(ScratchDatabase::postgresAdminUrl()).value();
        return Testing::adminExec(admin, QStringLiteral("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                                                        "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                                             .arg(url.database));
    }

    static int count(const DatabaseUrl &url, const QString &sql)
    {
        auto db = Database::open(url);
        QSqlQuery q(db.value());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    /// The scratch database for rows of both dialects: PostgreSQL only (a SQLite file does not drop).
    static bool postgres(const ScratchDatabase &scratch) { return !scratch.url().isSqlite(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reconnect"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AppSettings::setLanguage(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
    }

    void consoleReconnectsAfterRestart_data() { ScratchDatabase::addDialectRows(); }
    void consoleReconnectsAfterRestart()
    {
        ATELIER_SCRATCH(scratch);
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db && Migrator::migrate(db.value()));
            DemoOptions options;
            options.events = 5000;
            options.days = 30;
            options.generationsPerBrand = 1;
            QVERIFY(DemoGenerator::generate(db.value(), options).ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE reconnect_probe (id INTEGER PRIMARY KEY, note TEXT)")));
        }
        MainWindow window(scratch.url());
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() >= 12, 20000);
        QVERIFY(window.showPage(QStringLiteral("overview")));
        auto *page = qobject_cast<OverviewPage *>(window.page(QStringLiteral("overview")));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);

        QSignalSpy reconnected(ConnectionEvents::instance(), &ConnectionEvents::reconnected);
        if (postgres(scratch)) {
            const QString dropped = dropConnections(scratch.url());
            QVERIFY2(dropped.isEmpty(), qPrintable(dropped));
        }
        // The person refreshes (another brand): the page fills again, and the status bar says what happened.
        QSignalSpy loaded(page, &OverviewPage::loaded);
        QSignalSpy failed(page, &Page::failed);
        // A brand not shown yet (the result cache would answer a seen one without the database).
        const QString brand = window.brandSlug() == QLatin1String("casa-clara") ? QStringLiteral("glow-lab")
                                                                                : QStringLiteral("casa-clara");
        QVERIFY(window.selectBrand(brand));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || (loaded.count() > 0 && !page->isLoading()), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        auto db = Database::open(scratch.url());
        const auto expected = OverviewService::load(db.value(), brand, window.dateRange()->from(),
                                                    window.dateRange()->to());
        QVERIFY(expected.ok());
        QVERIFY(expected->events > 0);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("value_events"))->text(),
                 KpiModel::formatValue(KpiModel::Events, double(expected->events)));
        if (postgres(scratch)) {
            QTRY_VERIFY_WITH_TIMEOUT(reconnected.count() > 0, 10000);
            QVERIFY2(window.statusBar()->currentMessage().startsWith(QLatin1String("Reconnected to ")),
                     qPrintable(window.statusBar()->currentMessage()));
            QVERIFY(window.statusBar()->currentMessage().contains(scratch.url().displayString()));
        } else {
            QCOMPARE(reconnected.count(), 0);
        }

        // A change during the drop is sent once: exactly one row after.
        if (postgres(scratch))
            QVERIFY(dropConnections(scratch.url()).isEmpty());
        Request<Status> change(this);
        std::optional<Status> answer;
        change.startChange(
            scratch.url(),
            [](const QSqlDatabase &db) -> Status {
                WriteTransaction tx(db);
                if (auto s = tx.begin(QStringLiteral("Adding the probe")); !s)
                    return s;
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("INSERT INTO reconnect_probe (id, note) VALUES (1, 'once')")))
                    return Database::queryError(q, QStringLiteral("Adding the probe"));
                return tx.commit(QStringLiteral("Adding the probe"));
            },
            [&](Status s) { answer = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
        QCOMPARE(count(scratch.url(), QStringLiteral("SELECT count(*) FROM reconnect_probe")), 1);

        // The workflow runner goes on passing, without a problem.
        WorkflowRunner *runner = window.workflowRunner();
        QTRY_VERIFY_WITH_TIMEOUT(runner->passes() > 0 && !runner->isPassRunning(), 20000);
        if (postgres(scratch))
            QVERIFY(dropConnections(scratch.url()).isEmpty());
        const int passes = runner->passes();
        QTRY_VERIFY_WITH_TIMEOUT(runner->passes() > passes + 1 && !runner->isPassRunning(), 20000);
        QVERIFY2(runner->lastProblem().isEmpty(), qPrintable(runner->lastProblem()));
    }

    /// A read whose connection is lost while it runs is run once more, on a new connection; a change never is.
    void readRetriedOnceChangeNever()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db && Migrator::migrate(db.value()));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE reconnect_probe (id INTEGER PRIMARY KEY, note TEXT)")));
        }
        // The server ends the session in the middle of the work (as a restart does): its statement fails.
        const QString endMe = QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())");
        QSignalSpy reconnected(ConnectionEvents::instance(), &ConnectionEvents::reconnected);
        auto attempts = std::make_shared<std::atomic_int>(0);
        Request<Result<int>> read(this);
        std::optional<Result<int>> answer;
        read.startWithDatabase(
            scratch.url(),
            [attempts, endMe](const QSqlDatabase &db, CancelToken &) -> Result<int> {
                QSqlQuery q(db);
                if (attempts->fetch_add(1) == 0) {
                    q.exec(endMe);
                    return Database::queryError(q, QStringLiteral("Reading"));
                }
                if (!q.exec(QStringLiteral("SELECT 42")) || !q.next())
                    return Database::queryError(q, QStringLiteral("Reading"));
                return q.value(0).toInt();
            },
            [&](Result<int> r) { answer = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QVERIFY2(answer->ok(), qPrintable(answer->ok() ? QString() : answer->error().message));
        QCOMPARE(answer->value(), 42);
        QCOMPARE(attempts->load(), 2);
        QTRY_VERIFY(reconnected.count() > 0);

        // Lost inside its transaction, before COMMIT: not applied, said so, not retried.
        attempts->store(0);
        Request<Status> change(this);
        std::optional<Status> changed;
        change.startChange(
            scratch.url(),
            [attempts, endMe](const QSqlDatabase &db) -> Status {
                attempts->fetch_add(1);
                WriteTransaction tx(db);
                if (auto s = tx.begin(QStringLiteral("Adding the probe")); !s)
                    return s;
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("INSERT INTO reconnect_probe (id, note) VALUES (1, 'lost')")) || !q.exec(endMe))
                    return Database::queryError(q, QStringLiteral("Adding the probe"));
                return tx.commit(QStringLiteral("Adding the probe"));
            },
            [&](Status s) { changed = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 20000);
        QVERIFY(!changed->ok());
        QCOMPARE(attempts->load(), 1);
        QCOMPARE(changed->error().code, ErrorCode::Database);
        QVERIFY2(changed->error().message.contains(QLatin1String("it was not applied")), qPrintable(changed->error().message));
        QCOMPARE(count(scratch.url(), QStringLiteral("SELECT count(*) FROM reconnect_probe")), 0);

        // Lost on a statement outside a transaction: whether it ran is unknown, and the message says how to check.
        changed.reset();
        change.startChange(
            scratch.url(),
            [endMe](const QSqlDatabase &db) -> Status {
                QSqlQuery q(db);
                if (!q.exec(endMe))
                    return Database::queryError(q, QStringLiteral("Ending"));
                return Done{};
            },
            [&](Status s) { changed = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(changed.has_value(), 20000);
        QVERIFY(!changed->ok());
        QVERIFY2(changed->error().message.contains(QLatin1String("is unknown")), qPrintable(changed->error().message));
        QVERIFY(changed->error().message.contains(QLatin1String("Refresh")));
    }

    /// Lost while COMMIT was on its way: the outcome is unknown, never "not applied".
    void lostCommitIsUnknown()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto opened = Database::open(scratch.url());
        QVERIFY(opened);
        const QSqlDatabase db = opened.value();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE reconnect_probe (id INTEGER PRIMARY KEY)")));
        ConnectionLoss::beginChange();
        Status committed = Done{};
        {
            WriteTransaction tx(db);
            QVERIFY(tx.begin(QStringLiteral("Adding")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO reconnect_probe (id) VALUES (1)")));
            QVERIFY(dropConnections(scratch.url()).isEmpty());
            committed = tx.commit(QStringLiteral("Adding"));
        }
        QVERIFY(!committed.ok());
        QVERIFY(ConnectionLoss::isLost(db));
        const Error said = ConnectionLoss::explainLostChange(committed.error());
        QVERIFY2(said.message.contains(QLatin1String("is unknown")), qPrintable(said.message));
        QVERIFY(said.detail.contains(committed.error().message));
    }

    /// The live updates listen again once the server is back: a notification after the drop arrives.
    void liveUpdatesListenAgain()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        LiveListener listener;
        QSignalSpy changed(&listener, &LiveListener::changed);
        listener.start(scratch.url());
        const auto notifyUntilHeard = [&](const QString &id) {
            for (int i = 0; i < 40 && changed.isEmpty(); ++i) {
                auto db = Database::open(scratch.url());
                if (db) {
                    QSqlQuery q(db.value());
                    q.exec(QStringLiteral("SELECT pg_notify('atelier_changes', '{\"table\":\"comments\",\"id\":\"%1\"}')").arg(id));
                }
                changed.wait(500);
            }
            return !changed.isEmpty() && changed.last().value(1).toString() == id;
        };
        QVERIFY(notifyUntilHeard(QStringLiteral("before")));
        QVERIFY(dropConnections(scratch.url()).isEmpty());
        changed.clear();
        QVERIFY(notifyUntilHeard(QStringLiteral("after")));
        listener.stop();
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
