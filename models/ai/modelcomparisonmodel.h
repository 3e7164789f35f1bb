#pragma once

#include "ai/studioanalytics.h"
#include "core/columntablemodel.h"

#include <QSortFilterProxyModel>

#include <optional>

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
class ModelComparisonModel final : public ColumnTableModel<ModelComparisonRow>
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
    /// The registry's models in its order, each with its record, then the models of the record the registry lost.
    static QList<ModelComparisonRow> join(const QList<AiModel> &registry, const QList<ModelStats> &stats);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// A fraction as a percentage with one decimal ("93.5%").
    static QString percentText(double fraction);
    /// Milliseconds as seconds ("1.25 s", "12.5 s").
    static QString secondsText(double ms);

private:
    static std::span<const TableColumn> columnTable();
};

/// Keeps the models of one provider and one type (either empty: any).
class ModelFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelFilterProxy)
public:
    explicit ModelFilterProxy(QObject *parent = nullptr);
    ~ModelFilterProxy() override;

    void setCriteria(const QString &provider, const QString &type);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_provider;
    QString m_type;
};

} // namespace Atelier
