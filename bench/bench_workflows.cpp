// Workflows (docs/benchmarks.md, "Workflows"): on each database (a scratch SQLite file, and a scratch database on the
// PostgreSQL server named by --pg-url or ATELIER_TEST_PG_URL, made and dropped here):
//  1. N manual executions of a 3-step workflow (condition, notify, webhook to a loopback receiver in this process)
//     run by two `atelier workflow runner --once` processes racing over them: throughput, and proof that each
//     execution ran exactly once and the receiver saw each idempotency key once;
//  2. an `every_seconds: 1` schedule with one idle `atelier workflow runner`: the delay from each instant
//     (scheduled_for) to the start of its execution (started_at), p50/p95/max;
//  3. WorkflowEngine::scheduleDue with 10,000 active scheduled workflows (cron and every N seconds, across the demo
//     brands), one tick a second over a top of the hour: median and max per tick;
//  5. manual runs (WorkflowService::run, as `atelier workflow run`) with one idle `atelier workflow runner`: the delay
//     from the execution's creation to its first step's start, p50/p95/max (PostgreSQL: woken by NOTIFY; SQLite: polls);
// and once, offscreen: 4. the visual editor (WorkflowEditor) opening a 100-node workflow.
// Usage: bench_workflows [--executions N] [--instants N] [--workflows N] [--ticks N] [--nodes N] [--runs N] [--pg-url URL]
//                        [--no-sqlite] [--no-pg] [--parts 1,2,3,4,5]
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/databaseurl.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"
#include "workflows/workfloweditor.h"
#include "workflows/workflowdefinition.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowevents.h"
#include "workflows/workflowservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Atelier;

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_workflows: %s\n", qPrintable(what));
    std::exit(1);
}

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql); // BEGIN, COMMIT, ANALYZE: not prepared
    } else {
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        die(sql + QStringLiteral(": ") + q.lastError().text());
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        die(sql + QStringLiteral(": ") + q.lastError().text());
    return q.value(0).toLongLong();
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonArray parseArray(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!d.isArray())
        die(QStringLiteral("not a JSON array (%1): %2").arg(error.errorString(), text));
    return d.array();
}

/// The value below which \a share of \a sorted lies (nearest rank).
double percentile(const QList<double> &sorted, double share)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(share * double(sorted.size()))) - 1, 0, sorted.size() - 1);
    return sorted.at(rank);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return percentile(values, 0.5);
}

/// Waits in the event loop (so that the receiver answers) until \a done or \a timeoutMs.
bool spinUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 20)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(pollMs);
    if (!done())
        loop.exec();
    return done();
}

/// `atelier workflow runner ARGS --database URL` in a process of its own (the password in its environment, English
/// messages so that its report can be read back).
void startRunner(QProcess &process, const DatabaseUrl &url, const QStringList &args)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!url.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), url.password);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(ATELIER_BINARY), QStringList{QStringLiteral("workflow"), QStringLiteral("runner")} + args
                                                      + QStringList{QStringLiteral("--database"), url.displayString()});
    if (!process.waitForStarted())
        die(QStringLiteral("cannot start %1: %2").arg(QStringLiteral(ATELIER_BINARY), process.errorString()));
}

struct Setup
{
    QString dialect; ///< "SQLite" or "PostgreSQL"
    DatabaseUrl url;
    QSqlDatabase db;
    QString me, username;
    QStringList brands; ///< the demo brands' ids
    QString benchBrand = QStringLiteral("brand_bench");
};

// ---- 1. manual executions through two runner processes ---------------------------------------------------------

void manualExecutions(Setup &s, int count)
{
    // The loopback receiver: 200 to every call, each idempotency key counted.
    QHttpServer receiver;
    QHash<QByteArray, int> keys;
    int calls = 0;
    receiver.route(QStringLiteral("/hook"), [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        ++calls;
        ++keys[request.value("Idempotency-Key")];
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}}), QHttpServerResponder::StatusCode::Ok);
    });
    const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        die(QStringLiteral("the receiver cannot listen"));

    const QJsonArray steps = parseArray(QStringLiteral(R"([
        {"id": "check", "type": "condition", "params": {"if": "{{ trigger.n >= 0 }}"}},
        {"id": "tell", "type": "notify", "params": {"users": ["%1"], "message": "Bench execution {{ trigger.n }}"}},
        {"id": "ping", "type": "webhook", "params": {"url": "http://127.0.0.1:%2/hook", "body": {"n": "{{ trigger.n }}"}}}
    ])").arg(s.username).arg(port));
    auto w = WorkflowService::create(s.db, s.benchBrand, QStringLiteral("bench three steps"), {},
                                     QJsonObject{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
                                                 {QStringLiteral("actions"), steps}});
    if (!w)
        die(w.error().message);

    QElapsedTimer clock;
    clock.start();
    QSet<QString> ids;
    for (int i = 0; i < count; ++i) {
        auto e = WorkflowService::run(s.db, s.benchBrand, w->id, QJsonObject{{QStringLiteral("n"), i}});
        if (!e)
            die(e.error().message);
        ids.insert(e->id);
    }
    const double queueMs = double(clock.nsecsElapsed()) / 1e6;

    QProcess first, second;
    clock.restart();
    for (QProcess *p : {&first, &second})
        startRunner(*p, s.url, {QStringLiteral("--once"), QStringLiteral("--brand"), QStringLiteral("bench")});
    if (!spinUntil([&] { return first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning; }, 600000))
        die(QStringLiteral("the runners did not finish within ten minutes"));
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    for (QProcess *p : {&first, &second})
        if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
            die(QStringLiteral("a runner failed: %1").arg(QString::fromUtf8(p->readAllStandardError())));
    // Each runner's report: "…: 0 scheduled, N claimed, N completed, …".
    const QRegularExpression claimedRe(QStringLiteral("(\\d+) claimed"));
    QList<int> claimed;
    for (QProcess *p : {&first, &second}) {
        const QRegularExpressionMatch m = claimedRe.match(QString::fromUtf8(p->readAllStandardOutput()));
        claimed.append(m.hasMatch() ? m.captured(1).toInt() : 0);
    }

    // Exactly once: every execution completed at its first attempt, three step runs each, each webhook key seen once.
    const QString workflowId = w->id;
    const qint64 completedOnce = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ? AND status = 'completed' "
                                                             "AND attempt = 1"), {workflowId});
    const qint64 notCompleted = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ? AND status <> 'completed'"),
                                       {workflowId});
    const qint64 stepRuns = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_step_runs r JOIN workflow_executions e ON e.id = r.execution_id "
                                                        "WHERE e.workflow_id = ?"), {workflowId});
    const qint64 stepRunsCompleted = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_step_runs r JOIN workflow_executions e "
                                                                 "ON e.id = r.execution_id WHERE e.workflow_id = ? AND r.status = 'completed' "
                                                                 "AND r.attempt = 1"), {workflowId});
    const qint64 notices = scalar(s.db, QStringLiteral("SELECT count(*) FROM comments WHERE resource_id = ?"), {workflowId});
    int keysOnce = 0, keysMore = 0, keysUnknown = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QString key = QString::fromUtf8(it.key());
        if (!key.endsWith(QLatin1String(":ping")) || !ids.contains(key.chopped(5)))
            ++keysUnknown;
        else if (it.value() == 1)
            ++keysOnce;
        else
            ++keysMore;
    }
    const bool exactlyOnce = completedOnce == count && notCompleted == 0 && stepRuns == 3 * count && stepRunsCompleted == 3 * count
                             && notices == count && keysOnce == count && keysMore == 0 && keysUnknown == 0 && calls == count;
    std::printf("[%s] 1. %d manual executions (condition, notify, webhook), two `workflow runner --once` processes\n", qPrintable(s.dialect), count);
    std::printf("  queued through WorkflowService::run    %.0f ms (%.2f ms an execution)\n", queueMs, queueMs / count);
    std::printf("  run                                     %.2f s from starting the runners to both exiting: %.1f executions/s\n", seconds,
                count / seconds);
    std::printf("  claimed by runner 1 / runner 2          %d / %d\n", claimed.value(0), claimed.value(1));
    std::printf("  completed at attempt 1                  %lld (others: %lld); step runs %lld (completed at attempt 1: %lld); notices %lld\n",
                completedOnce, notCompleted, stepRuns, stepRunsCompleted, notices);
    std::printf("  receiver: calls %d, keys seen once %d, more than once %d, unknown %d\n", calls, keysOnce, keysMore, keysUnknown);
    std::printf("  exactly once                            %s\n", exactlyOnce ? "yes" : "NO");
    std::fflush(stdout);
}

// ---- 2. schedule start latency with one idle runner ------------------------------------------------------------

void scheduleLatency(Setup &s, int instants)
{
    QProcess runner;
    startRunner(runner, s.url, {QStringLiteral("--brand"), QStringLiteral("bench")});
    QThread::msleep(1500); // started and idle
    auto w = WorkflowService::create(s.db, s.benchBrand, QStringLiteral("bench every second"), {},
                                     QJsonObject{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("schedule")},
                                                                                         {QStringLiteral("every_seconds"), 1}}},
                                                 {QStringLiteral("actions"), parseArray(QStringLiteral(
                                                                                 R"([{"id": "check", "type": "condition", "params": {"if": "{{ true }}"}}])"))}});
    if (!w)
        die(w.error().message);
    // The first instant may come before the runner's next tick: skipped; then `instants` of them.
    const auto startedCount = [&] {
        return scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ? AND started_at IS NOT NULL"), {w->id});
    };
    if (!spinUntil([&] { return startedCount() >= instants + 2; }, (instants + 30) * 1000, 200))
        die(QStringLiteral("the runner started only %1 scheduled executions").arg(startedCount()));
    exec(s.db, QStringLiteral("UPDATE workflows SET status = 'paused' WHERE id = ?"), {w->id});
    ::kill(pid_t(runner.processId()), SIGTERM);
    if (!spinUntil([&] { return runner.state() == QProcess::NotRunning; }, 30000))
        die(QStringLiteral("the runner did not stop on SIGTERM"));

    const SqlDialect d = SqlDialect::of(s.db);
    QSqlQuery q(s.db);
    q.prepare(QStringLiteral("SELECT scheduled_for, created_at, started_at FROM workflow_executions WHERE workflow_id = ? AND started_at IS NOT NULL "
                             "ORDER BY scheduled_for"));
    q.addBindValue(w->id);
    if (!q.exec())
        die(q.lastError().text());
    QList<double> toStart, toCreated;
    int row = 0;
    while (q.next()) {
        if (row++ == 0)
            continue;
        if (toStart.size() == instants)
            break;
        const QDateTime scheduled = d.toDateTime(q.value(0)), created = d.toDateTime(q.value(1)), started = d.toDateTime(q.value(2));
        toStart.append(double(scheduled.msecsTo(started)));
        toCreated.append(double(scheduled.msecsTo(created)));
    }
    const qint64 perInstant = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ?"), {w->id});
    const qint64 distinctInstants = scalar(s.db, QStringLiteral("SELECT count(DISTINCT scheduled_for) FROM workflow_executions WHERE workflow_id = ?"),
                                           {w->id});
    std::sort(toStart.begin(), toStart.end());
    std::sort(toCreated.begin(), toCreated.end());
    std::printf("[%s] 2. every_seconds: 1 with one idle `workflow runner`, %lld instants (the first dropped), %lld executions\n", qPrintable(s.dialect),
                qlonglong(toStart.size()), perInstant);
    std::printf("  instant → execution created (the tick)  p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", percentile(toCreated, 0.5),
                percentile(toCreated, 0.95), toCreated.isEmpty() ? 0 : toCreated.last());
    std::printf("  instant → started_at                    p50 %.0f ms, p95 %.0f ms, max %.0f ms (target p95 ≤ 1000 ms)\n",
                percentile(toStart, 0.5), percentile(toStart, 0.95), toStart.isEmpty() ? 0 : toStart.last());
    std::printf("  one execution per instant               %s\n", perInstant == distinctInstants ? "yes" : "NO");
    std::fflush(stdout);
}

// ---- 5. manual run → first step started, with an idle runner -------------------------------------------------

void runLatency(Setup &s, int runs)
{
    QProcess runner;
    startRunner(runner, s.url, {QStringLiteral("--brand"), QStringLiteral("bench")});
    QThread::msleep(1500); // started and idle
    auto w = WorkflowService::create(s.db, s.benchBrand, QStringLiteral("bench run latency"), {},
                                     QJsonObject{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
                                                 {QStringLiteral("actions"), parseArray(QStringLiteral(
                                                                                 R"([{"id": "check", "type": "condition", "params": {"if": "{{ true }}"}}])"))}});
    if (!w)
        die(w.error().message);
    const SqlDialect d = SqlDialect::of(s.db);
    QList<double> latencies;
    for (int i = 0; i < runs; ++i) {
        // At an instant unrelated to the runner's whole-second tick: 137 ms apart modulo a second, plus the run itself.
        QThread::msleep(static_cast<unsigned long>(300 + (i * 137) % 1000));
        auto run = WorkflowService::run(s.db, s.benchBrand, w->id);
        if (!run)
            die(run.error().message);
        const auto started = [&] {
            return scalar(s.db, QStringLiteral("SELECT count(*) FROM workflow_step_runs WHERE execution_id = ?"), {run->id}) > 0;
        };
        if (!spinUntil(started, 30000, 2))
            die(QStringLiteral("execution %1 did not start within 30 s").arg(run->id));
        QSqlQuery q(s.db);
        q.prepare(QStringLiteral("SELECT e.created_at, min(r.started_at) FROM workflow_executions e JOIN workflow_step_runs r ON r.execution_id = e.id "
                                 "WHERE e.id = ? GROUP BY e.created_at"));
        q.addBindValue(run->id);
        if (!q.exec() || !q.next())
            die(q.lastError().text());
        latencies.append(double(d.toDateTime(q.value(0)).msecsTo(d.toDateTime(q.value(1)))));
    }
    ::kill(pid_t(runner.processId()), SIGTERM);
    if (!spinUntil([&] { return runner.state() == QProcess::NotRunning; }, 30000))
        die(QStringLiteral("the runner did not stop on SIGTERM"));
    std::sort(latencies.begin(), latencies.end());
    std::printf("[%s] 5. `workflow run` (WorkflowService::run) → first step started, one idle `workflow runner`, %lld runs\n",
                qPrintable(s.dialect), qlonglong(latencies.size()));
    std::printf("  p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", percentile(latencies, 0.5), percentile(latencies, 0.95),
                latencies.isEmpty() ? 0 : latencies.last());
    std::fflush(stdout);
}

// ---- 3. scheduler tick with many active schedules --------------------------------------------------------------

void schedulerTicks(Setup &s, int workflows, int ticks)
{
    const SqlDialect d = SqlDialect::of(s.db);
    // The ticks are simulated a second apart around the next top of the hour (when every hourly schedule and every
    // "every N seconds" dividing an hour fire together); each workflow was last checked a second before the first.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime topOfHour = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
    const QDateTime first = topOfHour.addSecs(-ticks / 2);
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("Europe/Paris"), QStringLiteral("America/New_York"), QStringLiteral("Asia/Tokyo")};
    const QList<int> everies{60, 300, 900, 3600, 86400};
    const QString steps = json(parseArray(QStringLiteral(R"([{"id": "check", "type": "condition", "params": {"if": "{{ true }}"}}])")));
    QElapsedTimer fill;
    fill.start();
    exec(s.db, d.beginWrite());
    QSqlQuery insert(s.db), version(s.db);
    insert.prepare(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, version, owner_id, run_as_id, misfire, "
                                  "created_at, updated_at, schedule_checked_at) VALUES (?, ?, %1, %1, 'active', ?, 1, ?, ?, ?, ?, ?, ?)")
                       .arg(d.jsonParameter()));
    version.prepare(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, saved_at, brand_id) "
                                   "VALUES (?, 1, %1, %1, ?, ?, ?)")
                        .arg(d.jsonParameter()));
    int crons = 0;
    for (int i = 0; i < workflows; ++i) {
        QJsonObject trigger{{QStringLiteral("type"), QStringLiteral("schedule")}};
        switch (i % 6) {
        case 0:
            trigger.insert(QStringLiteral("every_seconds"), everies.at((i / 6) % everies.size()));
            break;
        case 1:
            trigger.insert(QStringLiteral("every_minutes"), QList<int>{5, 10, 30}.at((i / 6) % 3));
            break;
        case 2: // hourly, at a minute of its own
            trigger.insert(QStringLiteral("cron"), QStringLiteral("%1 * * * *").arg(i % 60));
            break;
        case 3: // daily
            trigger.insert(QStringLiteral("cron"), QStringLiteral("%1 %2 * * *").arg(i % 60).arg((i / 60) % 24));
            break;
        case 4: // working days
            trigger.insert(QStringLiteral("cron"), QStringLiteral("0 9 * * 1-5"));
            break;
        default: // every quarter of an hour, or weekly
            trigger.insert(QStringLiteral("cron"), i % 2 ? QStringLiteral("*/15 * * * *") : QStringLiteral("30 8 * * mon"));
            break;
        }
        if (trigger.contains(QLatin1String("cron"))) {
            trigger.insert(QStringLiteral("timezone"), zones.at(i % zones.size()));
            ++crons;
        }
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString brand = s.brands.at(i % s.brands.size());
        for (const QVariant &v : QVariantList{id, QStringLiteral("bench schedule %1").arg(i), json(trigger), steps, brand, s.me, s.me,
                                              i % 3 ? QStringLiteral("skip") : QStringLiteral("run_once"), d.timeValue(first.addDays(-1)),
                                              d.timeValue(first.addDays(-1)), d.timeValue(first.addSecs(-1))})
            insert.addBindValue(v);
        if (!insert.exec())
            die(insert.lastError().text());
        for (const QVariant &v : QVariantList{id, json(trigger), steps, s.me, d.timeValue(first.addDays(-1)), brand})
            version.addBindValue(v);
        if (!version.exec())
            die(version.lastError().text());
    }
    exec(s.db, QStringLiteral("COMMIT"));
    if (!d.isSqlite())
        exec(s.db, QStringLiteral("ANALYZE workflows"));
    const double fillMs = double(fill.nsecsElapsed()) / 1e6;
    const qint64 active = scalar(s.db, QStringLiteral("SELECT count(*) FROM workflows WHERE status = 'active' AND ")
                                           + d.jsonText(QStringLiteral("trigger"), QStringLiteral("type")) + QStringLiteral(" = 'schedule'"));

    // The first tick after the workflows were written computes each one's next instant (workflows.schedule_next_at,
    // once per workflow and then once per fire); it is made a second before the measured ticks and told apart.
    QElapsedTimer firstClock;
    firstClock.start();
    if (auto n = WorkflowEngine::scheduleDue(s.db, first.addSecs(-1)); !n)
        die(n.error().message);
    const double firstTickMs = double(firstClock.nsecsElapsed()) / 1e6;
    QList<double> costs;
    QList<int> created;
    for (int t = 0; t < ticks; ++t) {
        QElapsedTimer clock;
        clock.start();
        auto n = WorkflowEngine::scheduleDue(s.db, first.addSecs(t));
        costs.append(double(clock.nsecsElapsed()) / 1e6);
        if (!n)
            die(n.error().message);
        created.append(n.value());
    }
    // What the database part costs: the query every tick makes, alone, each row's values read.
    QList<double> selects;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer clock;
        clock.start();
        QSqlQuery q(s.db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM workflows WHERE status = 'active' AND run_as_id = ? "
                                 "AND (schedule_next_at IS NULL OR schedule_next_at <= ?)"));
        q.addBindValue(s.me);
        q.addBindValue(d.timeValue(first.addSecs(ticks - 1)));
        if (!q.exec())
            die(q.lastError().text());
        qsizetype bytes = 0;
        while (q.next())
            bytes += q.value(0).toString().size();
        selects.append(double(clock.nsecsElapsed()) / 1e6);
    }
    // And what the tick does besides its schedules: who is connected, and the event workflows (WorkflowEvents::dispatch).
    QList<double> others;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer clock;
        clock.start();
        if (!Collaboration::currentUserId(s.db))
            die(QStringLiteral("currentUserId"));
        if (auto e = WorkflowEvents::dispatch(s.db, first.addSecs(ticks - 1)); !e)
            die(e.error().message);
        others.append(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("[%s] 3. scheduleDue with %lld active scheduled workflows (%d here: %d cron in 4 zones, %d every N s/min; across %lld brands), "
                "filled in %.1f s\n",
                qPrintable(s.dialect), active, workflows, crons, workflows - crons, qlonglong(s.brands.size()), fillMs / 1000);
    std::printf("  the first tick (every workflow's next instant computed once): %.1f ms\n", firstTickMs);
    std::printf("  %d ticks a second apart from %s (top of the hour at tick %d)\n", ticks, qPrintable(first.toString(Qt::ISODate)),
                int(first.secsTo(topOfHour)) + 1);
    QList<double> quiet;
    int burstTick = -1;
    for (int t = 0; t < ticks; ++t) {
        std::printf("  tick %2d: %7.1f ms, %5d executions created\n", t + 1, costs.at(t), created.at(t));
        if (created.at(t) > 0 && (burstTick < 0 || created.at(t) > created.at(burstTick)))
            burstTick = t;
        if (created.at(t) == 0)
            quiet.append(costs.at(t));
    }
    std::printf("  per tick: median %.1f ms, max %.1f ms (target < 50 ms); ticks creating nothing: median %.1f ms over %lld\n", median(costs),
                *std::max_element(costs.cbegin(), costs.cend()), median(quiet), qlonglong(quiet.size()));
    std::printf("  the query of the due schedules alone, as scheduleDue makes it (the last tick's instant): median %.1f ms\n", median(selects));
    std::printf("  who is connected and WorkflowEvents::dispatch (no event workflows), alone: median %.1f ms\n", median(others));
    if (burstTick >= 0)
        std::printf("  busiest tick: %d executions in %.1f ms (%.3f ms an execution)\n", created.at(burstTick), costs.at(burstTick),
                    costs.at(burstTick) / created.at(burstTick));
    std::fflush(stdout);
}

// ---- 4. the visual editor --------------------------------------------------------------------------------------

void editorOpen(int nodes, int runs)
{
    // A 100-node workflow: a schedule and 99 actions of every kind, conditions branching forward.
    QJsonArray actions;
    const QStringList kinds{QStringLiteral("condition"), QStringLiteral("notify"), QStringLiteral("webhook"), QStringLiteral("delay"),
                            QStringLiteral("comment"), QStringLiteral("analysis"), QStringLiteral("set_workflow_status")};
    for (int i = 0; i < nodes - 1; ++i) {
        const QString kind = kinds.at(i % kinds.size());
        const QString id = QStringLiteral("step%1").arg(i);
        QJsonObject params;
        QJsonObject action{{QStringLiteral("id"), id}, {QStringLiteral("type"), kind}};
        if (kind == QLatin1String("condition")) {
            params = {{QStringLiteral("if"), QStringLiteral("{{ trigger.n > %1 }}").arg(i)}};
            if (i + 3 < nodes - 1)
                action.insert(QStringLiteral("else"), QStringLiteral("step%1").arg(i + 3));
        } else if (kind == QLatin1String("notify")) {
            params = {{QStringLiteral("users"), QJsonArray{QStringLiteral("ana")}}, {QStringLiteral("message"), QStringLiteral("Step %1").arg(i)}};
        } else if (kind == QLatin1String("webhook")) {
            params = {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/%1").arg(i)},
                      {QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), QStringLiteral("{{ trigger.n }}")}}}};
            action.insert(QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_tries"), 3}, {QStringLiteral("wait_seconds"), 1}});
        } else if (kind == QLatin1String("delay")) {
            params = {{QStringLiteral("seconds"), 5}};
        } else if (kind == QLatin1String("comment")) {
            params = {{QStringLiteral("resource_type"), QStringLiteral("workflow")}, {QStringLiteral("resource_id"), QStringLiteral("other")},
                      {QStringLiteral("text"), QStringLiteral("{{ steps.step%1 }} done").arg(std::max(0, i - 1))}};
        } else if (kind == QLatin1String("analysis")) {
            params = {{QStringLiteral("analysis"), QStringLiteral("overview")}};
        } else {
            params = {{QStringLiteral("workflow"), QStringLiteral("other")}, {QStringLiteral("status"), QStringLiteral("paused")}};
        }
        action.insert(QStringLiteral("params"), params);
        actions.append(action);
    }
    const QJsonObject trigger{{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("cron"), QStringLiteral("0 9 * * 1")},
                              {QStringLiteral("timezone"), QStringLiteral("Europe/Paris")}};
    auto parsed = WorkflowDefinition::parse(trigger, actions);

    QList<double> loads, paints, totals;
    int problems = 0, drawn = 0, edges = 0;
    for (int r = 0; r < runs; ++r) {
        WorkflowEditor editor;
        editor.resize(1440, 900);
        editor.show();
        QCoreApplication::processEvents();
        QElapsedTimer clock;
        clock.start();
        editor.load(QStringLiteral("bench"), QStringLiteral("Bench %1 nodes").arg(nodes), {}, trigger, actions);
        const qint64 loaded = clock.nsecsElapsed();
        QCoreApplication::processEvents(); // layouts and the first paint of the window with its canvas
        editor.repaint();
        const qint64 painted = clock.nsecsElapsed();
        loads.append(double(loaded) / 1e6);
        paints.append(double(painted - loaded) / 1e6);
        totals.append(double(painted) / 1e6);
        problems = int(editor.problems().size());
        drawn = editor.canvas()->nodeCount();
        edges = int(editor.canvas()->edges().size());
    }
    std::printf("4. WorkflowEditor opening a %d-node workflow (%lld actions, trigger included), offscreen at 1440 × 900, %d runs\n", nodes,
                qlonglong(actions.size()), runs);
    std::printf("  definition %s; problems shown %d; nodes drawn %d, edges %d\n",
                parsed ? "valid" : qPrintable(QStringLiteral("refused: ") + parsed.error().message), problems, drawn, edges);
    std::printf("  load() (nodes, edges, validation, form)  median %.1f ms, max %.1f ms\n", median(loads),
                *std::max_element(loads.cbegin(), loads.cend()));
    std::printf("  then layouts and first paint             median %.1f ms\n", median(paints));
    std::printf("  open, total                              median %.1f ms, max %.1f ms, first %.1f ms (target < 200 ms)\n", median(totals),
                *std::max_element(totals.cbegin(), totals.cend()), totals.value(0));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("AtelierBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("executions"), QStringLiteral("Manual executions (part 1)."), QStringLiteral("n"), QStringLiteral("1000")},
                       {QStringLiteral("instants"), QStringLiteral("Schedule instants measured (part 2)."), QStringLiteral("n"), QStringLiteral("30")},
                       {QStringLiteral("workflows"), QStringLiteral("Active scheduled workflows (part 3)."), QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("ticks"), QStringLiteral("Scheduler ticks (part 3)."), QStringLiteral("n"), QStringLiteral("20")},
                       {QStringLiteral("nodes"), QStringLiteral("Nodes of the workflow opened in the editor (part 4)."), QStringLiteral("n"),
                        QStringLiteral("100")},
                       {QStringLiteral("runs"), QStringLiteral("Manual runs measured (part 5)."), QStringLiteral("n"), QStringLiteral("40")},
                       {QStringLiteral("parts"), QStringLiteral("Which parts to run."), QStringLiteral("list"), QStringLiteral("1,2,3,4,5")},
                       {QStringLiteral("pg-url"), QStringLiteral("PostgreSQL server (admin URL); default ATELIER_TEST_PG_URL."), QStringLiteral("url")},
                       {QStringLiteral("no-sqlite"), QStringLiteral("Skip SQLite.")},
                       {QStringLiteral("no-pg"), QStringLiteral("Skip PostgreSQL.")}});
    parser.process(app);
    const QStringList parts = parser.value(QStringLiteral("parts")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int executions = parser.value(QStringLiteral("executions")).toInt();
    const int instants = parser.value(QStringLiteral("instants")).toInt();
    const int workflows = parser.value(QStringLiteral("workflows")).toInt();
    const int ticks = parser.value(QStringLiteral("ticks")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int nodes = std::max(2, parser.value(QStringLiteral("nodes")).toInt());

    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("ATELIER_KEY_STORE", "file");
    if (parser.isSet(QStringLiteral("pg-url")))
        qputenv("ATELIER_TEST_PG_URL", parser.value(QStringLiteral("pg-url")).toUtf8());
    QStringList dialects;
    if (!parser.isSet(QStringLiteral("no-sqlite")))
        dialects.append(QStringLiteral("sqlite"));
    if (!parser.isSet(QStringLiteral("no-pg"))) {
        if (qEnvironmentVariableIsEmpty("ATELIER_TEST_PG_URL"))
            std::printf("PostgreSQL skipped: no --pg-url and no ATELIER_TEST_PG_URL\n");
        else
            dialects.append(QStringLiteral("postgresql"));
    }

    QElapsedTimer total;
    total.start();
    const bool database = parts.contains(QLatin1String("1")) || parts.contains(QLatin1String("2")) || parts.contains(QLatin1String("3"))
                          || parts.contains(QLatin1String("5"));
    for (const QString &dialect : std::as_const(dialects)) {
        if (!database)
            break;
        {
            Testing::ScratchDatabase scratch(dialect);
            if (!scratch.problem().isEmpty())
                die(scratch.problem());
            Setup s;
            s.url = scratch.url();
            auto db = Database::open(s.url);
            if (!db)
                die(db.error().message);
            s.db = db.value();
            if (auto m = Migrator::migrate(s.db); !m)
                die(m.error().message);
            s.dialect = SqlDialect::of(s.db).isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
            DemoOptions demo;
            demo.events = 20000;
            demo.days = 30;
            demo.generationsPerBrand = 1;
            QElapsedTimer clock;
            clock.start();
            if (auto g = DemoGenerator::generate(s.db, demo); !g)
                die(g.error().message);
            std::printf("[%s] demo of %lld events made in %.1f s\n", qPrintable(s.dialect), demo.events, double(clock.elapsed()) / 1000);
            auto me = Collaboration::currentUserId(s.db);
            if (!me)
                die(me.error().message);
            s.me = me.value();
            QSqlQuery q(s.db);
            q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
            q.addBindValue(s.me);
            if (!q.exec() || !q.next())
                die(q.lastError().text());
            s.username = q.value(0).toString();
            q.finish();
            if (!q.exec(QStringLiteral("SELECT id FROM brands ORDER BY id")))
                die(q.lastError().text());
            while (q.next())
                s.brands.append(q.value(0).toString());
            q.finish();
            // The bench's own brand, where the runners of parts 1 and 2 work (the webhook's loopback host allowed).
            exec(s.db, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES (?, 'bench', 'Bench', 'fashion')"), {s.benchBrand});
            exec(s.db, QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host) VALUES (?, '127.0.0.1')"), {s.benchBrand});

            if (parts.contains(QLatin1String("1")))
                manualExecutions(s, executions);
            if (parts.contains(QLatin1String("2")))
                scheduleLatency(s, instants);
            if (parts.contains(QLatin1String("3")))
                schedulerTicks(s, workflows, ticks);
            if (parts.contains(QLatin1String("5")))
                runLatency(s, runs);
            s.db = QSqlDatabase();
        }
        Database::closeThreadConnections();
    }
    if (parts.contains(QLatin1String("4")))
        editorOpen(nodes, 5);
    std::printf("total %.1f s\n", double(total.elapsed()) / 1000);
    return 0;
}
