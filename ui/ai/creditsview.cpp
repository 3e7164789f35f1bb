#include "creditsview.h"

#include "ai/generationservice.h"
#include "analytics/chartwidget.h"
#include "collaboration/resources.h"
#include "core/plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Atelier {

namespace {

/// A fresh chart in \a view, in the colours of the window (the old one goes).
QChart *replaceChart(QChartView *view)
{
    auto *chart = new QChart;
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    const ChartPalette p = ChartWidget::paletteFor(view);
    chart->setTheme(p.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.background);
    chart->setTitleBrush(p.text);
    chart->legend()->setLabelColor(p.text);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void styleAxis(QAbstractAxis *axis, const ChartPalette &p)
{
    axis->setLabelsColor(p.muted);
    axis->setTitleBrush(p.muted);
    axis->setGridLineColor(p.grid);
}

/// An axis of whole numbers from 0 to at least \a most, with ticks on round counts.
QValueAxis *countAxis(qint64 most)
{
    auto *axis = new QValueAxis;
    const qint64 top = std::max<qint64>(1, most);
    const qint64 step = (top + 4) / 5;
    axis->setRange(0, double(step * ((top + step - 1) / step)));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

struct CreditsView::Data
{
    QList<CreditUsage> usage;
    GenerationAnalytics analytics;
    std::optional<CreditBalance> mine;
    QString mineProblem;
};

// --- CreditsView ------------------------------------------------------------------------------------------------

CreditsView::CreditsView(QWidget *parent)
    : StudioView(parent), m_model(new CreditUsageModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_heading(new QLabel(this)),
      m_balance(new QLabel(this)), m_table(new QTableView(this)), m_setQuota(new QPushButton(this)), m_quotaChart(new QChartView(this)),
      m_dailyChart(new QChartView(this)), m_totalsLabel(new QLabel(this)), m_totals(new QTreeWidget(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("creditsView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_balance->setWordWrap(true);
    m_balance->setTextFormat(Qt::PlainText); // may carry the database's error
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont strong = m_balance->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.1);
    m_balance->setFont(strong);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // names and errors

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CreditUsageModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CreditUsageModel::ChargedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_totals->setColumnCount(8);
    m_totals->setAlternatingRowColors(true);
    m_totals->setRootIsDecorated(true);
    m_totals->setUniformRowHeights(true);
    m_totals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsLabel->setBuddy(m_totals);

    for (QChartView *view : {m_quotaChart, m_dailyChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
        view->setFocusPolicy(Qt::StrongFocus);
    }

    auto *people = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_setQuota);
    buttons->addStretch(1);
    peopleLayout->addLayout(buttons);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(people);
    top->addWidget(m_quotaChart);
    top->setChildrenCollapsible(false);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({600, 400}); // proportions: the splitter scales them to its width

    auto *totals = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totals);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totalsLabel);
    totalsLayout->addWidget(m_totals, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_dailyChart);
    bottom->addWidget(totals);
    bottom->setChildrenCollapsible(false);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({600, 400});

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_balance);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_setQuota, &QPushButton::clicked, this, &CreditsView::askQuota);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CreditsView::updateButtons);
    connect(m_table, &QTableView::activated, this, &CreditsView::askQuota);

    retranslate();
    drawQuotas();
    drawDaily();
    updateButtons();
}

CreditsView::~CreditsView() = default;

QString CreditsView::title() const
{
    return tr("Credits and usage");
}

QString CreditsView::balanceText() const
{
    return m_balance->text();
}

QString CreditsView::statusText() const
{
    return m_status->text();
}

void CreditsView::setContext(const StudioContext &context)
{
    m_context = context;
    reload();
}

void CreditsView::reload()
{
    if (!m_context.isComplete()) {
        m_loading.cancel();
        m_status->setText(tr("Choose a brand and a range of days."));
        return;
    }
    if (m_notice.isEmpty())
        m_status->setText(tr("Loading…"));
    const QString brandId = m_context.brandId;
    const QDate from = m_context.from, to = m_context.to;
    m_loading.startWithDatabase(
        m_context.database,
        [brandId, from, to](const QSqlDatabase &db, CancelToken &) -> Result<Data> {
            Data d;
            auto usage = StudioAnalytics::creditUsage(db, brandId, from, to);
            if (!usage)
                return usage.error();
            d.usage = usage.value();
            auto analytics = StudioAnalytics::generationAnalytics(db, brandId, from, to);
            if (!analytics)
                return analytics.error();
            d.analytics = analytics.value();
            // The person's own balance: a problem here (a PostgreSQL role that is no person) leaves the rest readable.
            auto me = Collaboration::currentUserId(db);
            if (!me) {
                d.mineProblem = me.error().message;
                return d;
            }
            auto mine = GenerationService::credits(db, me.value(), brandId);
            if (mine)
                d.mine = mine.value();
            else
                d.mineProblem = mine.error().message;
            return d;
        },
        [this](Result<Data> data) {
            if (!data) {
                m_status->setText(data.error().message);
                emit failed(data.error().message);
                return;
            }
            const QString selected = m_table->currentIndex().data(CreditUsageModel::UserIdRole).toString();
            m_model->setRows(data->usage);
            if (const int row = m_model->rowOf(selected); row >= 0)
                m_table->selectionModel()->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_analytics = data->analytics;
            m_myBalance = data->mine;
            m_balanceProblem = data->mineProblem;
            showBalance();
            drawQuotas();
            drawDaily();
            fillTotals();
            updateButtons();
            const QLocale locale;
            m_status->setText(!m_notice.isEmpty()
                                  ? m_notice
                                  : tr("%n person(s) spent credits in this brand; %1 generation(s) and %2 credit(s) charged in the range.", nullptr,
                                       int(data->usage.size()))
                                        .arg(locale.toString(m_analytics.total.generations), locale.toString(m_analytics.total.credits)));
            m_notice.clear();
            emit loaded();
        });
}

void CreditsView::showBalance()
{
    if (!m_myBalance) {
        m_balance->setText(m_balanceProblem.isEmpty() ? QString() : tr("Your own balance could not be read: %1").arg(m_balanceProblem));
        return;
    }
    const QLocale locale;
    const CreditBalance &b = *m_myBalance;
    m_balance->setText(b.monthlyCredits
                           ? tr("You have used %1 of %2 credits this month; %n are held by queued jobs.", nullptr, b.reserved)
                                 .arg(locale.toString(b.used), locale.toString(*b.monthlyCredits))
                           : tr("You have used %1 credits this month, with no monthly quota; %n are held by queued jobs.", nullptr,
                                b.reserved)
                                 .arg(locale.toString(b.used)));
}

void CreditsView::updateButtons()
{
    m_setQuota->setEnabled(!m_busy && m_table->currentIndex().isValid());
}

void CreditsView::askQuota()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_busy)
        return;
    const CreditUsage u = m_model->rows().at(m_proxy->mapToSource(current).row());
    bool ok = false;
    const int credits = QInputDialog::getInt(this, tr("Set a monthly quota"),
                                             plainToolTip(tr("Credits %1 may use each month in this brand:").arg(u.username)),
                                             u.monthlyCredits.value_or(1000), 0, 100000000, 100, &ok);
    if (ok)
        setQuota(u.userId, credits);
}

void CreditsView::setQuota(const QString &userId, int monthlyCredits)
{
    if (!m_context.isComplete())
        return;
    const int row = m_model->rowOf(userId);
    const QString who = row >= 0 ? m_model->rows().at(row).username : userId;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Setting the quota of %1…").arg(who));
    const QString brandId = m_context.brandId;
    addRequest(m_settingQuota, this)
        .startChange(
            m_context.database,
            [userId, brandId, monthlyCredits](const QSqlDatabase &db) {
                return GenerationService::setQuota(db, userId, brandId, monthlyCredits);
            },
            [this, who, monthlyCredits](const Status &s) {
                m_busy = false;
                if (!s) {
                    const QString message = tr("The quota of %1 was not changed: %2").arg(who, s.error().message);
                    m_status->setText(message);
                    updateButtons();
                    emit failed(message);
                    emit quotaSet(false);
                    return;
                }
                // The message stays through the reload that shows the new quota.
                m_notice = tr("%1 may now use %2 credits a month in this brand.").arg(who, QLocale().toString(monthlyCredits));
                m_status->setText(m_notice);
                reload();
                emit quotaSet(true);
            });
}

void CreditsView::drawQuotas()
{
    QChart *chart = replaceChart(m_quotaChart);
    chart->setTitle(tr("Used this month against the monthly quota"));
    const QList<CreditUsage> &rows = m_model->rows();
    if (rows.isEmpty()) {
        chart->setTitle(tr("Nobody spent credits in this brand"));
        m_quotaChart->setAccessibleDescription(chart->title());
        return;
    }
    const ChartPalette palette = ChartWidget::paletteFor(this);
    const QLocale locale;
    auto *series = new QHorizontalBarSeries;
    auto *used = new QBarSet(tr("Used this month"));
    auto *quota = new QBarSet(tr("Monthly quota"));
    QStringList categories, words;
    qint64 most = 0;
    // Bars list from the bottom up: the first person of the table goes last, to show on top.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const CreditUsage &u = *it;
        categories.append(u.monthlyCredits ? u.username : tr("%1 (no quota)").arg(u.username));
        *used << double(u.usedThisMonth);
        *quota << double(u.monthlyCredits.value_or(0));
        most = std::max<qint64>({most, u.usedThisMonth, u.monthlyCredits.value_or(0)});
    }
    for (const CreditUsage &u : rows)
        words.append(u.monthlyCredits ? tr("%1: %2 of %3").arg(u.username, locale.toString(u.usedThisMonth), locale.toString(*u.monthlyCredits))
                                      : tr("%1: %2, no quota").arg(u.username, locale.toString(u.usedThisMonth)));
    series->append(used);
    series->append(quota);
    chart->addSeries(series);
    used->setColor(palette.seriesColor(0));
    quota->setColor(palette.seriesColor(1));
    auto *names = new QBarCategoryAxis;
    names->append(htmlEscaped(categories)); // Qt Charts draws axis labels as HTML
    QValueAxis *credits = countAxis(most);
    credits->setTitleText(tr("Credits"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(credits, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(credits);
    styleAxis(names, palette);
    styleAxis(credits, palette);
    connect(series, &QAbstractBarSeries::hovered, series, [categories](bool on, int index, QBarSet *set) {
        if (on)
            QToolTip::showText(QCursor::pos(), plainToolTip(QStringLiteral("%1 — %2: %3").arg(categories.value(index), set->label(),
                                                                                         QLocale().toString(qint64(set->at(index))))));
        else
            QToolTip::hideText();
    });
    m_quotaChart->setAccessibleDescription(words.join(QLatin1String("; ")));
}

void CreditsView::drawDaily()
{
    QChart *chart = replaceChart(m_dailyChart);
    chart->setTitle(tr("Generations and credits per day"));
    const QList<GenerationGroup> &days = m_analytics.byDay;
    if (days.isEmpty()) {
        m_dailyChart->setAccessibleDescription(chart->title());
        return;
    }
    const ChartPalette palette = ChartWidget::paletteFor(this);
    auto *generations = new QLineSeries;
    generations->setName(tr("Generations"));
    auto *credits = new QLineSeries;
    credits->setName(tr("Credits charged"));
    int mostGenerations = 0;
    qint64 mostCredits = 0;
    QDate first, last;
    for (const GenerationGroup &g : days) {
        const QDate day = QDate::fromString(g.key, Qt::ISODate);
        if (!day.isValid())
            continue;
        first = first.isValid() ? first : day;
        last = day;
        // QDateTimeAxis reads local time: the local midnight of each UTC day keeps the labels on the right day.
        const double x = double(QDateTime(day, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch());
        generations->append(x, g.generations);
        credits->append(x, double(g.credits));
        mostGenerations = std::max(mostGenerations, g.generations);
        mostCredits = std::max(mostCredits, g.credits);
    }
    chart->addSeries(generations);
    chart->addSeries(credits);
    generations->setPen(QPen(palette.seriesColor(0), 2));
    credits->setPen(QPen(palette.seriesColor(1), 2));
    auto *axisDays = new QDateTimeAxis;
    axisDays->setFormat(QStringLiteral("MMM d"));
    axisDays->setTickCount(std::clamp(int(days.size()), 2, 8));
    if (first.isValid())
        axisDays->setRange(QDateTime(first, QTime(0, 0), Qt::LocalTime), QDateTime(last, QTime(0, 0), Qt::LocalTime));
    QValueAxis *count = countAxis(mostGenerations);
    count->setTitleText(tr("Generations"));
    QValueAxis *spent = countAxis(mostCredits);
    spent->setTitleText(tr("Credits"));
    spent->setGridLineVisible(false);
    chart->addAxis(axisDays, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(spent, Qt::AlignRight);
    generations->attachAxis(axisDays);
    generations->attachAxis(count);
    credits->attachAxis(axisDays);
    credits->attachAxis(spent);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(axisDays), static_cast<QAbstractAxis *>(count), static_cast<QAbstractAxis *>(spent)})
        styleAxis(axis, palette);
    const QLocale locale;
    m_dailyChart->setAccessibleDescription(tr("%1 generation(s) and %2 credit(s) over %n day(s); at most %3 generation(s) in a day.",
                                              nullptr, int(days.size()))
                                               .arg(locale.toString(m_analytics.total.generations), locale.toString(m_analytics.total.credits),
                                                    locale.toString(mostGenerations)));
}

void CreditsView::fillTotals()
{
    m_totals->clear();
    const QLocale locale;
    auto figures = [&](QTreeWidgetItem *item, const GenerationGroup &g) {
        const qint64 values[] = {g.generations, g.completed, g.failed, g.canceled, g.waiting, g.cached, g.credits};
        for (int c = 0; c < int(std::size(values)); ++c) {
            item->setText(c + 1, locale.toString(values[c]));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
    };
    auto statusWord = [](const QString &status) {
        if (status == QLatin1String("pending")) return tr("pending");
        if (status == QLatin1String("processing")) return tr("processing");
        if (status == QLatin1String("completed")) return tr("completed");
        if (status == QLatin1String("failed")) return tr("failed");
        if (status == QLatin1String("canceled")) return tr("cancelled");
        return status;
    };
    auto *all = new QTreeWidgetItem(m_totals, {tr("All generations")});
    figures(all, m_analytics.total);
    QFont bold = all->font(0);
    bold.setBold(true);
    for (int c = 0; c < m_totals->columnCount(); ++c)
        all->setFont(c, bold);
    const struct
    {
        QString title;
        const QList<GenerationGroup> *groups;
        bool statuses;
    } sections[] = {{tr("By model"), &m_analytics.byModel, false},
                    {tr("By type"), &m_analytics.byType, false},
                    {tr("By status"), &m_analytics.byStatus, true}};
    for (const auto &section : sections) {
        auto *parent = new QTreeWidgetItem(m_totals, {section.title});
        for (const GenerationGroup &g : *section.groups) {
            auto *item = new QTreeWidgetItem(parent, {section.statuses ? statusWord(g.key) : g.key});
            item->setData(0, Qt::UserRole, g.key);
            figures(item, g);
        }
    }
    m_totals->expandAll();
}

void CreditsView::retranslate()
{
    m_heading->setText(tr("Credits and usage"));
    m_setQuota->setText(tr("Set &quota…"));
    m_setQuota->setToolTip(tr("Set the monthly credits of the selected person in this brand (administrators only)"));
    m_setQuota->setAccessibleName(tr("Set the monthly quota of the selected person"));
    m_table->setAccessibleName(tr("Credits per person"));
    m_quotaChart->setAccessibleName(tr("Credits used this month against the quota, per person"));
    m_dailyChart->setAccessibleName(tr("Generations and credits per day"));
    m_totalsLabel->setText(tr("&Totals over the range:"));
    m_totals->setAccessibleName(tr("Generations and credits by model, type and status"));
    m_totals->setHeaderLabels({tr("Group"), tr("Generations"), tr("Completed"), tr("Failed"), tr("Cancelled"), tr("Waiting"), tr("Cached"),
                               tr("Credits")});
    m_model->retranslate();
}

void CreditsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showBalance();
        drawQuotas();
        drawDaily();
        fillTotals();
    } else if (event->type() == QEvent::PaletteChange) {
        drawQuotas();
        drawDaily();
    }
    StudioView::changeEvent(event);
}

} // namespace Atelier
