// The console's monitoring rounds (issue 19) on SQLite and PostgreSQL: every open console runs them off the GUI thread
// at the interval of its setting, and the database gives each round to one of them.
#include "core/consolemonitor.h"
#include "core/database.h"
#include "core/migrator.h"
#include "monitoring/monitorround.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

class TestConsoleMonitor final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static qint64 count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

private slots:
    void initTestCase() { Testing::StudioFixture::isolateDesktop(m_home.path()); }

    void intervalSetting()
    {
        QSettings().remove(QStringLiteral("monitoring"));
        QCOMPARE(ConsoleMonitor().intervalSeconds(), 60);
        QCOMPARE(MonitorRound::retentionSetting(), 90);
        QSettings().setValue(QStringLiteral("monitoring/intervalSeconds"), 5);
        QCOMPARE(ConsoleMonitor().intervalSeconds(), 10); // at least 10 s
        QSettings().setValue(QStringLiteral("monitoring/intervalSeconds"), 30);
        QCOMPARE(ConsoleMonitor().intervalSeconds(), 30);
        QSettings().setValue(QStringLiteral("monitoring/retentionDays"), 400);
        QCOMPARE(MonitorRound::retentionSetting(), 400);
        QSettings().remove(QStringLiteral("monitoring"));
    }

    void tenConsolesOneRound_data() { ScratchDatabase::addDialectRows(); }
    void tenConsolesOneRound()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(Migrator::migrate(db.value()).ok());
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM service_health")), 0);
        // Ten consoles open on one database: each asks for the rounds at once, off the GUI thread.
        std::vector<std::unique_ptr<ConsoleMonitor>> consoles;
        int done = 0, made = 0;
        QList<HealthCheck> kept;
        for (int i = 0; i < 10; ++i) {
            consoles.push_back(std::make_unique<ConsoleMonitor>());
            connect(consoles.back().get(), &ConsoleMonitor::roundDone, this, [&](const MonitorRoundResult &round) {
                ++done;
                made += round.ran ? 1 : 0;
                kept += round.checks;
            });
            connect(consoles.back().get(), &ConsoleMonitor::problem, this, [](const QString &message) { QFAIL(qPrintable(message)); });
        }
        for (auto &console : consoles)
            console->setDatabase(scratch.url());
        QTRY_COMPARE_WITH_TIMEOUT(done, 10, 60000);
        // The checks were kept once (by one console), the rules evaluated once (perhaps by another).
        QVERIFY(made >= 1 && made <= 2);
        QVERIFY(kept.size() >= 4);
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM service_health")), kept.size());
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM monitoring_rounds WHERE name <> 'rollup'")), 3); // health, alerts, statements (and how far the rollup went)
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM service_health WHERE service = 'database'")), 1);
        // A console asking again within the interval makes nothing.
        consoles.front()->tick();
        QTRY_COMPARE_WITH_TIMEOUT(done, 11, 30000);
        QCOMPARE(count(db.value(), QStringLiteral("SELECT count(*) FROM service_health")), kept.size());
        // A console closed mid-round waits for nothing and leaves nothing half-written.
        consoles.back()->setDatabase(DatabaseUrl());
        consoles.clear();
    }
};

QTEST_MAIN(TestConsoleMonitor)
#include "tst_consolemonitor.moc"
