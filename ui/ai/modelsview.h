#pragma once

#include "ai/modelcomparisonmodel.h"
#include "ai/studioanalytics.h"
#include "studioview.h"

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Atelier {

/// The Models tab: every model of the registry with its price, catalogue speed and quality, beside the brand's own
/// record over the range (generations, success rate, p50/p95 duration, mean credits and quality); charts compare the
/// models the brand used, and the selected model's record per day shows as lines. Filters by provider and type.
class ModelsView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsView)
public:
    explicit ModelsView(QWidget *parent = nullptr);
    ~ModelsView() override;
    QString viewName() const override { return QStringLiteral("models"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    /// Loads the registry and the record again.
    void reload();
    /// Shows only the models of \a provider and \a type (empty: any).
    void setFilter(const QString &provider, const QString &type);
    /// Selects \a model in the table, which loads its performance per day.
    bool selectModel(const QString &model);
    /// The model whose performance the line chart shows (empty: none).
    QString selectedModel() const { return m_selected; }

    ModelComparisonModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QChartView *rateChart() const { return m_rateChart; }
    QChartView *durationChart() const { return m_durationChart; }
    QChartView *performanceChart() const { return m_performanceChart; }
    QString statusText() const;

signals:
    /// The selected model's performance per day arrived.
    void performanceLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void fillFilters();
    void drawComparison();
    void drawPerformance();
    void loadPerformance();
    void currentRowChanged();
    void retranslate();

    struct Data; // what a load brings

    StudioContext m_context;
    ModelComparisonModel *m_model;
    ModelFilterProxy *m_proxy;
    QComboBox *m_provider;
    QComboBox *m_type;
    QTableView *m_table;
    QChartView *m_rateChart;
    QChartView *m_durationChart;
    QChartView *m_performanceChart;
    QLabel *m_heading;
    QLabel *m_providerLabel;
    QLabel *m_typeLabel;
    QLabel *m_status;
    QString m_providerFilter;
    QString m_typeFilter;
    QString m_selected;
    QList<ModelPerformancePoint> m_performance;
    Request<Result<Data>> m_loading{this};
    Request<Result<QList<ModelPerformancePoint>>> m_loadingPerformance{this}; // the line chart's
    bool m_restoring = false;                                                 // the table is being refilled: selection changes are the view's own
};

} // namespace Atelier
