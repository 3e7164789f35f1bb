#pragma once

#include "core/columntablemodel.h"
#include "i18n/translationstore.h"

namespace Atelier {

/// The console's messages in one language (TranslationStore::list): source, context, where used, the text now,
/// state and warnings. A plain message's text is edited in place (setData asks the page to save it: editRequested);
/// a numerus one in the page's form editor.
class TranslationModel final : public ColumnTableModel<TranslationMessage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationModel)
public:
    enum Column { SourceColumn, ContextColumn, WhereColumn, TranslationColumn, StateColumn, WarningsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyRole, ErrorRole };

    explicit TranslationModel(QObject *parent = nullptr);
    ~TranslationModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    /// Whether the person may change texts (a translator): the translation column is editable then.
    void setEditable(bool editable) { m_editable = editable; }
    /// The forms joined for one cell: "one | other" for a numerus message.
    static QString joined(const QStringList &forms);

signals:
    /// The person typed \a text as the translation of the message \a key (a plain message).
    void editRequested(const QString &key, const QString &text);

private:
    static std::span<const TableColumn> columnTable();
    bool m_editable = false;
};

} // namespace Atelier
