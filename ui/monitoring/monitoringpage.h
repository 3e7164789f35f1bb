#pragma once

#include "core/page.h"
#include "core/request.h"
#include "monitoring/healthservice.h"
#include "monitoring/optimizationservice.h"

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Atelier {

class AdviceModel;
class AlertModel;
class AlertRuleModel;
class CacheFigureModel;
class HealthStateModel;
class HealthTimeline;
class MetricPointModel;
class ServerStatementModel;
class StatementMetricModel;
struct AdviceRow;
struct MonitoringSnapshot;

/// Performance and monitoring (issue 19): over a chosen window, the product's query latency (p50/p95) and calls over
/// time, its top statements and PostgreSQL's, the caches' hit ratios, each service's health as a timeline, open and
/// recent alerts with their rules, and the optimisation advice with its evidence — Apply… for those who may, after a
/// confirmation showing the statement, with the evidence before and after.
class MonitoringPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringPage)
public:
    enum Tab { QueriesTab, ServerTab, CachesTab, HealthTab, AlertsTab, AdviceTab };

    explicit MonitoringPage(QWidget *parent = nullptr);
    ~MonitoringPage() override;
    QString pageName() const override { return QStringLiteral("monitoring"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool hasComments() const override { return false; }

    /// "1h", "24h", "7d" or "30d".
    QString window() const;
    void setWindow(const QString &window);
    void refresh();
    void showTab(Tab tab);
    bool isLoading() const;
    QString statusText() const;

    StatementMetricModel *statementModel() const { return m_statements; }
    ServerStatementModel *serverModel() const { return m_server; }
    CacheFigureModel *cacheModel() const { return m_caches; }
    HealthStateModel *healthModel() const { return m_health; }
    AlertModel *alertModel() const { return m_alerts; }
    AlertRuleModel *ruleModel() const { return m_rules; }
    AdviceModel *adviceModel() const { return m_advice; }
    MetricPointModel *pointModel() const { return m_points; }
    QTableView *adviceTable() const { return m_adviceTable; }
    QPushButton *applyButton() const { return m_apply; }
    /// Selects the advice \a id in the list; false if it is not there.
    bool selectAdvice(const QString &id);
    /// Asks to apply the selected advice: the confirmation (confirmation()) opens; Yes applies it.
    void askApply();
    /// The confirmation open now, if any.
    QMessageBox *confirmation() const;
    /// The selected statement's figures, SQL and plan as shown.
    QString statementText() const;
    /// What the last Apply said (before and after, or why not).
    QString appliedText() const;

signals:
    void loaded();
    void adviceLoaded();
    /// Every service was checked now (the health tab shows it).
    void healthChecked();
    /// The selected statement's plan is shown (or why there is none).
    void planShown();
    void applied(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadAdvice();
    /// Checks every service now (a provider's check is a network call: apart, so that it never holds the figures).
    void checkNow();
    void showHealth();
    void showSnapshot(const MonitoringSnapshot &snapshot);
    void drawChart();
    void showStatement();
    void showAdvice();
    void apply(const Advice &advice);
    void retranslate();

    ViewContext m_context;
    bool m_hasContext = false;
    QDateTime m_from;
    QDateTime m_to;
    QLabel *m_heading;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTabWidget *m_tabs;
    // Queries
    QLabel *m_summary;
    QCheckBox *m_asTable;
    QStackedWidget *m_chartStack;
    QChartView *m_chart;
    QTableView *m_pointTable;
    QLabel *m_statementsLabel;
    QTableView *m_statementTable;
    QLabel *m_sqlLabel;
    QPlainTextEdit *m_sql;
    // Server
    QLabel *m_serverNote;
    QTableView *m_serverTable;
    // Caches
    QLabel *m_cacheNote;
    QTableView *m_cacheTable;
    // Health
    QLabel *m_timelineLabel;
    HealthTimeline *m_timeline;
    QTableView *m_healthTable;
    // Alerts
    QLabel *m_alertsLabel;
    QTableView *m_alertTable;
    QLabel *m_rulesLabel;
    QTableView *m_ruleTable;
    // Advice
    QLabel *m_adviceNote;
    QTableView *m_adviceTable;
    QLabel *m_detailLabel;
    QPlainTextEdit *m_detail;
    QPushButton *m_apply;
    QLabel *m_applied;

    StatementMetricModel *m_statements;
    ServerStatementModel *m_server;
    CacheFigureModel *m_caches;
    HealthStateModel *m_health;
    AlertModel *m_alerts;
    AlertRuleModel *m_rules;
    AdviceModel *m_advice;
    MetricPointModel *m_points;
    QSortFilterProxyModel *m_statementProxy;
    QMessageBox *m_confirm = nullptr;
    QList<HealthCheck> m_history; // kept in the window, newest first
    QList<HealthCheck> m_now;     // checked now

    Request<Result<std::shared_ptr<const MonitoringSnapshot>>> m_loading{this};
    Request<Result<std::shared_ptr<const QList<AdviceRow>>>> m_advising{this, analysisPool()};
    Request<Result<QList<HealthCheck>>> m_checking{this};
    Request<Result<QString>> m_planning{this};
    Request<Result<AppliedAdvice>> m_applying{this};
};

} // namespace Atelier
