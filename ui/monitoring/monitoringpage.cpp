#include "monitoringpage.h"

#include "analytics/chartwidget.h"
#include "core/plaintext.h"
#include "core/theme.h"
#include "monitoring/alertservice.h"
#include "monitoring/cacheservice.h"
#include "monitoring/healthservice.h"
#include "monitoring/monitoringmodels.h"
#include "monitoring/performanceservice.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Atelier {

/// What one load of the page reads, off the GUI thread.
struct MonitoringSnapshot final
{
    QList<StatementMetric> statements;
    QList<MetricPoint> points;
    ServerStatements server;
    QList<CacheFigure> caches;
    QList<HealthCheck> history; // kept in service_health, newest first
    QList<AlertRow> alerts;
    QList<AlertRule> rules;
    QStringList problems; // what could not be read, the rest shown
};

// --- HealthTimeline -----------------------------------------------------------------------------------------------

/// A row per service across the window, each check a segment coloured by its state until the next check: up, degraded,
/// down. The table beside it says the same in words (the latest state and since when).
class HealthTimeline final : public QWidget
{
public:
    explicit HealthTimeline(QWidget *parent) : QWidget(parent)
    {
        setMinimumHeight(int(rowHeight() * 5.5));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setChecks(const QDateTime &from, const QDateTime &to, QList<HealthCheck> checks)
    {
        m_from = from;
        m_to = to;
        std::sort(checks.begin(), checks.end(), [](const HealthCheck &a, const HealthCheck &b) { return a.checkedAt < b.checkedAt; });
        m_services = HealthService::services();
        for (const HealthCheck &c : std::as_const(checks))
            if (!m_services.contains(c.service))
                m_services.append(c.service);
        m_checks = checks;
        setMinimumHeight(rowHeight() * int(m_services.size() + 2));
        updateGeometry();
        update();
    }

    static QColor colourOf(const QString &status, bool dark)
    {
        if (status == QLatin1String("healthy"))
            return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
        if (status == QLatin1String("degraded"))
            return dark ? QColor(0xff, 0xca, 0x28) : QColor(0xe6, 0x8a, 0x00);
        if (status == QLatin1String("down"))
            return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
        return dark ? QColor(0x55, 0x55, 0x55) : QColor(0xcc, 0xcc, 0xcc);
    }

    QSize sizeHint() const override { return {600, rowHeight() * int(m_services.size() + 2)}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, false);
        const bool dark = Theme::isDark();
        const QColor text = palette().color(QPalette::WindowText);
        const int h = rowHeight();
        int nameWidth = 0;
        for (const QString &s : std::as_const(m_services))
            nameWidth = std::max(nameWidth, fontMetrics().horizontalAdvance(HealthStateModel::serviceName(s)));
        const int left = nameWidth + 12, right = width() - 4;
        const qint64 span = m_from.isValid() && m_to.isValid() ? std::max<qint64>(1, m_from.msecsTo(m_to)) : 1;
        auto xOf = [&](const QDateTime &t) {
            return left + int(double(std::clamp<qint64>(m_from.msecsTo(t), 0, span)) / double(span) * double(right - left));
        };
        for (int row = 0; row < m_services.size(); ++row) {
            const QString &service = m_services.at(row);
            const int y = row * h;
            p.setPen(text);
            p.drawText(QRect(0, y, nameWidth + 6, h), Qt::AlignVCenter | Qt::AlignLeft, HealthStateModel::serviceName(service));
            const QRect band(left, y + 3, right - left, h - 6);
            p.fillRect(band, colourOf(QString(), dark));
            const HealthCheck *previous = nullptr;
            for (const HealthCheck &c : std::as_const(m_checks)) {
                if (c.service != service)
                    continue;
                if (previous)
                    p.fillRect(QRect(QPoint(xOf(previous->checkedAt), band.top()), QPoint(std::max(xOf(c.checkedAt), xOf(previous->checkedAt) + 1), band.bottom())),
                               colourOf(previous->status, dark));
                previous = &c;
            }
            if (previous) // the latest state holds until now
                p.fillRect(QRect(QPoint(xOf(previous->checkedAt), band.top()), QPoint(std::max(right, xOf(previous->checkedAt) + 2), band.bottom())),
                           colourOf(previous->status, dark));
        }
        // The legend, and the window's ends.
        int x = left;
        const int y = int(m_services.size()) * h + h / 4;
        const QLocale locale;
        p.setPen(text);
        p.drawText(QRect(left, y, right - left, h), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1 – %2").arg(locale.toString(m_from.toLocalTime(), QLocale::ShortFormat),
                                                 locale.toString(m_to.toLocalTime(), QLocale::ShortFormat)));
        for (const QString &status : {QStringLiteral("healthy"), QStringLiteral("degraded"), QStringLiteral("down"), QString()}) {
            p.fillRect(QRect(x, y + h / 4, h / 2, h / 2), colourOf(status, dark));
            x += h / 2 + 4;
            const QString word = HealthStateModel::statusName(status);
            p.setPen(text);
            p.drawText(QRect(x, y, fontMetrics().horizontalAdvance(word) + 2, h), Qt::AlignVCenter | Qt::AlignLeft, word);
            x += fontMetrics().horizontalAdvance(word) + 14;
        }
    }

private:
    int rowHeight() const { return fontMetrics().height() + 10; }

    QDateTime m_from;
    QDateTime m_to;
    QStringList m_services = HealthService::services();
    QList<HealthCheck> m_checks;
};

namespace {

struct WindowChoice
{
    const char *key;
    qint64 seconds;
    qint64 bucketSeconds;
};

constexpr WindowChoice kWindows[] = {
    {"1h", 3600, 60},
    {"24h", 86400, 900},
    {"7d", 7 * 86400, 3600},
    {"30d", 30 * 86400, 4 * 3600},
};

const WindowChoice &choiceOf(const QString &key)
{
    for (const WindowChoice &w : kWindows)
        if (key == QLatin1String(w.key))
            return w;
    return kWindows[1];
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, bool sortable)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(sortable);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    showToolTipsAsPlainText(table);
    return table;
}

/// A proxy sorting \a model on its raw values.
QSortFilterProxyModel *sorted(QObject *parent, QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(MonitoringSortRole);
    return proxy;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // the database's messages
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets, QWidget *stretch)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *child : widgets)
        layout->addWidget(child, child == stretch ? 1 : 0);
    return w;
}

} // namespace

// --- MonitoringPage -----------------------------------------------------------------------------------------------

MonitoringPage::MonitoringPage(QWidget *parent)
    : Page(parent), m_heading(new QLabel(this)), m_windowLabel(new QLabel(this)), m_window(new QComboBox(this)),
      m_refresh(new QPushButton(this)), m_status(noteLabel(this)), m_tabs(new QTabWidget(this)), m_statements(new StatementMetricModel(this)),
      m_server(new ServerStatementModel(this)), m_caches(new CacheFigureModel(this)), m_health(new HealthStateModel(this)),
      m_alerts(new AlertModel(this)), m_rules(new AlertRuleModel(this)), m_advice(new AdviceModel(this)), m_points(new MetricPointModel(this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    for (const WindowChoice &w : kWindows)
        m_window->addItem(QString(), QLatin1String(w.key));
    m_window->setCurrentIndex(1); // 24 h
    m_windowLabel->setBuddy(m_window);

    // Queries: the chart (or its figures as a table), the statements, the selected one's SQL.
    QWidget *queries = new QWidget(m_tabs);
    m_summary = noteLabel(queries);
    m_asTable = new QCheckBox(queries);
    m_chartStack = new QStackedWidget(queries);
    m_chart = new QChartView(m_chartStack);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(170);
    m_chart->setFocusPolicy(Qt::StrongFocus);
    m_pointTable = makeTable(m_chartStack, sorted(this, m_points), true);
    m_pointTable->sortByColumn(MetricPointModel::StartColumn, Qt::AscendingOrder);
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(m_pointTable);
    m_statementsLabel = new QLabel(queries);
    m_statementProxy = sorted(this, m_statements);
    m_statementTable = makeTable(queries, m_statementProxy, true);
    m_statementTable->sortByColumn(StatementMetricModel::P95Column, Qt::DescendingOrder);
    m_statementsLabel->setBuddy(m_statementTable);
    m_sqlLabel = new QLabel(queries);
    m_sql = new QPlainTextEdit(queries);
    m_sql->setReadOnly(true);
    m_sql->setTabChangesFocus(true);
    m_sql->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sqlLabel->setBuddy(m_sql);
    auto *chartTop = new QHBoxLayout;
    chartTop->addWidget(m_summary, 1);
    chartTop->addWidget(m_asTable);
    auto *chartPane = new QWidget(queries);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addLayout(chartTop);
    chartLayout->addWidget(m_chartStack, 1);
    auto *statementSplit = new QSplitter(Qt::Horizontal, queries);
    statementSplit->addWidget(column(statementSplit, {m_statementsLabel, m_statementTable}, m_statementTable));
    statementSplit->addWidget(column(statementSplit, {m_sqlLabel, m_sql}, m_sql));
    statementSplit->setChildrenCollapsible(false);
    statementSplit->setStretchFactor(0, 3);
    statementSplit->setStretchFactor(1, 1);
    statementSplit->setSizes({700, 250});
    auto *querySplit = new QSplitter(Qt::Vertical, queries);
    querySplit->addWidget(chartPane);
    querySplit->addWidget(statementSplit);
    querySplit->setChildrenCollapsible(false);
    auto *queriesLayout = new QVBoxLayout(queries);
    queriesLayout->addWidget(querySplit);

    // The server's own statements.
    QWidget *server = new QWidget(m_tabs);
    m_serverNote = noteLabel(server);
    m_serverNote->setAlignment(Qt::AlignLeft | Qt::AlignTop); // alone on SQLite: at the top, not in the middle
    m_serverTable = makeTable(server, sorted(this, m_server), true);
    m_serverTable->sortByColumn(ServerStatementModel::TotalColumn, Qt::DescendingOrder);
    auto *serverLayout = new QVBoxLayout(server);
    serverLayout->addWidget(m_serverNote);
    serverLayout->addWidget(m_serverTable, 1);

    // Caches.
    QWidget *caches = new QWidget(m_tabs);
    m_cacheNote = noteLabel(caches);
    m_cacheTable = makeTable(caches, sorted(this, m_caches), true);
    auto *cachesLayout = new QVBoxLayout(caches);
    cachesLayout->addWidget(m_cacheTable, 1);
    cachesLayout->addWidget(m_cacheNote);

    // Health: the timeline, and the same in words.
    QWidget *health = new QWidget(m_tabs);
    m_timelineLabel = noteLabel(health);
    m_timeline = new HealthTimeline(health);
    m_timeline->setObjectName(QStringLiteral("healthTimeline"));
    m_healthTable = makeTable(health, m_health, false);
    auto *healthLayout = new QVBoxLayout(health);
    healthLayout->addWidget(m_timelineLabel);
    healthLayout->addWidget(m_timeline);
    healthLayout->addWidget(m_healthTable, 1);

    // Alerts and their rules.
    QWidget *alerts = new QWidget(m_tabs);
    m_alertsLabel = new QLabel(alerts);
    m_alertTable = makeTable(alerts, sorted(this, m_alerts), true);
    m_alertTable->sortByColumn(AlertModel::RaisedColumn, Qt::DescendingOrder);
    m_alertsLabel->setBuddy(m_alertTable);
    m_rulesLabel = new QLabel(alerts);
    m_ruleTable = makeTable(alerts, sorted(this, m_rules), true);
    m_ruleTable->sortByColumn(AlertRuleModel::NameColumn, Qt::AscendingOrder);
    m_rulesLabel->setBuddy(m_ruleTable);
    auto *alertSplit = new QSplitter(Qt::Vertical, alerts);
    alertSplit->addWidget(column(alertSplit, {m_alertsLabel, m_alertTable}, m_alertTable));
    alertSplit->addWidget(column(alertSplit, {m_rulesLabel, m_ruleTable}, m_ruleTable));
    alertSplit->setChildrenCollapsible(false);
    auto *alertsLayout = new QVBoxLayout(alerts);
    alertsLayout->addWidget(alertSplit);

    // Advice: the list, the selected one's evidence and statement, Apply….
    QWidget *advice = new QWidget(m_tabs);
    m_adviceNote = noteLabel(advice);
    m_adviceTable = makeTable(advice, m_advice, false);
    m_detailLabel = new QLabel(advice);
    m_detail = new QPlainTextEdit(advice);
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detailLabel->setBuddy(m_detail);
    m_apply = new QPushButton(advice);
    m_apply->setEnabled(false);
    m_applied = noteLabel(advice);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_apply);
    applyRow->addWidget(m_applied, 1);
    auto *detailPane = new QWidget(advice);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(applyRow);
    auto *adviceSplit = new QSplitter(Qt::Vertical, advice);
    adviceSplit->addWidget(m_adviceTable);
    adviceSplit->addWidget(detailPane);
    adviceSplit->setChildrenCollapsible(false);
    auto *adviceLayout = new QVBoxLayout(advice);
    adviceLayout->addWidget(m_adviceNote);
    adviceLayout->addWidget(adviceSplit, 1);

    m_tabs->addTab(queries, QString());
    m_tabs->addTab(server, QString());
    m_tabs->addTab(caches, QString());
    m_tabs->addTab(health, QString());
    m_tabs->addTab(alerts, QString());
    m_tabs->addTab(advice, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addSpacing(16);
    top->addWidget(m_windowLabel);
    top->addWidget(m_window);
    top->addWidget(m_refresh);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_window, &QComboBox::activated, this, &MonitoringPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &MonitoringPage::refresh);
    connect(m_asTable, &QCheckBox::toggled, this, [this](bool table) { m_chartStack->setCurrentIndex(table ? 1 : 0); });
    connect(m_statementTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitoringPage::showStatement);
    connect(m_adviceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MonitoringPage::showAdvice);
    connect(m_apply, &QPushButton::clicked, this, &MonitoringPage::askApply);
    retranslate();
    drawChart();
}

MonitoringPage::~MonitoringPage() = default;

QString MonitoringPage::title() const
{
    return tr("Monitoring");
}

void MonitoringPage::setContext(const ViewContext &context)
{
    const bool changed = !m_hasContext || context.database.toString() != m_context.database.toString();
    m_context = context;
    m_hasContext = true;
    if (changed)
        refresh();
}

QString MonitoringPage::window() const
{
    return m_window->currentData().toString();
}

void MonitoringPage::setWindow(const QString &window)
{
    const int index = m_window->findData(window);
    if (index >= 0 && index != m_window->currentIndex()) {
        m_window->setCurrentIndex(index);
        refresh();
    }
}

void MonitoringPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool MonitoringPage::isLoading() const
{
    return m_loading.isRunning() || m_checking.isRunning() || m_planning.isRunning() || m_advising.isRunning() || m_applying.isRunning();
}

QString MonitoringPage::statusText() const
{
    return m_status->text();
}

QString MonitoringPage::appliedText() const
{
    return m_applied->text();
}

QMessageBox *MonitoringPage::confirmation() const
{
    return m_confirm;
}

void MonitoringPage::refresh()
{
    if (!m_hasContext)
        return;
    const WindowChoice &choice = choiceOf(window());
    // [from, to): up to the end of the current minute, so that the minute being timed counts.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_to = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 60 + 1) * 60, Qt::UTC);
    m_from = m_to.addSecs(-choice.seconds);
    const QDateTime from = m_from, to = m_to;
    const qint64 bucket = choice.bucketSeconds;
    m_status->setText(tr("Loading…"));
    m_loading.startWithDatabase(
        m_context.database,
        [from, to, bucket](const QSqlDatabase &db, CancelToken &) -> Result<std::shared_ptr<const MonitoringSnapshot>> {
            auto s = std::make_shared<MonitoringSnapshot>();
            auto figures = PerformanceService::windowFigures(db, from, to, bucket); // the window's rows, read once
            if (!figures)
                return figures.error();
            s->statements = std::move(figures->statements);
            s->points = std::move(figures->points);
            if (auto server = PerformanceService::serverStatements(db); server)
                s->server = server.value();
            else
                s->server.advice = server.error().message;
            if (auto caches = CacheService::stats(db); caches)
                s->caches = caches.value();
            else
                s->problems.append(caches.error().message);
            if (auto history = HealthService::history(db, QStringLiteral(""), from, to) /* every service: '', not NULL */; history)
                s->history = history.value();
            else
                s->problems.append(history.error().message);
            if (auto alerts = AlertService::list(db, false, 200); alerts)
                s->alerts = alerts.value();
            else
                s->problems.append(alerts.error().message);
            if (auto rules = AlertService::rules(db); rules)
                s->rules = rules.value();
            else
                s->problems.append(rules.error().message);
            return std::shared_ptr<const MonitoringSnapshot>(std::move(s));
        },
        [this](Result<std::shared_ptr<const MonitoringSnapshot>> snapshot) {
            if (!snapshot) {
                m_status->setText(snapshot.error().message);
                emit failed(snapshot.error().message);
                emit loaded();
                return;
            }
            showSnapshot(*snapshot.value());
            checkNow();
            loadAdvice();
            emit loaded();
        });
}

void MonitoringPage::showSnapshot(const MonitoringSnapshot &s)
{
    const QString selected = m_statementTable->currentIndex().data(MonitoringKeyRole).toString();
    m_statements->setRows(s.statements);
    if (const int row = m_statements->rowOf(selected); row >= 0)
        m_statementTable->selectionModel()->setCurrentIndex(m_statementProxy->mapFromSource(m_statements->index(row, 0)),
                                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showStatement();
    m_points->setRows(s.points);
    drawChart();
    for (QTableView *t : {m_statementTable, m_pointTable})
        t->resizeColumnsToContents();

    m_server->setRows(s.server.top);
    m_serverTable->setVisible(s.server.available);
    m_serverNote->setText(s.server.available
                              ? (s.server.since.isValid()
                                     ? tr("PostgreSQL's own figures (pg_stat_statements), since %1: the top statements by total time.")
                                           .arg(QLocale().toString(s.server.since.toLocalTime(), QLocale::ShortFormat))
                                     : tr("PostgreSQL's own figures (pg_stat_statements): the top statements by total time."))
                              : s.server.advice);
    m_serverTable->resizeColumnsToContents();

    m_caches->setRows(s.caches);
    m_cacheTable->resizeColumnsToContents();
    m_cacheNote->setText(tr("Counted since this process or the database server started; no history of them is kept, so they show "
                            "as they are now. PostgreSQL expects 99 % or more of its blocks from its buffers."));

    m_history = s.history;
    showHealth();

    m_alerts->setRows(s.alerts);
    m_rules->setRows(s.rules);
    for (QTableView *t : {m_alertTable, m_ruleTable})
        t->resizeColumnsToContents();
    int open = 0;
    for (const AlertRow &a : s.alerts)
        open += a.status != QLatin1String("resolved") ? 1 : 0;
    m_alertsLabel->setText(tr("Open and recent alerts (%1 open):").arg(open));

    const QLocale locale;
    qint64 calls = 0;
    for (const StatementMetric &m : s.statements)
        calls += m.calls;
    QString status = tr("%1 statement(s), %2 call(s) timed in the window.").arg(locale.toString(qint64(s.statements.size())), locale.toString(calls));
    if (!s.problems.isEmpty())
        status += QLatin1Char(' ') + tr("Not shown: %1").arg(s.problems.join(QLatin1String(" ")));
    m_status->setText(status);
}

void MonitoringPage::checkNow()
{
    m_checking.startWithDatabase(
        m_context.database, [](const QSqlDatabase &db, CancelToken &) { return HealthService::check(db); },
        [this](const Result<QList<HealthCheck>> &now) {
            m_now = now ? now.value() : QList<HealthCheck>();
            if (!now)
                m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Not shown: %1").arg(now.error().message));
            showHealth();
            emit healthChecked();
        });
}

void MonitoringPage::showHealth()
{
    const QList<HealthCheck> all = m_now + m_history; // newest first: the check made now, then those kept
    m_health->setRows(HealthStateModel::statesOf(all));
    m_healthTable->resizeColumnsToContents();
    m_timeline->setChecks(m_from, m_to, all);
    QStringList words;
    for (const HealthState &state : m_health->rows())
        words.append(tr("%1: %2").arg(HealthStateModel::serviceName(state.latest.service), HealthStateModel::statusName(state.latest.status)));
    m_timeline->setAccessibleDescription(words.join(QLatin1String("; ")));
    m_timelineLabel->setText(m_history.isEmpty()
                                 ? tr("No check was kept in this window (atelier health --record keeps them); the right end shows the check made now.")
                                 : tr("%n check(s) kept in this window, and the one made now at the right end.", nullptr, int(m_history.size())));
}

void MonitoringPage::drawChart()
{
    auto *chart = new QChart;
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    const ChartPalette palette = ChartWidget::paletteFor(this);
    chart->setTheme(palette.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.background);
    chart->legend()->setLabelColor(palette.text);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QList<MetricPoint> &points = m_points->rows();
    if (points.isEmpty()) {
        chart->setTitleBrush(palette.text);
        chart->setTitle(tr("Nothing was timed in this window"));
        m_summary->setText(tr("No statement was timed in this window."));
        m_chart->setAccessibleDescription(m_summary->text());
        return;
    }
    auto *p50 = new QLineSeries;
    p50->setName(tr("p50 (ms)"));
    auto *p95 = new QLineSeries;
    p95->setName(tr("p95 (ms)"));
    auto *calls = new QLineSeries;
    calls->setName(tr("Calls"));
    double mostMs = 0;
    qint64 mostCalls = 0, allCalls = 0;
    double worst = 0;
    for (const MetricPoint &pt : points) {
        const double x = double(pt.start.toMSecsSinceEpoch());
        p50->append(x, pt.p50Ms);
        p95->append(x, pt.p95Ms);
        calls->append(x, double(pt.calls));
        mostMs = std::max(mostMs, pt.p95Ms);
        mostCalls = std::max(mostCalls, pt.calls);
        allCalls += pt.calls;
        worst = std::max(worst, pt.p95Ms);
    }
    chart->addSeries(p50);
    chart->addSeries(p95);
    chart->addSeries(calls);
    p50->setPen(QPen(palette.seriesColor(0), 2));
    p95->setPen(QPen(palette.seriesColor(1), 2));
    QPen callPen(palette.seriesColor(2), 1.5);
    callPen.setStyle(Qt::DashLine);
    calls->setPen(callPen);
    auto *time = new QDateTimeAxis;
    const qint64 span = m_from.secsTo(m_to);
    time->setFormat(span <= 86400 ? QStringLiteral("HH:mm") : QStringLiteral("d MMM"));
    time->setTickCount(span <= 3600 ? 7 : 6);
    time->setRange(m_from.toLocalTime(), m_to.toLocalTime());
    auto *ms = new QValueAxis;
    ms->setTitleText(tr("Milliseconds"));
    ms->setRange(0, std::max(1.0, mostMs * 1.1));
    ms->setLabelFormat(QStringLiteral("%.3g"));
    auto *count = new QValueAxis; // whole numbers of calls, ticks on round counts
    count->setTitleText(tr("Calls"));
    const qint64 step = std::max<qint64>(1, (mostCalls + 4) / 5);
    count->setRange(0, double(step * std::max<qint64>(1, (mostCalls + step - 1) / step)));
    count->setTickType(QValueAxis::TicksDynamic);
    count->setTickAnchor(0);
    count->setTickInterval(double(step));
    count->setLabelFormat(QStringLiteral("%d"));
    count->setGridLineVisible(false);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(ms, Qt::AlignLeft);
    chart->addAxis(count, Qt::AlignRight);
    for (QLineSeries *series : {p50, p95}) {
        series->attachAxis(time);
        series->attachAxis(ms);
    }
    calls->attachAxis(time);
    calls->attachAxis(count);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(time), static_cast<QAbstractAxis *>(ms), static_cast<QAbstractAxis *>(count)}) {
        axis->setLabelsColor(palette.muted);
        axis->setTitleBrush(palette.muted);
        axis->setGridLineColor(palette.grid);
    }
    const QLocale locale;
    m_summary->setText(tr("Every statement together: %1 call(s); the worst p95 of a period was %2 ms.")
                           .arg(locale.toString(allCalls), MetricPointModel::milliseconds(worst)));
    m_chart->setAccessibleDescription(m_summary->text());
}

void MonitoringPage::showStatement()
{
    const QModelIndex current = m_statementTable->currentIndex();
    if (!current.isValid()) {
        m_sql->setPlainText(tr("Select a statement to read its SQL."));
        return;
    }
    const StatementMetric &m = m_statements->rows().at(m_statementProxy->mapToSource(current).row());
    const QLocale locale;
    QString text = tr("%1 · %2 (%3)\n%4 call(s), mean %5 ms, p50 %6 ms, p95 %7 ms, max %8 ms.")
                       .arg(m.service, m.statement, m.databaseKind, locale.toString(m.calls), MetricPointModel::milliseconds(m.meanMs),
                            MetricPointModel::milliseconds(m.p50Ms), MetricPointModel::milliseconds(m.p95Ms), MetricPointModel::milliseconds(m.maxMs));
    text += QStringLiteral("\n\n");
    text += m.sql.isEmpty() ? tr("Its SQL was not kept (a service call that runs several statements).") : m.sql;
    m_sql->setPlainText(text);
    if (m.sql.isEmpty()) {
        m_planning.cancel();
        return;
    }
    const QString sql = m.sql;
    m_planning.startWithDatabase(
        m_context.database, [sql](const QSqlDatabase &db, CancelToken &) { return OptimizationService::plan(db, sql); },
        [this, text](const Result<QString> &plan) {
            m_sql->setPlainText(text + QStringLiteral("\n\n")
                                + (plan ? tr("Its plan now:\n%1").arg(plan.value()) : tr("No plan: %1").arg(plan.error().message)));
            emit planShown();
        });
}

QString MonitoringPage::statementText() const
{
    return m_sql->toPlainText();
}

void MonitoringPage::loadAdvice()
{
    const QDateTime since = m_from;
    m_adviceNote->setText(tr("Looking for advice (the timed statements' plans, the indexes and the tables)…"));
    m_advising.startWithDatabase(
        m_context.database,
        [since](const QSqlDatabase &db, CancelToken &) -> Result<std::shared_ptr<const QList<AdviceRow>>> {
            auto advice = OptimizationService::advise(db, since);
            if (!advice)
                return advice.error();
            auto rows = std::make_shared<QList<AdviceRow>>();
            for (const Advice &a : advice.value()) {
                AdviceRow row{a, false, {}};
                const Status may = OptimizationService::mayApply(db, a);
                row.mayApply = may.ok();
                if (!may)
                    row.refusal = may.error().message;
                rows->append(row);
            }
            return std::shared_ptr<const QList<AdviceRow>>(std::move(rows));
        },
        [this](Result<std::shared_ptr<const QList<AdviceRow>>> rows) {
            if (!rows) {
                m_advice->setRows({});
                m_adviceNote->setText(rows.error().message);
                showAdvice();
                emit adviceLoaded();
                return;
            }
            const QString selected = m_adviceTable->currentIndex().data(MonitoringKeyRole).toString();
            m_advice->setRows(*rows.value());
            m_adviceTable->resizeColumnsToContents();
            if (const int row = m_advice->rowOf(selected); row >= 0)
                m_adviceTable->selectionModel()->setCurrentIndex(m_advice->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_adviceNote->setText(m_advice->rowCount() == 0 ? tr("No advice: nothing measured calls for a change.")
                                                            : tr("%n piece(s) of advice, each with its evidence and the statement that applies it.",
                                                                 nullptr, m_advice->rowCount()));
            showAdvice();
            emit adviceLoaded();
        });
}

bool MonitoringPage::selectAdvice(const QString &id)
{
    const int row = m_advice->rowOf(id);
    if (row < 0)
        return false;
    m_adviceTable->selectionModel()->setCurrentIndex(m_advice->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MonitoringPage::showAdvice()
{
    const QModelIndex current = m_adviceTable->currentIndex();
    if (!current.isValid()) {
        m_detail->setPlainText(m_advice->rowCount() > 0 ? tr("Select a piece of advice to read its evidence and statement.") : QString());
        m_apply->setEnabled(false);
        m_apply->setToolTip(tr("Select a piece of advice first."));
        return;
    }
    const AdviceRow &row = m_advice->rows().at(current.row());
    const Advice &a = row.advice;
    QString text = a.summary + QStringLiteral("\n\n") + tr("Evidence: %1").arg(a.evidence);
    text += QStringLiteral("\n\n")
            + (a.statement.isEmpty() ? tr("No statement: a person decides.") : tr("Statement: %1").arg(a.statement));
    m_detail->setPlainText(text);
    const bool busy = m_applying.isRunning();
    m_apply->setEnabled(row.mayApply && !busy);
    m_apply->setToolTip(plainToolTip(row.mayApply ? tr("Runs: %1").arg(a.statement) : row.refusal));
}

void MonitoringPage::askApply()
{
    const QModelIndex current = m_adviceTable->currentIndex();
    if (!current.isValid() || m_confirm || m_applying.isRunning())
        return;
    const AdviceRow row = m_advice->rows().at(current.row());
    if (!row.mayApply)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Apply this advice?"),
                                tr("Atelier will run this statement on the database, as you, and record it in the audit trail:\n\n%1\n\n"
                                   "Why: %2")
                                    .arg(row.advice.statement, row.advice.evidence),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setTextFormat(Qt::PlainText);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->button(QMessageBox::Yes)->setText(tr("&Run it"));
    m_confirm->setWindowModality(Qt::WindowModal);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, advice = row.advice](int) {
        const bool yes = m_confirm && m_confirm->clickedButton() == m_confirm->button(QMessageBox::Yes);
        m_confirm = nullptr;
        if (yes)
            apply(advice);
    });
    m_confirm->open();
}

void MonitoringPage::apply(const Advice &advice)
{
    m_apply->setEnabled(false);
    m_applied->setText(tr("Running %1…").arg(advice.statement));
    Theme::setTone(m_applied, Theme::Tone::Normal);
    const QString id = advice.id;
    m_applying.startChange(
        m_context.database, [id](const QSqlDatabase &db) { return OptimizationService::apply(db, id); },
        [this](const Result<AppliedAdvice> &done) {
            if (!done) {
                Theme::setTone(m_applied, Theme::Tone::Error);
                m_applied->setText(done.error().message);
                showAdvice();
                emit applied(false);
                return;
            }
            const AppliedAdvice &a = done.value();
            Theme::setTone(m_applied, Theme::Tone::Success);
            m_applied->setText(tr("Ran %1 in %2 ms.\nBefore: %3\nAfter: %4")
                                   .arg(a.advice.statement, QLocale().toString(a.milliseconds, 'f', 1), a.advice.evidence, a.evidenceAfter));
            loadAdvice();
            emit applied(true);
        });
}

void MonitoringPage::retranslate()
{
    m_heading->setText(tr("Monitoring"));
    m_windowLabel->setText(tr("&Window:"));
    const char *windows[] = {QT_TR_NOOP("Last hour"), QT_TR_NOOP("Last 24 hours"), QT_TR_NOOP("Last 7 days"), QT_TR_NOOP("Last 30 days")};
    for (int i = 0; i < int(std::size(windows)); ++i)
        m_window->setItemText(i, tr(windows[i]));
    m_window->setAccessibleName(tr("Window of time shown"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setAccessibleName(tr("Read the figures again"));
    m_tabs->setTabText(QueriesTab, tr("&Queries"));
    m_tabs->setTabText(ServerTab, tr("&Server"));
    m_tabs->setTabText(CachesTab, tr("&Caches"));
    m_tabs->setTabText(HealthTab, tr("H&ealth"));
    m_tabs->setTabText(AlertsTab, tr("Aler&ts"));
    m_tabs->setTabText(AdviceTab, tr("A&dvice"));
    m_tabs->setAccessibleName(tr("Monitoring sections"));
    m_asTable->setText(tr("Show as a &list"));
    m_asTable->setAccessibleName(tr("Show the chart's figures as a table"));
    m_chart->setAccessibleName(tr("Query latency and calls over time"));
    m_pointTable->setAccessibleName(tr("Query latency and calls per period"));
    m_statementsLabel->setText(tr("Statements in the window:"));
    m_statementTable->setAccessibleName(tr("Statements timed in the window"));
    m_sqlLabel->setText(tr("Selected statement:"));
    m_sql->setAccessibleName(tr("The selected statement's figures and SQL"));
    m_serverTable->setAccessibleName(tr("PostgreSQL's top statements"));
    m_cacheTable->setAccessibleName(tr("Cache hit ratios"));
    m_timeline->setAccessibleName(tr("Health of each service over the window"));
    m_healthTable->setAccessibleName(tr("Each service's state now"));
    m_alertTable->setAccessibleName(tr("Open and recent alerts"));
    m_rulesLabel->setText(tr("Alert rules:"));
    m_ruleTable->setAccessibleName(tr("Alert rules"));
    m_adviceTable->setAccessibleName(tr("Optimisation advice"));
    m_detailLabel->setText(tr("Evidence and statement:"));
    m_detail->setAccessibleName(tr("The selected advice's evidence and statement"));
    m_apply->setText(tr("A&pply…"));
    m_apply->setAccessibleName(tr("Apply the selected advice"));
    if (m_alertsLabel->text().isEmpty())
        m_alertsLabel->setText(tr("Open and recent alerts:"));
    for (auto *model : std::initializer_list<ColumnTableBase *>{m_statements, m_server, m_caches, m_health, m_alerts, m_rules, m_advice, m_points})
        model->retranslate();
}

void MonitoringPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        drawChart();
    } else if (event->type() == QEvent::PaletteChange) {
        drawChart();
    }
    Page::changeEvent(event);
}

} // namespace Atelier
