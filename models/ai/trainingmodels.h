#pragma once

#include "ai/trainingservice.h"
#include "core/columntablemodel.h"

#include <QHash>
#include <QIcon>

namespace Atelier {

/// The brand's datasets: name, accepted of offered images, mean quality, status, made when.
class TrainingDatasetModel final : public ColumnTableModel<TrainingDataset>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDatasetModel)
public:
    enum Column { NameColumn, ImagesColumn, QualityColumn, StatusColumn, CreatedColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit TrainingDatasetModel(QObject *parent = nullptr);
    ~TrainingDatasetModel() override;

    /// preparing, ready, training in words (any other status as it is).
    static QString statusText(const QString &status);

private:
    static std::span<const TableColumn> columnTable();
};

/// The images offered to one dataset, each with its verdict: accepted (with its quality) or why it was refused.
class TrainingImageModel final : public ColumnTableModel<TrainingImage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingImageModel)
public:
    enum Column { NumberColumn, ImageColumn, SizeColumn, VerdictColumn, QualityColumn, ColumnCount };

    explicit TrainingImageModel(QObject *parent = nullptr);
    ~TrainingImageModel() override;

    /// The icons beside a verdict (the view's style gives them: no widget code here); none by default.
    void setVerdictIcons(const QIcon &accepted, const QIcon &refused);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Accepted, refused and why, or not checked, in words.
    static QString verdict(const TrainingImage &image);

private:
    static std::span<const TableColumn> columnTable();

    QIcon m_accepted;
    QIcon m_refused;
};

/// The brand's custom models: what was trained from what, how it went, and the model generations use once ready.
class CustomModelTableModel final : public ColumnTableModel<CustomModel>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomModelTableModel)
public:
    enum Column { NameColumn, BaseColumn, DatasetColumn, StatusColumn, TrainedColumn, RegisteredColumn, ErrorColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;

    explicit CustomModelTableModel(QObject *parent = nullptr);
    ~CustomModelTableModel() override;

    /// Replaces the row of \a model's id (if shown) by what a poll found.
    void update(const CustomModel &model);
    /// Shows \a name for the dataset of id \a id (as the dataset column says it), keeping the other names.
    void nameDataset(const QString &id, const QString &name);
    /// The names of the datasets by id (the dataset column shows the id of a dataset not named).
    void setDatasetNames(QHash<QString, QString> names);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// training, ready, failed in words (any other status as it is).
    static QString statusText(const QString &status);

private:
    static std::span<const TableColumn> columnTable();
    void datasetNamesChanged();

    QHash<QString, QString> m_datasetNames;
};

} // namespace Atelier
