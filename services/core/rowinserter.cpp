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

Status RowInserter::insertMany(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    // Stays well under SQLite's limit of bound values per statement.
    const qsizetype perStatement = std::max<qsizetype>(1, 4000 / std::max<qsizetype>(1, columns.size()));
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1String(", ")) + QLatin1Char(')');
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        QStringList tuples;
        tuples.fill(tuple, count);
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(table, columns.join(QLatin1String(", ")), tuples.join(QLatin1String(", ")))))
            return Database::queryError(query, QCoreApplication::translate("Atelier::RowInserter", "Preparing an insert into %1").arg(table));
        int index = 0;
        for (qsizetype r = first; r < first + count; ++r) {
            Q_ASSERT(rows.at(r).size() == columns.size());
            for (const QVariant &value : rows.at(r))
                query.bindValue(index++, value);
        }
        if (!query.exec())
            return Database::queryError(query, QCoreApplication::translate("Atelier::RowInserter", "Inserting into %1").arg(table));
    }
    return Done{};
}

Status RowInserter::insertAllOrNothing(const QString &table, const QStringList &columns, const QList<QVariantList> &rows)
{
    if (!m_db.transaction())
        return Error{QCoreApplication::translate("Atelier::RowInserter", "Cannot start a transaction to write into %1.").arg(table), {}};
    if (auto s = insertMany(table, columns, rows); !s) {
        m_db.rollback();
        return s;
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return Error{QCoreApplication::translate("Atelier::RowInserter", "Cannot commit the rows written into %1.").arg(table), {}};
    }
    return Done{};
}

} // namespace Atelier
