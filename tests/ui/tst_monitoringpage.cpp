#include "core/database.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/sqldialect.h"
#include "core/theme.h"
#include "monitoring/alertservice.h"
#include "monitoring/healthservice.h"
#include "monitoring/monitoringmodels.h"
#include "monitoring/monitoringpage.h"
#include "monitoring/querymetrics.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The Monitoring page on a scratch database with a day of timed statements, health checks and an alert rule, on
/// SQLite and PostgreSQL: its tables fill, the window changes what they count, and a piece of advice (ANALYZE) is
/// applied after confirming, with its before and after. Then the page in the console at 1024×700 in French and dark mode
/// (pictures in ATELIER_SCREENSHOT_DIR when set).
class TestMonitoringPage final : public QObject
{
    Q_OBJECT
private:
    static constexpr int kWait = 30000;
    QString m_shots;

    static bool exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        return q.exec(sql);
    }

    /// Demo data; 3 statements timed over the last day (one slow); health kept an hour apart (the queue degraded, then
    /// up); an alert rule; on PostgreSQL a table of 3,000 rows never analyzed (autovacuum off).
    static bool fill(const DatabaseUrl &url)
    {
        if (!Testing::fillDemo(url, 3000, 30, 1))
            return false;
        auto db = Database::open(url);
        if (!db)
            return false;
        const QString kind = url.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QueryMetrics::instance().take(true);
        for (int minutes = 5; minutes < 24 * 60; minutes += 20) {
            const QDateTime at = now.addSecs(-60 * minutes);
            QueryMetrics::instance().record(kind, QStringLiteral("overview"), QStringLiteral("kpis"), 1.5, 10, QStringLiteral("SELECT count(*) FROM analytics_events WHERE brand_id = ?"), at);
            QueryMetrics::instance().record(kind, QStringLiteral("funnel"), QStringLiteral("steps"), 45.0, 3, {}, at);
        }
        // Eight days ago: outside the day, inside the week.
        QueryMetrics::instance().record(kind, QStringLiteral("retention"), QStringLiteral("cohorts"), 300.0, 50, {}, now.addDays(-8));
        if (!QueryMetrics::flush(db.value(), true))
            return false;
        QList<HealthCheck> checks;
        for (int hoursAgo : {3, 2, 1}) {
            for (const QString &service : HealthService::services())
                checks.append(HealthCheck{service, service == QLatin1String("generation_queue") && hoursAgo == 2 ? QStringLiteral("degraded")
                                                                                                               : QStringLiteral("healthy"),
                                          4, QStringLiteral("test"), now.addSecs(-3600 * hoursAgo)});
        }
        if (!HealthService::record(db.value(), checks))
            return false;
        AlertRule rule;
        rule.name = QStringLiteral("Slow statements");
        rule.metric = QStringLiteral("query_p95_ms");
        rule.threshold = 500;
        if (!AlertService::addRule(db.value(), rule))
            return false;
        if (url.isSqlite()) // a large table, and the statistics the demo made forgotten
            return exec(db.value(), QStringLiteral("CREATE TABLE stale (id integer PRIMARY KEY, score integer NOT NULL)"))
                   && exec(db.value(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
                                                      "INSERT INTO stale SELECT i, i % 97 FROM n"))
                   && exec(db.value(), QStringLiteral("DELETE FROM sqlite_stat1"));
        return exec(db.value(), QStringLiteral("CREATE TABLE stale (id integer PRIMARY KEY, score integer NOT NULL) WITH (autovacuum_enabled = off)"))
               && exec(db.value(), QStringLiteral("INSERT INTO stale SELECT i, i % 97 FROM generate_series(1, 3000) i"))
               && exec(db.value(), QStringLiteral("SELECT pg_stat_force_next_flush()"));
    }

    static bool refreshed(MonitoringPage &page)
    {
        QSignalSpy advice(&page, &MonitoringPage::adviceLoaded);
        page.refresh();
        return advice.wait(kWait);
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY(Atelier::Testing::waitSettled(widget));
        QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_monitoringpage"));
        QSettings().clear();
    }

    void tablesFillAndAdviceApplies_data() { ScratchDatabase::addDialectRows(); }
    void tablesFillAndAdviceApplies()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MonitoringPage page;
        page.resize(1024 - 150, 700 - 90);
        page.show();
        QCOMPARE(page.window(), QStringLiteral("24h"));
        QSignalSpy loaded(&page, &MonitoringPage::loaded);
        QSignalSpy adviceLoaded(&page, &MonitoringPage::adviceLoaded);
        QSignalSpy checked(&page, &MonitoringPage::healthChecked);
        const QDate today = QDate::currentDate();
        page.setContext({scratch.url(), QStringLiteral("linea-home"), today.addDays(-30), today.addDays(1)});
        QVERIFY(loaded.wait(kWait));
        // It fits the room it has in a 1024×700 console (the sidebar and the toolbar take the rest).
        QVERIFY2(page.minimumSizeHint().width() <= page.width() && page.minimumSizeHint().height() <= page.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(page.minimumSizeHint().width()).arg(page.minimumSizeHint().height())));

        // The day: two statements (the one of eight days ago is outside), each with its figures; the chart's periods.
        QCOMPARE(page.statementModel()->rowCount(), 2);
        const int funnel = page.statementModel()->rowOf(QStringLiteral("%1/funnel/steps").arg(scratch.url().isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")));
        QVERIFY(funnel >= 0);
        QCOMPARE(page.statementModel()->rows().at(funnel).calls, 72);
        QVERIFY(page.statementModel()->rows().at(funnel).p95Ms >= 40.0);
        QVERIFY(page.pointModel()->rowCount() >= 48);
        QVERIFY2(page.statusText().contains(QLatin1String("144 call(s)")), qPrintable(page.statusText()));
        QVERIFY(page.cacheModel()->rowCount() >= 2);
        QVERIFY(checked.count() > 0 || checked.wait(kWait)); // the check made now, apart from the figures
        QVERIFY(page.healthModel()->rowCount() >= 4); // every service, those never checked too
        const int queue = page.healthModel()->rowOf(QStringLiteral("generation_queue"));
        QVERIFY(queue >= 0);
        QVERIFY(page.healthModel()->rows().at(queue).checks >= 4); // three kept and the one made now
        QCOMPARE(page.healthModel()->rows().at(queue).notHealthy, 1);
        QCOMPARE(page.ruleModel()->rowCount(), 1);
        QCOMPARE(page.ruleModel()->rows().at(0).name, QStringLiteral("Slow statements"));
        if (scratch.url().isSqlite())
            QCOMPARE(page.serverModel()->rowCount(), 0); // and the sentence saying SQLite has none

        // The selected statement: its figures, its SQL and its plan.
        QSignalSpy planned(&page, &MonitoringPage::planShown);
        auto *statements = page.findChild<QTableView *>();
        QVERIFY(statements);
        for (QTableView *table : page.findChildren<QTableView *>())
            if (table->accessibleName() == QLatin1String("Statements timed in the window"))
                statements = table;
        const QModelIndex kpis = statements->model()->match(statements->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("overview · kpis")).value(0);
        QVERIFY(kpis.isValid());
        statements->setCurrentIndex(kpis);
        QVERIFY(planned.wait(kWait));
        QVERIFY2(page.statementText().contains(QLatin1String("analytics_events")), qPrintable(page.statementText()));
        QVERIFY2(page.statementText().contains(QLatin1String("Its plan now:")), qPrintable(page.statementText()));

        // A week: the statement of eight days ago is still outside; 30 days: inside.
        page.setWindow(QStringLiteral("30d"));
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(page.statementModel()->rowCount(), 3);
        QVERIFY(page.pointModel()->rowCount() >= 2);

        // The advice: ANALYZE, applied after confirming; the before and after shown; the advice no longer holds.
        const QString id = scratch.url().isSqlite() ? QStringLiteral("missing_statistics:database") : QStringLiteral("stale_statistics:stale");
        // PostgreSQL counts the table's rows a moment later: read the advice again until it does.
        QTRY_VERIFY_WITH_TIMEOUT(page.adviceModel()->rowOf(id) >= 0 || (refreshed(page) && page.adviceModel()->rowOf(id) >= 0), kWait);
        page.showTab(MonitoringPage::AdviceTab);
        QVERIFY(page.selectAdvice(id));
        QVERIFY(page.adviceModel()->rows().at(page.adviceModel()->rowOf(id)).mayApply);
        QTRY_VERIFY(page.applyButton()->isEnabled());
        QTest::mouseClick(page.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(page.confirmation() && page.confirmation()->isVisible());
        QVERIFY(page.confirmation()->text().contains(scratch.url().isSqlite() ? QStringLiteral("ANALYZE") : QStringLiteral("ANALYZE public.stale")));
        QSignalSpy applied(&page, &MonitoringPage::applied);
        page.confirmation()->button(QMessageBox::Yes)->click();
        QVERIFY(applied.wait(kWait));
        QCOMPARE(applied.takeFirst().at(0).toBool(), true);
        QVERIFY2(page.appliedText().contains(QLatin1String("Before:")) && page.appliedText().contains(QLatin1String("After:")),
                 qPrintable(page.appliedText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.adviceModel()->rowOf(id) < 0, kWait);

        // Cancel runs nothing.
        if (page.adviceModel()->rowCount() > 0) {
            for (int r = 0; r < page.adviceModel()->rowCount(); ++r)
                if (page.adviceModel()->rows().at(r).mayApply) {
                    QVERIFY(page.selectAdvice(page.adviceModel()->rows().at(r).advice.id));
                    page.askApply();
                    QTRY_VERIFY(page.confirmation());
                    page.confirmation()->button(QMessageBox::Cancel)->click();
                    QTRY_VERIFY(!page.confirmation());
                    QVERIFY(!page.isLoading() || applied.isEmpty());
                    break;
                }
        }
        QVERIFY(applied.isEmpty());
    }

    void consoleInFrenchAndDark()
    {
        QTemporaryDir fallback;
        m_shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QVERIFY(fill(scratch.url()));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
        {
            MainWindow window(scratch.url());
            window.resize(1024, 700);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), kWait);
            QVERIFY(MainWindow::availablePages().contains(QStringLiteral("monitoring")));
            QVERIFY(window.showPage(QStringLiteral("monitoring")));
            auto *page = qobject_cast<MonitoringPage *>(window.page(QStringLiteral("monitoring")));
            QVERIFY(page);
            QCOMPARE(page->title(), QStringLiteral("Surveillance"));
            QTRY_VERIFY_WITH_TIMEOUT(page->statementModel()->rowCount() == 2 && !page->isLoading(), kWait);
            shoot(&window, QStringLiteral("monitoring-queries-fr-dark"));
            page->showTab(MonitoringPage::HealthTab);
            shoot(&window, QStringLiteral("monitoring-health-fr-dark"));
            page->showTab(MonitoringPage::AlertsTab);
            shoot(&window, QStringLiteral("monitoring-alerts-fr-dark"));
            page->showTab(MonitoringPage::AdviceTab);
            QVERIFY(page->selectAdvice(QStringLiteral("missing_statistics:database")));
            shoot(&window, QStringLiteral("monitoring-advice-fr-dark"));
            page->showTab(MonitoringPage::CachesTab);
            shoot(&window, QStringLiteral("monitoring-caches-fr-dark"));
        }
        {
            // The page in the room it has in a 1024×700 console (the sidebar and the toolbar take the rest): the console
            // itself may be wider, as wide as its widest page.
            MonitoringPage page;
            page.resize(1024 - 150, 700 - 90);
            page.show();
            QSignalSpy advice(&page, &MonitoringPage::adviceLoaded);
            const QDate today = QDate::currentDate();
            page.setContext({scratch.url(), QStringLiteral("linea-home"), today.addDays(-30), today.addDays(1)});
            QVERIFY(advice.wait(kWait));
            shoot(&page, QStringLiteral("monitoring-page-queries-fr-dark"));
            page.showTab(MonitoringPage::HealthTab);
            shoot(&page, QStringLiteral("monitoring-page-health-fr-dark"));
            page.showTab(MonitoringPage::ServerTab);
            shoot(&page, QStringLiteral("monitoring-page-server-fr-dark"));
        }
        Language::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestMonitoringPage)
#include "tst_monitoringpage.moc"
