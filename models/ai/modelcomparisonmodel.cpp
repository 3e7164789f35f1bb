#include "modelcomparisonmodel.h"

#include <QHash>
#include <QLocale>

namespace Atelier {

namespace {

QString none()
{
    return QStringLiteral("—");
}

bool finished(const ModelStats &s)
{
    return s.completed + s.failed > 0;
}

QString providerOf(const ModelComparisonRow &r)
{
    return r.registry ? r.registry->provider : r.stats.provider;
}

QString typeOf(const ModelComparisonRow &r)
{
    return r.registry ? r.registry->type : QString();
}

/// The optional figure \a value with \a decimals, "—" without one.
QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : none();
}

} // namespace

// --- ModelComparisonModel ---------------------------------------------------------------------------------------

ModelComparisonModel::ModelComparisonModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const ModelComparisonRow &r) { return r.name; }, {.key = NameRole, .sort = SortRole}, parent)
{
}

ModelComparisonModel::~ModelComparisonModel() = default;

std::span<const ModelComparisonModel::TableColumn> ModelComparisonModel::columnTable()
{
    constexpr Qt::Alignment text = Qt::AlignLeft | Qt::AlignVCenter;
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    using R = ModelComparisonRow;
    static const TableColumn columns[] = {
        {.key = "name",
         .header = QT_TR_NOOP("Model"),
         .display = [](const R &r) { return r.name; },
         .sort = [](const R &r) -> QVariant { return r.name.toLower(); },
         .alignment = text},
        {.key = "provider", .header = QT_TR_NOOP("Provider"), .display = &providerOf, .sort = [](const R &r) -> QVariant { return providerOf(r); }, .alignment = text},
        {.key = "type",
         .header = QT_TR_NOOP("Type"),
         .display = [](const R &r) { return r.registry ? typeOf(r) : none(); },
         .sort = [](const R &r) -> QVariant { return typeOf(r); },
         .alignment = text},
        {.key = "credits",
         .header = QT_TR_NOOP("Price"),
         .display = [](const R &r) { return r.registry ? QLocale().toString(r.registry->credits) : none(); },
         .sort = [](const R &r) -> QVariant { return r.registry ? r.registry->credits : -1; },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Credits a result costs, from the registry")},
        {.key = "avg_seconds",
         .header = QT_TR_NOOP("Typical time"),
         .display = [](const R &r) { return r.registry ? tr("%1 s").arg(QLocale().toString(r.registry->avgSeconds)) : none(); },
         .sort = [](const R &r) -> QVariant { return r.registry ? r.registry->avgSeconds : -1; },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Seconds a result usually takes, from the registry")},
        {.key = "catalogue_quality",
         .header = QT_TR_NOOP("Catalogue quality"),
         .display = [](const R &r) { return r.registry ? QLocale().toString(r.registry->quality, 'f', 0) : none(); },
         .sort = [](const R &r) -> QVariant { return r.registry ? r.registry->quality : -1.0; },
         .alignment = number,
         .toolTip = QT_TR_NOOP("The registry's quality score, 0 to 100")},
        {.key = "active",
         .header = QT_TR_NOOP("Active"),
         .display = [](const R &r) { return r.registry ? (r.registry->active ? tr("yes") : tr("retired")) : tr("not in the registry"); },
         .sort = [](const R &r) -> QVariant { return r.registry ? int(r.registry->active) : -1; },
         .alignment = text},
        {.key = "generations",
         .header = QT_TR_NOOP("Generations"),
         .display = [](const R &r) { return QLocale().toString(r.stats.generations); },
         .sort = [](const R &r) -> QVariant { return r.stats.generations; },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Generations of this brand in the range (answers from the cache excluded)")},
        {.key = "success_rate",
         .header = QT_TR_NOOP("Success rate"),
         .display = [](const R &r) { return finished(r.stats) ? percentText(r.stats.successRate) : none(); },
         .sort = [](const R &r) -> QVariant { return finished(r.stats) ? r.stats.successRate : -1.0; },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Completed among the finished generations")},
        {.key = "p50_ms",
         .header = QT_TR_NOOP("p50 time"),
         .display = [](const R &r) { return r.stats.p50Ms ? secondsText(*r.stats.p50Ms) : none(); },
         .sort = [](const R &r) -> QVariant { return r.stats.p50Ms.value_or(-1.0); },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Half of the completed generations took at most this long")},
        {.key = "p95_ms",
         .header = QT_TR_NOOP("p95 time"),
         .display = [](const R &r) { return r.stats.p95Ms ? secondsText(*r.stats.p95Ms) : none(); },
         .sort = [](const R &r) -> QVariant { return r.stats.p95Ms.value_or(-1.0); },
         .alignment = number,
         .toolTip = QT_TR_NOOP("95% of the completed generations took at most this long")},
        {.key = "mean_credits",
         .header = QT_TR_NOOP("Mean credits"),
         .display = [](const R &r) { return optionalNumber(r.stats.meanCredits, 1); },
         .sort = [](const R &r) -> QVariant { return r.stats.meanCredits.value_or(-1.0); },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Credits charged per completed generation, on average")},
        {.key = "mean_quality",
         .header = QT_TR_NOOP("Mean quality"),
         .display = [](const R &r) { return optionalNumber(r.stats.meanQuality, 1); },
         .sort = [](const R &r) -> QVariant { return r.stats.meanQuality.value_or(-1.0); },
         .alignment = number,
         .toolTip = QT_TR_NOOP("Quality score of the completed generations, 0 to 100, on average")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QList<ModelComparisonRow> ModelComparisonModel::join(const QList<AiModel> &registry, const QList<ModelStats> &stats)
{
    QList<ModelComparisonRow> rows;
    QHash<QString, qsizetype> at;
    for (const AiModel &m : registry) {
        at.insert(m.name, rows.size());
        ModelComparisonRow row;
        row.name = m.name;
        row.registry = m;
        row.stats.model = m.name;
        row.stats.provider = m.provider;
        rows.append(row);
    }
    for (const ModelStats &s : stats) {
        if (const auto it = at.constFind(s.model); it != at.constEnd()) {
            ModelComparisonRow &row = rows[*it];
            row.stats = s;
            if (row.stats.provider.isEmpty())
                row.stats.provider = row.registry->provider;
        } else {
            rows.append({s.model, std::nullopt, s});
        }
    }
    return rows;
}

void ModelComparisonModel::setRows(const QList<AiModel> &registry, const QList<ModelStats> &stats)
{
    ColumnTableModel::setRows(join(registry, stats));
}

QVariant ModelComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelComparisonRow &r = rows().at(index.row());
    switch (role) {
    case ProviderRole:
        return providerOf(r);
    case TypeRole:
        return typeOf(r);
    case Qt::ToolTipRole:
        if (!r.registry)
            return tr("%1 is no longer in the registry: only the brand's record is shown.").arg(r.name);
        if (index.column() == SuccessColumn && finished(r.stats))
            return tr("%1 completed, %2 failed").arg(r.stats.completed).arg(r.stats.failed);
        return {};
    default:
        return ColumnTableModel::data(index, role);
    }
}

QString ModelComparisonModel::percentText(double fraction)
{
    return tr("%1%").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString ModelComparisonModel::secondsText(double ms)
{
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

// --- ModelFilterProxy -------------------------------------------------------------------------------------------

ModelFilterProxy::ModelFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

ModelFilterProxy::~ModelFilterProxy() = default;

void ModelFilterProxy::setCriteria(const QString &provider, const QString &type)
{
    m_provider = provider;
    m_type = type;
    invalidateFilter();
}

bool ModelFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    return (m_provider.isEmpty() || i.data(ModelComparisonModel::ProviderRole).toString() == m_provider)
           && (m_type.isEmpty() || i.data(ModelComparisonModel::TypeRole).toString() == m_type);
}

} // namespace Atelier
