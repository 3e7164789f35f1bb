#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "i18n/translationstore.h"
#include "monitoring/optimizationservice.h"
#include "scratchdatabase.h"
#include "sqlsession.h"
#include "security/audittrail.h"
#include "security/secrets.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

using Session = Atelier::Testing::SqlSession;

} // namespace

/// Attacks of a legitimate member who holds nothing but their own login and psql (docs/security.md, "Threat
/// model"), run through plain SQL sessions against a fresh demo database: each is refused, or harmless.
class TestAttacks final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    QSqlDatabase m_admin;
    Brand m_a, m_b;
    QString m_suffix, m_password;
    QString m_viewer, m_analyst, m_editorB; // login names: viewer of A, analyst of A, editor of B

    std::unique_ptr<Session> login(const QString &user)
    {
        auto s = std::make_unique<Session>(m_scratch->url(), user, m_password);
        if (!s->open())
            qWarning("cannot log in as %s: %s", qPrintable(user), qPrintable(s->error()));
        return s;
    }
    qint64 adminCount(const QString &sql)
    {
        QSqlQuery q(m_admin);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    QString userIdOf(const QString &login)
    {
        QSqlQuery q(m_admin);
        q.prepare(QStringLiteral("SELECT id FROM users WHERE login_role = ?"));
        q.addBindValue(login);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        m_scratch = std::make_unique<ScratchDatabase>(QStringLiteral("postgresql"));
        if (m_scratch->skip())
            QSKIP(qPrintable(m_scratch->problem()));
        QVERIFY2(m_scratch->problem().isEmpty(), qPrintable(m_scratch->problem()));
        auto admin = Database::open(m_scratch->url());
        QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error().message));
        m_admin = admin.value();
        QVERIFY(Migrator::migrate(m_admin).ok());
        DemoOptions options;
        options.events = 6000;
        options.days = 20;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoGenerator::generate(m_admin, options).ok());
        const auto brands = BrandService::list(m_admin);
        QVERIFY(brands.ok() && brands->size() >= 3);
        m_a = brands->at(0);
        m_b = brands->at(1);
        // Login roles are server-wide: names unique to this run.
        m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        m_password = QStringLiteral("correct horse ") + m_suffix;
        m_viewer = QStringLiteral("viewer_") + m_suffix;
        m_analyst = QStringLiteral("analyst_") + m_suffix;
        m_editorB = QStringLiteral("editor_") + m_suffix;
        QVERIFY(UserAdmin::add(m_admin, m_viewer, m_a.slug, QStringLiteral("viewer"), m_password).ok());
        QVERIFY(UserAdmin::add(m_admin, m_analyst, m_a.slug, QStringLiteral("analyst"), m_password).ok());
        QVERIFY(UserAdmin::add(m_admin, m_editorB, m_b.slug, QStringLiteral("editor"), m_password).ok());
    }

    void cleanupTestCase()
    {
        if (!m_scratch || m_scratch->skip())
            return;
        // Login roles outlive the scratch database: drop them.
        QSqlQuery q(m_admin);
        for (const QString &role : {m_viewer, m_analyst, m_editorB}) {
            q.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
            q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
        m_admin = {};
        m_scratch.reset();
    }

    /// "Writing SECURITY DEFINER Functions Safely", checked in the catalog for every function of every migration.
    void definerFunctionsAreWrittenSafely()
    {
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prosecdef "
            "AND NOT coalesce(p.proconfig, '{}') @> ARRAY['search_path=pg_catalog, public, pg_temp'] ORDER BY 1")));
        QStringList unsafe;
        while (q.next())
            unsafe.append(q.value(0).toString());
        QVERIFY2(unsafe.isEmpty(), qPrintable(QStringLiteral("search_path not pinned: ") + unsafe.join(QLatin1String(", "))));
        QVERIFY(adminCount(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                          "WHERE n.nspname = 'public' AND p.prosecdef")) >= 20);
        // Nobody but the members runs them, and members only those they need.
        QVERIFY(q.exec(QStringLiteral("SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                      "WHERE n.nspname = 'public' AND has_function_privilege('public', p.oid, 'EXECUTE') ORDER BY 1")));
        QStringList open;
        while (q.next())
            open.append(q.value(0).toString());
        QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("executable by PUBLIC: ") + open.join(QLatin1String(", "))));
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        QVERIFY(!viewer->value(QStringLiteral("SELECT atelier_resource_owner('ai_generation', id) FROM ai_generations LIMIT 1")).isValid());
        QVERIFY2(viewer->lastError().contains(QLatin1String("permission denied")), qPrintable(viewer->lastError()));
        QVERIFY(!viewer->value(QStringLiteral("SELECT atelier_acting_user()")).isValid());
        // Members create nothing in public either.
        QVERIFY(!viewer->run(QStringLiteral("CREATE TABLE public.brand_memberships_x (id int)")));
        QVERIFY(!viewer->run(QStringLiteral("CREATE FUNCTION public.coalesce(text[], text) RETURNS text[] LANGUAGE sql AS 'SELECT $1'")));
    }

    void temporaryTablesAreRefused()
    {
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        QVERIFY(!viewer->run(QStringLiteral("CREATE TEMP TABLE brand_memberships AS SELECT atelier_user_id() AS user_id, "
                                            "'%1'::text AS brand_id, 'admin'::text AS role").arg(m_b.id)));
        QVERIFY2(viewer->lastError().contains(QLatin1String("permission denied")), qPrintable(viewer->lastError()));
    }

    /// Even where an administrator gave temporary tables back, a shadow of every table a definer function reads
    /// changes nothing: the functions read and write public's tables.
    void temporaryShadowsAreHarmless()
    {
        QSqlQuery grant(m_admin);
        QVERIFY(grant.exec(QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(m_scratch->url().database, m_viewer)));
        // The tables named in the definer functions' bodies.
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT DISTINCT t.name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, "
            "LATERAL (SELECT (regexp_matches(p.prosrc, 'public\\.([a-z_]+)', 'g'))[1] AS name) t "
            "WHERE n.nspname = 'public' AND p.prosecdef AND EXISTS (SELECT 1 FROM pg_tables pt WHERE pt.schemaname = 'public' "
            "AND pt.tablename = t.name) ORDER BY 1")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        for (const char *expected : {"users", "brand_memberships", "security_audits", "shared_resources", "user_quotas"})
            QVERIFY2(tables.contains(QLatin1String(expected)), qPrintable(tables.join(QLatin1Char(' '))));

        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        const QString me = userIdOf(m_viewer);
        const QString someoneElse = userIdOf(m_editorB);
        for (const QString &t : std::as_const(tables)) {
            // The same columns (some of these tables the viewer may not even read).
            QVERIFY(q.exec(QStringLiteral("SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' "
                                          "ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = 'public.%1'::regclass "
                                          "AND a.attnum > 0 AND NOT a.attisdropped").arg(t)) && q.next());
            QVERIFY2(viewer->run(QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(t, q.value(0).toString())), qPrintable(viewer->lastError()));
        }
        // The shadows claim: I am the editor of B, and an admin of every brand.
        QVERIFY(viewer->run(QStringLiteral("INSERT INTO pg_temp.users (id, username, display_name, login_role) "
                                           "VALUES ('%1', 'x', 'x', session_user)").arg(someoneElse)));
        QVERIFY(viewer->run(QStringLiteral("INSERT INTO pg_temp.users (id, username, display_name, login_role) "
                                           "VALUES ('%1', 'y', 'y', 'nobody')").arg(me)));
        QVERIFY(viewer->run(QStringLiteral("INSERT INTO pg_temp.brand_memberships (user_id, brand_id, role) "
                                           "SELECT u, b.id, 'admin' FROM public.brands b, unnest(ARRAY['%1', '%2']) u")
                                .arg(me, someoneElse)));

        QCOMPARE(viewer->value(QStringLiteral("SELECT count(DISTINCT brand_id) FROM public.analytics_events")).toInt(), 1);
        QCOMPARE(viewer->value(QStringLiteral("SELECT count(*) FROM public.brands")).toInt(), 1);
        QCOMPARE(viewer->value(QStringLiteral("SELECT atelier_user_id()")).toString(), me);
        QCOMPARE(viewer->value(QStringLiteral("SELECT atelier_brand_rank('%1')").arg(m_b.id)).toInt(), 0);
        QVERIFY(!viewer->run(QStringLiteral("INSERT INTO public.brand_memberships (user_id, brand_id, role) VALUES ('%1', '%2', 'admin')")
                                 .arg(me, m_b.id)));
        // Records land in the real trail, in the viewer's own name.
        const qint64 before = adminCount(QStringLiteral("SELECT count(*) FROM security_audits"));
        QVERIFY2(viewer->value(QStringLiteral("SELECT atelier_audit('view', 'analytics_report', 'shadow', '%1', NULL)").arg(m_a.id)).isValid(),
                 qPrintable(viewer->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits")), before + 1);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_id = 'shadow' AND user_id = '%1'").arg(me)), 1);
        QCOMPARE(viewer->value(QStringLiteral("SELECT count(*) FROM pg_temp.security_audits")).toInt(), 0);
        QVERIFY(grant.exec(QStringLiteral("REVOKE TEMPORARY ON DATABASE %1 FROM %2").arg(m_scratch->url().database, m_viewer)));
    }

    void forgedAuditRowsAreRefused()
    {
        auto analyst = login(m_analyst);
        auto viewer = login(m_viewer);
        QVERIFY(analyst->open() && viewer->open());
        const qint64 before = adminCount(QStringLiteral("SELECT count(*) FROM security_audits"));
        // Another brand's trail.
        QVERIFY(!analyst->value(QStringLiteral("SELECT atelier_audit('delete', 'ai_generation', 'gen_000001', '%1', '{\"note\":\"forged\"}')")
                                    .arg(m_b.id)).isValid());
        QVERIFY2(analyst->lastError().contains(QLatin1String("needs the")), qPrintable(analyst->lastError()));
        // An action the role cannot do in its own brand; a change with no brand at all.
        QVERIFY(!viewer->value(QStringLiteral("SELECT atelier_audit('delete', 'ai_generation', 'x', '%1', NULL)").arg(m_a.id)).isValid());
        QVERIFY(!analyst->value(QStringLiteral("SELECT atelier_audit('create', 'ai_generation', 'x', '%1', NULL)").arg(m_a.id)).isValid());
        QVERIFY(!viewer->value(QStringLiteral("SELECT atelier_audit('edit', 'users', 'x', NULL, NULL)")).isValid());
        // Written by hand, in any name.
        QVERIFY(!viewer->run(QStringLiteral("INSERT INTO security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id) "
                                            "VALUES ('f', 99, 'view', 'x', 'y', '%1', '%2')").arg(userIdOf(m_editorB), m_a.id)));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits")), before);
        // What the role allows is recorded, in the member's own name.
        QVERIFY(analyst->value(QStringLiteral("SELECT atelier_audit('edit', 'analytics_funnel', 'f1', '%1', NULL)").arg(m_a.id)).isValid());
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_id = 'f1' AND user_id = '%1'")
                                .arg(userIdOf(m_analyst))), 1);
        // Forged arguments to the other functions of the owner.
        QVERIFY(!viewer->value(QStringLiteral("SELECT * FROM ai_quota_locked('%1', '%2')").arg(userIdOf(m_editorB), m_b.id)).isValid());
        QSqlQuery model(m_admin);
        QVERIFY(model.exec(QStringLiteral("SELECT id FROM ai_custom_models ORDER BY brand_id = '%1' DESC LIMIT 1").arg(m_a.id)) && model.next());
        QVERIFY(!viewer->run(QStringLiteral("SELECT ai_register_trained_model('%1', 'forged', 'forged', 0, 1, 1, '{}')")
                                 .arg(model.value(0).toString())));
        QVERIFY2(viewer->lastError().contains(QLatin1String("editor role")), qPrintable(viewer->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM ai_models WHERE name = 'forged'")), 0);
    }

    void selfPromotionIsRefused()
    {
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        const QString me = userIdOf(m_viewer);
        QVERIFY(!viewer->run(QStringLiteral("INSERT INTO brand_memberships (user_id, brand_id, role) VALUES ('%1', '%2', 'admin')").arg(me, m_b.id)));
        QVERIFY(!viewer->run(QStringLiteral("UPDATE brand_memberships SET role = 'admin' WHERE user_id = '%1'").arg(me))
                || adminCount(QStringLiteral("SELECT count(*) FROM brand_memberships WHERE user_id = '%1' AND role = 'admin'").arg(me)) == 0);
        QVERIFY(!viewer->run(QStringLiteral("UPDATE users SET login_role = session_user WHERE id = '%1'").arg(userIdOf(m_editorB))));
        QCOMPARE(viewer->value(QStringLiteral("SELECT atelier_brand_rank('%1')").arg(m_a.id)).toInt(), 1);
    }

    /// Memberships are audited when they are made, changed and ended.
    void membershipsAreAudited()
    {
        const QString person = QStringLiteral("carol_") + m_suffix;
        QVERIFY(UserAdmin::add(m_admin, person, m_b.slug, QStringLiteral("viewer"), m_password).ok());
        QVERIFY(UserAdmin::grant(m_admin, person, m_b.slug, QStringLiteral("admin")).ok());
        QVERIFY(UserAdmin::revoke(m_admin, person, m_b.slug).ok());
        AuditFilter filter;
        filter.resourceType = QStringLiteral("brand_memberships");
        filter.resourceId = userIdOf(person);
        const auto rows = AuditTrail::list(m_admin, filter);
        QVERIFY(rows.ok());
        QStringList seen;
        for (const AuditRecord &r : rows.value())
            seen.append(r.action + QLatin1Char(':') + r.brandId + QLatin1Char(':') + r.metadata.section(QLatin1String("\"role\": \""), 1).section(QLatin1Char('"'), 0, 0));
        QCOMPARE(seen, (QStringList{QStringLiteral("create:%1:viewer").arg(m_b.id), QStringLiteral("edit:%1:admin").arg(m_b.id),
                                    QStringLiteral("delete:%1:admin").arg(m_b.id)}));
        QSqlQuery q(m_admin);
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(person));
        q.exec(QStringLiteral("DROP ROLE %1").arg(person));
    }

    /// One member's open transaction stalls nobody else's audited work; the trail stays whole.
    void anOpenTransactionStallsNobody()
    {
        auto analyst = login(m_analyst);
        auto editor = login(m_editorB);
        QVERIFY(analyst->open() && editor->open());
        QCOMPARE(analyst->value(QStringLiteral("SHOW idle_in_transaction_session_timeout")).toString(), QStringLiteral("1min"));
        QVERIFY(analyst->run(QStringLiteral("BEGIN")));
        QVERIFY(analyst->value(QStringLiteral("SELECT atelier_audit('view', 'analytics_report', 'held', '%1', NULL)").arg(m_a.id)).isValid());
        QVERIFY(analyst->value(QStringLiteral("SELECT atelier_audit_seal()")).isValid()); // and holds the sealer too

        // Another brand's editor: a recorded view, a comment (audited by trigger) and its deletion, none of them waiting
        // (a statement that waited would end in the statement timeout and fail).
        QVERIFY(editor->run(QStringLiteral("SET statement_timeout = '3s'")));
        QVERIFY2(editor->value(QStringLiteral("SELECT atelier_audit('view', 'analytics_report', 'free', '%1', NULL)").arg(m_b.id)).isValid(),
                 qPrintable(editor->lastError()));
        QVERIFY2(editor->run(QStringLiteral("INSERT INTO comments (id, resource_type, resource_id, content, author_id, brand_id) "
                                            "VALUES ('c_stall', 'analytics_chart', 'x', 'hello', atelier_user_id(), '%1')").arg(m_b.id)),
                 qPrintable(editor->lastError()));
        QVERIFY2(editor->run(QStringLiteral("DELETE FROM comments WHERE id = 'c_stall'")), qPrintable(editor->lastError()));
        // The trail reads intact meanwhile; what waits for the sealer is counted, not lost.
        auto v = AuditTrail::verify(m_admin);
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QVERIFY(v->pending >= 3);
        QVERIFY(analyst->run(QStringLiteral("COMMIT")));
        v = AuditTrail::verify(m_admin);
        QVERIFY(v.ok());
        QVERIFY2(v->intact, qPrintable(v->problem));
        QCOMPARE(v->pending, 0);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE seq IS NOT NULL AND resource_id IN ('held', 'free', 'c_stall')")), 4);
    }

    void keyringAndAccessibilityReportsAreClosed()
    {
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO secret_keyring (id, method, salt, ops_limit, mem_limit, wrapped_key, key_version) "
                                      "VALUES (1, 'passphrase', 'c2FsdA==', 3, 67108864, 'd3JhcHBlZA==', 1) ON CONFLICT DO NOTHING")));
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        QVERIFY(!viewer->value(QStringLiteral("SELECT salt FROM secret_keyring")).isValid());
        QVERIFY2(viewer->lastError().contains(QLatin1String("permission denied")), qPrintable(viewer->lastError()));
        // Whether and how the key is kept is still known to members (atelier secrets status).
        const auto status = Secrets::status(viewer->db());
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        QVERIFY(status->initialised);
        QCOMPARE(status->method, QStringLiteral("passphrase"));

        QVERIFY(q.exec(QStringLiteral("INSERT INTO accessibility_reports (id, page, score, issues, user_id) "
                                      "VALUES ('a_other', 'overview', 80, '[]', '%1')").arg(userIdOf(m_editorB))));
        QCOMPARE(viewer->value(QStringLiteral("SELECT count(*) FROM accessibility_reports WHERE id = 'a_other'")).toInt(), 0);
        QVERIFY(!viewer->run(QStringLiteral("INSERT INTO accessibility_reports (id, page, score, issues, user_id) "
                                            "VALUES ('a_forged', 'overview', 100, '[]', '%1')").arg(userIdOf(m_editorB))));
        QVERIFY2(viewer->run(QStringLiteral("INSERT INTO accessibility_reports (id, page, score, issues, user_id) "
                                            "VALUES ('a_mine', 'overview', 100, '[]', atelier_user_id())")),
                 qPrintable(viewer->lastError()));
        QCOMPARE(viewer->value(QStringLiteral("SELECT count(*) FROM accessibility_reports")).toInt(), 1);
    }

    /// Every table a member can read is under row-level security, but for the few that hold nothing of anyone's.
    void everyReadableTableHasPolicies()
    {
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity "
            "AND has_table_privilege('%1', c.oid, 'SELECT') ORDER BY 1").arg(m_viewer)));
        QStringList open;
        while (q.next())
            open.append(q.value(0).toString());
        // The model registry, the change counter and the schema's version (service health has its policies since 0018).
        QCOMPARE(open, (QStringList{QStringLiteral("ai_models"), QStringLiteral("analytics_data_version"), QStringLiteral("schema_migrations")}));
    }

    /// Translations (migration 0019): every member reads them; a viewer or an analyst changes none; an editor of any
    /// brand proposes in their own name but neither approves nor touches an approved text; an admin approves.
    void translationsAreChangedByTranslatorsAndApprovedByReviewers()
    {
        const QString admin = QStringLiteral("tradmin_") + m_suffix;
        QVERIFY(UserAdmin::add(m_admin, admin, m_b.slug, QStringLiteral("admin"), m_password).ok());
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO translations (id, key, language, value, context, source, state) "
                                      "VALUES ('t_ok', 'ts:ok', 'fr', 'Approuvé', 'Ctx', 'Approved', 'approved')")));
        const auto insert = [](const QString &id, const QString &state, const QString &by) {
            return QStringLiteral("INSERT INTO translations (id, key, language, value, context, source, state, updated_by) "
                                  "VALUES ('%1', 'ts:%1', 'fr', 'x', 'Ctx', '%1', '%2', %3)").arg(id, state, by);
        };
        auto viewer = login(m_viewer);
        auto analyst = login(m_analyst);
        auto editor = login(m_editorB);
        auto reviewer = login(admin);
        QVERIFY(viewer->open() && analyst->open() && editor->open() && reviewer->open());
        QCOMPARE(viewer->value(QStringLiteral("SELECT value FROM translations WHERE id = 't_ok'")).toString(), QStringLiteral("Approuvé"));
        // Viewers and analysts: nothing, whatever they claim.
        for (Session *s : {viewer.get(), analyst.get()}) {
            QVERIFY(!s->run(insert(QStringLiteral("t_v"), QStringLiteral("waiting_for_review"), QStringLiteral("atelier_user_id()"))));
            QCOMPARE(s->rows(QStringLiteral("UPDATE translations SET value = 'pwned' WHERE id = 't_ok'")), 0);
            QCOMPARE(s->rows(QStringLiteral("DELETE FROM translations")), 0);
        }
        // An editor proposes in their own name, never in someone else's, never approved.
        QVERIFY2(editor->run(insert(QStringLiteral("t_e"), QStringLiteral("waiting_for_review"), QStringLiteral("atelier_user_id()"))),
                 qPrintable(editor->lastError()));
        QVERIFY(!editor->run(insert(QStringLiteral("t_f"), QStringLiteral("waiting_for_review"), QStringLiteral("'%1'").arg(userIdOf(m_viewer)))));
        QVERIFY(!editor->run(insert(QStringLiteral("t_a"), QStringLiteral("approved"), QStringLiteral("atelier_user_id()"))));
        QVERIFY(!editor->run(QStringLiteral("UPDATE translations SET state = 'approved' WHERE id = 't_e'")));
        QVERIFY(!editor->run(QStringLiteral("UPDATE translations SET reviewed_by = atelier_user_id() WHERE id = 't_e'")));
        // The approved text stays the reviewer's: not changed, not removed, not taken back to a proposal.
        QCOMPARE(editor->rows(QStringLiteral("UPDATE translations SET value = 'pwned', state = 'waiting_for_review' WHERE id = 't_ok'")), 0);
        QCOMPARE(editor->rows(QStringLiteral("DELETE FROM translations WHERE id = 't_ok'")), 0);
        // Backdating is not possible: the server stamps every change.
        QVERIFY(editor->run(QStringLiteral("UPDATE translations SET updated_at = '2000-01-01' WHERE id = 't_e'")));
        QVERIFY(adminCount(QStringLiteral("SELECT count(*) FROM translations WHERE id = 't_e' AND updated_at > now() - interval '1 hour'")) == 1);
        // The reviewer approves (keeping the proposer), and alone changes the approved text.
        QVERIFY2(reviewer->run(QStringLiteral("UPDATE translations SET state = 'approved', reviewed_by = atelier_user_id() WHERE id = 't_e'")),
                 qPrintable(reviewer->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM translations WHERE id = 't_e' AND state = 'approved' AND updated_by = '%1'")
                                .arg(userIdOf(m_editorB))),
                 1);
        QVERIFY(!reviewer->run(QStringLiteral("UPDATE translations SET reviewed_by = '%1' WHERE id = 't_e'").arg(userIdOf(m_editorB))));
        QCOMPARE(reviewer->rows(QStringLiteral("UPDATE translations SET value = 'Validé' WHERE id = 't_ok'")), 1);
        QCOMPARE(editor->rows(QStringLiteral("UPDATE translations SET value = 'pwned' WHERE id = 't_e'")), 0);
        // Every change through psql is audited; the helper function is not for everyone.
        QVERIFY(adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_type = 'translations'")) >= 2);
        QVERIFY(!viewer->value(QStringLiteral("SELECT translations_announce()")).isValid());
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(admin));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(admin));
    }

    /// A member writing a huge comment with psql (every reader would download it) is refused by the database.
    void userTextIsLimited()
    {
        auto analyst = login(m_analyst);
        QVERIFY(analyst->open());
        QSqlQuery insert(analyst->db());
        insert.prepare(QStringLiteral("INSERT INTO comments (id, resource_type, resource_id, content, author_id, brand_id) "
                                      "VALUES (?, 'analytics_chart', 'x', ?, atelier_user_id(), ?)"));
        insert.addBindValue(QStringLiteral("c_huge"));
        insert.addBindValue(QString(1 << 20, QLatin1Char('x')));
        insert.addBindValue(m_a.id);
        QVERIFY(!insert.exec());
        QVERIFY2(insert.lastError().text().contains(QLatin1String("comments_content_length")), qPrintable(insert.lastError().text()));
        QVERIFY(!analyst->run(QStringLiteral("INSERT INTO annotations (id, resource_type, resource_id, type, content, author_id, brand_id) "
                                             "VALUES ('a_huge', 'analytics_chart', 'x', 'comment', repeat('x', 10001), atelier_user_id(), '%1')")
                                  .arg(m_a.id)));
        QVERIFY(analyst->run(QStringLiteral("INSERT INTO annotations (id, resource_type, resource_id, type, content, author_id, brand_id) "
                                            "VALUES ('a_fine', 'analytics_chart', 'x', 'comment', repeat('x', 10000), atelier_user_id(), '%1')")
                                 .arg(m_a.id)));
    }

    /// query_metrics (0018) is written by every member, and the Monitoring page plans its SQL under the administrator's
    /// role (OptimizationService::plan for the selected statement, advise for the 20 slowest). A member's row whose
    /// text hides a second statement behind a comment or a dollar quote, or whose read calls a function the planner
    /// folds, must neither run nor write anything: the plan is refused, the advice still comes.
    void monitoringPlansNoMembersStatement()
    {
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'brands'")) && q.next());
        const QString owner = q.value(0).toString();
        // A function with a side effect that a planner may fold (stable, constant arguments), as an extension could bring.
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE public.tst_plan_canary (n integer)")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION public.tst_plan_write() RETURNS text LANGUAGE plpgsql "
                                      "AS $f$ BEGIN INSERT INTO public.tst_plan_canary VALUES (1); RETURN 'x'; END $f$")));
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION public.tst_plan_touch() RETURNS text LANGUAGE sql STABLE "
                                      "AS $f$ SELECT public.tst_plan_write() $f$")));
        const QStringList payloads{
            QStringLiteral("SELECT id FROM brands --'\n; CREATE TABLE public.tst_plan_comment (); GRANT %1 TO %2; --'").arg(owner, m_viewer),
            QStringLiteral("SELECT $q$'$q$ AS x; CREATE TABLE public.tst_plan_dollar (); GRANT %1 TO %2; --'").arg(owner, m_viewer),
            QStringLiteral("SELECT id FROM brands WHERE id = public.tst_plan_touch()"),
        };
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        for (int i = 0; i < payloads.size(); ++i) {
            QSqlQuery insert(viewer->db());
            insert.prepare(QStringLiteral("INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, "
                                          "p95_ms, sample_sql, source) VALUES (?, date_trunc('minute', now()), 'postgresql', 'brands', "
                                          "'list', 1000, 9000000, 9000, 9000, ?, 'psql')"));
            insert.addBindValue(QStringLiteral("qm_attack_%1").arg(i));
            insert.addBindValue(payloads.at(i));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // The database keeps none of the SQL a quote scan can misread (0024), for consoles older than the check below.
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM query_metrics WHERE id IN ('qm_attack_0', 'qm_attack_1') AND sample_sql IS NOT NULL")), 0);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM query_metrics WHERE id = 'qm_attack_2' AND sample_sql IS NOT NULL")), 1);
        // A row dated in the future (first among the slowest of every window) is dated now.
        QVERIFY2(viewer->run(QStringLiteral("INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, "
                                            "p95_ms, source) VALUES ('qm_future', now() + interval '10 years', 'postgresql', 'brands', "
                                            "'list', 1, 1, 1, 1, 'psql')")),
                 qPrintable(viewer->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM query_metrics WHERE id = 'qm_future' AND minute <= now()")), 1);
        // The page's advice first (it plans the 20 slowest statements on opening), then each one selected.
        const auto advice = OptimizationService::advise(m_admin);
        QVERIFY2(advice.ok(), qPrintable(advice.ok() ? QString() : advice.error().message));
        QStringList planned;
        for (const QString &payload : payloads)
            if (const auto plan = OptimizationService::plan(m_admin, payload); plan.ok())
                planned << payload;
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname IN ('tst_plan_comment', 'tst_plan_dollar')")), 0);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM public.tst_plan_canary")), 0);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = '%1' "
                                           "AND m.roleid = (SELECT oid FROM pg_roles WHERE rolname = '%2')").arg(m_viewer, owner)),
                 0);
        QVERIFY2(planned.isEmpty(), qPrintable(QStringLiteral("planned: ") + planned.join(QStringLiteral(" | "))));
        // A plain read of the product's is still explained, under the planning's own transaction.
        const auto fine = OptimizationService::plan(m_admin, QStringLiteral("SELECT id FROM brands WHERE slug = ?"));
        QVERIFY2(fine.ok(), qPrintable(fine.ok() ? QString() : fine.error().message));
        QVERIFY(fine->contains(QLatin1String("brands")));
        q.exec(QStringLiteral("DROP TABLE IF EXISTS public.tst_plan_comment, public.tst_plan_dollar"));
        q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(owner, m_viewer));
        q.exec(QStringLiteral("DROP FUNCTION public.tst_plan_touch()"));
        q.exec(QStringLiteral("DROP FUNCTION public.tst_plan_write()"));
        q.exec(QStringLiteral("DROP TABLE public.tst_plan_canary"));
        q.exec(QStringLiteral("DELETE FROM query_metrics WHERE id LIKE 'qm_attack_%' OR id = 'qm_future'"));
    }

    /// 0020 leaves a workflow's change to the console's own audit record of the same transaction. An editor with psql
    /// who records a mere "view" first (any member may) must not make an edit or a deletion vanish from the trail (0026).
    void workflowChangesCannotHideBehindARecordedView()
    {
        auto editor = login(m_editorB);
        QVERIFY(editor->open());
        const QString me = userIdOf(m_editorB);
        QVERIFY2(editor->run(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, run_as_id) "
                                            "VALUES ('wf_hidden', 'wf_hidden', '{\"type\": \"manual\"}', '[]', 'active', '%1', '%2')")
                                 .arg(m_b.id, me)),
                 qPrintable(editor->lastError()));
        const auto audited = [this](const QString &action) {
            return adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_id = 'wf_hidden' AND action = '%1'").arg(action));
        };
        QCOMPARE(audited(QStringLiteral("create")), 1);
        QVERIFY2(editor->run(QStringLiteral("SELECT atelier_audit('view', 'workflow', 'wf_hidden', NULL, '{}'); "
                                            "UPDATE workflows SET name = 'wf_renamed' WHERE id = 'wf_hidden'")),
                 qPrintable(editor->lastError()));
        QCOMPARE(audited(QStringLiteral("edit")), 1);
        QVERIFY2(editor->run(QStringLiteral("SELECT atelier_audit('view', 'workflow', 'wf_hidden', NULL, '{}'); "
                                            "DELETE FROM workflows WHERE id = 'wf_hidden'")),
                 qPrintable(editor->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM workflows WHERE id = 'wf_hidden'")), 0);
        QCOMPARE(audited(QStringLiteral("delete")), 1);
        // A record of the same change in the workflow's brand still stands for it (the console's way): no second row.
        QVERIFY2(editor->run(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, run_as_id) "
                                            "VALUES ('wf_once', 'wf_once', '{\"type\": \"manual\"}', '[]', 'active', '%1', '%2')")
                                 .arg(m_b.id, me)),
                 qPrintable(editor->lastError()));
        QVERIFY2(editor->run(QStringLiteral("SELECT atelier_audit('delete', 'workflow', 'wf_once', '%1', '{}'); "
                                            "DELETE FROM workflows WHERE id = 'wf_once'").arg(m_b.id)),
                 qPrintable(editor->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM security_audits WHERE resource_id = 'wf_once' AND action = 'delete'")), 1);
    }

    /// Monitoring rounds (0023): one process per interval takes each. A viewer with psql asking for the administrator's
    /// round every 10 seconds must not keep the administrator's consoles from evaluating alerts (0027); the checks' round
    /// ('health') stays first come, first served for everyone.
    void membersCannotStarveMonitoringRounds()
    {
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        const auto adminClaims = [this](const QString &name) {
            QSqlQuery q(m_admin);
            return q.exec(QStringLiteral("SELECT atelier_monitor_claim('%1', 'admin console', 60)").arg(name)) && q.next() && q.value(0).toBool();
        };
        QCOMPARE(viewer->value(QStringLiteral("SELECT atelier_monitor_claim('alerts', 'psql', 10)")).toBool(), false);
        QVERIFY(adminClaims(QStringLiteral("alerts")));
        QCOMPARE(viewer->value(QStringLiteral("SELECT atelier_monitor_claim('statements', 'psql', 10)")).toBool(), false);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM monitoring_rounds WHERE started_by = '%1'").arg(m_viewer)), 0);
        QCOMPARE(viewer->rows(QStringLiteral("UPDATE monitoring_rounds SET started_at = now() + interval '1 day'")), -1);
    }

    /// The scheduler's bookkeeping (schedule_next_at, schedule_checked_at) is left out of the audit (0017, 0020). An
    /// editor of the brand with psql must not stop an admin's active schedule with it, nor move its mark (0028); the
    /// run-as identity (the scheduler) still writes both.
    void schedulesAreMovedByTheirSchedulerOnly()
    {
        const QString runner = QStringLiteral("sched_") + m_suffix;
        QVERIFY(UserAdmin::add(m_admin, runner, m_b.slug, QStringLiteral("admin"), m_password).ok());
        QSqlQuery q(m_admin);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, run_as_id) VALUES ('wf_sched', "
                                       "'wf_sched', '{\"type\": \"schedule\", \"cron\": \"0 * * * *\"}', '[]', 'active', '%1', '%2')")
                            .arg(m_b.id, userIdOf(runner))),
                 qPrintable(q.lastError().text()));
        auto editor = login(m_editorB);
        auto scheduler = login(runner);
        QVERIFY(editor->open() && scheduler->open());
        QCOMPARE(editor->rows(QStringLiteral("UPDATE workflows SET schedule_next_at = 'infinity' WHERE id = 'wf_sched'")), -1);
        QCOMPARE(editor->rows(QStringLiteral("UPDATE workflows SET schedule_checked_at = now() + interval '1 year' WHERE id = 'wf_sched'")), -1);
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM workflows WHERE id = 'wf_sched' AND schedule_next_at IS NULL "
                                           "AND schedule_checked_at IS NULL")),
                 1);
        // An edit the editor may make still has the next instant computed again; the scheduler writes its bookkeeping.
        QVERIFY2(editor->run(QStringLiteral("UPDATE workflows SET status = 'paused' WHERE id = 'wf_sched'")), qPrintable(editor->lastError()));
        QVERIFY2(scheduler->run(QStringLiteral("UPDATE workflows SET schedule_next_at = now() + interval '1 hour', schedule_checked_at = now() "
                                               "WHERE id = 'wf_sched'")),
                 qPrintable(scheduler->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM workflows WHERE id = 'wf_sched' AND schedule_next_at IS NOT NULL")), 1);
        scheduler.reset();
        q.exec(QStringLiteral("DELETE FROM workflows WHERE id = 'wf_sched'"));
        q.exec(QStringLiteral("DROP OWNED BY %1").arg(runner));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(runner));
    }

    /// Members add health checks in their own name (0018). One dated years ahead with psql must not stay every console's
    /// last state of the service (0030): it is dated now.
    void healthChecksAreNotDatedInTheFuture()
    {
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        QVERIFY2(viewer->run(QStringLiteral("INSERT INTO service_health (id, service, status, checked_at, checked_by) "
                                            "VALUES ('sh_future', 'provider_x', 'healthy', now() + interval '10 years', session_user)")),
                 qPrintable(viewer->lastError()));
        QCOMPARE(adminCount(QStringLiteral("SELECT count(*) FROM service_health WHERE id = 'sh_future' AND checked_at <= now()")), 1);
        QVERIFY(!viewer->run(QStringLiteral("INSERT INTO service_health (id, service, status, checked_by) "
                                            "VALUES ('sh_forged', 'provider_x', 'down', 'someone_else')")));
        QSqlQuery q(m_admin);
        q.exec(QStringLiteral("DELETE FROM service_health WHERE id = 'sh_future'"));
    }

    /// A reviewer approves a message by its key (the .ts message the page shows), while every console applies an
    /// approved row to the message its context and source name. An editor with psql proposing a row whose key names a
    /// harmless message and whose source names another must not have that other message changed once approved.
    void approvedTranslationsApplyToTheMessageReviewed()
    {
        const QString shownKey = TranslationStore::messageKey(QStringLiteral("Ctx"), QStringLiteral("OK"), QString());
        auto editor = login(m_editorB);
        QVERIFY(editor->open());
        QVERIFY2(editor->run(QStringLiteral("INSERT INTO translations (id, key, language, value, context, source, state, updated_by) "
                                            "VALUES ('t_smuggled', '%1', 'fr', 'Annuler', 'Atelier::BrandPage', 'Delete the brand', "
                                            "'waiting_for_review', atelier_user_id())").arg(shownKey)),
                 qPrintable(editor->lastError()));
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("UPDATE translations SET state = 'approved' WHERE id = 't_smuggled'"))); // the reviewer approves "OK"
        QVERIFY(q.exec(QStringLiteral("INSERT INTO translations (id, key, language, value, context, source, state) VALUES ('t_true', '%1', 'fr', "
                                      "'Valider', 'Ctx', 'Valid', 'approved')")
                           .arg(TranslationStore::messageKey(QStringLiteral("Ctx"), QStringLiteral("Valid"), QString()))));
        const auto overrides = TranslationStore::overrides(m_admin, QStringLiteral("fr"));
        QVERIFY(overrides.ok());
        bool smuggled = false, applied = false;
        for (const QStringList &forms : overrides->texts) {
            smuggled = smuggled || forms.contains(QStringLiteral("Annuler"));
            applied = applied || forms.contains(QStringLiteral("Valider"));
        }
        QVERIFY(!smuggled);
        QVERIFY(applied);
        q.exec(QStringLiteral("DELETE FROM translations WHERE id IN ('t_smuggled', 't_true')"));
    }

    /// A member's open transaction holding the checks' round must not stall the administrator's round, which claims
    /// 'health' before 'alerts' (0031): the claim answers at once that someone else has it.
    void anOpenClaimStallsNoRound()
    {
        QSqlQuery q(m_admin);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO monitoring_rounds (name, holder, started_at) VALUES ('health', 'old', now() - interval '1 day') "
                                      "ON CONFLICT (name) DO UPDATE SET started_at = excluded.started_at")));
        auto viewer = login(m_viewer);
        QVERIFY(viewer->open());
        QVERIFY(viewer->run(QStringLiteral("BEGIN")));
        QVERIFY2(viewer->value(QStringLiteral("SELECT atelier_monitor_claim('health', 'psql', 10)")).toBool(), qPrintable(viewer->lastError()));
        QVERIFY(q.exec(QStringLiteral("SET statement_timeout = '3s'")));
        const bool answered = q.exec(QStringLiteral("SELECT atelier_monitor_claim('health', 'admin console', 60)")) && q.next();
        const QString error = q.lastError().text();
        QVERIFY(q.exec(QStringLiteral("RESET statement_timeout")));
        QVERIFY(viewer->run(QStringLiteral("ROLLBACK")));
        QVERIFY2(answered, qPrintable(error));
        QCOMPARE(q.value(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestAttacks)
#include "tst_attacks.moc"
