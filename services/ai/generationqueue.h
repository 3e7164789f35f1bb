#pragma once

#include "core/databaseurl.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Atelier {


/// Runs the generation queue of a database on this desktop: takes due jobs (oldest first), at most each
/// provider's concurrency at once and within its token-bucket rate, calls the provider on a worker thread,
/// stores the result and moves the credits. Rate limits, server errors and timeouts are retried with exponential
/// backoff and jitter, never sooner than the provider's Retry-After (which also pauses that provider), up to the
/// job's attempts. Jobs are held under a lease renewed while they run: when a desktop dies, another (or this one
/// restarted) takes its jobs back. Several desktops may run the same queue.
class GenerationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationQueue)
public:
    struct Options
    {
        DatabaseUrl url;
        QStringList providers;          // empty: every provider
        qint64 leaseMs = 60000;
        int pollMs = 500;
        qint64 backoffBaseMs = 1000;
        qint64 backoffMaxMs = 5 * 60000;
    };

    explicit GenerationQueue(Options options, QObject *parent = nullptr);
    ~GenerationQueue() override;

    void start();
    /// Stops taking jobs, interrupts the calls in flight and gives their jobs back to the queue; returns when done.
    void stop();
    /// Looks for work now (a job was queued).
    void wake();
    /// Cancels a job (refunded); a call in flight on this desktop is interrupted at once.
    bool cancel(const QString &id, QString *error = nullptr);
    /// After a job was cancelled in the database: stops this desktop's call in flight for it, if any, and tells the
    /// views (generationChanged). No database work: the GUI thread may call it.
    void interrupt(const QString &id);
    bool isRunning() const;
    /// This desktop's name in claimed_by: host, process and a random part.
    QString worker() const;

signals:
    /// A job moved on: processing, completed, failed, canceled or pending again (a retry).
    void generationChanged(const QString &id, const QString &status);
    /// How far a job in flight is, 0 … 1, where its provider says (AUTOMATIC1111), about every second.
    void generationProgress(const QString &id, double share);
    /// Something went wrong with the queue itself (the database is unreachable, say).
    void problem(const QString &message);

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Atelier
