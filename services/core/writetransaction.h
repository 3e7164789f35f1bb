#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Atelier {

/// A write transaction that rolls back unless committed. SQLite takes the write lock at once (BEGIN IMMEDIATE:
/// a deferred one could fail on upgrade when another connection wrote in between); PostgreSQL locks the rows it
/// touches.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db), m_q(db) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    /// \a what names the work in an error ("Queuing a generation").
    Status begin(const QString &what);
    Status commit(const QString &what);

private:
    QSqlDatabase m_db;
    QSqlQuery m_q;
    bool m_open = false;
};

} // namespace Atelier
