#pragma once

#include "core/columntablemodel.h"
#include "security/audittrail.h"

namespace Atelier {

/// The audit trail as a table that fills itself a page at a time: views ask for more as people scroll
/// (canFetchMore/fetchMore), the model asks its owner for the rows after the last one it has
/// (fetchRequested), and the owner hands them over with appendPage. Millions of rows never load at once.
class AuditModel final : public ColumnTableModel<AuditRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, ResourceTypeColumn, ResourceIdColumn, AddressColumn, AgentColumn,
                  MetadataColumn, SeqColumn, ColumnCount };
    static constexpr int pageSize = 200;

    explicit AuditModel(QObject *parent = nullptr);
    ~AuditModel() override;

    /// Forgets the rows (a new filter): the next fetch starts from the beginning.
    void reset();
    /// Rows after the last one held; \a more says whether the trail has rows beyond them.
    void appendPage(const QList<AuditRecord> &rows, bool more);
    /// The fetch asked for could not be made: allow asking again.
    void fetchFailed();
    const AuditRecord &record(int row) const { return rows().at(row); }
    qint64 lastSeq() const { return rows().isEmpty() ? 0 : rows().last().seq; }
    bool isFetching() const { return m_fetching; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Give me the rows after \a afterSeq (see appendPage).
    void fetchRequested(qint64 afterSeq);

private:
    static std::span<const TableColumn> columnTable();

    bool m_more = true;
    bool m_fetching = false;
};

} // namespace Atelier
