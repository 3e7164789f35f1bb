#include "monitoring/monitoringmodels.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Atelier;

namespace {
QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC).addSecs(60 * minutes);
}

HealthCheck check(const QString &service, const QString &status, int minutes)
{
    return HealthCheck{service, status, 3, QStringLiteral("said %1").arg(status), at(minutes)};
}
} // namespace

/// The Monitoring page's tables under QAbstractItemModelTester: headers and stable keys, the figures in words, sorting by
/// the raw values, and the services' latest state from their history.
class TestMonitoringModels final : public QObject
{
    Q_OBJECT
private slots:
    void statementsUnderTester()
    {
        StatementMetricModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(StatementMetricModel::ColumnCount));
        QCOMPARE(model.columnKey(StatementMetricModel::P95Column), QStringLiteral("p95_ms"));
        StatementMetric slow{QStringLiteral("sqlite"), QStringLiteral("funnel"), QStringLiteral("steps"), 3, 900, 300, 250, 480, 500, 42,
                             QStringLiteral("SELECT 1 FROM analytics_events WHERE brand_id = ?")};
        StatementMetric quick{QStringLiteral("sqlite"), QStringLiteral("overview"), QStringLiteral("kpis"), 1200, 600, 0.5, 0.4, 1.25, 9, 1200, {}};
        model.setRows({slow, quick});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, StatementMetricModel::StatementColumn).data().toString(), QStringLiteral("funnel · steps"));
        QCOMPARE(model.index(1, StatementMetricModel::CallsColumn).data().toString(), QLocale().toString(1200));
        QCOMPARE(model.index(1, StatementMetricModel::P95Column).data().toString(), QLocale().toString(1.25, 'f', 2));
        QVERIFY(model.index(0, StatementMetricModel::StatementColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("brand_id = ?")));
        QCOMPARE(model.index(0, 0).data(MonitoringKeyRole).toString(), QStringLiteral("sqlite/funnel/steps"));
        QCOMPARE(model.rowOf(StatementMetricModel::keyOf(quick)), 1);

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(MonitoringSortRole);
        proxy.sort(StatementMetricModel::CallsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, StatementMetricModel::StatementColumn).data().toString(), QStringLiteral("overview · kpis"));
        proxy.sort(StatementMetricModel::MaxColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, StatementMetricModel::StatementColumn).data().toString(), QStringLiteral("funnel · steps"));
    }

    void otherTablesUnderTester()
    {
        ServerStatementModel server;
        QAbstractItemModelTester t1(&server, QAbstractItemModelTester::FailureReportingMode::QtTest);
        server.setRows({ServerStatement{QStringLiteral("SELECT   *\n FROM brands"), 10, 50, 5, 100, 99, 1}});
        QCOMPARE(server.index(0, ServerStatementModel::QueryColumn).data().toString(), QStringLiteral("SELECT * FROM brands"));
        QCOMPARE(server.index(0, ServerStatementModel::HitColumn).data().toString(), QLocale().toString(99.0, 'f', 1) + QStringLiteral(" %"));

        CacheFigureModel caches;
        QAbstractItemModelTester t2(&caches, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CacheFigure none{QStringLiteral("result_cache"), QStringLiteral("Analyses"), 0, 0};
        CacheFigure pages{QStringLiteral("sqlite_page_cache"), QStringLiteral("Pages"), 3, 1};
        pages.bytes = 2048;
        caches.setRows({none, pages});
        QCOMPARE(caches.index(0, CacheFigureModel::RatioColumn).data().toString(), QStringLiteral("—")); // nothing asked yet
        QCOMPARE(caches.index(1, CacheFigureModel::RatioColumn).data().toString(), QLocale().toString(75.0, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(caches.index(1, CacheFigureModel::RatioColumn).data(MonitoringSortRole).toDouble(), 0.75);

        AlertModel alerts;
        QAbstractItemModelTester t3(&alerts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRow open;
        open.id = QStringLiteral("a1");
        open.name = QStringLiteral("Slow queries");
        open.severity = QStringLiteral("critical");
        open.status = QStringLiteral("open");
        open.value = 250;
        open.threshold = 200;
        open.hasValue = true;
        open.raisedAt = at(0);
        alerts.setRows({open});
        QCOMPARE(alerts.index(0, AlertModel::SeverityColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(alerts.index(0, AlertModel::StatusColumn).data().toString(), QStringLiteral("Open"));
        QCOMPARE(alerts.index(0, AlertModel::ValueColumn).data().toString(), QStringLiteral("250 (threshold 200)"));

        AlertRuleModel rules;
        QAbstractItemModelTester t4(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertRule rule;
        rule.id = QStringLiteral("r1");
        rule.name = QStringLiteral("p95");
        rule.metric = QStringLiteral("query_p95_ms");
        rule.threshold = 200;
        rule.durationMinutes = 5;
        rules.setRows({rule});
        QCOMPARE(rules.index(0, AlertRuleModel::ConditionColumn).data().toString(), QStringLiteral("above 200"));
        QCOMPARE(rules.index(0, AlertRuleModel::DurationColumn).data().toString(), QStringLiteral("5 min"));

        AdviceModel advice;
        QAbstractItemModelTester t5(&advice, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AdviceRow analyze;
        analyze.advice.id = QStringLiteral("missing_statistics:database");
        analyze.advice.kind = QStringLiteral("missing_statistics");
        analyze.advice.summary = QStringLiteral("No statistics");
        analyze.advice.evidence = QStringLiteral("sqlite_stat1 is missing");
        analyze.advice.statement = QStringLiteral("ANALYZE");
        analyze.advice.applicable = true;
        AdviceRow refused = analyze;
        refused.advice.id = QStringLiteral("stale_statistics:brands");
        refused.refusal = QStringLiteral("Only the owner");
        advice.setRows({analyze, refused});
        QCOMPARE(advice.index(0, AdviceModel::KindColumn).data().toString(), QStringLiteral("Missing statistics"));
        QCOMPARE(advice.index(1, AdviceModel::ApplyColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Only the owner"));
        QVERIFY(advice.index(0, AdviceModel::SummaryColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("sqlite_stat1")));
        QCOMPARE(advice.rowOf(QStringLiteral("stale_statistics:brands")), 1);

        MetricPointModel points;
        QAbstractItemModelTester t6(&points, QAbstractItemModelTester::FailureReportingMode::QtTest);
        points.setRows({MetricPoint{at(0), 12, 1.5, 1.2, 4.0, 9.0}, MetricPoint{at(60), 3, 2, 2, 2, 2}});
        QCOMPARE(points.rowCount(), 2);
        QCOMPARE(points.index(0, MetricPointModel::CallsColumn).data().toString(), QStringLiteral("12"));
        QCOMPARE(MetricPointModel::milliseconds(1234.4), QLocale().toString(1234.0, 'f', 0));
    }

    void healthStatesFromHistory()
    {
        // Newest first: the database down for the last two checks after being up; the queue always up.
        const QList<HealthCheck> history{check(QStringLiteral("database"), QStringLiteral("down"), 30),
                                         check(QStringLiteral("generation_queue"), QStringLiteral("healthy"), 30),
                                         check(QStringLiteral("database"), QStringLiteral("down"), 20),
                                         check(QStringLiteral("generation_queue"), QStringLiteral("healthy"), 20),
                                         check(QStringLiteral("database"), QStringLiteral("healthy"), 10),
                                         check(QStringLiteral("database"), QStringLiteral("down"), 0)};
        const QList<HealthState> states = HealthStateModel::statesOf(history);
        QCOMPARE(states.size(), HealthService::services().size());
        QCOMPARE(states.at(0).latest.service, QStringLiteral("database"));
        QCOMPARE(states.at(0).latest.status, QStringLiteral("down"));
        QCOMPARE(states.at(0).since, at(20)); // not at(0): it was up in between
        QCOMPARE(states.at(0).checks, 4);
        QCOMPARE(states.at(0).notHealthy, 3);
        QCOMPARE(states.at(1).since, at(20));
        QCOMPARE(states.at(2).checks, 0); // never checked: listed, said so

        HealthStateModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(states);
        QCOMPARE(model.index(0, HealthStateModel::StatusColumn).data().toString(), QStringLiteral("Down"));
        QCOMPARE(model.index(0, HealthStateModel::ServiceColumn).data().toString(), QStringLiteral("Database"));
        QCOMPARE(model.index(2, HealthStateModel::StatusColumn).data().toString(), QStringLiteral("Not checked"));
        QCOMPARE(model.index(0, HealthStateModel::DetailColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("said down"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringModels)
#include "tst_monitoringmodels.moc"
