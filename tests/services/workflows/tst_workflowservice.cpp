#include "collaboration/resources.h"
#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"
#include "sqlsession.h"
#include "security/audittrail.h"
#include "workflows/workflowdefinition.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const char *const kPing = "{\"trigger\": {\"type\": \"manual\"}, "
        "\"actions\": [{\"id\": \"ping\", \"type\": \"webhook\", \"params\": {\"url\": \"https://hooks.example.com/in\", \"body\": {\"a\": 1}}, "
        "\"retry\": {\"max_tries\": 3, \"wait_seconds\": 1}, \"on_error\": \"stop\"}]}";
const char *const kWeekly = "{\"trigger\": {\"type\": \"schedule\", \"cron\": \"0 9 * * 1\", \"timezone\": \"Europe/Paris\"}, "
        "\"actions\": [{\"id\": \"tell\", \"type\": \"notify\", \"params\": {\"users\": [\"ana\"], \"message\": \"Monday\"}}]}";

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return ok;
}

/// A small demo: the brands, people and their workflows with a few weeks of executions.
QSqlDatabase demo(const ScratchDatabase &scratch)
{
    auto db = Database::open(scratch.url());
    if (!db || !Migrator::migrate(db.value()).ok())
        qFatal("cannot prepare the database");
    DemoOptions options;
    options.events = 3000;
    options.days = 40;
    options.generationsPerBrand = 1;
    options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    auto made = DemoGenerator::generate(db.value(), options);
    if (!made)
        qFatal("demo: %s", qPrintable(made.error().message));
    return db.value();
}

using Session = Atelier::Testing::SqlSession;

} // namespace

/// WorkflowService on SQLite and PostgreSQL: definitions validated and versioned, names unique, status, delete,
/// runs, retries and cancels; damaged rows reported; and, on PostgreSQL, what plain SQL logins cannot do.
class TestWorkflowService final : public QObject
{
    Q_OBJECT

private slots:
    void demoWorkflowsAreValid_data() { ScratchDatabase::addDialectRows(); }
    void demoWorkflowsAreValid()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const auto brands = BrandService::list(db);
        QVERIFY(brands && !brands->isEmpty());
        int failed = 0, completed = 0;
        for (const Brand &brand : brands.value()) {
            auto list = WorkflowService::list(db, brand.id);
            QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
            QCOMPARE(list->size(), 4);
            for (const Workflow &w : list.value()) {
                QList<WorkflowProblem> problems;
                auto parsed = WorkflowDefinition::parse(w.trigger, w.actions, {}, &problems);
                QVERIFY2(parsed, qPrintable(w.name + QStringLiteral(": ") + (parsed ? QString() : parsed.error().message)));
                auto versions = WorkflowService::versions(db, brand.id, w.name);
                QVERIFY(versions);
                QCOMPARE(versions->size(), w.version);
                QCOMPARE(versions->last().actions, w.actions);
                QVERIFY(!w.runAsId.isEmpty());
                ExecutionFilter filter;
                filter.brandId = brand.id;
                filter.workflowId = w.name;
                auto runs = WorkflowService::executions(db, filter);
                QVERIFY(runs);
                QVERIFY2(!runs->isEmpty(), qPrintable(w.name));
                for (const WorkflowExecution &x : runs.value()) {
                    failed += x.status == QLatin1String("failed");
                    completed += x.status == QLatin1String("completed");
                    auto steps = WorkflowService::steps(db, x.id);
                    QVERIFY2(steps, qPrintable(steps ? QString() : steps.error().message));
                    QVERIFY(!steps->isEmpty());
                    QCOMPARE(steps->last().status, x.status);
                }
            }
        }
        QVERIFY(failed > 0);
        QVERIFY(completed > failed);
    }

    void lifecycle_data() { ScratchDatabase::addDialectRows(); }
    void lifecycle()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const QString brand = BrandService::list(db)->first().id;
        const auto me = Collaboration::currentUserId(db);
        QVERIFY(me);

        auto created = WorkflowService::create(db, brand, QStringLiteral("  Ping  "), QStringLiteral("Calls a hook"), parse(kPing));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->name, QStringLiteral("Ping"));
        QCOMPARE(created->version, 1);
        QCOMPARE(created->status, QStringLiteral("active"));
        QCOMPARE(created->runAsId, me.value());
        QCOMPARE(created->ownerId, me.value());
        QCOMPARE(created->misfire, QStringLiteral("skip"));

        // Names are unique per brand (another brand may have the same).
        auto twice = WorkflowService::create(db, brand, QStringLiteral("Ping"), {}, parse(kPing));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(twice.error().message, QStringLiteral("A workflow named \"Ping\" already exists in this brand."));
        QVERIFY(WorkflowService::create(db, BrandService::list(db)->at(1).id, QStringLiteral("Ping"), {}, parse(kPing)));

        // Each change is a version, saved with it; a version is restored as a new one.
        auto updated = WorkflowService::update(db, brand, QStringLiteral("Ping"), parse(kWeekly));
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        QCOMPARE(updated->version, 2);
        QCOMPARE(updated->trigger.value(QLatin1String("type")).toString(), QStringLiteral("schedule"));
        auto restored = WorkflowService::restore(db, brand, created->id, 1);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->version, 3);
        QCOMPARE(restored->actions, parse(kPing).value(QLatin1String("actions")).toArray());
        auto versions = WorkflowService::versions(db, brand, QStringLiteral("Ping"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(1).trigger, parse(kWeekly).value(QLatin1String("trigger")).toObject());
        QCOMPARE(versions->at(2).savedBy, me.value());
        auto missing = WorkflowService::restore(db, brand, QStringLiteral("Ping"), 9);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        // Status.
        QCOMPARE(WorkflowService::setStatus(db, brand, QStringLiteral("Ping"), QStringLiteral("paused"))->status, QStringLiteral("paused"));
        QVERIFY(!WorkflowService::setStatus(db, brand, QStringLiteral("Ping"), QStringLiteral("sleeping")));
        QVERIFY(WorkflowService::setOptions(db, brand, QStringLiteral("Ping"), QStringLiteral("Weekly report"), QStringLiteral("run_once"), {}));
        auto withOptions = WorkflowService::get(db, brand, QStringLiteral("Ping"));
        QCOMPARE(withOptions->misfire, QStringLiteral("run_once"));
        QCOMPARE(withOptions->errorWorkflowId, WorkflowService::get(db, brand, QStringLiteral("Weekly report"))->id);
        QVERIFY(!WorkflowService::setOptions(db, brand, QStringLiteral("Ping"), QStringLiteral("Ping"), {}, {}));
        QVERIFY(!WorkflowService::setOptions(db, brand, QStringLiteral("Ping"), {}, QStringLiteral("sometimes"), {}));

        // A manual run is queued as the run-as identity, with the current version; cancel; retry only when failed.
        auto run = WorkflowService::run(db, brand, QStringLiteral("Ping"), {{QStringLiteral("why"), QStringLiteral("test")}});
        QVERIFY2(run, qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->status, QStringLiteral("queued"));
        QCOMPARE(run->version, 3);
        QCOMPARE(run->triggerKind, QStringLiteral("manual"));
        QCOMPARE(run->runAsId, me.value());
        QCOMPARE(run->triggerPayload.value(QLatin1String("why")).toString(), QStringLiteral("test"));
        QVERIFY(!run->scheduledFor.isValid());
        QVERIFY(run->createdAt.isValid());
        auto notFailed = WorkflowService::retry(db, run->id);
        QVERIFY(!notFailed);
        QCOMPARE(notFailed.error().code, ErrorCode::Conflict);
        auto cancelled = WorkflowService::cancel(db, run->id);
        QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
        QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
        QVERIFY(cancelled->completedAt.isValid());
        QCOMPARE(WorkflowService::cancel(db, run->id).error().code, ErrorCode::Conflict);

        // A failed execution (as a runner leaves it) is queued again with its completed step runs kept.
        auto second = WorkflowService::run(db, brand, QStringLiteral("Ping"));
        QVERIFY(second);
        const SqlDialect d = SqlDialect::of(db);
        const QString now = d.isSqlite() ? QStringLiteral("1767225600000") : QStringLiteral("now()");
        QVERIFY(exec(db, QStringLiteral("UPDATE workflow_executions SET status = 'failed', attempt = 1, started_at = %1, completed_at = %1, "
                                        "error = 'The webhook answered 500', error_code = 'server_error', current_step = 'ping' WHERE id = '%2'")
                             .arg(now, second->id)));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status, input, output, "
                                        "started_at, ended_at) VALUES ('sr1', '%1', '%2', 'ping', 1, 'failed', '{\"url\": \"x\"}', NULL, %3, %3)")
                             .arg(second->id, brand, now)));
        auto failed = WorkflowService::execution(db, second->id);
        QCOMPARE(failed->errorCode, ErrorCode::ServerError);
        auto retried = WorkflowService::retry(db, second->id);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QCOMPARE(retried->status, QStringLiteral("queued"));
        QCOMPARE(retried->triggerKind, QStringLiteral("retry"));
        QVERIFY(retried->error.isEmpty());
        QVERIFY(!retried->completedAt.isValid());
        auto steps = WorkflowService::steps(db, second->id);
        QVERIFY(steps);
        QCOMPARE(steps->size(), 1);
        QCOMPARE(steps->first().input.toObject().value(QLatin1String("url")).toString(), QStringLiteral("x"));

        ExecutionFilter filter;
        filter.brandId = brand;
        filter.workflowId = QStringLiteral("Ping");
        QCOMPARE(WorkflowService::executions(db, filter)->size(), 2);
        filter.status = QStringLiteral("cancelled");
        QCOMPARE(WorkflowService::executions(db, filter)->size(), 1);
        filter.status = QStringLiteral("nonsense");
        QVERIFY(!WorkflowService::executions(db, filter));

        // Archived: not run.
        QVERIFY(WorkflowService::setStatus(db, brand, QStringLiteral("Ping"), QStringLiteral("archived")));
        QVERIFY(!WorkflowService::run(db, brand, QStringLiteral("Ping")));

        // Audited: create, edit, run, delete.
        const QString id = created->id;
        QVERIFY(WorkflowService::remove(db, brand, QStringLiteral("Ping")));
        QCOMPARE(WorkflowService::get(db, brand, QStringLiteral("Ping")).error().code, ErrorCode::NotFound);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_versions WHERE workflow_id = '%1'").arg(id)), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = '%1'").arg(id)), 0);
        AuditFilter audit;
        audit.resourceType = QStringLiteral("workflow");
        audit.resourceId = id;
        auto trail = AuditTrail::list(db, audit, 0, 100);
        QVERIFY(trail);
        QStringList actions;
        for (const AuditRecord &r : trail.value())
            actions.append(r.action);
        QVERIFY2(actions.contains(QStringLiteral("create")) && actions.contains(QStringLiteral("edit"))
                     && actions.contains(QStringLiteral("delete")),
                 qPrintable(actions.join(QLatin1Char(' '))));
        audit.resourceType = QStringLiteral("workflow_execution");
        audit.resourceId = run->id;
        QVERIFY(!AuditTrail::list(db, audit, 0, 100)->isEmpty());
    }

    /// One change, one audit row, on both databases (PostgreSQL's triggers recorded the service's changes a second time).
    /// The console's editor renames a workflow when it saves it: a new version, the name checked and unique in the brand.
    void renameIsANewVersion_data() { ScratchDatabase::addDialectRows(); }
    void renameIsANewVersion()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const QString brand = BrandService::list(db)->first().id;
        auto created = WorkflowService::create(db, brand, QStringLiteral("Ping"), QStringLiteral("Calls a hook"), parse(kPing));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        auto renamed = WorkflowService::update(db, brand, QStringLiteral("Ping"), parse(kWeekly), QStringLiteral("  Pong "), QStringLiteral("Renamed"));
        QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().message));
        QCOMPARE(renamed->id, created->id);
        QCOMPARE(renamed->name, QStringLiteral("Pong"));
        QCOMPARE(renamed->description, QStringLiteral("Renamed"));
        QCOMPARE(renamed->version, 2);
        QCOMPARE(renamed->trigger, parse(kWeekly).value(QLatin1String("trigger")).toObject());
        QCOMPARE(WorkflowService::versions(db, brand, QStringLiteral("Pong"))->size(), 2);
        QCOMPARE(WorkflowService::get(db, brand, QStringLiteral("Ping")).error().code, ErrorCode::NotFound);
        // Another workflow's name, or none: refused, nothing written.
        auto taken = WorkflowService::update(db, brand, QStringLiteral("Pong"), parse(kPing), QStringLiteral("Weekly report"), {});
        QVERIFY(!taken);
        QCOMPARE(taken.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(taken.error().message, QStringLiteral("A workflow named \"Weekly report\" already exists in this brand."));
        auto empty = WorkflowService::update(db, brand, QStringLiteral("Pong"), parse(kPing), QStringLiteral("  "), {});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        QCOMPARE(WorkflowService::get(db, brand, QStringLiteral("Pong"))->version, 2);
        // The same name with another description is no rename, still a new version.
        auto described = WorkflowService::update(db, brand, QStringLiteral("Pong"), parse(kWeekly), QStringLiteral("Pong"), {});
        QVERIFY(described);
        QCOMPARE(described->version, 3);
        QVERIFY(described->description.isEmpty());
    }

    void eachChangeIsAuditedOnce_data() { ScratchDatabase::addDialectRows(); }
    void eachChangeIsAuditedOnce()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const QString brand = BrandService::list(db)->first().id;
        auto created = WorkflowService::create(db, brand, QStringLiteral("Once"), {}, parse(kPing));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const QString id = created->id;
        const auto trail = [&] {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT action, resource_type FROM security_audits WHERE resource_id = ? ORDER BY created_at, action"));
            q.addBindValue(id);
            QStringList rows;
            if (q.exec())
                while (q.next())
                    rows.append(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
            return rows;
        };
        QCOMPARE(trail(), QStringList{QStringLiteral("create:workflow")});
        QVERIFY(WorkflowService::update(db, brand, QStringLiteral("Once"), parse(kWeekly)));
        QCOMPARE(trail().size(), 2);
        QVERIFY(WorkflowService::setStatus(db, brand, QStringLiteral("Once"), QStringLiteral("paused")));
        QCOMPARE(trail().size(), 3);
        QCOMPARE(trail().count(QStringLiteral("edit:workflow")), 2);
        // The scheduler's bookkeeping is not an edit.
        QVERIFY(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc()));
        QCOMPARE(trail().size(), 3);
        if (!SqlDialect::of(db).isSqlite()) {
            // A change that does not go through Atelier (psql) is still recorded, once, by the database.
            QVERIFY(exec(db, QStringLiteral("UPDATE workflows SET description = 'by hand' WHERE id = '%1'").arg(id)));
            QCOMPARE(trail().size(), 4);
            QCOMPARE(trail().count(QStringLiteral("edit:workflows")), 1);
        }
        QVERIFY(WorkflowService::remove(db, brand, QStringLiteral("Once")));
        const QStringList all = trail();
        QCOMPARE(all.count(QStringLiteral("delete:workflow")), 1);
        QCOMPARE(all.size(), SqlDialect::of(db).isSqlite() ? 4 : 5);
    }

    void invalidDefinitionsAreRefused_data() { ScratchDatabase::addDialectRows(); }
    void invalidDefinitionsAreRefused()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const QString brand = BrandService::list(db)->first().id;
        const qint64 workflows = count(db, QStringLiteral("SELECT count(*) FROM workflows"));
        const qint64 versions = count(db, QStringLiteral("SELECT count(*) FROM workflow_versions"));

        auto bad = WorkflowService::create(db, brand, QStringLiteral("Bad"), {}, parse("{\"trigger\": {\"type\": \"schedule\", \"cron\": \"61 * * * *\"}, "
        "\"actions\": [{\"id\": \"a\", \"type\": \"teleport\", \"params\": {}}]}"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        const QString all = bad.error().message + QLatin1Char('\n') + bad.error().detail;
        QVERIFY2(all.contains(QLatin1String("trigger.cron")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("actions[0]")), qPrintable(all));
        auto shape = WorkflowService::create(db, brand, QStringLiteral("Bad"), {}, parse("{\"trigger\": [], \"extra\": 1}"));
        QVERIFY(!shape);
        QVERIFY2(shape.error().message.contains(QLatin1String("trigger")) && shape.error().message.contains(QLatin1String("extra")),
                 qPrintable(shape.error().message));
        QVERIFY(!WorkflowService::create(db, brand, QString(), {}, parse(kPing)));
        QVERIFY(!WorkflowService::update(db, brand, QStringLiteral("Weekly report"), parse("{\"trigger\": {\"type\": \"manual\"}, \"actions\": [{}]}")));

        // A webhook to a private address needs the brand admin's leave.
        const QJsonObject local = parse("{\"trigger\": {\"type\": \"manual\"}, "
        "\"actions\": [{\"id\": \"ping\", \"type\": \"webhook\", \"params\": {\"url\": \"http://127.0.0.1:8080/hook\"}}]}");
        auto refused = WorkflowService::create(db, brand, QStringLiteral("Local"), {}, local);
        QVERIFY(!refused);
        QVERIFY2((refused.error().message + refused.error().detail).contains(QLatin1String("actions[0].params.url")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflows")), workflows);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_versions")), versions);
        QCOMPARE(count(db, QStringLiteral("SELECT version FROM workflows WHERE name = 'Weekly report' AND brand_id = '%1'").arg(brand)), 2);

        QVERIFY(!WorkflowService::allowHost(db, brand, QStringLiteral("not a host!")));
        QVERIFY(WorkflowService::allowHost(db, brand, QStringLiteral("http://127.0.0.1:8080/")));
        QVERIFY(WorkflowService::allowHost(db, brand, QStringLiteral("127.0.0.1"))); // again: nothing new
        QCOMPARE(WorkflowService::allowedHosts(db, brand).value(), QStringList{QStringLiteral("127.0.0.1")});
        auto allowed = WorkflowService::create(db, brand, QStringLiteral("Local"), {}, local);
        QVERIFY2(allowed, qPrintable(allowed ? QString() : allowed.error().message));
        QCOMPARE(WorkflowService::normalizedHost(QStringLiteral("[::1]")), QStringLiteral("::1"));
        QCOMPARE(WorkflowService::normalizedHost(QStringLiteral("Hooks.Example.COM.")), QStringLiteral("hooks.example.com"));
        QCOMPARE(WorkflowService::normalizedHost(QStringLiteral("example.com:80")), QString());
    }

    void damagedRowsAreReported_data() { ScratchDatabase::addDialectRows(); }
    void damagedRowsAreReported()
    {
        ATELIER_SCRATCH(scratch);
        const QSqlDatabase db = demo(scratch);
        const QString brand = BrandService::list(db)->first().id;
        auto w = WorkflowService::create(db, brand, QStringLiteral("Fragile"), {}, parse(kPing));
        QVERIFY(w);
        // Edited by hand: an object where the actions' list belongs.
        QVERIFY(exec(db, QStringLiteral("UPDATE workflows SET actions = '{\"id\": 1}' WHERE id = '%1'").arg(w->id)));
        auto read = WorkflowService::get(db, brand, QStringLiteral("Fragile"));
        QVERIFY(!read);
        QVERIFY2(read.error().message.contains(w->id) && read.error().message.contains(QLatin1String("actions")),
                 qPrintable(read.error().message));
        QVERIFY(!WorkflowService::list(db, brand));
        QVERIFY(!WorkflowService::run(db, brand, w->id));
        if (SqlDialect::of(db).isSqlite()) { // PostgreSQL's jsonb holds only JSON
            QVERIFY(exec(db, QStringLiteral("UPDATE workflows SET actions = '[{not json' WHERE id = '%1'").arg(w->id)));
            QVERIFY(!WorkflowService::get(db, brand, w->id));
        }
        // Valid JSON, but a definition that does not validate: reported, never run.
        QVERIFY(exec(db, QStringLiteral("UPDATE workflows SET actions = '[{\"id\": \"x\", \"type\": \"teleport\"}]' WHERE id = '%1'").arg(w->id)));
        auto run = WorkflowService::run(db, brand, w->id);
        QVERIFY(!run);
        QVERIFY2(run.error().message.contains(QLatin1String("Fragile")), qPrintable(run.error().message));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = '%1'").arg(w->id)), 0);
        QVERIFY(!WorkflowService::setStatus(db, brand, w->id, QStringLiteral("active")));
        // A damaged step output names its row.
        QVERIFY(exec(db, QStringLiteral("UPDATE workflows SET actions = '[]' WHERE id = '%1'").arg(w->id)));
        if (SqlDialect::of(db).isSqlite()) {
            const QString x = BrandService::list(db)->first().id;
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM workflow_executions WHERE brand_id = '%1' LIMIT 1").arg(x)) && q.next());
            const QString execution = q.value(0).toString();
            QVERIFY(exec(db, QStringLiteral("UPDATE workflow_step_runs SET output = '{oops' WHERE execution_id = '%1'").arg(execution)));
            auto steps = WorkflowService::steps(db, execution);
            QVERIFY(!steps);
            QVERIFY2(steps.error().message.contains(QLatin1String("output")), qPrintable(steps.error().message));
        }
    }

    /// Plain SQL logins on PostgreSQL: what row-level security and the triggers refuse.
    void attacksThroughPlainSql()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        const QSqlDatabase admin = demo(scratch);
        const auto brands = BrandService::list(admin);
        const Brand a = brands->at(0), b = brands->at(1);
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString password = QStringLiteral("correct horse ") + suffix;
        const QString viewer = QStringLiteral("wfviewer_") + suffix, analyst = QStringLiteral("wfanalyst_") + suffix,
                      editorA = QStringLiteral("wfeditora_") + suffix, editorB = QStringLiteral("wfeditorb_") + suffix;
        QVERIFY(UserAdmin::add(admin, viewer, a.slug, QStringLiteral("viewer"), password));
        QVERIFY(UserAdmin::add(admin, analyst, a.slug, QStringLiteral("analyst"), password));
        QVERIFY(UserAdmin::add(admin, editorA, a.slug, QStringLiteral("editor"), password));
        QVERIFY(UserAdmin::add(admin, editorB, b.slug, QStringLiteral("editor"), password));
        auto idOf = [&](const QString &login) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("SELECT id FROM users WHERE login_role = '%1'").arg(login));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString editorAId = idOf(editorA), analystId = idOf(analyst);
        const QString weekly = WorkflowService::get(admin, a.id, QStringLiteral("Weekly report"))->id; // runs as user_ana

        // Through the service: a viewer is told what role it takes, and nothing is written.
        DatabaseUrl viewerUrl = scratch.url();
        viewerUrl.user = viewer;
        viewerUrl.password = password;
        {
            auto viewerDb = Database::open(viewerUrl, Database::OpenMode::MustExist);
            QVERIFY(viewerDb);
            auto refused = WorkflowService::create(viewerDb.value(), a.id, QStringLiteral("Mine"), {}, parse(kPing));
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
            QVERIFY2(refused.error().message.contains(QLatin1String("editor role")), qPrintable(refused.error().message));
            QVERIFY(!WorkflowService::setStatus(viewerDb.value(), a.id, weekly, QStringLiteral("paused")));
            QVERIFY(!WorkflowService::run(viewerDb.value(), a.id, weekly));
            QVERIFY(!WorkflowService::allowHost(viewerDb.value(), a.id, QStringLiteral("10.0.0.1")));
            QVERIFY(WorkflowService::list(viewerDb.value(), a.id)); // reading is fine
            QCOMPARE(WorkflowService::list(viewerDb.value(), b.id)->size(), 0);
        }

        const QString insertWorkflow = QStringLiteral(
            "INSERT INTO workflows (id, name, trigger, actions, status, brand_id, run_as_id) "
            "VALUES ('%1', '%1', '{\"type\": \"manual\"}', '[]', 'active', '%2', %3)");
        {
            Session s(scratch.url(), viewer, password);
            QVERIFY(s.open());
            QVERIFY(!s.run(insertWorkflow.arg(QStringLiteral("v1"), a.id, QStringLiteral("NULL"))));
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflows SET status = 'paused' WHERE id = '%1'").arg(weekly)), 0);
        }
        {
            Session s(scratch.url(), analyst, password);
            QVERIFY(s.open());
            // An analyst writes no workflow, and names nobody as run-as identity.
            QVERIFY(!s.run(insertWorkflow.arg(QStringLiteral("an1"), a.id, QStringLiteral("'user_ana'"))));
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflows SET run_as_id = '%1' WHERE id = '%2'").arg(analystId, weekly)), 0);
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id) VALUES ('an-x', '%1', 'queued', '%2')")
                               .arg(weekly, a.id)));
        }
        {
            Session s(scratch.url(), editorA, password);
            QVERIFY(s.open());
            // An editor (not an admin) makes a workflow run as themselves only.
            QVERIFY(!s.run(insertWorkflow.arg(QStringLiteral("ea1"), a.id, QStringLiteral("'user_ana'"))));
            QVERIFY2(s.lastError().contains(QLatin1String("may run as you")), qPrintable(s.lastError()));
            QVERIFY2(s.run(insertWorkflow.arg(QStringLiteral("ea2"), a.id, QStringLiteral("'%1'").arg(editorAId))), qPrintable(s.lastError()));
            QVERIFY(!s.run(QStringLiteral("UPDATE workflows SET run_as_id = 'user_ana' WHERE id = 'ea2'")));
            QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflows WHERE id = 'ea2' AND owner_id = '%1'").arg(editorAId)), 1);

            // Queuing an execution of the admin's workflow with forged columns: it still acts as the workflow's identity,
            // and is queued, never claimed nor finished.
            QVERIFY2(s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id, run_as_id) "
                                          "VALUES ('ea-x1', '%1', 'queued', '%2', '%3')").arg(weekly, a.id, editorAId)),
                     qPrintable(s.lastError()));
            QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id = 'ea-x1' AND run_as_id = 'user_ana'")), 1);
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id, result) "
                                          "VALUES ('ea-x2', '%1', 'completed', '%2', '{}')").arg(weekly, a.id)));
            // Not its run-as identity: no claim, no step run, no change of identity; cancelling is allowed.
            QVERIFY(!s.run(QStringLiteral("UPDATE workflow_executions SET status = 'running', lease_owner = 'me', attempt = 1 WHERE id = 'ea-x1'")));
            QVERIFY(!s.run(QStringLiteral("UPDATE workflow_executions SET run_as_id = '%1' WHERE id = 'ea-x1'").arg(editorAId)));
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status) "
                                          "VALUES ('ea-s1', 'ea-x1', '%1', 'export', 1, 'running')").arg(a.id)));
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflow_executions SET status = 'cancelled' WHERE id = 'ea-x1'")), 1);

            // Its own workflow's executions it runs: claim, step runs, finish.
            QVERIFY(s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id) VALUES ('ea-x3', 'ea2', 'queued', '%1')")
                              .arg(a.id)));
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflow_executions SET status = 'running', lease_owner = 'me', attempt = 1, "
                                           "started_at = now() WHERE id = 'ea-x3'")), 1);
            QVERIFY2(s.run(QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status) "
                                          "VALUES ('ea-s2', 'ea-x3', '%1', 'a', 1, 'running')").arg(a.id)),
                     qPrintable(s.lastError()));
            // Allowed hosts are the admin's.
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host, added_by) VALUES ('%1', '10.0.0.1', '%2')")
                               .arg(a.id, editorAId)));
        }
        {
            Session s(scratch.url(), editorB, password);
            QVERIFY(s.open());
            // A member of brand B queues nothing for brand A's workflows, whatever brand the row claims.
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id) VALUES ('eb-x1', '%1', 'queued', '%2')")
                               .arg(weekly, b.id)));
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id) VALUES ('eb-x2', '%1', 'queued', '%2')")
                               .arg(weekly, a.id)));
            // Nor claims, nor writes steps of, another identity's execution.
            QCOMPARE(s.rows(QStringLiteral("UPDATE workflow_executions SET status = 'failed', lease_owner = 'x' WHERE id = 'ea-x3'")), 0);
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status) "
                                          "VALUES ('eb-s1', 'ea-x3', '%1', 'b', 1, 'completed')").arg(b.id)));
            QVERIFY(!s.run(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, brand_id) "
                                          "VALUES ('%1', 9, '{}', '[]', '%2', '%3')").arg(weekly, idOf(editorB), b.id)));
        }
        // Temporary tables, even where an administrator gave them back, change nothing: the checks read public's tables.
        QSqlQuery grant(admin);
        QVERIFY(grant.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(scratch.url().database, editorA)));
        {
            Session s(scratch.url(), editorA, password);
            QVERIFY(s.open());
            QVERIFY(s.run(QStringLiteral("CREATE TEMP TABLE brand_memberships (user_id text, brand_id text, role text)")));
            QVERIFY(s.run(QStringLiteral("INSERT INTO pg_temp.brand_memberships VALUES ('%1', '%2', 'admin')").arg(editorAId, a.id)));
            QVERIFY(s.run(QStringLiteral("CREATE TEMP TABLE workflows (id text, brand_id text, run_as_id text, name text, version int, error_workflow_id text)")));
            QVERIFY(s.run(QStringLiteral("INSERT INTO pg_temp.workflows VALUES ('%1', '%2', '%3', 'x', 1, NULL)").arg(weekly, a.id, editorAId)));
            QVERIFY(!s.run(insertWorkflow.arg(QStringLiteral("ea3"), a.id, QStringLiteral("'user_ana'"))));
            QVERIFY(s.run(QStringLiteral("INSERT INTO public.workflow_executions (id, workflow_id, status, brand_id) VALUES ('ea-x4', '%1', 'queued', '%2')")
                              .arg(weekly, a.id)));
            QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id = 'ea-x4' AND run_as_id = 'user_ana'")), 1);
            QVERIFY(!s.run(QStringLiteral("UPDATE public.workflow_executions SET status = 'running', lease_owner = 'me' WHERE id = 'ea-x4'")));
        }
        QVERIFY(grant.exec(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM %2").arg(scratch.url().database, editorA)));

        // Through the service, an editor who is not the run-as identity retries a failed execution and cancels it.
        QVERIFY(exec(admin, QStringLiteral("UPDATE workflow_executions SET status = 'failed', error = 'boom', completed_at = now() WHERE id = 'ea-x4'")));
        {
            DatabaseUrl editorUrl = scratch.url();
            editorUrl.user = editorA;
            editorUrl.password = password;
            auto editorDb = Database::open(editorUrl, Database::OpenMode::MustExist);
            QVERIFY(editorDb);
            auto retried = WorkflowService::retry(editorDb.value(), QStringLiteral("ea-x4"));
            QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
            QCOMPARE(retried->status, QStringLiteral("queued"));
            QCOMPARE(retried->runAsId, QStringLiteral("user_ana"));
            auto cancelled = WorkflowService::cancel(editorDb.value(), QStringLiteral("ea-x4"));
            QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().message));
            auto viewerDb = Database::open(viewerUrl, Database::OpenMode::MustExist);
            QVERIFY(viewerDb);
            auto refused = WorkflowService::cancel(viewerDb.value(), QStringLiteral("ea-x3"));
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QLatin1String("editor role")), qPrintable(refused.error().message));
        }
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflows WHERE id IN ('v1', 'an1', 'ea1', 'ea3')")), 0);
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id LIKE 'eb-%' OR id = 'an-x' OR id = 'ea-x2'")), 0);
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflow_step_runs WHERE id IN ('ea-s1', 'eb-s1')")), 0);
        QCOMPARE(count(admin, QStringLiteral("SELECT count(*) FROM workflow_executions WHERE id = 'ea-x3' AND status = 'running'")), 1);

        QSqlQuery drop(admin);
        for (const QString &role : {viewer, analyst, editorA, editorB}) {
            drop.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            drop.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "tst_workflowservice.moc"
