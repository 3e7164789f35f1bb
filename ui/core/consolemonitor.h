#pragma once

#include "core/request.h"
#include "core/result.h"
#include "monitoring/monitorround.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Atelier {

/// The monitoring rounds the console runs while it is open (issue 19), beside its workflow runner (MainWindow owns
/// both): every interval (setting monitoring/intervalSeconds, 60 s by default), on a pool thread of its own and never
/// on the GUI thread, MonitorRound::run keeps the health checks, evaluates the alert rules and prunes old rows — when
/// the database gives this console the round (MonitorRound::claim: however many consoles and `atelier monitor`s are
/// open on one database, one of them does each round). Going away cancels nothing half-done and waits for nothing.
class ConsoleMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleMonitor)
public:
    explicit ConsoleMonitor(QObject *parent = nullptr);
    ~ConsoleMonitor() override;

    /// Runs against \a url from now on (a round on the previous database is forgotten); an empty URL stops it.
    void setDatabase(const DatabaseUrl &url);
    /// A round now, if none is running (the database still decides whether this console takes it).
    void tick();
    bool isRoundRunning() const { return m_round.isRunning(); }
    int intervalSeconds() const { return m_intervalSeconds; }
    /// Rounds asked for and answered, and how many of them this console made.
    int rounds() const { return m_rounds; }
    int roundsMade() const { return m_made; }
    QString lastProblem() const { return m_lastProblem; }

signals:
    /// A round answered: whether this console made it, and what it did.
    void roundDone(const Atelier::MonitorRoundResult &round);
    void problem(const QString &message);

private:
    DatabaseUrl m_url;
    QString m_holder;
    QTimer m_timer;
    int m_intervalSeconds = MonitorRound::kDefaultIntervalSeconds;
    int m_rounds = 0;
    int m_made = 0;
    QString m_lastProblem;
    Request<Result<MonitorRoundResult>> m_round;
};

} // namespace Atelier
