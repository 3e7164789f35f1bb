#include "collaboration/comments.h"
#include "collaboration/inbox.h"
#include "collaboration/liveupdates.h"
#include "collaboration/sharing.h"
#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

#include <atomic>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Shares, threaded comments, annotations and live updates; on PostgreSQL, with two people whose own
/// connections the database holds to exactly what their roles and shares allow.
class TestSharing final : public QObject
{
    Q_OBJECT
private:
    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

private slots:
    /// The one local person of an SQLite file: everything is theirs.
    void localPersonComments()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        const ResourceRef chart{QStringLiteral("analytics_chart"), QStringLiteral("overview/revenue")};
        const auto first = CommentService::add(db.value(), chart, QStringLiteral("Why the dip, @emma_k?"), {}, QStringLiteral("b1"));
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->mentions, QStringList{QStringLiteral("emma_k")});
        const auto reply = CommentService::add(db.value(), chart, QStringLiteral("The outage of the 14th."), first->id, QStringLiteral("b1"));
        QVERIFY(reply.ok());
        QVERIFY(CommentService::add(db.value(), chart, QStringLiteral("Second thread"), {}, QStringLiteral("b1")).ok());
        QVERIFY(!CommentService::add(db.value(), chart, QStringLiteral("   "), {}, QStringLiteral("b1")).ok());
        QVERIFY(!CommentService::add(db.value(), chart, QStringLiteral("x"), QStringLiteral("nope"), QStringLiteral("b1")).ok());
        QVERIFY(!CommentService::add(db.value(), chart, QStringLiteral("x")).ok()); // a chart needs its brand
        QVERIFY(!CommentService::add(db.value(), {QStringLiteral("spaceship"), QStringLiteral("1")}, QStringLiteral("x")).ok());
        QVERIFY(CommentService::edit(db.value(), reply->id, QStringLiteral("The outage of the 14th (planted).")).ok());
        QVERIFY(CommentService::resolve(db.value(), first->id).ok());
        const auto thread = CommentService::list(db.value(), chart);
        QVERIFY(thread.ok());
        QCOMPARE(thread->size(), 3);
        QCOMPARE(thread->at(0).id, first->id);
        QVERIFY(thread->at(0).resolved);
        QCOMPARE(thread->at(1).id, reply->id);
        QCOMPARE(thread->at(1).depth, 1);
        QVERIFY(thread->at(1).edited);
        QVERIFY(!thread->at(0).edited);
        QCOMPARE(thread->at(2).depth, 0);
        QVERIFY(CommentService::remove(db.value(), first->id).ok()); // its replies go with it
        QCOMPARE(CommentService::list(db.value(), chart)->size(), 1);
        QVERIFY(!CommentService::remove(db.value(), first->id).ok());

        // Annotations: a rectangle inside an image, or a point of a chart series; anything else says what is wrong.
        QJsonObject rect{{QStringLiteral("x"), 0.1}, {QStringLiteral("y"), 0.2}, {QStringLiteral("width"), 0.5}, {QStringLiteral("height"), 0.3}};
        QVERIFY(CommentService::checkPosition(rect).ok());
        rect.insert(QStringLiteral("width"), 0.95);
        QVERIFY(CommentService::checkPosition(rect).error().message.contains(QLatin1String("inside the image")));
        rect.insert(QStringLiteral("width"), -1);
        QVERIFY(CommentService::checkPosition(rect).error().message.startsWith(QLatin1String("position.width")));
        const QJsonObject point{{QStringLiteral("series"), QStringLiteral("revenue")}, {QStringLiteral("x"), QStringLiteral("2026-03-14")}};
        const auto a = CommentService::annotate(db.value(), chart, QStringLiteral("issue"), point, QStringLiteral("Outage"), QStringLiteral("b1"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QVERIFY(!CommentService::annotate(db.value(), chart, QStringLiteral("praise"), point, QStringLiteral("x"), QStringLiteral("b1")).ok());
        const auto listed = CommentService::annotations(db.value(), chart);
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().position, point);
        QCOMPARE(listed->first().type, QStringLiteral("issue"));
    }

    /// A damaged annotation position (invalid text on SQLite; jsonb of the wrong type on PostgreSQL) is an error naming the row.
    void damagedAnnotationNamesTheRow_data() { ScratchDatabase::addDialectRows(); }
    void damagedAnnotationNamesTheRow()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        const ResourceRef chart{QStringLiteral("analytics_chart"), QStringLiteral("overview/revenue")};
        const QJsonObject point{{QStringLiteral("series"), QStringLiteral("revenue")}, {QStringLiteral("x"), QStringLiteral("2026-03-14")}};
        const auto a = CommentService::annotate(db.value(), chart, QStringLiteral("issue"), point, QStringLiteral("Outage"), QStringLiteral("b1"));
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        QVERIFY(CommentService::annotations(db.value(), chart).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("UPDATE annotations SET position = %1 WHERE id = '%2'")
                           .arg(dialect == QLatin1String("sqlite") ? QStringLiteral("'{\"series\": '") : QStringLiteral("'[1]'"), a->id)));
        const auto damaged = CommentService::annotations(db.value(), chart);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().message.contains(a->id) && damaged.error().message.contains(QLatin1String("position")),
                 qPrintable(damaged.error().message));
    }

    /// Two people sharing the same collection at the same moment: every grant is kept (the share's permissions are
    /// read, changed and written as one step).
    void concurrentSharesKeepEveryGrant_data() { ScratchDatabase::addDialectRows(); }
    void concurrentSharesKeepEveryGrant()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "ba\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        const auto me = Collaboration::currentUserId(db.value());
        QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().message));
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("INSERT INTO ai_collections (id, name, user_id, brand_id) VALUES ('col1', 'Spring', ?, 'ba')"));
        q.addBindValue(me.value());
        QVERIFY(q.exec());
        for (int i = 0; i < 40; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('p%1', 'person_%1', 'P%1')").arg(i)));
        const DatabaseUrl url = scratch.url();
        const ResourceRef collection{QStringLiteral("ai_collection"), QStringLiteral("col1")};
        std::atomic<int> failures{0};
        auto sharer = [&](int first) {
            auto conn = Database::open(url, Database::OpenMode::MustExist);
            for (int i = first; conn && i < 40; i += 2)
                if (!ShareService::share(conn.value(), collection, QStringLiteral("person_%1").arg(i), QStringLiteral("view")))
                    ++failures;
            if (!conn)
                ++failures;
            Database::closeThreadConnections();
        };
        QThreadPool pool;
        pool.setMaxThreadCount(2);
        pool.start([&] { sharer(0); });
        pool.start([&] { sharer(1); });
        pool.waitForDone();
        QCOMPARE(failures.load(), 0);
        const auto grants = ShareService::grants(db.value(), collection);
        QVERIFY(grants.ok());
        QCOMPARE(grants->size(), 40);
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM shared_resources WHERE resource_id = 'col1'")), 1);

        // A damaged share is an error that names it, not an empty one silently rewritten.
        QVERIFY(q.exec(QStringLiteral("UPDATE shared_resources SET permissions = '[1]' WHERE resource_id = 'col1'")));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM shared_resources WHERE resource_id = 'col1'")) && q.next());
        const QString shareId = q.value(0).toString();
        const auto damaged = ShareService::grants(db.value(), collection);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().message.contains(shareId) && damaged.error().message.contains(QLatin1String("permissions")),
                 qPrintable(damaged.error().message));
        const auto mine = ShareService::sharedWithMe(db.value());
        QVERIFY(!mine.ok());
        QVERIFY2(mine.error().message.contains(shareId), qPrintable(mine.error().message));
        QVERIFY(!ShareService::share(db.value(), collection, QStringLiteral("person_1"), QStringLiteral("edit")).ok());
    }

    void sharesAreEnforced()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto admin = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(admin.value()).ok());
        QVERIFY(Testing::loadEventText(admin.value(), "ba\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n"
                                                      "bb\tpage_view\tu2\ts2\t2026-03-02T10:00:00.000Z\t{}\n")
                    .ok());
        const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString alice = QStringLiteral("alice_") + suffix, bob = QStringLiteral("bob_") + suffix;
        const QString password = QStringLiteral("correct horse ") + suffix;
        QVERIFY(UserAdmin::add(admin.value(), alice, QStringLiteral("ba"), QStringLiteral("editor"), password).ok());
        QVERIFY(UserAdmin::add(admin.value(), bob, QStringLiteral("bb"), QStringLiteral("viewer"), password).ok());
        QSqlQuery q(admin.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO ai_collections (id, name, user_id, brand_id) "
                                      "SELECT 'col1', 'Spring', id, 'ba' FROM users WHERE username = '%1'").arg(alice)));
        auto login = [&](const QString &user) {
            DatabaseUrl url = scratch.url();
            url.user = user;
            url.password = password;
            return Database::open(url, Database::OpenMode::MustExist);
        };
        auto aliceDb = login(alice), bobDb = login(bob);
        QVERIFY(aliceDb.ok() && bobDb.ok());
        const ResourceRef collection{QStringLiteral("ai_collection"), QStringLiteral("col1")};
        const QString seeIt = QStringLiteral("SELECT count(*) FROM ai_collections WHERE id = 'col1'");
        QCOMPARE(scalar(bobDb.value(), seeIt), 0);

        // Live updates reach another console: the administrator's listens while the others write.
        LiveUpdates live;
        QVERIFY(live.start(admin.value()).ok());
        QVERIFY(live.isListening());
        QSignalSpy heard(&live, &LiveUpdates::changed);

        // view: bob sees it, cannot comment or edit, cannot share it on.
        QVERIFY(ShareService::share(aliceDb.value(), collection, bob, QStringLiteral("view")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 2000);
        QCOMPARE(heard.first().at(0).toString(), QStringLiteral("shared_resources"));
        QCOMPARE(scalar(bobDb.value(), seeIt), 1);
        QVERIFY(!CommentService::add(bobDb.value(), collection, QStringLiteral("Nice")).ok());
        QSqlQuery bq(bobDb.value());
        QVERIFY(bq.exec(QStringLiteral("UPDATE ai_collections SET name = 'Mine' WHERE id = 'col1'")));
        QCOMPARE(bq.numRowsAffected(), 0);
        QVERIFY(!ShareService::share(bobDb.value(), collection, bob, QStringLiteral("edit")).ok());
        const auto mine = ShareService::sharedWithMe(bobDb.value());
        QVERIFY(mine.ok());
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().permission, QStringLiteral("view"));
        QCOMPARE(mine->first().sharedBy, alice);

        // comment: bob comments, in his own name only; alice (an editor, not an admin) cannot edit his comment.
        QVERIFY(ShareService::share(aliceDb.value(), collection, bob, QStringLiteral("comment")).ok());
        heard.clear();
        const auto comment = CommentService::add(bobDb.value(), collection, QStringLiteral("Love the palette, @") + alice);
        QVERIFY2(comment.ok(), qPrintable(comment.ok() ? QString() : comment.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 2000);
        QCOMPARE(heard.last().at(0).toString(), QStringLiteral("comments"));
        QCOMPARE(heard.last().at(1).toString(), comment->id);
        QCOMPARE(CommentService::list(aliceDb.value(), collection)->size(), 1);
        QVERIFY(!bq.exec(QStringLiteral("INSERT INTO comments (id, resource_type, resource_id, content, author_id, brand_id) "
                                        "SELECT 'forged', 'ai_collection', 'col1', 'x', id, 'ba' FROM users WHERE username = '%1'")
                             .arg(alice)));
        QVERIFY(!CommentService::edit(aliceDb.value(), comment->id, QStringLiteral("rewritten")).ok());
        QVERIFY(CommentService::edit(bobDb.value(), comment->id, QStringLiteral("Love the palette!")).ok());

        // edit: bob may change the collection itself.
        QVERIFY(ShareService::share(aliceDb.value(), collection, bob, QStringLiteral("edit")).ok());
        QVERIFY(bq.exec(QStringLiteral("UPDATE ai_collections SET name = 'Spring 2' WHERE id = 'col1'")));
        QCOMPARE(bq.numRowsAffected(), 1);
        const auto grants = ShareService::grants(aliceDb.value(), collection);
        QVERIFY(grants.ok());
        QCOMPARE(grants->size(), 1);
        QCOMPARE(grants->first().permission, QStringLiteral("edit"));

        // Bob's inbox: the share and a mention by alice, unread until he marks them read.
        QVERIFY(CommentService::add(aliceDb.value(), collection, QStringLiteral("@") + bob + QStringLiteral(" can you check the palette?")).ok());
        auto inbox = InboxService::load(bobDb.value());
        QVERIFY2(inbox.ok(), qPrintable(inbox.ok() ? QString() : inbox.error().message));
        QCOMPARE(inbox->unreadShares, 1);
        QCOMPARE(inbox->unreadMentions, 1);
        QCOMPARE(inbox->items.first().kind, QStringLiteral("mention"));
        QCOMPARE(inbox->items.first().from, alice);
        QVERIFY(InboxService::markRead(bobDb.value()).ok());
        inbox = InboxService::load(bobDb.value());
        QCOMPARE(inbox->unreadShares + inbox->unreadMentions, 0);
        QCOMPARE(inbox->items.size(), 2);
        const auto later = CommentService::add(aliceDb.value(), collection, QStringLiteral("and the crop, @") + bob);
        QVERIFY(later.ok());
        // Written a second after bob's mark, explicitly: in the same millisecond it would count as read.
        q.prepare(QStringLiteral("UPDATE comments SET created_at = (SELECT seen_until + interval '1 second' FROM inbox_state s "
                                 "JOIN users u ON u.id = s.user_id WHERE u.username = ?) WHERE id = ?"));
        q.addBindValue(bob);
        q.addBindValue(later->id);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(InboxService::load(bobDb.value())->unreadMentions, 1);
        QCOMPARE(InboxService::load(aliceDb.value())->items.size(), 0); // her own words are not in her inbox

        // Revoked: gone at once.
        QVERIFY(ShareService::revoke(aliceDb.value(), collection, bob).ok());
        QCOMPARE(scalar(bobDb.value(), seeIt), 0);
        QCOMPARE(scalar(bobDb.value(), QStringLiteral("SELECT count(*) FROM comments")), 0);
        QCOMPARE(InboxService::load(bobDb.value())->items.size(), 0);
        QVERIFY(!ShareService::revoke(aliceDb.value(), collection, bob).ok());
        live.stop();
    }
};

QTEST_GUILESS_MAIN(TestSharing)
#include "tst_sharing.moc"
