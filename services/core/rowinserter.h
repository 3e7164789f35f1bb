#pragma once

#include "result.h"

#include <map>
#include <memory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Atelier {

/// Inserts rows with one cached prepared statement per table and column list. Table and column
/// names come from the code, never from people; values are always bound.
class RowInserter final
{
public:
    explicit RowInserter(const QSqlDatabase &db) : m_db(db) {}
    Status insert(const QString &table, const QStringList &columns, const QVariantList &values);
    /// Inserts many rows with multi-row statements: one round trip per few hundred rows instead of one
    /// per row, which is what a PostgreSQL server on the network makes expensive.
    Status insertMany(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);
    /// insertMany in a transaction of its own: all the rows, or none.
    Status insertAllOrNothing(const QString &table, const QStringList &columns, const QList<QVariantList> &rows);

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

} // namespace Atelier
