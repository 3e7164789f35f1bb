#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <chrono>
#include <functional>
#include <memory>

namespace Atelier {

/// Token buckets per key (a provider and a hash of its API key, say): `burst` calls at once, then
/// `perSecond` on average. acquire() answers how long to wait before the call may go; it never sleeps.
class RateLimiter final
{
public:
    using Clock = std::function<std::chrono::milliseconds()>;
    RateLimiter(double perSecond, double burst, Clock clock = {});
    /// Zero when the call may go now (and it is counted); otherwise how long until it may.
    std::chrono::milliseconds acquire(const QString &key);

private:
    struct Bucket
    {
        double tokens = 0;
        std::chrono::milliseconds at{0};
    };
    double m_perSecond;
    double m_burst;
    Clock m_clock;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

/// At most `limit` expensive analyses running at once per person; more wait their turn.
class ConcurrencyLimiter final
{
public:
    class Permit final
    {
    public:
        Permit(ConcurrencyLimiter *owner, QString key) : m_owner(owner), m_key(std::move(key)) {}
        ~Permit();
        Permit(const Permit &) = delete;
        Permit &operator=(const Permit &) = delete;

    private:
        ConcurrencyLimiter *m_owner;
        QString m_key;
    };

    explicit ConcurrencyLimiter(int limit);
    /// The limiter of the console's analyses (2 per person, one per core of a small machine).
    static ConcurrencyLimiter &analyses();
    int limit() const { return m_limit; }
    /// A permit now, or none when \a key already holds `limit` of them.
    std::unique_ptr<Permit> tryAcquire(const QString &key);
    /// Waits for a permit; gives up (none) as soon as \a cancelled says so, checked every few milliseconds.
    std::unique_ptr<Permit> acquire(const QString &key, const std::function<bool()> &cancelled);
    int running(const QString &key);

private:
    void release(const QString &key);
    int m_limit;
    QMutex m_mutex;
    QWaitCondition m_freed;
    QHash<QString, int> m_running;
};

} // namespace Atelier
