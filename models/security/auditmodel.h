#pragma once

#include "security/audittrail.h"

#include <QAbstractTableModel>

namespace Atelier {

/// The audit trail as a table that fills itself a page at a time: views ask for more as people scroll
/// (canFetchMore/fetchMore), the model asks its owner for the rows after the last one it has
/// (fetchRequested), and the owner hands them over with appendPage. Millions of rows never load at once.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ResourceTypeColumn, ResourceIdColumn, AddressColumn, AgentColumn,
                  MetadataColumn, SeqColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditModel(QObject *parent = nullptr);
    /// Forgets the rows (a new filter): the next fetch starts from the beginning.
    void reset();
    /// Rows after the last one held; \a more says whether the trail has rows beyond them.
    void appendPage(const QList<AuditRecord> &rows, bool more);
    /// The fetch asked for could not be made: allow asking again.
    void fetchFailed();
    const AuditRecord &record(int row) const { return m_rows.at(row); }
    qint64 lastSeq() const { return m_rows.isEmpty() ? 0 : m_rows.last().seq; }
    bool isFetching() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Give me the rows after \a afterSeq (see appendPage).
    void fetchRequested(qint64 afterSeq);

private:
    QList<AuditRecord> m_rows;
    bool m_more = true;
    bool m_fetching = false;
};

} // namespace Atelier
