#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Atelier {

/// A write transaction that rolls back unless committed. SQLite takes the write lock at once (BEGIN IMMEDIATE:
/// a deferred one could fail on upgrade when another connection wrote in between); PostgreSQL locks the rows it
/// touches.
///
/// Begun while another WriteTransaction of the same connection is open (a service that makes several changes
/// whole, each of which is a transaction of its own), it is a savepoint of the outer one: its commit keeps its
/// changes for the outer transaction to commit or roll back, its rollback undoes only its own.
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
    QString savepoint() const;
    QSqlDatabase m_db;
    QSqlQuery m_q;
    bool m_open = false;
    int m_level = 0; // 1: the transaction itself; more: a savepoint within it
};

} // namespace Atelier
