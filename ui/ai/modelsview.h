#pragma once

#include "ai/studioanalytics.h"
#include "studioview.h"

#include <QAbstractTableModel>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Atelier {

/// A model of the registry joined with the brand's record over the range. A model the brand used that is no
/// longer in the registry keeps its record, without catalogue figures.
struct ModelComparisonRow final
{
    QString name;
    std::optional<AiModel> registry;
    ModelStats stats; // generations 0: not used in the range
};

/// The rows of the models table: catalogue and record side by side, each column sortable on its raw value.
class ModelComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelComparisonModel)
public:
    enum Column {
        NameColumn,
        ProviderColumn,
        TypeColumn,
        PriceColumn,
        AvgSecondsColumn,
        CatalogueQualityColumn,
        ActiveColumn,
        GenerationsColumn,
        SuccessColumn,
        P50Column,
        P95Column,
        MeanCreditsColumn,
        MeanQualityColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or text) a column sorts on
        NameRole,
        ProviderRole,
        TypeRole,
    };

    explicit ModelComparisonModel(QObject *parent = nullptr);
    ~ModelComparisonModel() override;

    /// Joins the registry with the record (by model name) and resets the model.
    void setRows(const QList<AiModel> &registry, const QList<ModelStats> &stats);
    const QList<ModelComparisonRow> &rows() const { return m_rows; }
    /// The row of \a name, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The header's words changed with the language.
    void retranslate();

private:
    QList<ModelComparisonRow> m_rows;
};

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
    QSortFilterProxyModel *m_proxy;
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
