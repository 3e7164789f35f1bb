#include "collaboration/comments.h"
#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"
#include "security/audittrail.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The audit trail is append-only and hash-chained: every kind of tampering is found and named.
class TestAuditTrail final : public QObject
{
    Q_OBJECT
private slots:
    void contentIsExact()
    {
        AuditRecord r;
        r.seq = 1;
        r.prevHash = QStringLiteral("");
        r.action = QStringLiteral("view");
        r.resourceType = QStringLiteral("ai_generation");
        r.resourceId = QStringLiteral("g1");
        r.userId = QStringLiteral("u1");
        r.metadata = QStringLiteral("{\"é\":1}");
        r.createdAtMs = 1700000000000;
        // Lengths are UTF-8 bytes; absent fields are "-".
        QCOMPARE(AuditTrail::content(r), QByteArray("1:10:4:view13:ai_generation2:g12:u1---8:{\"\xc3\xa9\":1}13:1700000000000"));
        QCOMPARE(AuditTrail::hashOf(r).size(), 64);
    }

    void chainAndTampering_data() { ScratchDatabase::addDialectRows(); }
    void chainAndTampering()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        for (const char *action : {"sign_in", "view", "export", "view"})
            QVERIFY(AuditTrail::record(db.value(), QLatin1String(action), QStringLiteral("analytics_report"), QStringLiteral("r1"),
                                       QStringLiteral("b1"), {{QStringLiteral("format"), QStringLiteral("pdf")}})
                        .ok());
        QVERIFY(!AuditTrail::record(db.value(), QStringLiteral("peek"), QStringLiteral("x"), QStringLiteral("1")).ok());
        auto v = AuditTrail::verify(db.value());
        QVERIFY(v.ok());
        QCOMPARE(v->rows, 4);
        QVERIFY2(v->intact, qPrintable(v->problem));
        const auto rows = AuditTrail::list(db.value(), {}, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 4);
        QVERIFY(rows->first().userAgent.startsWith(QLatin1String("Atelier/")));
        const bool sqlite = SqlDialect::of(db.value()).isSqlite();
        if (!sqlite)
            QCOMPARE(rows->first().ipAddress, QStringLiteral("127.0.0.1")); // the address PostgreSQL sees
        AuditFilter exports;
        exports.action = QStringLiteral("export");
        QCOMPARE(AuditTrail::list(db.value(), exports)->size(), 1);
        QCOMPARE(AuditTrail::list(db.value(), {}, 2, 10)->first().seq, 3); // keyset paging
        QByteArray csv;
        const auto exported = AuditTrail::exportCsv(db.value(), {}, [&](const QByteArray &line) {
            csv += line;
            return true;
        });
        QCOMPARE(exported.value(), 4);
        QCOMPARE(csv.count('\n'), 5);

        // Append-only: no update, no delete (no truncate either on PostgreSQL).
        QSqlQuery q(db.value());
        QVERIFY(!q.exec(QStringLiteral("UPDATE security_audits SET action = 'view' WHERE seq = 3")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM security_audits WHERE seq = 4")));
        if (!sqlite)
            QVERIFY(!q.exec(QStringLiteral("TRUNCATE security_audits")));

        // An edit made with the triggers out of the way is still found, and named.
        if (sqlite)
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER security_audits_no_update")) && q.exec(QStringLiteral("DROP TRIGGER security_audits_no_delete")));
        else
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE security_audits DISABLE TRIGGER USER")));
        QVERIFY(q.exec(QStringLiteral("UPDATE security_audits SET action = 'view' WHERE seq = 3")));
        v = AuditTrail::verify(db.value());
        QVERIFY(!v->intact);
        QCOMPARE(v->brokenSeq, 3);
        QVERIFY2(v->problem.contains(QLatin1String("has been changed")), qPrintable(v->problem));
        // Putting the action back is not enough to hide a deletion.
        QVERIFY(q.exec(QStringLiteral("UPDATE security_audits SET action = 'export' WHERE seq = 3")));
        QVERIFY(AuditTrail::verify(db.value())->intact);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM security_audits WHERE seq = 2")));
        v = AuditTrail::verify(db.value());
        QVERIFY(!v->intact);
        QCOMPARE(v->brokenSeq, 3);
        QVERIFY2(v->problem.contains(QLatin1String("Row 2 is missing")), qPrintable(v->problem));
    }

    void demoHistoryIsChained_data() { ScratchDatabase::addDialectRows(); }
    void demoHistoryIsChained()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.events = 2000;
        options.days = 10;
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const auto v = AuditTrail::verify(db.value());
        QVERIFY(v.ok());
        QVERIFY(v->rows > 10);
        QVERIFY2(v->intact, qPrintable(v->problem));
    }

    /// PostgreSQL records changes itself, in the name of whoever makes them, and members cannot write the trail.
    void databaseRecordsChanges()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto admin = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(admin.value()).ok());
        QVERIFY(Testing::loadEventText(admin.value(), "ba\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n"
                                                      "bb\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString alice = QStringLiteral("alice_") + suffix, password = QStringLiteral("correct horse ") + suffix;
        QVERIFY(UserAdmin::add(admin.value(), alice, QStringLiteral("ba"), QStringLiteral("analyst"), password).ok());
        QVERIFY(AuditTrail::record(admin.value(), QStringLiteral("view"), QStringLiteral("x"), QStringLiteral("other"), QStringLiteral("bb")).ok());
        DatabaseUrl url = scratch.url();
        url.user = alice;
        url.password = password;
        auto own = Database::open(url, Database::OpenMode::MustExist);
        QVERIFY(own.ok());
        const ResourceRef chart{QStringLiteral("analytics_chart"), QStringLiteral("overview/revenue")};
        const auto comment = CommentService::add(own.value(), chart, QStringLiteral("first"), {}, QStringLiteral("ba"));
        QVERIFY(comment.ok());
        QVERIFY(CommentService::edit(own.value(), comment->id, QStringLiteral("second")).ok());
        QVERIFY(AuditTrail::record(own.value(), QStringLiteral("export"), QStringLiteral("analytics_report"), QStringLiteral("r1"),
                                   QStringLiteral("ba")).ok());
        QSqlQuery q(own.value());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO security_audits (id, seq, action, resource_type, resource_id, user_id) "
                                       "VALUES ('f', 99, 'view', 'x', 'y', 'z')")));
        AuditFilter mine;
        mine.user = alice;
        const auto rows = AuditTrail::list(admin.value(), mine);
        QVERIFY(rows.ok());
        QStringList actions;
        for (const AuditRecord &r : rows.value())
            actions.append(r.action + QLatin1Char(':') + r.resourceType);
        QCOMPARE(actions, (QStringList{QStringLiteral("create:comments"), QStringLiteral("edit:comments"),
                                       QStringLiteral("export:analytics_report")}));
        // A member reads the trail of their brands only.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM security_audits WHERE brand_id = 'bb'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(AuditTrail::verify(admin.value())->intact);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
