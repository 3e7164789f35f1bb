#include "auditmodel.h"

#include <QDateTime>

namespace Atelier {

AuditModel::AuditModel(QObject *parent) : ColumnTableModel(columnTable(), nullptr, {}, parent) {}

AuditModel::~AuditModel() = default;

std::span<const AuditModel::TableColumn> AuditModel::columnTable()
{
    using R = AuditRecord;
    static const TableColumn columns[] = {
        {.key = "created_at",
         .header = QT_TR_NOOP("Time (UTC)"),
         .display = [](const R &r) { return QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }},
        {.key = "user", .header = QT_TR_NOOP("User"), .display = [](const R &r) { return r.username.isEmpty() ? r.userId : r.username; }},
        {.key = "action", .header = QT_TR_NOOP("Action"), .display = [](const R &r) { return r.action; }},
        {.key = "resource_type", .header = QT_TR_NOOP("Resource type"), .display = [](const R &r) { return r.resourceType; }},
        {.key = "resource_id", .header = QT_TR_NOOP("Resource"), .display = [](const R &r) { return r.resourceId; }},
        {.key = "ip_address", .header = QT_TR_NOOP("IP address"), .display = [](const R &r) { return r.ipAddress; }},
        {.key = "user_agent", .header = QT_TR_NOOP("Client"), .display = [](const R &r) { return r.userAgent; }},
        {.key = "metadata", .header = QT_TR_NOOP("Details"), .display = [](const R &r) { return r.metadata; }},
        {.key = "seq", .header = QT_TR_NOOP("Row"), .alignment = Qt::AlignRight | Qt::AlignVCenter}, // a number: data() gives it
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void AuditModel::reset()
{
    m_more = true;
    m_fetching = false;
    setRows({});
}

void AuditModel::appendPage(const QList<AuditRecord> &rows, bool more)
{
    // Still "fetching" while the rows go in, so that nobody asks for the rows after an old last one.
    appendRows(rows);
    m_more = more;
    m_fetching = false;
}

void AuditModel::fetchFailed()
{
    m_fetching = false;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return ColumnTableModel::data(index, role);
    if (index.column() == SeqColumn && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return rows().at(index.row()).seq; // a number, shown in the person's locale
    return ColumnTableModel::data(index, Qt::DisplayRole); // the whole text as a tooltip, and to screen readers
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested(lastSeq());
}

} // namespace Atelier
