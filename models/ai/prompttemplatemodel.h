#pragma once

#include "ai/promptservice.h"
#include "core/columntablemodel.h"

#include <QSortFilterProxyModel>

namespace Atelier {

/// The templates as rows: name, category, variables, uses and success rate.
class PromptTemplateModel final : public ColumnTableModel<PromptTemplate>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptTemplateModel)
public:
    enum Column { NameColumn, CategoryColumn, VariablesColumn, UsageColumn, SuccessColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PromptTemplateModel(QObject *parent = nullptr);
    ~PromptTemplateModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static std::span<const TableColumn> columnTable();
};

/// The rows of one category (or all) holding every word searched, in the name, the category or the prompt.
class PromptTemplateFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptTemplateFilter)
public:
    explicit PromptTemplateFilter(QObject *parent = nullptr);
    ~PromptTemplateFilter() override;

    /// Only the templates of \a category (empty: every category).
    void setCategory(const QString &category);
    /// Only the templates holding every word of \a text, whatever the case.
    void setWords(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_category;
    QStringList m_words;
};

} // namespace Atelier
