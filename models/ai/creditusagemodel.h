#pragma once

#include "ai/studioanalytics.h"
#include "core/columntablemodel.h"

namespace Atelier {

/// The people who spent the brand's credits: charged and refunded over the range, held now, used this month
/// against their monthly quota.
class CreditUsageModel final : public ColumnTableModel<CreditUsage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditUsageModel)
public:
    enum Column { PersonColumn, ChargedColumn, RefundedColumn, ReservedColumn, UsedColumn, QuotaColumn, LeftColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, // the raw number (or name) a column sorts on
        UserIdRole,
    };

    explicit CreditUsageModel(QObject *parent = nullptr);
    ~CreditUsageModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static std::span<const TableColumn> columnTable();
};

} // namespace Atelier
