#include "trainingmodels.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Atelier {

namespace {

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

// --- TrainingDatasetModel ---------------------------------------------------------------------------------------

TrainingDatasetModel::TrainingDatasetModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const TrainingDataset &s) { return s.id; }, {.key = IdRole}, parent)
{
}

TrainingDatasetModel::~TrainingDatasetModel() = default;

std::span<const TrainingDatasetModel::TableColumn> TrainingDatasetModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "name", .header = QT_TR_NOOP("Dataset"), .display = [](const TrainingDataset &s) { return s.name; }},
        {.key = "accepted",
         .header = QT_TR_NOOP("Accepted"),
         .display = [](const TrainingDataset &s) {
             const QLocale locale;
             return tr("%1 of %2").arg(locale.toString(s.validated), locale.toString(s.total));
         },
         .alignment = kNumber},
        {.key = "quality",
         .header = QT_TR_NOOP("Mean quality"),
         .display = [](const TrainingDataset &s) { return s.validated > 0 ? QLocale().toString(s.quality, 'f', 0) : tr("none accepted"); },
         .alignment = kNumber},
        {.key = "status", .header = QT_TR_NOOP("Status"), .display = [](const TrainingDataset &s) { return statusText(s.status); }},
        {.key = "created_at", .header = QT_TR_NOOP("Made"), .display = [](const TrainingDataset &s) { return when(s.createdAt); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QString TrainingDatasetModel::statusText(const QString &status)
{
    if (status == QLatin1String("preparing"))
        return tr("Preparing: no image accepted");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("training"))
        return tr("Training");
    return status;
}

// --- TrainingImageModel -----------------------------------------------------------------------------------------

TrainingImageModel::TrainingImageModel(QObject *parent) : ColumnTableModel(columnTable(), nullptr, {}, parent) {}

TrainingImageModel::~TrainingImageModel() = default;

std::span<const TrainingImageModel::TableColumn> TrainingImageModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "number", .header = QT_TR_NOOP("#"), .alignment = kNumber}, // the row's number: data() says it
        {.key = "image",
         .header = QT_TR_NOOP("Image"),
         .display = [](const TrainingImage &image) {
             return image.source.startsWith(QLatin1String("generation:"))
                        ? tr("Generation %1").arg(image.source.mid(QLatin1String("generation:").size()))
                        : QFileInfo(image.source).fileName();
         }},
        {.key = "size",
         .header = QT_TR_NOOP("Size"),
         .display = [](const TrainingImage &image) {
             const QLocale locale;
             return image.width > 0 && image.height > 0 ? tr("%1 × %2").arg(locale.toString(image.width), locale.toString(image.height))
                                                        : QString();
         }},
        {.key = "verdict", .header = QT_TR_NOOP("Verdict"), .display = &TrainingImageModel::verdict},
        {.key = "quality",
         .header = QT_TR_NOOP("Quality"),
         .display = [](const TrainingImage &image) { return image.accepted ? QLocale().toString(image.quality, 'f', 0) : QString(); },
         .alignment = kNumber},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void TrainingImageModel::setVerdictIcons(const QIcon &accepted, const QIcon &refused)
{
    m_accepted = accepted;
    m_refused = refused;
    if (rowCount() > 0)
        emit dataChanged(index(0, VerdictColumn), index(rowCount() - 1, VerdictColumn), {Qt::DecorationRole});
}

QVariant TrainingImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingImage &image = rows().at(index.row());
    const bool checked = image.accepted || !image.reason.isEmpty();
    if (role == Qt::DecorationRole && index.column() == VerdictColumn && checked) {
        const QIcon &icon = image.accepted ? m_accepted : m_refused;
        return icon.isNull() ? QVariant() : QVariant(icon);
    }
    if (role == Qt::ToolTipRole)
        return index.column() == ImageColumn     ? QVariant(QDir::toNativeSeparators(image.source))
               : index.column() == VerdictColumn ? QVariant(verdict(image))
                                                 : QVariant();
    if (role == Qt::DisplayRole && index.column() == NumberColumn)
        return QLocale().toString(index.row() + 1);
    return ColumnTableModel::data(index, role);
}

QString TrainingImageModel::verdict(const TrainingImage &image)
{
    if (image.accepted)
        return tr("Accepted");
    if (image.reason.isEmpty())
        return tr("Not checked: recorded before images were checked");
    return tr("Refused: %1").arg(image.reason);
}

// --- CustomModelTableModel --------------------------------------------------------------------------------------

CustomModelTableModel::CustomModelTableModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const CustomModel &m) { return m.id; }, {.key = IdRole}, parent)
{
}

CustomModelTableModel::~CustomModelTableModel() = default;

std::span<const CustomModelTableModel::TableColumn> CustomModelTableModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "name", .header = QT_TR_NOOP("Model"), .display = [](const CustomModel &m) { return m.name; }},
        {.key = "base_model", .header = QT_TR_NOOP("Base model"), .display = [](const CustomModel &m) { return m.baseModel; }},
        {.key = "dataset", .header = QT_TR_NOOP("Dataset")}, // named by the model's dataset names: data() says it
        {.key = "status", .header = QT_TR_NOOP("Status"), .display = [](const CustomModel &m) { return statusText(m.status); }},
        {.key = "trained_at", .header = QT_TR_NOOP("Trained"), .display = [](const CustomModel &m) { return when(m.trainedAt); }},
        {.key = "registered_model", .header = QT_TR_NOOP("Used as"), .display = [](const CustomModel &m) { return m.registeredModel; }},
        {.key = "error", .header = QT_TR_NOOP("Error"), .display = [](const CustomModel &m) { return m.error; }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void CustomModelTableModel::update(const CustomModel &model)
{
    if (const int r = rowOf(model.id); r >= 0)
        replaceRow(r, model);
}

void CustomModelTableModel::nameDataset(const QString &id, const QString &name)
{
    m_datasetNames.insert(id, name);
    datasetNamesChanged();
}

void CustomModelTableModel::setDatasetNames(QHash<QString, QString> names)
{
    m_datasetNames = std::move(names);
    datasetNamesChanged();
}

void CustomModelTableModel::datasetNamesChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, DatasetColumn), index(rowCount() - 1, DatasetColumn));
}

QVariant CustomModelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomModel &m = rows().at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == ErrorColumn ? QVariant(m.error)
               : index.column() == BaseColumn || index.column() == NameColumn || index.column() == RegisteredColumn
                   ? data(index, Qt::DisplayRole)
                   : QVariant();
    if (role == Qt::DisplayRole && index.column() == DatasetColumn)
        return m_datasetNames.value(m.datasetId, m.datasetId);
    return ColumnTableModel::data(index, role);
}

QString CustomModelTableModel::statusText(const QString &status)
{
    if (status == QLatin1String("training"))
        return tr("Training");
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

} // namespace Atelier
