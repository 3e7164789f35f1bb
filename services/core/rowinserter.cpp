#include "rowinserter.h"

#include "database.h"

#include <QCoreApplication>

namespace Atelier {

Status RowInserter::insert(const QString &table, const QStringList &columns, const QVariantList &values)
{
    Q_ASSERT(columns.size() == values.size());
    const QString key = table + QLatin1Char('|') + columns.join(QLatin1Char(','));
    auto it = m_queries.find(key);
    if (it == m_queries.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        if (!query->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))))
            return Database::queryError(*query, QCoreApplication::translate("Atelier::RowInserter", "Preparing an insert into %1").arg(table));
        it = m_queries.emplace(key, std::move(query)).first;
    }
    QSqlQuery &query = *it->second;
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Database::queryError(query, QCoreApplication::translate("Atelier::RowInserter", "Inserting into %1").arg(table));
    return Done{};
}

} // namespace Atelier
