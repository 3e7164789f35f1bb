#pragma once

#include <QCoreApplication>

#include <memory>
#include <mutex>

class QSqlDatabase;
struct sqlite3;
struct pg_cancel;

namespace Atelier {

/// Lets the thread that asked for some work stop it, including the query the database is running:
/// sqlite3_interrupt on SQLite, a cancel request to the server on PostgreSQL. Shared between the
/// requester and the worker; the worker attaches its connection while its queries run.
class CancelToken final
{
    Q_DECLARE_TR_FUNCTIONS(CancelToken)
public:
    CancelToken() = default;
    ~CancelToken();
    CancelToken(const CancelToken &) = delete;
    CancelToken &operator=(const CancelToken &) = delete;

    static std::shared_ptr<CancelToken> create() { return std::make_shared<CancelToken>(); }

    /// Any thread: marks the work cancelled and interrupts the attached connection's query.
    void cancel();
    bool isCancelled() const;

    /// Worker thread: the connection whose queries cancel() may interrupt, until detach().
    void attach(const QSqlDatabase &db);
    void detach();

    /// The message a cancelled piece of work returns.
    static QString cancelledMessage();

private:
    mutable std::mutex m_mutex;
    bool m_cancelled = false;
    sqlite3 *m_sqlite = nullptr;
    pg_cancel *m_postgres = nullptr;
};

/// Attaches a connection to a token for the lifetime of a scope.
class CancelScope final
{
public:
    CancelScope(CancelToken *token, const QSqlDatabase &db) : m_token(token)
    {
        if (m_token)
            m_token->attach(db);
    }
    ~CancelScope()
    {
        if (m_token)
            m_token->detach();
    }
    CancelScope(const CancelScope &) = delete;
    CancelScope &operator=(const CancelScope &) = delete;

private:
    CancelToken *m_token;
};

} // namespace Atelier
