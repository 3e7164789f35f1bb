#include "ratelimiter.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
std::chrono::milliseconds steadyNow()
{
    static const QElapsedTimer started = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return std::chrono::milliseconds(started.elapsed());
}
} // namespace

RateLimiter::RateLimiter(double perSecond, double burst, Clock clock)
    : m_perSecond(perSecond), m_burst(std::max(1.0, burst)), m_clock(clock ? std::move(clock) : Clock(steadyNow))
{
}

std::chrono::milliseconds RateLimiter::acquire(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    const auto now = m_clock();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, now});
    Bucket &b = it.value();
    b.tokens = std::min(m_burst, b.tokens + double((now - b.at).count()) / 1000.0 * m_perSecond);
    b.at = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::chrono::milliseconds(0);
    }
    return std::chrono::milliseconds(qint64(std::ceil((1.0 - b.tokens) / m_perSecond * 1000.0)));
}

ConcurrencyLimiter::Permit::~Permit()
{
    m_owner->release(m_key);
}

ConcurrencyLimiter::ConcurrencyLimiter(int limit) : m_limit(std::max(1, limit)) {}

ConcurrencyLimiter &ConcurrencyLimiter::analyses()
{
    static ConcurrencyLimiter limiter(2);
    return limiter;
}

std::unique_ptr<ConcurrencyLimiter::Permit> ConcurrencyLimiter::tryAcquire(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    int &running = m_running[key];
    if (running >= m_limit)
        return nullptr;
    ++running;
    return std::make_unique<Permit>(this, key);
}

std::unique_ptr<ConcurrencyLimiter::Permit> ConcurrencyLimiter::acquire(const QString &key, const std::function<bool()> &cancelled)
{
    QMutexLocker lock(&m_mutex);
    while (m_running.value(key) >= m_limit) {
        if (cancelled && cancelled())
            return nullptr;
        m_freed.wait(&m_mutex, QDeadlineTimer(25));
    }
    ++m_running[key];
    return std::make_unique<Permit>(this, key);
}

int ConcurrencyLimiter::running(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    return m_running.value(key);
}

void ConcurrencyLimiter::release(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (--m_running[key] <= 0)
        m_running.remove(key);
    m_freed.wakeAll();
}

} // namespace Atelier
