#include "prompttemplatemodel.h"

#include <QLocale>

#include <algorithm>

namespace Atelier {

// --- PromptTemplateModel ----------------------------------------------------------------------------------------

PromptTemplateModel::PromptTemplateModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const PromptTemplate &t) { return t.id; }, {.key = IdRole, .sort = SortRole}, parent)
{
}

PromptTemplateModel::~PromptTemplateModel() = default;

std::span<const PromptTemplateModel::TableColumn> PromptTemplateModel::columnTable()
{
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    static const TableColumn columns[] = {
        {.key = "name",
         .header = QT_TR_NOOP("Name"),
         .display = [](const PromptTemplate &t) { return t.brandId.isEmpty() ? tr("%1 (every brand)").arg(t.name) : t.name; },
         .sort = [](const PromptTemplate &t) -> QVariant { return t.name.toLower(); }},
        {.key = "category",
         .header = QT_TR_NOOP("Category"),
         .display = [](const PromptTemplate &t) { return t.category; },
         .sort = [](const PromptTemplate &t) -> QVariant { return t.category.toLower(); }},
        {.key = "variables",
         .header = QT_TR_NOOP("Variables"),
         .display = [](const PromptTemplate &t) {
             QStringList names;
             for (const QString &v : t.variables)
                 names.append(QLatin1Char('{') + v + QLatin1Char('}'));
             return names.join(QLatin1String(", "));
         },
         .sort = [](const PromptTemplate &t) -> QVariant { return int(t.variables.size()); }},
        {.key = "usage_count",
         .header = QT_TR_NOOP("Uses"),
         .display = [](const PromptTemplate &t) { return QLocale().toString(t.usageCount); },
         .sort = [](const PromptTemplate &t) -> QVariant { return t.usageCount; },
         .alignment = number},
        {.key = "success_rate",
         .header = QT_TR_NOOP("Success rate"),
         .display = [](const PromptTemplate &t) {
             return t.usageCount > 0 ? tr("%1 %").arg(QLocale().toString(t.successRate * 100, 'f', 0)) : tr("not used yet");
         },
         .sort = [](const PromptTemplate &t) -> QVariant { return t.usageCount > 0 ? t.successRate : -1.0; },
         .alignment = number},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant PromptTemplateModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return index.column() == NameColumn      ? QVariant(rows().at(index.row()).prompt)
               : index.column() == SuccessColumn ? QVariant(tr("Completed generations made from this template, of those that finished."))
                                                 : QVariant();
    return ColumnTableModel::data(index, role);
}

// --- PromptTemplateFilter ---------------------------------------------------------------------------------------

PromptTemplateFilter::PromptTemplateFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

PromptTemplateFilter::~PromptTemplateFilter() = default;

void PromptTemplateFilter::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void PromptTemplateFilter::setWords(const QString &text)
{
    const QStringList words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool PromptTemplateFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const auto *model = qobject_cast<const PromptTemplateModel *>(sourceModel());
    if (!model || parent.isValid() || row < 0 || row >= model->rows().size())
        return false;
    const PromptTemplate &t = model->rows().at(row);
    if (!m_category.isEmpty() && t.category != m_category)
        return false;
    const QString haystack = (t.name + QLatin1Char(' ') + t.category + QLatin1Char(' ') + t.prompt).toLower();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &w) { return haystack.contains(w); });
}

} // namespace Atelier
