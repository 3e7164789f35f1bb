#include "modelsview.h"

#include "analytics/chartwidget.h"
#include "core/plaintext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace Atelier {

namespace {

/// The models a chart compares at most: beyond that the bars are too thin to read.
constexpr int kMostCharted = 15;

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

/// The figure under the pointer of a bar chart, as a tooltip.
void explainBars(QAbstractBarSeries *series, const QStringList &categories, int decimals)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [categories, decimals](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), plainToolTip(QStringLiteral("%1 — %2: %3")
                                                            .arg(categories.value(index), set->label(), QLocale().toString(set->at(index), 'f', decimals))));
    });
}

} // namespace

// --- ModelsView -------------------------------------------------------------------------------------------------

struct ModelsView::Data
{
    QList<AiModel> registry;
    QList<ModelStats> stats;
};

ModelsView::ModelsView(QWidget *parent)
    : StudioView(parent), m_model(new ModelComparisonModel(this)), m_proxy(new ModelFilterProxy(this)), m_provider(new QComboBox(this)),
      m_type(new QComboBox(this)), m_table(new QTableView(this)), m_rateChart(new QChartView(this)),
      m_durationChart(new QChartView(this)), m_performanceChart(new QChartView(this)), m_heading(new QLabel(this)),
      m_providerLabel(new QLabel(this)), m_typeLabel(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("modelsView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ModelComparisonModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    showToolTipsAsPlainText(m_table); // model names
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelComparisonModel::GenerationsColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_providerLabel->setBuddy(m_provider);
    m_typeLabel->setBuddy(m_type);
    m_provider->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_provider->addItem(QString(), QString());
    m_type->addItem(QString(), QString());
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors

    for (QChartView *view : {m_rateChart, m_durationChart, m_performanceChart}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
        view->setFocusPolicy(Qt::StrongFocus);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_providerLabel);
    filters->addWidget(m_provider);
    filters->addSpacing(12);
    filters->addWidget(m_typeLabel);
    filters->addWidget(m_type);
    filters->addStretch(1);

    auto *comparison = new QSplitter(Qt::Horizontal, this);
    comparison->addWidget(m_rateChart);
    comparison->addWidget(m_durationChart);
    comparison->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(comparison);
    splitter->addWidget(m_performanceChart);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_provider, &QComboBox::activated, this, [this] {
        m_providerFilter = m_provider->currentData().toString();
        applyFilter();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        m_typeFilter = m_type->currentData().toString();
        applyFilter();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelsView::currentRowChanged);

    retranslate();
    drawComparison();
    drawPerformance();
}

ModelsView::~ModelsView() = default;

QString ModelsView::title() const
{
    return tr("Models");
}

QString ModelsView::statusText() const
{
    return m_status->text();
}

void ModelsView::setContext(const StudioContext &context)
{
    m_context = context;
    reload();
}

void ModelsView::reload()
{
    if (!m_context.isComplete()) {
        m_loading.cancel();
        m_status->setText(tr("Choose a brand and a range of days."));
        return;
    }
    m_status->setText(tr("Loading…"));
    const QString brandId = m_context.brandId;
    const QDate from = m_context.from, to = m_context.to;
    m_loading.startWithDatabase(
        m_context.database,
        [brandId, from, to](const QSqlDatabase &db, CancelToken &) -> Result<Data> {
            auto registry = StudioAnalytics::listModels(db);
            if (!registry)
                return registry.error();
            auto stats = StudioAnalytics::compareModels(db, brandId, from, to);
            if (!stats)
                return stats.error();
            return Data{registry.value(), stats.value()};
        },
        [this](Result<Data> data) {
            if (!data) {
                m_status->setText(data.error().message);
                emit failed(data.error().message);
                return;
            }
            m_restoring = true;
            m_model->setRows(data->registry, data->stats);
            fillFilters();
            m_proxy->setCriteria(m_providerFilter, m_typeFilter);
            // The selection survives a reload (a new range, say) when the model is still shown.
            const int source = m_model->rowOf(m_selected);
            const QModelIndex shown = source >= 0 ? m_proxy->mapFromSource(m_model->index(source, 0)) : QModelIndex();
            if (shown.isValid())
                m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            else
                m_selected.clear();
            m_restoring = false;
            int used = 0;
            for (const ModelComparisonRow &r : m_model->rows())
                used += r.stats.generations > 0;
            m_status->setText(tr("%n model(s) in the registry; %1 used by this brand in the range.", nullptr, int(data->registry.size())).arg(used));
            drawComparison();
            loadPerformance();
            emit loaded();
        });
}

void ModelsView::fillFilters()
{
    QSet<QString> providers, types;
    for (const ModelComparisonRow &r : m_model->rows()) {
        providers.insert(r.registry ? r.registry->provider : r.stats.provider);
        if (r.registry)
            types.insert(r.registry->type);
    }
    providers.remove(QString());
    for (auto [box, values, wanted] : {std::tuple{m_provider, &providers, &m_providerFilter}, std::tuple{m_type, &types, &m_typeFilter}}) {
        QStringList sorted(values->begin(), values->end());
        sorted.sort();
        if (!wanted->isEmpty() && !sorted.contains(*wanted))
            sorted.append(*wanted); // a filter asked for stays, even with nothing to show
        QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const QString &v : std::as_const(sorted))
            box->addItem(v, v);
        box->setCurrentIndex(std::max(0, box->findData(*wanted)));
    }
}

void ModelsView::setFilter(const QString &provider, const QString &type)
{
    m_providerFilter = provider;
    m_typeFilter = type;
    fillFilters();
    applyFilter();
}

void ModelsView::applyFilter()
{
    m_proxy->setCriteria(m_providerFilter, m_typeFilter);
    drawComparison();
}

bool ModelsView::selectModel(const QString &model)
{
    const int source = m_model->rowOf(model);
    const QModelIndex shown = source >= 0 ? m_proxy->mapFromSource(m_model->index(source, 0)) : QModelIndex();
    if (!shown.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
    return true;
}

void ModelsView::currentRowChanged()
{
    if (m_restoring)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString name = current.isValid() ? current.data(ModelComparisonModel::NameRole).toString() : QString();
    if (name == m_selected)
        return;
    m_selected = name;
    loadPerformance();
}

void ModelsView::loadPerformance()
{
    if (m_selected.isEmpty() || !m_context.isComplete()) {
        m_loadingPerformance.cancel();
        m_performance.clear();
        drawPerformance();
        return;
    }
    const QString brandId = m_context.brandId, model = m_selected;
    const QDate from = m_context.from, to = m_context.to;
    m_loadingPerformance.startWithDatabase(
        m_context.database,
        [brandId, model, from, to](const QSqlDatabase &db, CancelToken &) { return StudioAnalytics::modelPerformance(db, brandId, model, from, to); },
        [this](Result<QList<ModelPerformancePoint>> points) {
            if (!points) {
                m_performance.clear();
                drawPerformance();
                m_status->setText(points.error().message);
                emit failed(points.error().message);
                return;
            }
            m_performance = points.value();
            drawPerformance();
            emit performanceLoaded();
        });
}

void ModelsView::drawComparison()
{
    // The models shown by the filter that the brand used, most used first.
    QList<const ModelComparisonRow *> used;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const int source = m_proxy->mapToSource(m_proxy->index(r, 0)).row();
        const ModelComparisonRow &row = m_model->rows().at(source);
        if (row.stats.generations > 0)
            used.append(&row);
    }
    std::stable_sort(used.begin(), used.end(), [](const ModelComparisonRow *a, const ModelComparisonRow *b) {
        return a->stats.generations != b->stats.generations ? a->stats.generations > b->stats.generations : a->name < b->name;
    });
    if (used.size() > kMostCharted)
        used.resize(kMostCharted);

    QChart *rates = replaceChart(m_rateChart);
    QChart *durations = replaceChart(m_durationChart);
    rates->setTitle(tr("Success rate and mean quality"));
    durations->setTitle(tr("Time per completed generation (seconds)"));
    if (used.isEmpty()) {
        const QString empty = m_model->rowCount() == 0 ? tr("No models loaded") : tr("No generations of these models in the range");
        rates->setTitle(empty);
        durations->setTitle(empty);
        m_rateChart->setAccessibleDescription(empty);
        m_durationChart->setAccessibleDescription(empty);
        return;
    }
    const ChartPalette palette = ChartWidget::paletteFor(this);
    const QLocale locale;
    // Horizontal bars list their categories from the bottom up: the most used model goes last, to show on top.
    QStringList categories;
    auto *rateSeries = new QHorizontalBarSeries;
    auto *success = new QBarSet(tr("Success rate (%)"));
    auto *quality = new QBarSet(tr("Mean quality (0–100)"));
    auto *durationSeries = new QHorizontalBarSeries;
    auto *p50 = new QBarSet(tr("p50"));
    auto *p95 = new QBarSet(tr("p95"));
    QStringList rateWords, durationWords;
    double longest = 0;
    for (auto it = used.crbegin(); it != used.crend(); ++it) {
        const ModelComparisonRow &r = **it;
        categories.append(r.name);
        *success << r.stats.successRate * 100.0;
        *quality << r.stats.meanQuality.value_or(0.0);
        *p50 << r.stats.p50Ms.value_or(0.0) / 1000.0;
        *p95 << r.stats.p95Ms.value_or(0.0) / 1000.0;
        longest = std::max(longest, r.stats.p95Ms.value_or(0.0) / 1000.0);
    }
    for (const ModelComparisonRow *r : std::as_const(used)) {
        rateWords.append(tr("%1: success %2, quality %3")
                             .arg(r->name, ModelComparisonModel::percentText(r->stats.successRate),
                                  r->stats.meanQuality ? locale.toString(*r->stats.meanQuality, 'f', 1) : tr("none")));
        durationWords.append(tr("%1: p50 %2, p95 %3")
                                 .arg(r->name, r->stats.p50Ms ? ModelComparisonModel::secondsText(*r->stats.p50Ms) : tr("none"),
                                      r->stats.p95Ms ? ModelComparisonModel::secondsText(*r->stats.p95Ms) : tr("none")));
    }
    rateSeries->append(success);
    rateSeries->append(quality);
    durationSeries->append(p50);
    durationSeries->append(p95);

    struct Chart
    {
        QChart *chart;
        QHorizontalBarSeries *series;
        double max;
    };
    for (const Chart &c : {Chart{rates, rateSeries, 100.0}, Chart{durations, durationSeries, std::max(1.0, longest * 1.1)}}) {
        c.chart->addSeries(c.series);
        const QList<QBarSet *> sets = c.series->barSets();
        for (int i = 0; i < sets.size(); ++i)
            sets.at(i)->setColor(palette.seriesColor(i));
        auto *names = new QBarCategoryAxis;
        names->append(htmlEscaped(categories)); // Qt Charts draws axis labels as HTML
        auto *values = new QValueAxis;
        values->setRange(0, c.max);
        values->setLabelFormat(c.max > 10 ? QStringLiteral("%d") : QStringLiteral("%.1f"));
        c.chart->addAxis(names, Qt::AlignLeft);
        c.chart->addAxis(values, Qt::AlignBottom);
        c.series->attachAxis(names);
        c.series->attachAxis(values);
        styleAxis(names, palette);
        styleAxis(values, palette);
        explainBars(c.series, categories, 1);
    }
    m_rateChart->setAccessibleDescription(rateWords.join(QLatin1String("; ")));
    m_durationChart->setAccessibleDescription(durationWords.join(QLatin1String("; ")));
}

void ModelsView::drawPerformance()
{
    QChart *chart = replaceChart(m_performanceChart);
    if (m_selected.isEmpty()) {
        chart->setTitle(tr("Select a model in the table to see its record per day"));
        m_performanceChart->setAccessibleDescription(chart->title());
        return;
    }
    const QString title = tr("%1 per day").arg(m_selected);
    chart->setTitle(title.toHtmlEscaped()); // Qt Charts draws titles as HTML
    if (m_performance.isEmpty()) {
        m_performanceChart->setAccessibleDescription(title);
        return;
    }
    const ChartPalette palette = ChartWidget::paletteFor(this);
    auto *generations = new QLineSeries;
    generations->setName(tr("Generations"));
    auto *success = new QLineSeries;
    success->setName(tr("Success rate (%)"));
    success->setPointsVisible(true);
    int most = 1, total = 0, busy = 0;
    for (const ModelPerformancePoint &p : std::as_const(m_performance)) {
        // QDateTimeAxis reads local time: the local midnight of each UTC day keeps the labels on the right day.
        const double x = double(QDateTime(p.day, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch());
        generations->append(x, p.generations);
        if (p.generations > 0) {
            success->append(x, p.successRate * 100.0);
            ++busy;
        }
        most = std::max(most, p.generations);
        total += p.generations;
    }
    chart->addSeries(generations);
    chart->addSeries(success);
    generations->setPen(QPen(palette.seriesColor(0), 2));
    success->setPen(QPen(palette.seriesColor(1), 2));
    success->setColor(palette.seriesColor(1));

    auto *days = new QDateTimeAxis;
    days->setFormat(QStringLiteral("MMM d"));
    days->setTickCount(std::clamp(int(m_performance.size()), 2, 8));
    days->setRange(QDateTime(m_performance.first().day, QTime(0, 0), Qt::LocalTime),
                   QDateTime(m_performance.last().day, QTime(0, 0), Qt::LocalTime));
    auto *count = new QValueAxis;
    count->setTitleText(tr("Generations"));
    // Whole generations: ticks on round counts.
    const int step = (most + 4) / 5;
    count->setRange(0, step * ((most + step - 1) / step));
    count->setTickType(QValueAxis::TicksDynamic);
    count->setTickAnchor(0);
    count->setTickInterval(step);
    count->setLabelFormat(QStringLiteral("%d"));
    auto *rate = new QValueAxis;
    rate->setTitleText(tr("Success rate (%)"));
    rate->setRange(0, 100);
    rate->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(days, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(rate, Qt::AlignRight);
    generations->attachAxis(days);
    generations->attachAxis(count);
    success->attachAxis(days);
    success->attachAxis(rate);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(days), static_cast<QAbstractAxis *>(count), static_cast<QAbstractAxis *>(rate)})
        styleAxis(axis, palette);
    rate->setGridLineVisible(false);
    m_performanceChart->setAccessibleDescription(
        tr("%1: %n generation(s) over %2 day(s), on %3 busy day(s).", nullptr, total)
            .arg(m_selected)
            .arg(m_performance.size())
            .arg(busy));
}

void ModelsView::retranslate()
{
    m_heading->setText(tr("Models"));
    m_providerLabel->setText(tr("&Provider:"));
    m_typeLabel->setText(tr("T&ype:"));
    m_provider->setItemText(0, tr("Any provider"));
    m_type->setItemText(0, tr("Any type"));
    m_provider->setAccessibleName(tr("Show the models of this provider"));
    m_type->setAccessibleName(tr("Show the models of this type"));
    m_table->setAccessibleName(tr("Models: registry and this brand's record"));
    m_rateChart->setAccessibleName(tr("Success rate and mean quality of the models used"));
    m_durationChart->setAccessibleName(tr("Median and 95th percentile time of the models used"));
    m_performanceChart->setAccessibleName(tr("The selected model's generations and success rate per day"));
    m_model->retranslate();
}

void ModelsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        drawComparison();
        drawPerformance();
    } else if (event->type() == QEvent::PaletteChange) {
        drawComparison();
        drawPerformance();
    }
    StudioView::changeEvent(event);
}

} // namespace Atelier
