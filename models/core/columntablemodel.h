#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <span>

namespace Atelier {

/// What a column of a ColumnTableModel is, whatever its rows: a stable key, a header, an alignment.
struct ColumnSpec final
{
    const char *key = nullptr;     ///< stable English identifier ("charged", "base_url"): never translated
    const char *header = nullptr;  ///< QT_TR_NOOP in the model's class: the header, translated when read
    Qt::Alignment alignment = {};  ///< of the cells; none: the view's default
    const char *toolTip = nullptr; ///< QT_TR_NOOP in the model's class: the header's tooltip, if any
};

/// The row-type-free half of ColumnTableModel: the column count, the headers in the current language and
/// retranslate(). Headers are translated in the context of the model's class (its metaObject's class name), so a
/// model written `QT_TR_NOOP("Status")` inside its own member function reads the same translation as tr("Status").
class ColumnTableBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnTableBase)
public:
    /// The roles a model answers besides the cells' text: its rows' stable key (an id, a name) and the raw value a
    /// column sorts on (a number, a lower-case text). −1: the model has none.
    struct Roles
    {
        int key = -1;
        int sort = -1;
    };

    ~ColumnTableBase() override;

    int columnCount(const QModelIndex &parent = {}) const final;
    /// Horizontal: the column's header (DisplayRole, AccessibleTextRole) and tooltip (ToolTipRole) in the current
    /// language. Vertical: the rows' numbers.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The stable key of \a column, empty when there is no such column.
    QString columnKey(int column) const;
    /// The column whose stable key is \a key, or −1.
    int columnOf(QStringView key) const;
    int keyRole() const { return m_roles.key; }
    int sortRole() const { return m_roles.sort; }

    /// Says the headers and the cells again in the current language (views call it on QEvent::LanguageChange):
    /// headerDataChanged over every column, dataChanged over every cell.
    void retranslate();

protected:
    ColumnTableBase(QList<ColumnSpec> columns, Roles roles, QObject *parent);
    /// The cells' alignment of \a column for Qt::TextAlignmentRole; invalid when the view decides.
    QVariant alignment(int column) const;

private:
    QList<ColumnSpec> m_columns;
    Roles m_roles;
};

/// A table of value-type rows described by a column table: each column says its key, its header, how a row shows
/// in it (DisplayRole) and the raw value it sorts on (the sort role). One headerData, one retranslate, one
/// setRows for every such model. A model adds the roles only it has by overriding data() and calling this one.
///
/// \code
/// std::span<const CreditUsageModel::TableColumn> CreditUsageModel::columnTable()   // a member: tr() is the model's
/// {
///     static const TableColumn columns[] = {
///         {.key = "person", .header = QT_TR_NOOP("Person"), .display = [](const CreditUsage &u) { return u.username; },
///          .sort = [](const CreditUsage &u) -> QVariant { return u.username.toLower(); }},
///         …
///     };
///     return columns;
/// }
/// \endcode
template<typename Row>
class ColumnTableModel : public ColumnTableBase
{
public:
    struct TableColumn
    {
        const char *key = nullptr;                 ///< ColumnSpec::key
        const char *header = nullptr;              ///< ColumnSpec::header
        QString (*display)(const Row &) = nullptr; ///< the cell's text; none: the model's data() says it
        QVariant (*sort)(const Row &) = nullptr;   ///< the value the sort role gives; none: nothing
        Qt::Alignment alignment = {};              ///< ColumnSpec::alignment
        const char *toolTip = nullptr;             ///< ColumnSpec::toolTip
    };
    using RowKey = QString (*)(const Row &);

    int rowCount(const QModelIndex &parent = {}) const final { return parent.isValid() ? 0 : int(m_rows.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Row &row = m_rows.at(index.row());
        const TableColumn &column = m_columns[std::size_t(index.column())];
        if (role == Qt::DisplayRole)
            return column.display ? QVariant(column.display(row)) : QVariant();
        if (role == Qt::TextAlignmentRole)
            return alignment(index.column());
        if (role >= Qt::UserRole && role == sortRole())
            return column.sort ? column.sort(row) : QVariant();
        if (role >= Qt::UserRole && role == keyRole() && m_rowKey)
            return m_rowKey(row);
        return {};
    }

    const QList<Row> &rows() const { return m_rows; }
    /// The row whose key is \a key, or −1.
    int rowOf(const QString &key) const
    {
        if (m_rowKey)
            for (qsizetype r = 0; r < m_rows.size(); ++r)
                if (m_rowKey(m_rows.at(r)) == key)
                    return int(r);
        return -1;
    }

    /// Replaces every row: a model reset (views lose their selection, as with a new listing).
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    /// Inserts \a row before row \a at (0: first; rowCount(): last); views keep their selection of the others.
    void insertRowAt(int at, Row row)
    {
        at = qBound(0, at, rowCount());
        beginInsertRows({}, at, at);
        m_rows.insert(at, std::move(row));
        endInsertRows();
    }
    /// Appends \a rows after the last one (a page fetched, say).
    void appendRows(QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        beginInsertRows({}, rowCount(), rowCount() + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    /// Puts \a row in the place of row \a at: its cells change, the rows around it stay.
    void replaceRow(int at, Row row)
    {
        if (at < 0 || at >= rowCount())
            return;
        m_rows[at] = std::move(row);
        emit dataChanged(index(at, 0), index(at, columnCount() - 1));
    }
    /// Removes row \a at; views keep their selection of the others.
    void removeRowAt(int at)
    {
        if (at < 0 || at >= rowCount())
            return;
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }

protected:
    /// \a columns outlive the model (a static table); \a rowKey gives a row's stable key (null: rows have none).
    ColumnTableModel(std::span<const TableColumn> columns, RowKey rowKey, Roles roles, QObject *parent)
        : ColumnTableBase(specs(columns), roles, parent), m_columns(columns), m_rowKey(rowKey)
    {
    }

private:
    static QList<ColumnSpec> specs(std::span<const TableColumn> columns)
    {
        QList<ColumnSpec> out;
        out.reserve(qsizetype(columns.size()));
        for (const TableColumn &c : columns)
            out.append({c.key, c.header, c.alignment, c.toolTip});
        return out;
    }

    std::span<const TableColumn> m_columns;
    RowKey m_rowKey;
    QList<Row> m_rows;
};

} // namespace Atelier
