#include "collaboration/resources.h"
#include "collaboration/useradmin.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowservice.h"
#include "workflows/workflowwake.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QTemporaryDir>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <csignal>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

/// What a runner on another thread came to (Result has no default value for a QFuture to hold).
struct Ran
{
    bool ok = false;
    RunnerPass pass;
    QString error;
};

QString text(const QJsonValue &value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonArray actions(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isArray())
        qFatal("not a JSON array: %s", json.constData());
    return document.array();
}

/// A definition's actions from the JSON of each.
QJsonArray list(const QStringList &steps)
{
    return actions((QLatin1Char('[') + steps.join(QLatin1String(", ")) + QLatin1Char(']')).toUtf8());
}

} // namespace

/// The workflow engine (docs/workflows.md, "The engine") on SQLite and PostgreSQL: executions claimed exactly once by
/// runners on several threads and processes, a runner killed mid-step taken over from its last completed step,
/// schedules made exactly once per instant, misfires, retries with backoff, timeouts, on_error, the error workflow,
/// cancel between steps, delays.
class TestWorkflowEngine final : public QObject
{
    Q_OBJECT
    const QString m_brand = QStringLiteral("brand-w");

    static void exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    static qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    static QString textOf(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.next() ? q.value(0).toString() : QString();
    }

    QSqlDatabase prepare(const DatabaseUrl &url) const
    {
        auto db = Database::open(url);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (auto m = Migrator::migrate(db.value()); !m)
            qFatal("%s", qPrintable(m.error().message));
        exec(db.value(), QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('%1', '%1', 'Workflows', 'fashion')").arg(m_brand));
        exec(db.value(), QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host) VALUES ('%1', '127.0.0.1')").arg(m_brand));
        return db.value();
    }

    /// A workflow of the test's connection's identity, version 1 saved.
    QString addWorkflow(const QSqlDatabase &db, const QString &name, const QJsonObject &trigger, const QJsonArray &steps,
                        const QString &misfire = QStringLiteral("skip"), const QString &errorWorkflow = {}) const
    {
        const SqlDialect d = SqlDialect::of(db);
        const QString me = Collaboration::currentUserId(db).value();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, version, owner_id, run_as_id, misfire, "
                                 "error_workflow_id) VALUES (?, ?, %1, %1, 'active', ?, 1, ?, ?, ?, ?)")
                      .arg(d.jsonParameter()));
        for (const QVariant &v : QVariantList{id, name, text(trigger), text(steps), m_brand, me, me, misfire,
                                              errorWorkflow.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(errorWorkflow)})
            q.addBindValue(v);
        if (!q.exec())
            qFatal("adding workflow %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        q.prepare(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, saved_at, brand_id) "
                                 "VALUES (?, 1, %1, %1, ?, ?, ?)")
                      .arg(d.jsonParameter()));
        for (const QVariant &v : QVariantList{id, text(trigger), text(steps), me, d.timeValue(QDateTime::currentDateTimeUtc()), m_brand})
            q.addBindValue(v);
        if (!q.exec())
            qFatal("adding version 1 of %s: %s", qPrintable(name), qPrintable(q.lastError().text()));
        return id;
    }

    /// \a count executions of \a workflow queued (created a millisecond apart, in order); \a numbered: payload "n" is each one's index.
    QStringList queue(const QSqlDatabase &db, const QString &workflow, int count, const QString &kind = QStringLiteral("manual"),
                      const QJsonObject &payload = {}, bool numbered = false) const
    {
        const SqlDialect d = SqlDialect::of(db);
        const QString me = Collaboration::currentUserId(db).value();
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-60);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, brand_id, version, status, trigger_kind, trigger_payload, "
                                 "run_as_id, created_at) VALUES (?, ?, ?, 1, 'queued', ?, %1, ?, ?)")
                      .arg(d.jsonParameter()));
        QStringList ids;
        exec(db, d.beginWrite());
        for (int i = 0; i < count; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QJsonObject values = payload;
            if (numbered)
                values.insert(QStringLiteral("n"), i); // each execution's payload says which it is
            for (const QVariant &v : QVariantList{id, workflow, m_brand, kind, text(values), me, d.timeValue(base.addMSecs(i))})
                q.addBindValue(v);
            if (!q.exec())
                qFatal("queuing: %s", qPrintable(q.lastError().text()));
            ids.append(id);
        }
        exec(db, QStringLiteral("COMMIT"));
        return ids;
    }

    static QString statusOf(const QSqlDatabase &db, const QString &execution)
    {
        return textOf(db, QStringLiteral("SELECT status FROM workflow_executions WHERE id = ?"), {execution});
    }

    /// runOnce on a worker thread with its own connection, while this thread answers the fake receivers.
    static Ran runOnceAside(const DatabaseUrl &url, const RunnerOptions &options = {})
    {
        QFuture<Ran> future = QtConcurrent::run([url, options] {
            Ran ran;
            {
                auto db = Database::open(url);
                if (!db) {
                    ran.error = db.error().message;
                    return ran;
                }
                auto pass = WorkflowEngine::runOnce(db.value(), options);
                ran.ok = pass.ok();
                if (pass)
                    ran.pass = pass.value();
                else
                    ran.error = pass.error().message;
            }
            Database::closeThreadConnections();
            return ran;
        });
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60000))
            return Ran{false, {}, QStringLiteral("the runner did not finish within a minute")};
        return future.result();
    }

    /// Makes a waiting execution due now (instead of sleeping through its backoff or delay).
    static void makeDue(const QSqlDatabase &db, const QString &execution)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE workflow_executions SET run_after = ? WHERE id = ?"));
        q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc().addSecs(-1)));
        q.addBindValue(execution);
        QVERIFY(q.exec());
    }

    static QDateTime timeOf(const QSqlDatabase &db, const QString &column, const QString &execution)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM workflow_executions WHERE id = ?").arg(column));
        q.addBindValue(execution);
        if (!q.exec() || !q.next())
            qFatal("%s", qPrintable(q.lastError().text()));
        return q.value(0).isNull() ? QDateTime() : SqlDialect::of(db).toDateTime(q.value(0));
    }

    /// The step runs of an execution: "step:attempt:status[:code]", sorted (steps a millisecond apart may share a start).
    static QStringList stepRuns(const QSqlDatabase &db, const QString &execution)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT step_id, attempt, status, error_code FROM workflow_step_runs WHERE execution_id = ? "
                                 "ORDER BY started_at, attempt"));
        q.addBindValue(execution);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        QStringList runs;
        while (q.next())
            runs.append(QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                        + (q.value(3).isNull() ? QString() : QLatin1Char(':') + q.value(3).toString()));
        runs.sort();
        return runs;
    }

    /// `atelier workflow runner ARGS --database URL` in a process of its own (the password in its environment).
    static void startRunner(QProcess &process, const DatabaseUrl &url, const QStringList &args)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!url.password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), url.password);
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(ATELIER_BINARY), QStringList{QStringLiteral("workflow"), QStringLiteral("runner")} + args
                                                          + QStringList{QStringLiteral("--database"), url.displayString()});
    }

    static QString webhook(const QString &id, const QString &url, const QString &extra = {})
    {
        return QStringLiteral(R"({"id": "%1", "type": "webhook", "params": {"url": "%2", "body": {"n": "{{ trigger.n }}"}}%3})")
            .arg(id, url, extra.isEmpty() ? QString() : QStringLiteral(", ") + extra);
    }

private slots:
    void claimsExactlyOnceAcrossThreads_data() { ScratchDatabase::addDialectRows(); }
    void claimsExactlyOnceAcrossThreads()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("threads"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      actions(R"([{"id": "check", "type": "condition", "params": {"if": "{{ 1 + 1 == 2 }}"}}])"));
        const QStringList ids = queue(db, w, 200);
        const DatabaseUrl url = scratch.url();
        auto runner = [url](const QString &name) {
            Ran ran;
            {
                auto db = Database::open(url);
                if (!db) {
                    ran.error = db.error().message;
                    return ran;
                }
                RunnerOptions options;
                options.name = name;
                auto pass = WorkflowEngine::runOnce(db.value(), options);
                ran.ok = pass.ok();
                if (pass)
                    ran.pass = pass.value();
                else
                    ran.error = pass.error().message;
            }
            Database::closeThreadConnections();
            return ran;
        };
        QFuture<Ran> a = QtConcurrent::run(runner, QStringLiteral("runner-a"));
        QFuture<Ran> b = QtConcurrent::run(runner, QStringLiteral("runner-b"));
        QVERIFY(QTest::qWaitFor([&] { return a.isFinished() && b.isFinished(); }, 120000));
        QVERIFY2(a.result().ok, qPrintable(a.result().error));
        QVERIFY2(b.result().ok, qPrintable(b.result().error));
        QCOMPARE(a.result().pass.claimed + b.result().pass.claimed, 200);
        QCOMPARE(a.result().pass.completed + b.result().pass.completed, 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE status = 'completed' AND attempt = 1")), 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs")), 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT execution_id) FROM workflow_step_runs WHERE status = 'completed'")), 200);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE lease_owner IS NOT NULL")), 0);
        // The result holds each step's output.
        const QJsonObject result = QJsonDocument::fromJson(textOf(db, QStringLiteral("SELECT result FROM workflow_executions WHERE id = ?"),
                                                                  {ids.first()}).toUtf8()).object();
        QCOMPARE(result.value(QLatin1String("steps")).toObject().value(QLatin1String("check")).toObject().value(QLatin1String("result")), true);
    }

    void claimsExactlyOnceAcrossProcesses_data() { ScratchDatabase::addDialectRows(); }
    void claimsExactlyOnceAcrossProcesses()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        FakeProvider receiver;
        QVERIFY(receiver.isListening());
        receiver.answer("POST", QStringLiteral("/hook"), FakeAnswer::json({{QStringLiteral("ok"), true}}));
        const QString w = addWorkflow(db, QStringLiteral("processes"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({webhook(QStringLiteral("ping"), receiver.url(QStringLiteral("/hook")))}));
        // The issue's scale: 1,000 due executions, two runner processes racing for them.
        const int count = 1000;
        const QStringList ids = queue(db, w, count, QStringLiteral("manual"), {}, true);
        QProcess first, second;
        for (QProcess *p : {&first, &second})
            startRunner(*p, scratch.url(), {QStringLiteral("--once")});
        QVERIFY(first.waitForStarted() && second.waitForStarted());
        // This thread answers the webhooks while both runners work.
        QVERIFY(QTest::qWaitFor([&] { return first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning; }, 180000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE status = 'completed' AND attempt = 1")), count);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs WHERE status = 'completed'")), count);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs")), count);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE status <> 'completed'")), 0);
        // The receiver saw each (execution, step) key once, with the body its trigger made.
        QHash<QByteArray, int> keys;
        for (const FakeRequest &r : receiver.requests())
            ++keys[r.header("Idempotency-Key")];
        QCOMPARE(keys.size(), count);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(keys.value((id + QStringLiteral(":ping")).toUtf8()), 1);
        QSet<int> bodies;
        for (const FakeRequest &r : receiver.requests())
            bodies.insert(r.json().value(QLatin1String("n")).toInt());
        QCOMPARE(bodies.size(), count);
    }

    void killedRunnerIsTakenOver_data() { ScratchDatabase::addDialectRows(); }
    void killedRunnerIsTakenOver()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        FakeProvider receiver;
        receiver.answer("POST", QStringLiteral("/first"), FakeAnswer::json({{QStringLiteral("seen"), 1}}));
        receiver.answer("POST", QStringLiteral("/last"), FakeAnswer::json({{QStringLiteral("seen"), 2}}));
        SilentServer silent;
        const QJsonArray steps = list({webhook(QStringLiteral("first"), receiver.url(QStringLiteral("/first"))),
                                       webhook(QStringLiteral("hang"), silent.base() + QStringLiteral("/never"),
                                               QStringLiteral(R"("timeout_seconds": 2, "on_error": "continue")")),
                                       webhook(QStringLiteral("last"), receiver.url(QStringLiteral("/last")))});
        const QString w = addWorkflow(db, QStringLiteral("killed"), {{QStringLiteral("type"), QStringLiteral("manual")}}, steps);
        const QString id = queue(db, w, 1).first();
        // The first runner holds the execution with a lease of 5 s: its step "hang" waits on a server that never answers.
        QProcess runner;
        startRunner(runner, scratch.url(), {QStringLiteral("--lease-seconds"), QStringLiteral("5")});
        QVERIFY(runner.waitForStarted());
        // The runner is killed as soon as the call is in flight (well within the step's two seconds).
        QTRY_VERIFY_WITH_TIMEOUT(!silent.sockets().isEmpty(), 20000);
        ::kill(pid_t(runner.processId()), SIGKILL);
        QVERIFY(runner.waitForFinished());
        QCOMPARE(statusOf(db, id), QStringLiteral("running"));
        QCOMPARE(stepRuns(db, id), (QStringList{QStringLiteral("first:1:completed"), QStringLiteral("hang:1:running")}));
        const QDateTime leaseEnd = timeOf(db, QStringLiteral("lease_expires_at"), id);
        QVERIFY(leaseEnd.isValid());
        // Another runner process, started at once, takes it over when the lease has run out, and completes it.
        QProcess other;
        startRunner(other, scratch.url(), {});
        QVERIFY(other.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(db, id), QStringLiteral("completed"), 45000);
        ::kill(pid_t(other.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return other.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY2(timeOf(db, QStringLiteral("started_at"), id) < leaseEnd, "started by the first runner");
        QSqlQuery taken(db);
        taken.prepare(QStringLiteral("SELECT started_at FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'hang' AND attempt = 2"));
        taken.addBindValue(id);
        QVERIFY(taken.exec() && taken.next());
        const QDateTime takenAt = SqlDialect::of(db).toDateTime(taken.value(0));
        QVERIFY2(takenAt >= leaseEnd, qPrintable(takenAt.toString(Qt::ISODateWithMs) + QStringLiteral(" < ") + leaseEnd.toString(Qt::ISODateWithMs)));
        QCOMPARE(statusOf(db, id), QStringLiteral("completed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT attempt FROM workflow_executions WHERE id = ?"), {id}), 2);
        // "first" ran once (its output read back), "hang" was interrupted then timed out (continue), "last" ran.
        QCOMPARE(stepRuns(db, id), (QStringList{QStringLiteral("first:1:completed"), QStringLiteral("hang:1:failed:lapsed"),
                                                QStringLiteral("hang:2:failed:timeout"), QStringLiteral("last:1:completed")}));
        QCOMPARE(receiver.count("POST", QStringLiteral("/first")), 1);
        QCOMPARE(receiver.count("POST", QStringLiteral("/last")), 1);
        QCOMPARE(receiver.last("POST", QStringLiteral("/last")).header("Idempotency-Key"), (id + QStringLiteral(":last")).toUtf8());
    }

    void sigtermHandsBack_data() { ScratchDatabase::addDialectRows(); }
    void sigtermHandsBack()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        SilentServer silent;
        const QString w = addWorkflow(db, QStringLiteral("stopped"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({webhook(QStringLiteral("hang"), silent.base() + QStringLiteral("/never"),
                                                    QStringLiteral(R"("timeout_seconds": 600)"))}));
        const QString id = queue(db, w, 1).first();
        QProcess runner;
        startRunner(runner, scratch.url(), {});
        QVERIFY(runner.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!silent.sockets().isEmpty(), 20000);
        // SIGTERM: the call in flight is given up, the execution handed back at its step, and the runner exits 0.
        ::kill(pid_t(runner.processId()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return runner.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(runner.exitCode(), 0);
        QCOMPARE(statusOf(db, id), QStringLiteral("queued"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT coalesce(lease_owner, '') FROM workflow_executions WHERE id = ?"), {id}), QString());
        QCOMPARE(textOf(db, QStringLiteral("SELECT current_step FROM workflow_executions WHERE id = ?"), {id}), QStringLiteral("hang"));
        QCOMPARE(stepRuns(db, id), QStringList{QStringLiteral("hang:1:failed:lapsed")});
    }

    void runVerbWaits_data() { ScratchDatabase::addDialectRows(); }
    void runVerbWaits()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        addWorkflow(db, QStringLiteral("by hand"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                    actions(R"([{"id": "look", "type": "condition", "params": {"if": "trigger.n > 2"}, "else": "no"},
                                {"id": "yes", "type": "condition", "params": {"if": "{{ true }}"}, "next": "no"},
                                {"id": "no", "type": "condition", "params": {"if": "{{ steps.look.result }}"}}])"));
        QProcess run;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!scratch.url().password.isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), scratch.url().password);
        run.setProcessEnvironment(environment);
        run.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("workflow"), QStringLiteral("run"), QStringLiteral("by hand"), QStringLiteral("--brand"),
                                                  m_brand, QStringLiteral("--input"), QStringLiteral(R"({"n": 3})"), QStringLiteral("--wait"),
                                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"),
                                                  scratch.url().displayString()});
        QVERIFY(run.waitForFinished(60000));
        const QByteArray err = run.readAllStandardError();
        QVERIFY2(run.exitCode() == 0, err.constData());
        const QJsonArray printed = QJsonDocument::fromJson(run.readAllStandardOutput()).array();
        QCOMPARE(printed.size(), 1);
        const QJsonObject execution = printed.first().toObject();
        QCOMPARE(execution.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(execution.value(QLatin1String("trigger_kind")).toString(), QStringLiteral("manual"));
        const QString id = execution.value(QLatin1String("id")).toString();
        QCOMPARE(stepRuns(db, id), (QStringList{QStringLiteral("look:1:completed"), QStringLiteral("no:1:completed"), QStringLiteral("yes:1:completed")}));
    }

    void scheduleFiresOncePerInstant_data() { ScratchDatabase::addDialectRows(); }
    void scheduleFiresOncePerInstant()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("every second"),
                                      {{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("every_seconds"), 1}},
                                      actions(R"([{"id": "tick", "type": "condition", "params": {"if": "{{ execution.scheduled_for != null }}"}}])"));
        // Three `workflow runner` processes tick the scheduler at every whole second, all three at once, for 20 s of
        // instants (waited for as the span of the instants scheduled, not as a time).
        QProcess runners[3];
        for (QProcess &p : runners)
            startRunner(p, scratch.url(), {});
        for (QProcess &p : runners)
            QVERIFY(p.waitForStarted());
        const SqlDialect d = SqlDialect::of(db);
        const auto spanMs = [&] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT min(scheduled_for), max(scheduled_for) FROM workflow_executions WHERE workflow_id = ?"));
            q.addBindValue(w);
            if (!q.exec() || !q.next() || q.value(0).isNull())
                return qint64(0);
            return d.toDateTime(q.value(0)).msecsTo(d.toDateTime(q.value(1)));
        };
        QVERIFY(QTest::qWaitFor([&] { return spanMs() >= 20000; }, 45000));
        for (QProcess &p : runners)
            ::kill(pid_t(p.processId()), SIGTERM);
        for (QProcess &p : runners) {
            QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 20000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
        }
        // Each instant once, none missing between the first and the last.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT scheduled_for, trigger_kind FROM workflow_executions WHERE workflow_id = '%1' ORDER BY scheduled_for").arg(w)));
        QList<qint64> instants;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), QStringLiteral("schedule"));
            instants.append(SqlDialect::of(db).toDateTime(q.value(0)).toMSecsSinceEpoch());
        }
        QVERIFY2(instants.size() >= 21, qPrintable(QString::number(instants.size())));
        for (qsizetype i = 1; i < instants.size(); ++i)
            QCOMPARE(instants[i] - instants[i - 1], 1000);
        QCOMPARE(instants.first() % 1000, 0);
        // Whatever is left queued is run once more, still once per instant.
        Ran rest = runOnceAside(scratch.url());
        QVERIFY2(rest.ok, qPrintable(rest.error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE status <> 'completed'")), 0);
        // (A step handed back at SIGTERM has a lapsed attempt besides its completed one.)
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs WHERE status = 'completed'")), qint64(instants.size()));
        // Paused: no new execution.
        exec(db, QStringLiteral("UPDATE workflows SET status = 'paused' WHERE id = '%1'").arg(w));
        QCOMPARE(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc().addSecs(5)).value(), 0);
    }

    void misfirePolicy_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("misfire");
        for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
            for (const QString &misfire : {QStringLiteral("skip"), QStringLiteral("run_once")})
                QTest::addRow("%s %s", qPrintable(dialect), qPrintable(misfire)) << dialect << misfire;
    }
    void misfirePolicy()
    {
        ATELIER_SCRATCH(scratch);
        QFETCH(QString, misfire);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("every minute"),
                                      {{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("every_seconds"), 60}},
                                      actions(R"([{"id": "tick", "type": "condition", "params": {"if": "{{ true }}"}}])"), misfire);
        // No runner ran for an hour; now is ten seconds past a minute.
        const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60 * 60;
        const QDateTime now = QDateTime::fromSecsSinceEpoch(minute + 10, Qt::UTC);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE workflows SET schedule_checked_at = ? WHERE id = ?"));
        q.addBindValue(SqlDialect::of(db).timeValue(now.addSecs(-3600)));
        q.addBindValue(w);
        QVERIFY(q.exec());
        auto created = WorkflowEngine::scheduleDue(db, now);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT scheduled_for, trigger_payload FROM workflow_executions ORDER BY scheduled_for")));
        QList<qint64> instants;
        QList<QJsonObject> payloads;
        while (q.next()) {
            instants.append(SqlDialect::of(db).toDateTime(q.value(0)).toSecsSinceEpoch());
            payloads.append(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        }
        if (misfire == QLatin1String("skip")) {
            // Only the instant that is due (ten seconds ago); the missed ones are skipped.
            QCOMPARE(created.value(), 1);
            QCOMPARE(instants, QList<qint64>{minute});
        } else {
            // One catch-up for the latest missed instant, and the due one.
            QCOMPARE(created.value(), 2);
            QCOMPARE(instants, (QList<qint64>{minute - 60, minute}));
            QCOMPARE(payloads.first().value(QLatin1String("missed")).toInt(), 59);
        }
        // Again at the same moment, or with the mark moved back: nothing new (one execution per instant).
        auto again = WorkflowEngine::scheduleDue(db, now);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value(), 0);
        q.prepare(QStringLiteral("UPDATE workflows SET schedule_checked_at = ? WHERE id = ?"));
        q.addBindValue(SqlDialect::of(db).timeValue(now.addSecs(-20)));
        q.addBindValue(w);
        QVERIFY(q.exec());
        again = WorkflowEngine::scheduleDue(db, now);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again.value(), 0);
        // The scheduler's mark is bookkeeping, not an edit: ticking every second leaves the audit trail alone.
        auto audits = [&db] {
            QSqlQuery a(db);
            return a.exec(QStringLiteral("SELECT count(*) FROM security_audits")) && a.next() ? a.value(0).toLongLong() : -1;
        };
        const qint64 before = audits();
        QVERIFY(before >= 0);
        for (int tick = 1; tick <= 3; ++tick)
            QVERIFY(WorkflowEngine::scheduleDue(db, now.addSecs(tick)));
        QCOMPARE(audits(), before);
    }

    void retriesWithBackoff_data() { ScratchDatabase::addDialectRows(); }
    void retriesWithBackoff()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        FakeProvider receiver;
        receiver.script("POST", QStringLiteral("/flaky"),
                        {FakeAnswer::json({{QStringLiteral("error"), 1}}, 503), FakeAnswer::json({{QStringLiteral("error"), 2}}, 429),
                         FakeAnswer::json({{QStringLiteral("ok"), true}})});
        const QString w = addWorkflow(db, QStringLiteral("flaky"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({webhook(QStringLiteral("call"), receiver.url(QStringLiteral("/flaky")),
                                                   QStringLiteral(R"("retry": {"max_tries": 3, "wait_seconds": 1, "backoff": 2})"))}));
        const QString id = queue(db, w, 1).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(ran.pass.retried, 1);
        QCOMPARE(statusOf(db, id), QStringLiteral("waiting"));
        qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(timeOf(db, QStringLiteral("run_after"), id));
        QVERIFY2(wait > 0 && wait <= 1000, qPrintable(QString::number(wait)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id = ? AND lease_owner IS NULL"), {id}), 1);
        // Not due yet: nothing to claim.
        QCOMPARE(runOnceAside(scratch.url()).pass.claimed, 0);
        makeDue(db, id);
        ran = runOnceAside(scratch.url());
        QCOMPARE(ran.pass.retried, 1);
        wait = QDateTime::currentDateTimeUtc().msecsTo(timeOf(db, QStringLiteral("run_after"), id));
        QVERIFY2(wait > 1000 && wait <= 2000, qPrintable(QString::number(wait))); // 1 s × 2
        makeDue(db, id);
        ran = runOnceAside(scratch.url());
        QCOMPARE(ran.pass.completed, 1);
        QCOMPARE(statusOf(db, id), QStringLiteral("completed"));
        QCOMPARE(stepRuns(db, id), (QStringList{QStringLiteral("call:1:failed:server_error"), QStringLiteral("call:2:failed:rate_limited"),
                                                QStringLiteral("call:3:completed")}));
        // Each attempt carried the same idempotency key.
        QCOMPARE(receiver.count("POST", QStringLiteral("/flaky")), 3);
        for (const FakeRequest &r : receiver.requests())
            QCOMPARE(r.header("Idempotency-Key"), (id + QStringLiteral(":call")).toUtf8());
        // A refusal (4xx) is not retried.
        receiver.answer("POST", QStringLiteral("/flaky"), FakeAnswer::json({}, 400));
        const QString refused = queue(db, w, 1).first();
        ran = runOnceAside(scratch.url());
        QCOMPARE(ran.pass.failed, 1);
        QCOMPARE(statusOf(db, refused), QStringLiteral("failed"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT error_code FROM workflow_executions WHERE id = ?"), {refused}), QStringLiteral("bad_request"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT current_step FROM workflow_executions WHERE id = ?"), {refused}), QStringLiteral("call"));
    }

    void timeout_data() { ScratchDatabase::addDialectRows(); }
    void timeout()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        SilentServer silent;
        const QString w = addWorkflow(db, QStringLiteral("slow"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({webhook(QStringLiteral("slow"), silent.base() + QStringLiteral("/x"), QStringLiteral(R"("timeout_seconds": 1)"))}));
        const QString id = queue(db, w, 1).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(statusOf(db, id), QStringLiteral("failed"));
        QCOMPARE(stepRuns(db, id), QStringList{QStringLiteral("slow:1:failed:timeout")});
        QCOMPARE(textOf(db, QStringLiteral("SELECT error_code FROM workflow_executions WHERE id = ?"), {id}), QStringLiteral("timeout"));
    }

    void onErrorContinueAndBranch_data() { ScratchDatabase::addDialectRows(); }
    void onErrorContinueAndBranch()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        // A notice to nobody fails at run time (NotFound), without a network.
        const QString cont = addWorkflow(db, QStringLiteral("continue"), {{QStringLiteral("type"), QStringLiteral("manual")}}, actions(R"([
            {"id": "tell", "type": "notify", "params": {"users": ["nobody-here"], "message": "hi"}, "on_error": "continue"},
            {"id": "after", "type": "condition", "params": {"if": "{{ steps.tell.code == 'not_found' }}"}}])"));
        const QString branch = addWorkflow(db, QStringLiteral("branch"), {{QStringLiteral("type"), QStringLiteral("manual")}}, actions(R"([
            {"id": "tell", "type": "notify", "params": {"users": ["nobody-here"], "message": "hi"}, "on_error": "error_branch", "error": "handle"},
            {"id": "skipped", "type": "condition", "params": {"if": "{{ true }}"}},
            {"id": "handle", "type": "condition", "params": {"if": "{{ steps.tell.error.length > 0 }}"}}])"));
        const QString a = queue(db, cont, 1).first();
        const QString b = queue(db, branch, 1).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(ran.pass.completed, 2);
        QCOMPARE(stepRuns(db, a), (QStringList{QStringLiteral("after:1:completed"), QStringLiteral("tell:1:failed:not_found")}));
        QCOMPARE(stepRuns(db, b), (QStringList{QStringLiteral("handle:1:completed"), QStringLiteral("tell:1:failed:not_found")}));
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'after'"), {a})
                    .contains(QLatin1String("true")));
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'handle'"), {b})
                    .contains(QLatin1String("true")));
        QCOMPARE(statusOf(db, a), QStringLiteral("completed"));
        QCOMPARE(statusOf(db, b), QStringLiteral("completed"));
    }

    void errorWorkflowReceivesTheFailure_data() { ScratchDatabase::addDialectRows(); }
    void errorWorkflowReceivesTheFailure()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString handler = addWorkflow(db, QStringLiteral("on failure"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                            actions(R"([{"id": "look", "type": "condition", "params": {"if": "{{ trigger.step == 'tell' }}"}}])"));
        const QString failing = addWorkflow(db, QStringLiteral("failing"),
                                            {{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("every_seconds"), 3600}},
                                            actions(R"([{"id": "tell", "type": "notify", "params": {"users": ["nobody-here"], "message": "hi"}}])"),
                                            QStringLiteral("skip"), handler);
        const QString scheduled = queue(db, failing, 1, QStringLiteral("schedule")).first();
        const QString manual = queue(db, failing, 1, QStringLiteral("manual")).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(statusOf(db, scheduled), QStringLiteral("failed"));
        QCOMPARE(statusOf(db, manual), QStringLiteral("failed"));
        // Only the automatic execution's failure reached the error workflow, which ran with it as its trigger.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ?"), {handler}), 1);
        const QString handled = textOf(db, QStringLiteral("SELECT id FROM workflow_executions WHERE workflow_id = ?"), {handler});
        QCOMPARE(textOf(db, QStringLiteral("SELECT trigger_kind FROM workflow_executions WHERE id = ?"), {handled}), QStringLiteral("error"));
        const QJsonObject payload =
            QJsonDocument::fromJson(textOf(db, QStringLiteral("SELECT trigger_payload FROM workflow_executions WHERE id = ?"), {handled}).toUtf8())
                .object();
        QCOMPARE(payload.value(QLatin1String("execution")).toString(), scheduled);
        QCOMPARE(payload.value(QLatin1String("step")).toString(), QStringLiteral("tell"));
        QCOMPARE(payload.value(QLatin1String("workflow")).toObject().value(QLatin1String("id")).toString(), failing);
        QCOMPARE(payload.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(), QStringLiteral("not_found"));
        QCOMPARE(statusOf(db, handled), QStringLiteral("completed"));
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ?"), {handled}).contains(QLatin1String("true")));
    }

    /// A failed automatic execution raises the product event workflow.failed (docs/workflows.md, "event"), which event
    /// triggers take (filtered by the workflow's name or id); a manual run's failure does not, nor does the failure of a
    /// workflow started by workflow.failed (no loop).
    void failureRaisesWorkflowFailed_data() { ScratchDatabase::addDialectRows(); }
    void failureRaisesWorkflowFailed()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString failing = addWorkflow(db, QStringLiteral("failing"),
                                            {{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("every_seconds"), 3600}},
                                            actions(R"([{"id": "tell", "type": "notify", "params": {"users": ["nobody-here"], "message": "hi"}}])"));
        const QString listener = addWorkflow(
            db, QStringLiteral("listener"),
            {{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), QStringLiteral("workflow.failed")},
             {QStringLiteral("workflow"), QStringLiteral("Failing")}},
            actions(R"([{"id": "look", "type": "condition", "params": {"if": "{{ trigger.step == 'tell' && trigger.code == 'not_found' }}"}}])"));
        // Listens to every failure, and fails itself: its own failure raises nothing more.
        const QString loud = addWorkflow(db, QStringLiteral("loud"),
                                         {{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), QStringLiteral("workflow.failed")}},
                                         actions(R"([{"id": "shout", "type": "notify", "params": {"users": ["nobody-either"], "message": "x"}}])"));
        const QString scheduled = queue(db, failing, 1, QStringLiteral("schedule")).first();
        const QString manual = queue(db, failing, 1, QStringLiteral("manual")).first();
        QVERIFY2(runOnceAside(scratch.url()).ok, "first pass");
        QCOMPARE(statusOf(db, scheduled), QStringLiteral("failed"));
        QCOMPARE(statusOf(db, manual), QStringLiteral("failed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_events WHERE event = 'workflow.failed'")), 1);
        const QJsonObject raised =
            QJsonDocument::fromJson(textOf(db, QStringLiteral("SELECT payload FROM workflow_events WHERE event = 'workflow.failed'")).toUtf8()).object();
        QCOMPARE(raised.value(QLatin1String("execution")).toString(), scheduled);
        QCOMPARE(raised.value(QLatin1String("workflow")).toString(), failing);
        QCOMPARE(raised.value(QLatin1String("workflow_name")).toString(), QStringLiteral("failing"));
        QCOMPARE(raised.value(QLatin1String("brand")).toString(), m_brand);
        QCOMPARE(raised.value(QLatin1String("step")).toString(), QStringLiteral("tell"));
        QVERIFY(raised.value(QLatin1String("error")).toString().contains(QLatin1String("nobody-here")));

        // The scheduler's tick dispatches it: both listeners run, once each.
        auto dispatched = WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc());
        QVERIFY2(dispatched, qPrintable(dispatched ? QString() : dispatched.error().message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ?"), {listener}), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ?"), {loud}), 1);
        QVERIFY(runOnceAside(scratch.url()).ok);
        const QString heard = textOf(db, QStringLiteral("SELECT id FROM workflow_executions WHERE workflow_id = ?"), {listener});
        QCOMPARE(statusOf(db, heard), QStringLiteral("completed"));
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ?"), {heard}).contains(QLatin1String("true")));
        QCOMPARE(statusOf(db, textOf(db, QStringLiteral("SELECT id FROM workflow_executions WHERE workflow_id = ?"), {loud})), QStringLiteral("failed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_events WHERE event = 'workflow.failed'")), 1);
    }

    /// A generate step queues its images once per execution and step: a runner that takes over an execution whose
    /// runner died after queuing them (before recording the step done) finds the same jobs instead of queuing more.
    void generateIsQueuedOnceAcrossTakeover_data() { ScratchDatabase::addDialectRows(); }
    void generateIsQueuedOnceAcrossTakeover()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("images"), {{QStringLiteral("type"), QStringLiteral("manual")}}, actions(R"([
            {"id": "images", "type": "generate", "params": {"provider": "offline", "model": "offline-preview", "prompt": "a linen shirt", "count": 2}},
            {"id": "after", "type": "condition", "params": {"if": "{{ steps.images.generations.length == 2 }}"}}])"));
        const QString first = queue(db, w, 1).first();
        QVERIFY(runOnceAside(scratch.url()).ok);
        QCOMPARE(statusOf(db, first), QStringLiteral("completed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_generations WHERE prompt = 'a linen shirt'")), 2);
        // While running, the step run holds the queued jobs (recorded with them, in one transaction).
        const QString output = textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'images'"), {first});
        const QJsonArray jobs = QJsonDocument::fromJson(output.toUtf8()).object().value(QLatin1String("generations")).toArray();
        QCOMPARE(jobs.size(), 2);

        // A second execution, as a runner that died after queuing its images left it: the step running with its jobs
        // recorded, the lease expired.
        const QString second = queue(db, w, 1).first();
        const SqlDialect d = SqlDialect::of(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'running', attempt = 1, current_step = 'images', lease_owner = 'dead', "
                                 "lease_expires_at = ?, started_at = ? WHERE id = ?"));
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc().addSecs(-5)));
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc().addSecs(-40)));
        q.addBindValue(second);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status, input, output, started_at) "
                                 "VALUES ('dead-run', ?, ?, 'images', 1, 'running', %1, %1, ?)").arg(d.jsonParameter()));
        q.addBindValue(second);
        q.addBindValue(m_brand);
        q.addBindValue(QStringLiteral("{}"));
        q.addBindValue(output);
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc().addSecs(-40)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(runOnceAside(scratch.url()).ok);
        QCOMPARE(statusOf(db, second), QStringLiteral("completed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_generations WHERE prompt = 'a linen shirt'")), 2);
        QCOMPARE(stepRuns(db, second), (QStringList{QStringLiteral("after:1:completed"), QStringLiteral("images:1:failed:lapsed"),
                                                    QStringLiteral("images:2:completed")}));
        const QJsonObject resumed = QJsonDocument::fromJson(
            textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'images' AND attempt = 2"), {second})
                .toUtf8()).object();
        QCOMPARE(resumed.value(QLatin1String("generations")).toArray(), jobs);
        QVERIFY(resumed.value(QLatin1String("resumed")).toBool());
    }

    /// PostgreSQL: an idle runner's wait (WorkflowWake, LISTEN atelier_workflows) ends when an execution is queued by
    /// another connection, also when the notification arrived while its connection ran a query; SQLite does not listen.
    void idleRunnerWakesOnNotify_data() { ScratchDatabase::addDialectRows(); }
    void idleRunnerWakesOnNotify()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const bool pg = !SqlDialect::of(db).isSqlite();
        const QString w = addWorkflow(db, QStringLiteral("woken"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      actions(R"([{"id": "look", "type": "condition", "params": {"if": "{{ true }}"}}])"));
        WorkflowWake wake(db);
        QCOMPARE(wake.isListening(), pg);
        if (!pg)
            return;
        const DatabaseUrl url = scratch.url();
        const QString brand = m_brand;
        // Queues a manual run from another connection once \a go is set; \a done is released when it has.
        const auto queueAside = [url, brand, w](const std::atomic_bool &go, QSemaphore &done) {
            return QtConcurrent::run([url, brand, w, &go, &done] {
                while (!go.load()) // the other side says when: no time is guessed
                    QThread::yieldCurrentThread();
                bool ok = false;
                {
                    auto other = Database::open(url);
                    ok = other && WorkflowService::run(other.value(), brand, w).ok();
                }
                Database::closeThreadConnections();
                done.release();
                return ok;
            });
        };
        std::atomic_bool stop{false};
        const qint64 never = 10 * 60 * 1000; // a wait that ends before this was woken
        QElapsedTimer clock;
        clock.start();
        std::atomic_bool go{false};
        QSemaphore done;
        QFuture<bool> queued = queueAside(go, done);
        go.store(true); // queued while (or just before) this thread waits: either way the wait must end
        wake.wait(never, stop);
        QVERIFY2(clock.elapsed() < never, "the wait ended at its deadline, not on the notification");
        // (Not waitForFinished(), which may run a task not started yet on this thread, with this thread's connection.)
        QVERIFY(QTest::qWaitFor([&] { return queued.isFinished(); }, 60000));
        QVERIFY(queued.result());
        done.acquire(); // the first run's release
        // Queued while this thread runs no event loop, then a query on this connection: libpq keeps the notification it
        // read, and the next wait sees it.
        queued = queueAside(go, done);
        done.acquire(); // blocks this thread without an event loop or a query until the run is queued
        QVERIFY(queued.result());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ?"), {w}), 2);
        clock.restart();
        wake.wait(never, stop);
        QVERIFY2(clock.elapsed() < never, "a notification read during a query was lost");
        // Nothing queued: the stop flag ends the wait.
        stop.store(true);
        wake.wait(never, stop);
    }

    /// Pausing stops new executions at once (docs/workflows.md, "Pausing"): automatic executions queued but not started
    /// are cancelled with the reason, whether queued before the pause or while it committed; a manual run is allowed.
    void pauseStopsQueuedExecutions_data() { ScratchDatabase::addDialectRows(); }
    void pauseStopsQueuedExecutions()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("paused"),
                                      {{QStringLiteral("type"), QStringLiteral("schedule")}, {QStringLiteral("every_seconds"), 3600}},
                                      actions(R"([{"id": "look", "type": "condition", "params": {"if": "{{ true }}"}}])"));
        const QStringList before = queue(db, w, 2, QStringLiteral("schedule")) + queue(db, w, 1, QStringLiteral("event"));
        auto paused = WorkflowService::setStatus(db, m_brand, w, QStringLiteral("paused"));
        QVERIFY2(paused, qPrintable(paused ? QString() : paused.error().message));
        for (const QString &id : before) {
            QCOMPARE(statusOf(db, id), QStringLiteral("cancelled"));
            QCOMPARE(textOf(db, QStringLiteral("SELECT error FROM workflow_executions WHERE id = ?"), {id}), WorkflowEngine::pausedReason());
        }
        // Queued after the pause committed (an event raised as it paused): the runner cancels it instead of running it.
        const QString late = queue(db, w, 1, QStringLiteral("event")).first();
        // A manual run of a paused workflow is a person's explicit request: it runs.
        auto manual = WorkflowService::run(db, m_brand, w);
        QVERIFY2(manual, qPrintable(manual ? QString() : manual.error().message));
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(statusOf(db, late), QStringLiteral("cancelled"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT error_code FROM workflow_executions WHERE id = ?"), {late}), QStringLiteral("cancelled"));
        QCOMPARE(stepRuns(db, late), QStringList());
        QCOMPARE(statusOf(db, manual->id), QStringLiteral("completed"));
        // Resumed: what was cancelled stays cancelled, and new executions run.
        QVERIFY(WorkflowService::setStatus(db, m_brand, w, QStringLiteral("active")));
        const QString after = queue(db, w, 1, QStringLiteral("event")).first();
        QVERIFY(runOnceAside(scratch.url()).ok);
        QCOMPARE(statusOf(db, after), QStringLiteral("completed"));
        QCOMPARE(statusOf(db, late), QStringLiteral("cancelled"));
    }

    void cancelBetweenSteps_data() { ScratchDatabase::addDialectRows(); }
    void cancelBetweenSteps()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        FakeProvider receiver;
        QString id;
        // The receiver cancels the execution while its first step is in flight: the second never runs.
        receiver.route("POST", QStringLiteral("/first"), [&](const FakeRequest &) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'cancelled' WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                qWarning("%s", qPrintable(q.lastError().text()));
            return FakeAnswer::json({{QStringLiteral("ok"), true}});
        });
        receiver.answer("POST", QStringLiteral("/second"), FakeAnswer::json({}));
        const QString w = addWorkflow(db, QStringLiteral("cancelled"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({webhook(QStringLiteral("first"), receiver.url(QStringLiteral("/first"))),
                                            webhook(QStringLiteral("second"), receiver.url(QStringLiteral("/second")))}));
        id = queue(db, w, 1).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(statusOf(db, id), QStringLiteral("cancelled"));
        QCOMPARE(receiver.count("POST", QStringLiteral("/second")), 0);
        QCOMPARE(stepRuns(db, id), QStringList{QStringLiteral("first:1:completed")});
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id = ? AND lease_owner IS NULL AND completed_at IS NOT NULL"), {id}),
                 1);
    }

    void delayWaitsThenResumes_data() { ScratchDatabase::addDialectRows(); }
    void delayWaitsThenResumes()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("delayed"), {{QStringLiteral("type"), QStringLiteral("manual")}}, actions(R"([
            {"id": "pause", "type": "delay", "params": {"minutes": 10}},
            {"id": "then", "type": "condition", "params": {"if": "{{ steps.pause.until.length > 0 }}"}}])"));
        const QString id = queue(db, w, 1).first();
        QVERIFY(runOnceAside(scratch.url()).ok);
        QCOMPARE(statusOf(db, id), QStringLiteral("waiting"));
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(timeOf(db, QStringLiteral("run_after"), id));
        QVERIFY2(wait > 9 * 60000 && wait <= 10 * 60000, qPrintable(QString::number(wait)));
        QCOMPARE(textOf(db, QStringLiteral("SELECT current_step FROM workflow_executions WHERE id = ?"), {id}), QStringLiteral("then"));
        QCOMPARE(runOnceAside(scratch.url()).pass.claimed, 0);
        makeDue(db, id);
        QCOMPARE(runOnceAside(scratch.url()).pass.completed, 1);
        QCOMPARE(stepRuns(db, id), (QStringList{QStringLiteral("pause:1:completed"), QStringLiteral("then:1:completed")}));
    }

    void productActions_data() { ScratchDatabase::addDialectRows(); }
    void productActions()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString me = Collaboration::currentUserId(db).value();
        const QString username = textOf(db, QStringLiteral("SELECT username FROM users WHERE id = ?"), {me});
        exec(db, QStringLiteral("INSERT INTO ai_collections (id, name, user_id, brand_id) VALUES ('col-1', 'Catalogue', '%1', '%2')").arg(me, m_brand));
        const QString other = addWorkflow(db, QStringLiteral("other"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                          actions(R"([{"id": "x", "type": "condition", "params": {"if": "{{ true }}"}}])"));
        const QTemporaryDir reports;
        const QString w = addWorkflow(db, QStringLiteral("product"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      list({QStringLiteral(R"({"id": "quota", "type": "set_quota", "params": {"user": "%1", "monthly_credits": 50}})").arg(username),
                                            QStringLiteral(R"({"id": "images", "type": "generate", "params": {"provider": "offline", "model": "offline-preview",
                                                "prompt": "a {{ trigger.colour }} vase", "count": 2, "collection": "Catalogue"}})"),
                                            QStringLiteral(R"({"id": "devices", "type": "analysis", "params": {"analysis": "devices", "from": "2026-01-01", "to": "2026-01-31"}})"),
                                            QStringLiteral(R"({"id": "overview", "type": "analysis", "params": {"analysis": "overview"}})"),
                                            QStringLiteral(R"({"id": "quiet", "type": "condition", "params": {"if": "steps.overview.events == 0"}, "else": "export"})"),
                                            QStringLiteral(R"({"id": "export", "type": "export_report", "params": {"folder": "%1", "format": "csv", "analyses": ["devices"]}})")
                                                .arg(reports.path()),
                                            QStringLiteral(R"({"id": "pause", "type": "set_workflow_status", "params": {"workflow": "other", "status": "paused"}})"),
                                            QStringLiteral(R"({"id": "note", "type": "comment", "params": {"resource_type": "workflow", "resource_id": "%1",
                                                "text": "{{ steps.images.generations.length }} images queued"}})").arg(other)}));
        const QString id = queue(db, w, 1, QStringLiteral("manual"), {{QStringLiteral("colour"), QStringLiteral("blue")}}).first();
        Ran ran = runOnceAside(scratch.url());
        QVERIFY2(ran.ok, qPrintable(ran.error));
        QCOMPARE(statusOf(db, id), QStringLiteral("completed"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT monthly_credits FROM user_quotas WHERE user_id = ? AND brand_id = ?"), {me, m_brand}), 50);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_generations WHERE prompt = 'a blue vase'")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_collection_generations WHERE collection_id = 'col-1'")), 2);
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'devices'"), {id})
                    .contains(QLatin1String("\"sections\"")));
        QVERIFY(textOf(db, QStringLiteral("SELECT output FROM workflow_step_runs WHERE execution_id = ? AND step_id = 'quiet'"), {id})
                    .contains(QLatin1String("true")));
        QCOMPARE(QDir(reports.path()).entryList({QStringLiteral("*.csv")}, QDir::Files).size(), 1);
        QCOMPARE(textOf(db, QStringLiteral("SELECT status FROM workflows WHERE id = ?"), {other}), QStringLiteral("paused"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT content FROM comments WHERE resource_id = ?"), {other}), QStringLiteral("2 images queued"));
    }

    /// PostgreSQL: a runner claims only its own identity's executions, and a member (an editor) runs and schedules
    /// its workflows through row-level security.
    void runsAsTheRunAsIdentity()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QSqlDatabase admin = prepare(scratch.url());
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString login = QStringLiteral("wfrunner_") + suffix, password = QStringLiteral("correct horse ") + suffix;
        const Status added = UserAdmin::add(admin, login, m_brand, QStringLiteral("editor"), password);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        DatabaseUrl editorUrl = scratch.url();
        editorUrl.user = login;
        editorUrl.password = password;
        {
            auto editor = Database::open(editorUrl, Database::OpenMode::MustExist);
            QVERIFY2(editor, editor ? "" : qPrintable(editor.error().message));
            const QJsonObject manual{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}},
                                     {QStringLiteral("actions"), actions(R"([{"id": "x", "type": "condition", "params": {"if": "true"}}])")}};
            auto created = WorkflowService::create(editor.value(), m_brand, QStringLiteral("mine"), {}, manual);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            auto queued = WorkflowService::run(editor.value(), m_brand, QStringLiteral("mine"));
            QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));
            // The administrator's runner does not take it: it acts as the editor.
            auto adminPass = WorkflowEngine::runOnce(admin, {});
            QVERIFY2(adminPass, adminPass ? "" : qPrintable(adminPass.error().message));
            QCOMPARE(adminPass->claimed, 0);
            auto editorPass = WorkflowEngine::runOnce(editor.value(), {});
            QVERIFY2(editorPass, editorPass ? "" : qPrintable(editorPass.error().message));
            QCOMPARE(editorPass->completed, 1);
            QCOMPARE(statusOf(admin, queued->id), QStringLiteral("completed"));
            // Its schedules too.
            const QJsonObject every{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("type"), QStringLiteral("schedule")},
                                                                            {QStringLiteral("every_seconds"), 1}}},
                                    {QStringLiteral("actions"), actions(R"([{"id": "x", "type": "condition", "params": {"if": "true"}}])")}};
            QVERIFY(WorkflowService::create(editor.value(), m_brand, QStringLiteral("ticking"), {}, every));
            QCOMPARE(WorkflowEngine::scheduleDue(admin, QDateTime::currentDateTimeUtc().addSecs(3)).value(), 0);
            auto scheduled = WorkflowEngine::scheduleDue(editor.value(), QDateTime::currentDateTimeUtc().addSecs(3));
            QVERIFY2(scheduled, scheduled ? "" : qPrintable(scheduled.error().message));
            QVERIFY(scheduled.value() >= 1);
            editorPass = WorkflowEngine::runOnce(editor.value(), {});
            QVERIFY2(editorPass, editorPass ? "" : qPrintable(editorPass.error().message));
            QCOMPARE(editorPass->completed, scheduled.value());
        }
    }

    void malformedDefinitionIsReportedNotRun_data() { ScratchDatabase::addDialectRows(); }
    void malformedDefinitionIsReportedNotRun()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch.url());
        const QString w = addWorkflow(db, QStringLiteral("broken"), {{QStringLiteral("type"), QStringLiteral("manual")}},
                                      actions(R"([{"id": "x", "type": "teleport", "params": {}}])"));
        const QString id = queue(db, w, 1).first();
        QVERIFY(runOnceAside(scratch.url()).ok);
        QCOMPARE(statusOf(db, id), QStringLiteral("failed"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT error_code FROM workflow_executions WHERE id = ?"), {id}), QStringLiteral("corrupt"));
        QVERIFY(textOf(db, QStringLiteral("SELECT error FROM workflow_executions WHERE id = ?"), {id}).contains(QLatin1String("actions[0].type")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEngine)
#include "tst_workflowengine.moc"
