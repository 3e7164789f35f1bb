#include "creditusagemodel.h"

#include <QLocale>

#include <limits>

namespace Atelier {

namespace {

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;

bool limited(const CreditUsage &u)
{
    return u.monthlyCredits.has_value();
}

/// What is left of the quota this month: the quota less what was used and what is held (0 without a quota).
qint64 left(const CreditUsage &u)
{
    return limited(u) ? qint64(*u.monthlyCredits) - u.usedThisMonth - u.reserved : 0;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

CreditUsageModel::CreditUsageModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const CreditUsage &u) { return u.userId; }, {.key = UserIdRole, .sort = SortRole}, parent)
{
}

CreditUsageModel::~CreditUsageModel() = default;

std::span<const CreditUsageModel::TableColumn> CreditUsageModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "person",
         .header = QT_TR_NOOP("Person"),
         .display = [](const CreditUsage &u) { return u.username; },
         .sort = [](const CreditUsage &u) -> QVariant { return u.username.toLower(); },
         .alignment = Qt::AlignLeft | Qt::AlignVCenter},
        {.key = "charged",
         .header = QT_TR_NOOP("Charged"),
         .display = [](const CreditUsage &u) { return count(u.charged); },
         .sort = [](const CreditUsage &u) -> QVariant { return u.charged; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Credits charged for completed generations in the range")},
        {.key = "refunded",
         .header = QT_TR_NOOP("Refunded"),
         .display = [](const CreditUsage &u) { return count(u.refunded); },
         .sort = [](const CreditUsage &u) -> QVariant { return u.refunded; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Credits given back for failed or cancelled generations in the range")},
        {.key = "reserved",
         .header = QT_TR_NOOP("Held now"),
         .display = [](const CreditUsage &u) { return count(u.reserved); },
         .sort = [](const CreditUsage &u) -> QVariant { return u.reserved; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Credits held now by jobs still queued or running")},
        {.key = "used_this_month",
         .header = QT_TR_NOOP("Used this month"),
         .display = [](const CreditUsage &u) { return count(u.usedThisMonth); },
         .sort = [](const CreditUsage &u) -> QVariant { return u.usedThisMonth; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Credits charged since the start of this month")},
        {.key = "monthly_credits",
         .header = QT_TR_NOOP("Monthly quota"),
         .display = [](const CreditUsage &u) { return u.monthlyCredits ? QLocale().toString(*u.monthlyCredits) : tr("no quota"); },
         .sort = [](const CreditUsage &u) -> QVariant { return u.monthlyCredits ? qint64(*u.monthlyCredits) : qint64(-1); },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Credits the person may use each month in this brand")},
        {.key = "left",
         .header = QT_TR_NOOP("Left this month"),
         .display = [](const CreditUsage &u) { return limited(u) ? count(left(u)) : QStringLiteral("—"); },
         .sort = [](const CreditUsage &u) -> QVariant { return limited(u) ? left(u) : std::numeric_limits<qint64>::max(); }, // no quota: no limit
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("The quota less what was used this month and what is held now")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant CreditUsageModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const CreditUsage &u = rows().at(index.row());
        if (index.column() == PersonColumn)
            return u.userId;
        if (index.column() == LeftColumn && limited(u) && left(u) < 0)
            return tr("Over the quota: new generations are refused until next month or a larger quota.");
        return {};
    }
    return ColumnTableModel::data(index, role);
}

} // namespace Atelier
