#include "output.h"

#include "ai/assetstore.h"
#include "ai/generationservice.h"
#include "collaboration/comments.h"
#include "collaboration/resources.h"
#include "collaboration/sharing.h"
#include "collaboration/useradmin.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "security/localkey.h"
#include "security/secrets.h"
#include "sqlsession.h"
#include "studiofixture.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowevents.h"
#include "workflows/workflowsecrets.h"
#include "workflows/workflowservice.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

QString text(const QJsonValue &value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const kNote = R"([{"id": "note", "type": "condition", "params": {"if": "true"}}])";

} // namespace

/// Workflow events (docs/workflows.md, "event") on SQLite and PostgreSQL: each source in the product raises its event
/// with its payload; dispatch queues exactly one execution per matching event and workflow, even with two
/// dispatchers racing; filters that do not match, and paused workflows, get none; the watch raises its computed
/// events at most once a day; on PostgreSQL, what a plain SQL login may and may not do with events.
class TestWorkflowEvents final : public QObject
{
    Q_OBJECT
    const QString m_brand = QStringLiteral("brand-e");
    QTemporaryDir m_desktop; // this desktop's key file (the secrets' key), the test's own

    static void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    }

    static QString textOf(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.next() ? q.value(0).toString() : QString();
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

    /// The payloads of the brand's events of one name, oldest first.
    static QList<QJsonObject> payloads(const QSqlDatabase &db, const QString &event)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT payload FROM workflow_events WHERE event = ? ORDER BY created_at, id"));
        q.addBindValue(event);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        QList<QJsonObject> list;
        while (q.next())
            list.append(q.value(0).typeId() == QMetaType::QString || q.value(0).typeId() == QMetaType::QByteArray
                            ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                            : QJsonObject::fromVariantMap(q.value(0).toMap()));
        return list;
    }

    QSqlDatabase prepare(const DatabaseUrl &url) const
    {
        auto db = Database::open(url);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (auto m = Migrator::migrate(db.value()); !m)
            qFatal("%s", qPrintable(m.error().message));
        exec(db.value(), QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('%1', '%1', 'Events', 'fashion')").arg(m_brand));
        return db.value();
    }

    /// A workflow of the connection's identity, started by \a trigger, saved a second ago (it sees the events after).
    QString addWorkflow(const QSqlDatabase &db, const QString &name, const QJsonObject &trigger, const QString &status = QStringLiteral("active"),
                        const QString &actions = QString::fromLatin1(kNote)) const
    {
        const SqlDialect d = SqlDialect::of(db);
        const QString me = Collaboration::currentUserId(db).value();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-1);
        exec(db,
             QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, version, owner_id, run_as_id, misfire, "
                            "created_at, updated_at) VALUES (?, ?, %1, %1, ?, ?, 1, ?, ?, 'skip', ?, ?)")
                 .arg(d.jsonParameter()),
             {id, name, text(trigger), actions, status, m_brand, me, me, d.timeValue(saved), d.timeValue(saved)});
        exec(db,
             QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, brand_id) VALUES (?, 1, %1, %1, ?, ?)")
                 .arg(d.jsonParameter()),
             {id, text(trigger), actions, me, m_brand});
        return id;
    }

    static qint64 executionsOf(const QSqlDatabase &db, const QString &workflow)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ? AND trigger_kind = 'event'"), {workflow});
    }

    /// A generation of the connection's identity being processed by worker "w1".
    QString processing(const QSqlDatabase &db, int credits) const
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        exec(db,
             QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, provider, status, credits, cost_cents, user_id, brand_id, "
                            "claimed_by) VALUES (?, '2d', 'a linen shirt', 'dall-e-3', 'openai', 'processing', ?, ?, ?, ?, 'w1')"),
             {id, credits, credits, Collaboration::currentUserId(db).value(), m_brand});
        return id;
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_desktop.path()); }

    void sourcesRaiseTheirEvents_data() { ScratchDatabase::addDialectRows(); }
    void sourcesRaiseTheirEvents()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = prepare(scratch.url());
        const QString me = Collaboration::currentUserId(db).value();
        // Nobody listens yet: nothing is kept.
        auto unheard = WorkflowEvents::raise(db, m_brand, QStringLiteral("share.created"), {});
        QVERIFY(unheard && !unheard.value());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_events")), 0);

        for (const char *event : {"generation.completed", "generation.failed", "comment.mention", "share.created"})
            addWorkflow(db, QString::fromLatin1(event), QJsonObject{{QStringLiteral("type"), QStringLiteral("event")},
                                                                     {QStringLiteral("event"), QString::fromLatin1(event)}});
        addWorkflow(db, QStringLiteral("low quota"), object(R"({"type": "event", "event": "quota.threshold", "percent": 90})"));

        // generation.completed, and quota.threshold as the charge crosses 90 % (85 + 10 of 100).
        QVERIFY(GenerationService::setQuota(db, me, m_brand, 100));
        exec(db, QStringLiteral("UPDATE user_quotas SET credits_used = 85 WHERE user_id = ? AND brand_id = ?"), {me, m_brand});
        const QString done = processing(db, 10);
        StoredAsset asset;
        asset.sha256 = QStringLiteral("ab").repeated(32);
        auto completed = GenerationService::complete(db, done, QStringLiteral("w1"), asset, asset, 0.9, 2000, {});
        QVERIFY2(completed && completed.value(), completed ? "" : qPrintable(completed.error().message));
        auto events = payloads(db, QStringLiteral("generation.completed"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(QLatin1String("generation")).toString(), done);
        QCOMPARE(events[0].value(QLatin1String("provider")).toString(), QStringLiteral("openai"));
        QCOMPARE(events[0].value(QLatin1String("model")).toString(), QStringLiteral("dall-e-3"));
        QCOMPARE(events[0].value(QLatin1String("prompt")).toString(), QStringLiteral("a linen shirt"));
        auto quota = payloads(db, QStringLiteral("quota.threshold"));
        QCOMPARE(quota.size(), 1);
        QCOMPARE(quota[0].value(QLatin1String("used")).toDouble(), 95.0);
        QCOMPARE(quota[0].value(QLatin1String("monthly_credits")).toDouble(), 100.0);
        QCOMPARE(quota[0].value(QLatin1String("percent")).toDouble(), 95.0);
        // A second charge that stays above 90 % crosses nothing.
        const QString more = processing(db, 1);
        QVERIFY(GenerationService::complete(db, more, QStringLiteral("w1"), asset, asset, 0.9, 1000, {}).value());
        QCOMPARE(payloads(db, QStringLiteral("quota.threshold")).size(), 1);

        // generation.failed
        const QString broken = processing(db, 4);
        auto failed = GenerationService::fail(db, broken, QStringLiteral("w1"), Error{QStringLiteral("The provider refused the prompt."), {}}, 500);
        QVERIFY(failed && failed.value());
        events = payloads(db, QStringLiteral("generation.failed"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(QLatin1String("generation")).toString(), broken);
        QCOMPARE(events[0].value(QLatin1String("error")).toString(), QStringLiteral("The provider refused the prompt."));

        // comment.mention: one per person mentioned.
        const QString target = addWorkflow(db, QStringLiteral("commented"), object(R"({"type": "manual"})"));
        auto comment = CommentService::add(db, ResourceRef{QStringLiteral("workflow"), target}, QStringLiteral("@ana and @bruno, look"));
        QVERIFY2(comment, comment ? "" : qPrintable(comment.error().message));
        events = payloads(db, QStringLiteral("comment.mention"));
        QCOMPARE(events.size(), 2);
        QStringList mentioned{events[0].value(QLatin1String("user")).toString(), events[1].value(QLatin1String("user")).toString()};
        mentioned.sort();
        QCOMPARE(mentioned, (QStringList{QStringLiteral("ana"), QStringLiteral("bruno")}));
        QCOMPARE(events[0].value(QLatin1String("comment")).toString(), comment->id);
        QCOMPARE(events[0].value(QLatin1String("resource_type")).toString(), QStringLiteral("workflow"));
        QCOMPARE(events[0].value(QLatin1String("resource_id")).toString(), target);
        QCOMPARE(events[0].value(QLatin1String("text")).toString(), QStringLiteral("@ana and @bruno, look"));

        // share.created
        QSqlQuery u(db);
        QVERIFY(u.exec(QStringLiteral("SELECT username FROM users WHERE id <> '%1' ORDER BY username LIMIT 1").arg(me)));
        QString other;
        if (u.next())
            other = u.value(0).toString();
        else {
            exec(db, QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('user_zoe', 'zoe', 'Zoé')"));
            other = QStringLiteral("zoe");
        }
        const Status shared = ShareService::share(db, ResourceRef{QStringLiteral("workflow"), target}, other, QStringLiteral("view"));
        QVERIFY2(shared, shared ? "" : qPrintable(shared.error().message));
        events = payloads(db, QStringLiteral("share.created"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(QLatin1String("resource_type")).toString(), QStringLiteral("workflow"));
        QCOMPARE(events[0].value(QLatin1String("resource_id")).toString(), target);
        QCOMPARE(events[0].value(QLatin1String("user")).toString(), other);
        QCOMPARE(events[0].value(QLatin1String("permission")).toString(), QStringLiteral("view"));

        // The scheduler's tick starts each listening workflow once per event.
        auto ticked = WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc());
        QVERIFY2(ticked, ticked ? "" : qPrintable(ticked.error().message));
        QCOMPARE(ticked.value(), 2 + 1 + 1 + 2 + 1); // 2 completed, 1 failed, 1 quota, 2 mentions, 1 share
        QCOMPARE(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc()).value(), 0);
        // The payload is the event's.
        QSqlQuery x(db);
        QVERIFY(x.exec(QStringLiteral("SELECT e.trigger_payload FROM workflow_executions e JOIN workflows w ON w.id = e.workflow_id "
                                      "WHERE w.name = 'low quota'")));
        QVERIFY(x.next());
        QVERIFY(x.value(0).toString().contains(QLatin1String("\"previous_percent\"")));
        // And the executions run.
        auto ran = WorkflowEngine::runOnce(db, {});
        QVERIFY2(ran, ran ? "" : qPrintable(ran.error().message));
        QCOMPARE(ran->completed, 7);
    }

    void filtersAndRacingDispatchers_data() { ScratchDatabase::addDialectRows(); }
    void filtersAndRacingDispatchers()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = prepare(scratch.url());
        const QString openai = addWorkflow(db, QStringLiteral("openai"), object(R"({"type": "event", "event": "generation.completed", "provider": "OpenAI"})"));
        const QString other = addWorkflow(db, QStringLiteral("replicate"), object(R"({"type": "event", "event": "generation.completed", "provider": "replicate"})"));
        const QString paused = addWorkflow(db, QStringLiteral("paused"), object(R"({"type": "event", "event": "generation.completed"})"),
                                           QStringLiteral("paused"));
        const QString above = addWorkflow(db, QStringLiteral("above"),
                                          object(R"({"type": "event", "event": "metric.threshold", "metric": "conversion_rate", "threshold": 0.04})"));
        constexpr int events = 40;
        for (int i = 0; i < events; ++i)
            QVERIFY(WorkflowEvents::raise(db, m_brand, QStringLiteral("generation.completed"),
                                          {{QStringLiteral("generation"), QStringLiteral("g%1").arg(i)},
                                           {QStringLiteral("provider"), QStringLiteral("openai")},
                                           {QStringLiteral("model"), QStringLiteral("dall-e-3")}})
                        .value());
        QVERIFY(WorkflowEvents::raise(db, m_brand, QStringLiteral("metric.threshold"),
                                      {{QStringLiteral("metric"), QStringLiteral("conversion_rate")}, {QStringLiteral("value"), 0.05}})
                    .value());
        QVERIFY(WorkflowEvents::raise(db, m_brand, QStringLiteral("metric.threshold"),
                                      {{QStringLiteral("metric"), QStringLiteral("conversion_rate")}, {QStringLiteral("value"), 0.01}})
                    .value());

        // Two dispatchers, each on its own connection and thread, at the same time, again and again.
        const DatabaseUrl url = scratch.url();
        auto dispatcher = [url]() -> QString {
            auto conn = Database::open(url);
            if (!conn)
                return conn.error().message;
            for (int i = 0; i < 5; ++i)
                if (auto d = WorkflowEvents::dispatch(conn.value(), QDateTime::currentDateTimeUtc()); !d)
                    return d.error().message;
            return {};
        };
        QFuture<QString> a = QtConcurrent::run(dispatcher);
        QFuture<QString> b = QtConcurrent::run(dispatcher);
        QCOMPARE(a.result(), QString());
        QCOMPARE(b.result(), QString());
        QVERIFY(WorkflowEvents::dispatch(db, QDateTime::currentDateTimeUtc()));
        QCOMPARE(executionsOf(db, openai), events);      // provider compared ignoring case
        QCOMPARE(executionsOf(db, other), 0);            // the filter does not match
        QCOMPARE(executionsOf(db, paused), 0);           // paused: no execution
        QCOMPARE(executionsOf(db, above), 1);            // 0.05 ≥ 0.04, not 0.01 (nor yesterday's 0, watched)
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_event_deliveries WHERE workflow_id = ?"), {other}), events);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT trigger_payload) FROM workflow_executions WHERE workflow_id = ?").replace(
                                QLatin1String("DISTINCT trigger_payload"),
                                SqlDialect::of(db).isSqlite() ? QStringLiteral("DISTINCT trigger_payload") : QStringLiteral("DISTINCT trigger_payload::text")),
                        {openai}),
                 events);

        // Resumed, a workflow does not run the events raised while it was paused.
        exec(db, QStringLiteral("UPDATE workflows SET status = 'active', updated_at = ? WHERE id = ?"),
             {SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()), paused});
        QVERIFY(WorkflowEvents::dispatch(db, QDateTime::currentDateTimeUtc()));
        QCOMPARE(executionsOf(db, paused), 0);
    }

    void filterSemantics()
    {
        const QJsonObject quota = object(R"({"type": "event", "event": "quota.threshold", "percent": 90})");
        QVERIFY(WorkflowEvents::matches(quota, QStringLiteral("quota.threshold"), object(R"({"percent": 95, "previous_percent": 85})")));
        QVERIFY(WorkflowEvents::matches(quota, QStringLiteral("quota.threshold"), object(R"({"percent": 90, "previous_percent": 89.5})")));
        QVERIFY(!WorkflowEvents::matches(quota, QStringLiteral("quota.threshold"), object(R"({"percent": 95, "previous_percent": 91})")));
        QVERIFY(!WorkflowEvents::matches(quota, QStringLiteral("quota.threshold"), object(R"({"percent": 80, "previous_percent": 70})")));
        const QJsonObject above = object(R"({"type": "event", "event": "metric.threshold", "metric": "revenue", "threshold": 1000})");
        QVERIFY(WorkflowEvents::matches(above, QStringLiteral("metric.threshold"), object(R"({"metric": "revenue", "value": 1000})")));
        QVERIFY(!WorkflowEvents::matches(above, QStringLiteral("metric.threshold"), object(R"({"metric": "revenue", "value": 999})")));
        QVERIFY(!WorkflowEvents::matches(above, QStringLiteral("metric.threshold"), object(R"({"metric": "signups", "value": 5000})")));
        QVERIFY(!WorkflowEvents::matches(above, QStringLiteral("anomaly.detected"), object(R"({"metric": "revenue", "value": 5000})")));
        const QJsonObject failed = object(R"({"type": "event", "event": "workflow.failed", "workflow": "nightly-images"})");
        QVERIFY(WorkflowEvents::matches(failed, QStringLiteral("workflow.failed"),
                                        object(R"({"workflow": {"id": "w1", "name": "nightly-images"}, "step": "x"})")));
        QVERIFY(!WorkflowEvents::matches(failed, QStringLiteral("workflow.failed"), object(R"({"workflow": {"id": "w1", "name": "other"}})")));
        // A key the event lacks does not match.
        QVERIFY(!WorkflowEvents::matches(object(R"({"type": "event", "event": "anomaly.detected", "metric": "revenue"})"),
                                         QStringLiteral("anomaly.detected"), object(R"({"value": 3})")));
        QVERIFY(WorkflowEvents::matches(object(R"({"type": "event", "event": "experiment.significant"})"),
                                        QStringLiteral("experiment.significant"), object(R"({"experiment": "x"})")));
    }

    void watchRaisesOncePerDay_data() { ScratchDatabase::addDialectRows(); }
    void watchRaisesOncePerDay()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = prepare(scratch.url());
        // Nothing happened: 0 signups, at or below 0 (the metric is computed from the brand's events).
        const QString low = addWorkflow(db, QStringLiteral("no signups"),
                                        object(R"({"type": "event", "event": "metric.threshold", "metric": "signups", "threshold": 0, "direction": "below"})"));
        const QString anomalies = addWorkflow(db, QStringLiteral("anomalies"), object(R"({"type": "event", "event": "anomaly.detected"})"));
        const QDate yesterday = QDateTime::currentDateTimeUtc().date().addDays(-1);
        auto first = WorkflowEvents::watch(db, yesterday);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first.value(), 1);
        const auto events = payloads(db, QStringLiteral("metric.threshold"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value(QLatin1String("metric")).toString(), QStringLiteral("signups"));
        QCOMPARE(events[0].value(QLatin1String("date")).toString(), yesterday.toString(Qt::ISODate));
        QCOMPARE(events[0].value(QLatin1String("value")).toDouble(), 0.0);
        // Watched again the same day, by this process or by another runner (another connection): nothing new.
        QCOMPARE(WorkflowEvents::watch(db, yesterday).value(), 0);
        auto other = Database::open(scratch.url());
        QVERIFY(other);
        QCOMPARE(WorkflowEvents::watch(other.value(), yesterday).value(), 0);
        // Raised again by hand with the same key: refused by the database, not kept twice.
        const QString key = QStringLiteral("metric.threshold:signups:below:0:%1").arg(yesterday.toString(Qt::ISODate));
        QVERIFY(!WorkflowEvents::raise(db, m_brand, QStringLiteral("metric.threshold"), events[0], key).value());
        QCOMPARE(payloads(db, QStringLiteral("metric.threshold")).size(), 1);
        // A flat empty series has no anomaly.
        QCOMPARE(payloads(db, QStringLiteral("anomaly.detected")).size(), 0);
        // The tick watches and starts the workflow once.
        QVERIFY(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc()));
        QVERIFY(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc()));
        QCOMPARE(executionsOf(db, low), 1);
        QCOMPARE(executionsOf(db, anomalies), 0);
    }

    /// PostgreSQL, plain SQL logins: a member raises events of its brand in its own name only; nobody forges a delivery
    /// for a workflow it does not run, nor changes or deletes an event.
    void attacksThroughPlainSql()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        const QSqlDatabase admin = prepare(scratch.url());
        exec(admin, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-x', 'brand-x', 'Other', 'fashion')"));
        const QString workflow = addWorkflow(admin, QStringLiteral("listening"), object(R"({"type": "event", "event": "share.created"})"));
        QVERIFY(WorkflowEvents::raise(admin, m_brand, QStringLiteral("share.created"), {}).value());
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString viewer = QStringLiteral("evviewer_") + suffix, password = QStringLiteral("correct horse ") + suffix;
        QVERIFY(UserAdmin::add(admin, viewer, m_brand, QStringLiteral("viewer"), password));
        DatabaseUrl viewerUrl = scratch.url();
        viewerUrl.user = viewer;
        viewerUrl.password = password;
        auto viewerDb = Database::open(viewerUrl, Database::OpenMode::MustExist);
        QVERIFY2(viewerDb, viewerDb ? "" : qPrintable(viewerDb.error().message));
        const QSqlDatabase v = viewerDb.value();
        const QString viewerId = Collaboration::currentUserId(v).value();
        // Through the service: in its own name, in its brand.
        auto raised = WorkflowEvents::raise(v, m_brand, QStringLiteral("share.created"), {{QStringLiteral("user"), QStringLiteral("zoe")}});
        QVERIFY2(raised && raised.value(), raised ? "" : qPrintable(raised.error().message));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM workflow_events WHERE raised_by = ?"), {viewerId}), 1);
        QSqlQuery q(v);
        // In someone else's name, or in another brand: refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO workflow_events (id, brand_id, event, raised_by) VALUES ('forged1', '%1', 'share.created', 'user_ana')")
                            .arg(m_brand)));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO workflow_events (id, brand_id, event, raised_by) VALUES ('forged2', 'brand-x', 'share.created', '%1')")
                            .arg(viewerId)));
        // A delivery for a workflow it does not run (as if the event had been looked at): refused.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO workflow_event_deliveries (event_id, workflow_id, brand_id) "
                                       "SELECT id, '%1', brand_id FROM workflow_events LIMIT 1").arg(workflow)));
        // Events are not changed nor deleted by members.
        QVERIFY(q.exec(QStringLiteral("UPDATE workflow_events SET payload = '{\"user\": \"mallory\"}'")) ? q.numRowsAffected() == 0 : true);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM workflow_events")) ? q.numRowsAffected() == 0 : true);
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM workflow_events")), 2);
        // Its runner does not start the admin's workflow; the admin's does, once per event.
        QCOMPARE(WorkflowEvents::dispatch(v, QDateTime::currentDateTimeUtc()).value(), 0);
        QCOMPARE(WorkflowEvents::dispatch(admin, QDateTime::currentDateTimeUtc()).value(), 2);
        QCOMPARE(executionsOf(admin, workflow), 2);
    }
    /// Named secrets through the verbs: set (from standard input), list (names only), delete; only ciphertext in the
    /// table, sealed with the database's data key (a keychain-wrapped key made on first use on SQLite, a passphrase on
    /// PostgreSQL, as for a runner on a server); a webhook naming one is signed with it, as the receiver checks; one that
    /// names a missing secret fails. Secrets sealed by a desktop's key before 0021 are sealed again where they open, and
    /// refused in words elsewhere; a rotation of the data key re-encrypts them.
    void secretsSignWebhooks_data() { ScratchDatabase::addDialectRows(); }
    void secretsSignWebhooks()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = prepare(scratch.url());
        exec(db, QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host) VALUES ('%1', '127.0.0.1')").arg(m_brand));
        const QString url = scratch.url().toString();
        const bool pg = !SqlDialect::of(db).isSqlite();
        const QString passphrase = QStringLiteral("a server's long passphrase");
        if (pg) {
            const Cli::Captured init = Cli::runCaptured({QStringLiteral("secrets"), QStringLiteral("init"), QStringLiteral("--passphrase-stdin"),
                                                         QStringLiteral("--database"), url},
                                                        passphrase + QLatin1Char('\n'));
            QVERIFY2(init.code == 0, qPrintable(init.err));
        }
        auto secret = [&](QStringList words, const QString &input = {}) {
            const bool needsKey = pg && (words.first() == QLatin1String("set") || words.first() == QLatin1String("reseal"));
            return Cli::runCaptured(QStringList{QStringLiteral("workflow"), QStringLiteral("secret")} + words
                                        + (needsKey ? QStringList{QStringLiteral("--passphrase-stdin")} : QStringList())
                                        + QStringList{QStringLiteral("--database"), url, QStringLiteral("--brand"), m_brand},
                                    needsKey ? passphrase + QLatin1Char('\n') + input : input);
        };
        const QString value = QStringLiteral("correct horse battery staple");
        Cli::Captured ran = secret({QStringLiteral("set"), QStringLiteral("alerts-hook"), QStringLiteral("--value-stdin")}, value + QLatin1Char('\n'));
        QVERIFY2(ran.code == 0, qPrintable(ran.err));
        QVERIFY2(!ran.out.contains(value), qPrintable(ran.out));
        QCOMPARE(Secrets::status(db)->method, pg ? QStringLiteral("passphrase") : QStringLiteral("keychain"));
        ran = secret({QStringLiteral("set"), QStringLiteral("bad name!"), QStringLiteral("--value-stdin")}, value);
        QCOMPARE(ran.code, 2);
        QVERIFY2(ran.err.contains(QLatin1String("bad name!")), qPrintable(ran.err));
        ran = secret({QStringLiteral("set"), QStringLiteral("empty"), QStringLiteral("--value-stdin")}, QStringLiteral("\n"));
        QCOMPARE(ran.code, 2);
        ran = secret({QStringLiteral("set"), QStringLiteral("argv")}, value);
        QCOMPARE(ran.code, 2);
        QVERIFY2(ran.err.contains(QLatin1String("--value-stdin")), qPrintable(ran.err));
        ran = secret({QStringLiteral("list")});
        QVERIFY2(ran.code == 0 && ran.out.contains(QLatin1String("alerts-hook")) && !ran.out.contains(value), qPrintable(ran.out + ran.err));
        ran = secret({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray listed = QJsonDocument::fromJson(ran.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("alerts-hook"));
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("sealed_with")).toString(), QStringLiteral("database"));
        // Only ciphertext in the table, bound to its brand and name.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT value_encrypted, sealed_with FROM workflow_secrets")) && q.next());
        const QString stored = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), QStringLiteral("database"));
        QVERIFY(stored.startsWith(QLatin1String("enc:v")));
        QVERIFY(!stored.contains(value) && !QByteArray::fromBase64(stored.mid(stored.lastIndexOf(QLatin1Char(':')) + 1).toLatin1()).contains(value.toUtf8()));
        q.finish();
        std::shared_ptr<DataKey> key;
        if (pg) {
            // Without the passphrase nothing opens it: said in words that name the way.
            auto refused = WorkflowSecrets::value(db, m_brand, QStringLiteral("alerts-hook"));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::NoKey);
            QVERIFY2(refused.error().message.contains(QLatin1String("--passphrase-stdin")), qPrintable(refused.error().message));
            key = Secrets::unlock(db, passphrase).value();
        }
        QCOMPARE(WorkflowSecrets::value(db, m_brand, QStringLiteral("alerts-hook"), key).value(), value);
        exec(db, QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted) VALUES (?, 'moved', ?)"), {m_brand, stored});
        auto moved = WorkflowSecrets::value(db, m_brand, QStringLiteral("moved"), key);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::NoKey);

        // A signed webhook, checked by the receiver; the runner holds the data key (workflow runner --passphrase-stdin).
        FakeProvider receiver;
        QVERIFY(receiver.isListening());
        receiver.answer("POST", QStringLiteral("/hook"), FakeAnswer::json({{QStringLiteral("ok"), true}}));
        const QString actions = QStringLiteral(R"([{"id": "ping", "type": "webhook", "params": {"url": "%1", "body": {"metric": "{{ trigger.metric }}"}, "secret_name": "alerts-hook", "headers": {"X-Atelier-Signature": "forged"}}}])")
                                    .arg(receiver.url(QStringLiteral("/hook")));
        addWorkflow(db, QStringLiteral("signed"), object(R"({"type": "manual"})"), QStringLiteral("active"), actions);
        RunnerOptions runner;
        runner.dataKey = key;
        auto queued = WorkflowService::run(db, m_brand, QStringLiteral("signed"), {{QStringLiteral("metric"), QStringLiteral("revenue")}});
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));
        if (pg) { // a wrong passphrase stops the runner before it claims anything
            ran = Cli::runCaptured({QStringLiteral("workflow"), QStringLiteral("runner"), QStringLiteral("--once"), QStringLiteral("--passphrase-stdin"),
                                    QStringLiteral("--database"), url},
                                   QStringLiteral("not the passphrase at all\n"));
            QCOMPARE(ran.code, 1);
            QVERIFY2(ran.err.contains(QLatin1String("passphrase is wrong")), qPrintable(ran.err));
            QCOMPARE(WorkflowService::execution(db, queued->id)->status, QStringLiteral("queued"));
        }
        // The headless runner's verb: one pass, the data key unlocked with the passphrase on standard input.
        ran = Cli::runCaptured(QStringList{QStringLiteral("workflow"), QStringLiteral("runner"), QStringLiteral("--once")}
                                   + (pg ? QStringList{QStringLiteral("--passphrase-stdin")} : QStringList())
                                   + QStringList{QStringLiteral("--database"), url},
                               pg ? passphrase + QLatin1Char('\n') : QString());
        QVERIFY2(ran.code == 0, qPrintable(ran.err));
        QCOMPARE(WorkflowService::execution(db, queued->id)->status, QStringLiteral("completed"));
        QCOMPARE(receiver.requests().size(), 1);
        const FakeRequest &request = receiver.requests().first();
        QCOMPARE(request.json().value(QLatin1String("metric")).toString(), QStringLiteral("revenue"));
        const QByteArray expected = "sha256=" + QMessageAuthenticationCode::hash(request.body, value.toUtf8(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.header("X-Atelier-Signature"), expected);

        // Rotated: the secret is re-encrypted with the new data key, and still signs. (A damaged value stops a rotation,
        // all or nothing, naming it: the moved one goes first.)
        const auto blocked = pg ? Secrets::rotate(db, passphrase) : Secrets::rotateWithKeychain(db);
        QVERIFY(!blocked);
        QVERIFY2(blocked.error().message.contains(QLatin1String("brand-e/moved")), qPrintable(blocked.error().message));
        exec(db, QStringLiteral("DELETE FROM workflow_secrets WHERE name = 'moved'"));
        const auto rotated = pg ? Secrets::rotate(db, passphrase) : Secrets::rotateWithKeychain(db);
        QVERIFY2(rotated, rotated ? "" : qPrintable(rotated.error().message));
        QVERIFY(rotated.value() >= 1);
        QVERIFY(!WorkflowSecrets::value(db, m_brand, QStringLiteral("alerts-hook"), key)); // the old key no longer opens it
        if (pg)
            key = Secrets::unlock(db, passphrase).value();
        else
            key.reset();
        QCOMPARE(WorkflowSecrets::value(db, m_brand, QStringLiteral("alerts-hook"), key).value(), value);

        // Stored before the data key, with this desktop's key: it opens here and is sealed again with the data key.
        auto local = LocalKey::load();
        QVERIFY(local);
        const QString legacy = Secrets::encrypt(*local.value(), QStringLiteral("legacy value"), Secrets::workflowSecretContext(m_brand, QStringLiteral("legacy"))).value();
        exec(db, QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted, sealed_with) VALUES (?, 'legacy', ?, 'desktop')"),
             {m_brand, legacy});
        // With another desktop's key: refused in words that say what to do.
        const DataKey otherDesktop(1);
        const QString foreign = Secrets::encrypt(otherDesktop, QStringLiteral("foreign value"), Secrets::workflowSecretContext(m_brand, QStringLiteral("foreign"))).value();
        exec(db, QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted, sealed_with) VALUES (?, 'foreign', ?, 'desktop')"),
             {m_brand, foreign});
        ran = secret({QStringLiteral("list")});
        QVERIFY2(ran.out.contains(QLatin1String("desktop")), qPrintable(ran.out));
        QCOMPARE(WorkflowSecrets::value(db, m_brand, QStringLiteral("legacy"), key).value(), QStringLiteral("legacy value"));
        QCOMPARE(textOf(db, QStringLiteral("SELECT sealed_with FROM workflow_secrets WHERE name = 'legacy'")), QStringLiteral("database"));
        QCOMPARE(WorkflowSecrets::value(db, m_brand, QStringLiteral("legacy"), key).value(), QStringLiteral("legacy value"));
        auto elsewhere = WorkflowSecrets::value(db, m_brand, QStringLiteral("foreign"), key);
        QVERIFY(!elsewhere);
        QCOMPARE(elsewhere.error().code, ErrorCode::NoKey);
        QVERIFY2(elsewhere.error().message.contains(QLatin1String("another desktop"))
                     && elsewhere.error().message.contains(QLatin1String("atelier workflow secret set foreign")),
                 qPrintable(elsewhere.error().message));
        ran = secret({QStringLiteral("reseal")});
        QCOMPARE(ran.code, 1);
        QVERIFY2(ran.err.contains(QLatin1String("foreign")) && !ran.err.contains(QLatin1String("legacy")), qPrintable(ran.err));
        QVERIFY(WorkflowSecrets::remove(db, m_brand, QStringLiteral("foreign")));
        QVERIFY(WorkflowSecrets::remove(db, m_brand, QStringLiteral("legacy")));

        // Deleted: a webhook naming it fails, saying which secret, and sends nothing.
        ran = secret({QStringLiteral("delete"), QStringLiteral("alerts-hook")});
        QVERIFY2(ran.code == 0, qPrintable(ran.err));
        ran = secret({QStringLiteral("delete"), QStringLiteral("alerts-hook")});
        QCOMPARE(ran.code, 2);
        queued = WorkflowService::run(db, m_brand, QStringLiteral("signed"), {});
        QVERIFY(queued);
        auto pass = WorkflowEngine::runOnce(db, runner);
        QVERIFY(pass);
        QCOMPARE(pass->failed, 1);
        auto failed = WorkflowService::execution(db, queued->id);
        QVERIFY(failed);
        QVERIFY2(failed->error.contains(QLatin1String("params.secret_name")) && failed->error.contains(QLatin1String("alerts-hook")),
                 qPrintable(failed->error));
        QCOMPARE(receiver.requests().size(), 1);
        // Audited: stored, sealed again, deleted (three of them).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_type = 'workflow_secret'")), 5);
    }

    /// The console's runner (handBackWithoutKey) without the data key (wrapped by a passphrase, not given): a signed
    /// webhook's execution is handed back untouched (queued, attempt not counted, no step run, nothing sent) and its
    /// workflow named; skipped workflows are not claimed; once the key is given it completes, signed.
    void consoleHandsBackWithoutKey_data() { ScratchDatabase::addDialectRows(); }
    void consoleHandsBackWithoutKey()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = prepare(scratch.url());
        exec(db, QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host) VALUES ('%1', '127.0.0.1')").arg(m_brand));
        const QString passphrase = QStringLiteral("a console's long passphrase");
        QVERIFY(Secrets::initialise(db, passphrase));
        const std::shared_ptr<DataKey> key = Secrets::unlock(db, passphrase).value();
        const QString value = QStringLiteral("signing value");
        QVERIFY(WorkflowSecrets::set(db, m_brand, QStringLiteral("hook"), value, key));
        FakeProvider receiver;
        QVERIFY(receiver.isListening());
        receiver.answer("POST", QStringLiteral("/hook"), FakeAnswer::json({{QStringLiteral("ok"), true}}));
        const QString actions = QStringLiteral(R"([{"id": "ping", "type": "webhook", "params": {"url": "%1", "body": {"n": 1}, "secret_name": "hook"}}])")
                                    .arg(receiver.url(QStringLiteral("/hook")));
        const QString workflowId = addWorkflow(db, QStringLiteral("signed"), object(R"({"type": "manual"})"), QStringLiteral("active"), actions);
        auto queued = WorkflowService::run(db, m_brand, QStringLiteral("signed"), {});
        QVERIFY2(queued, queued ? "" : qPrintable(queued.error().message));

        RunnerOptions console;
        console.handBackWithoutKey = true;
        auto pass = WorkflowEngine::runOnce(db, console);
        QVERIFY2(pass, pass ? "" : qPrintable(pass.error().message));
        QCOMPARE(pass->failed, 0);
        QCOMPARE(pass->completed, 0);
        QCOMPARE(pass->needKey, QStringList{workflowId});
        QCOMPARE(pass->needKeyNames, QStringList{QStringLiteral("signed")});
        auto after = WorkflowService::execution(db, queued->id);
        QVERIFY(after);
        QCOMPARE(after->status, QStringLiteral("queued"));
        QCOMPARE(after->attempt, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_step_runs")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE lease_owner IS NOT NULL")), 0);
        QVERIFY(receiver.requests().isEmpty());

        // Skipped while the console waits for the key: not claimed at all.
        console.skipWorkflows = {workflowId};
        pass = WorkflowEngine::runOnce(db, console);
        QVERIFY(pass);
        QCOMPARE(pass->claimed, 0);
        QVERIFY(pass->needKey.isEmpty());

        // Unlocked for the session: it completes, and the receiver checks the signature.
        console.skipWorkflows.clear();
        console.dataKey = key;
        pass = WorkflowEngine::runOnce(db, console);
        QVERIFY2(pass, pass ? "" : qPrintable(pass.error().message));
        QCOMPARE(pass->completed, 1);
        QVERIFY(pass->needKey.isEmpty());
        after = WorkflowService::execution(db, queued->id);
        QCOMPARE(after->status, QStringLiteral("completed"));
        QCOMPARE(after->attempt, 1);
        QCOMPARE(receiver.requests().size(), 1);
        const FakeRequest &request = receiver.requests().first();
        const QByteArray expected = "sha256=" + QMessageAuthenticationCode::hash(request.body, value.toUtf8(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.header("X-Atelier-Signature"), expected);

        // Handed back after a step of the same claim ran: that claim counts (the execution started), at the webhook's step.
        const QString twoSteps = QStringLiteral(R"([{"id": "check", "type": "condition", "params": {"if": "{{ true }}"}},
            {"id": "ping", "type": "webhook", "params": {"url": "%1", "body": {"n": 2}, "secret_name": "hook"}}])")
                                     .arg(receiver.url(QStringLiteral("/hook")));
        const QString secondId = addWorkflow(db, QStringLiteral("two steps"), object(R"({"type": "manual"})"), QStringLiteral("active"), twoSteps);
        auto second = WorkflowService::run(db, m_brand, QStringLiteral("two steps"), {});
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        RunnerOptions keyless;
        keyless.handBackWithoutKey = true;
        pass = WorkflowEngine::runOnce(db, keyless);
        QVERIFY2(pass, pass ? "" : qPrintable(pass.error().message));
        QCOMPARE(pass->needKey, QStringList{secondId});
        after = WorkflowService::execution(db, second->id);
        QCOMPARE(after->status, QStringLiteral("queued"));
        QCOMPARE(after->attempt, 1);
        QCOMPARE(after->currentStep, QStringLiteral("ping"));
        keyless.dataKey = key;
        pass = WorkflowEngine::runOnce(db, keyless);
        QVERIFY(pass);
        QCOMPARE(pass->completed, 1);
        QCOMPARE(WorkflowService::execution(db, second->id)->status, QStringLiteral("completed"));
        QCOMPARE(receiver.requests().size(), 2);
    }

    /// PostgreSQL, plain SQL: a viewer of the brand neither reads nor writes its secrets nor unlocks the data key; an admin
    /// of another brand does not read them; the sealed text alone does not reveal a secret; the brand's admin stores
    /// and reads them with the data key, and the workflow's run-as identity opens them to sign.
    void viewerCannotReachSecrets()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        const QSqlDatabase admin = prepare(scratch.url());
        const QString passphrase = QStringLiteral("a server's long passphrase");
        QVERIFY(Secrets::initialise(admin, passphrase));
        const std::shared_ptr<DataKey> key = Secrets::unlock(admin, passphrase).value();
        QVERIFY(WorkflowSecrets::set(admin, m_brand, QStringLiteral("hook"), QStringLiteral("s3cret value"), key));
        exec(admin, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-other', 'brand-other', 'Other', 'fashion')"));
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString viewer = QStringLiteral("secviewer_") + suffix, brandAdmin = QStringLiteral("secadmin_") + suffix,
                      otherAdmin = QStringLiteral("secother_") + suffix;
        const QString password = QStringLiteral("correct horse ") + suffix;
        QVERIFY(UserAdmin::add(admin, viewer, m_brand, QStringLiteral("viewer"), password));
        QVERIFY(UserAdmin::add(admin, brandAdmin, m_brand, QStringLiteral("admin"), password));
        QVERIFY(UserAdmin::add(admin, otherAdmin, QStringLiteral("brand-other"), QStringLiteral("admin"), password));
        const QString sealed = textOf(admin, QStringLiteral("SELECT value_encrypted FROM workflow_secrets WHERE name = 'hook'"));
        auto login = [&](const QString &user) {
            DatabaseUrl u = scratch.url();
            u.user = user;
            u.password = password;
            return Database::open(u, Database::OpenMode::MustExist);
        };
        auto v = login(viewer);
        QVERIFY2(v, v ? "" : qPrintable(v.error().message));
        QSqlQuery q(v.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM workflow_secrets")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        const QString viewerId = Collaboration::currentUserId(v.value()).value();
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted, created_by) VALUES ('%1', 'mine', "
                                       "'enc:v1:AAAA', '%2')").arg(m_brand, viewerId)));
        QVERIFY(q.exec(QStringLiteral("UPDATE workflow_secrets SET value_encrypted = 'enc:v1:AAAA'")) && q.numRowsAffected() == 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM workflow_secrets")) && q.numRowsAffected() == 0);
        QVERIFY(!WorkflowSecrets::set(v.value(), m_brand, QStringLiteral("mine"), QStringLiteral("x")));
        QVERIFY(!WorkflowSecrets::value(v.value(), m_brand, QStringLiteral("hook")));
        QVERIFY(!Secrets::unlock(v.value(), passphrase)); // not theirs to unlock, even with the passphrase
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM workflow_secrets")), 1);
        {
            // Plain SQL as the viewer, and as an admin of another brand: no sealed value, no keyring.
            SqlSession s(scratch.url(), viewer, password);
            QVERIFY(s.open());
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM workflow_secrets WHERE brand_id = '%1'").arg(m_brand)).toInt(), 0);
            QVERIFY(!s.value(QStringLiteral("SELECT wrapped_key FROM public.atelier_keyring_material()")).isValid());
            QVERIFY2(s.lastError().contains(QLatin1String("unlocks the data key")), qPrintable(s.lastError()));
            QVERIFY(!s.value(QStringLiteral("SELECT wrapped_key FROM secret_keyring")).isValid());
        }
        {
            SqlSession s(scratch.url(), otherAdmin, password);
            QVERIFY(s.open());
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM workflow_secrets")).toInt(), 0);
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflow_secrets SET brand_id = 'brand-other' WHERE name = 'hook'")), 0);
        }
        // The sealed text alone: neither the value nor a decryption under another brand or name.
        QVERIFY(!sealed.contains(QLatin1String("s3cret")));
        QVERIFY(!QByteArray::fromBase64(sealed.mid(sealed.lastIndexOf(QLatin1Char(':')) + 1).toLatin1()).contains("s3cret value"));
        QVERIFY(!Secrets::decrypt(*key, sealed, Secrets::workflowSecretContext(QStringLiteral("brand-other"), QStringLiteral("hook"))));
        QVERIFY(!Secrets::decrypt(*key, sealed, Secrets::workflowSecretContext(m_brand, QStringLiteral("other"))));
        QVERIFY(!Secrets::decrypt(DataKey(key->version()), sealed, Secrets::workflowSecretContext(m_brand, QStringLiteral("hook"))));
        // The run-as identity of one of the brand's workflows (an editor) unlocks the data key and opens them, to sign.
        const QString runner = QStringLiteral("secrunner_") + suffix;
        QVERIFY(UserAdmin::add(admin, runner, m_brand, QStringLiteral("editor"), password));
        {
            auto r = login(runner);
            QVERIFY(r);
            QVERIFY(!Secrets::unlock(r.value(), passphrase)); // no workflow runs as them yet
            exec(admin, QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, run_as_id) VALUES ('w-runner', "
                                       "'runs as the editor', '{\"type\": \"manual\"}', '[]', 'active', ?, ?)"),
                 {m_brand, Collaboration::currentUserId(r.value()).value()});
            auto runnerKey = Secrets::unlock(r.value(), passphrase);
            QVERIFY2(runnerKey, runnerKey ? "" : qPrintable(runnerKey.error().message));
            std::shared_ptr<DataKey> k = runnerKey.value();
            QCOMPARE(WorkflowSecrets::value(r.value(), m_brand, QStringLiteral("hook"), k).value(), QStringLiteral("s3cret value"));
            QVERIFY(!WorkflowSecrets::set(r.value(), m_brand, QStringLiteral("hook"), QStringLiteral("theirs"), k)); // not an admin
        }
        // A brand admin unlocks the data key, lists, replaces, reads and deletes them.
        auto a = login(brandAdmin);
        QVERIFY(a);
        auto adminKey = Secrets::unlock(a.value(), passphrase);
        QVERIFY2(adminKey, adminKey ? "" : qPrintable(adminKey.error().message));
        QCOMPARE(WorkflowSecrets::list(a.value(), m_brand)->size(), 1);
        const Status replaced = WorkflowSecrets::set(a.value(), m_brand, QStringLiteral("hook"), QStringLiteral("new value"), adminKey.value());
        QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
        std::shared_ptr<DataKey> opened = adminKey.value();
        QCOMPARE(WorkflowSecrets::value(a.value(), m_brand, QStringLiteral("hook"), opened).value(), QStringLiteral("new value"));
        QVERIFY(WorkflowSecrets::remove(a.value(), m_brand, QStringLiteral("hook")));
        QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM workflow_secrets")), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowEvents)
#include "tst_workflowevents.moc"
