#include "ai/assetstore.h"
#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/studioactions.h"
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <sys/stat.h>

using namespace Atelier;
using namespace Atelier::Testing;

/// The AI Studio's rules as the Generate panel, the queue, the cache tab, the detail view and the `ai` verbs share
/// them: variations queued whole with consecutive seeds against the credits left, the queue read at one moment,
/// several jobs cancelled in one transaction, the cache cleared with what it freed, results written whole and private.
class TestStudioActions final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    const QString m_brand = QStringLiteral("brand-q");

    /// dall-e-3 of OpenAI, 4 credits a picture: queued only (no provider is called here).
    GenerationRequest priced(const QString &prompt, std::optional<qint64> seed = {}) const
    {
        GenerationRequest r;
        r.brandId = m_brand;
        r.provider = QStringLiteral("openai");
        r.model = QStringLiteral("dall-e-3");
        r.prompt = prompt;
        r.seed = seed;
        return r;
    }

    static qint64 seedOf(const Generation &g) { return g.parameters.value(QLatin1String("seed")).toVariant().toLongLong(); }

    static qint64 scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    qint64 generations(const QSqlDatabase &db) const
    {
        GalleryFilter all;
        all.brandId = m_brand;
        return GenerationService::count(db, all).value();
    }

    static void exec(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
    }

    /// A trigger of the test's own that makes the database refuse what \a condition picks among the new rows of
    /// \a table (an error in the middle of a service's work).
    static void refuseInserts(const QSqlDatabase &db, const QString &table, const QString &sqliteCondition, const QString &pgCondition)
    {
        if (SqlDialect::of(db).isSqlite()) {
            exec(db, QStringLiteral("CREATE TEMP TRIGGER test_refuse_%1 BEFORE INSERT ON main.%1 WHEN %2 BEGIN "
                                    "SELECT RAISE(ABORT, 'refused by the test'); END")
                         .arg(table, sqliteCondition));
        } else {
            exec(db, QStringLiteral("CREATE FUNCTION test_refuse_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF %2 THEN "
                                    "RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$")
                         .arg(table, pgCondition));
            exec(db, QStringLiteral("CREATE TRIGGER test_refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION test_refuse_%1()").arg(table));
        }
    }

    /// A picture of the offline renderer, made by the real queue.
    static Generation rendered(const QSqlDatabase &db, const DatabaseUrl &url, const QString &prompt)
    {
        GenerationRequest r;
        r.brandId = QStringLiteral("brand-q");
        r.provider = QStringLiteral("offline");
        r.model = QStringLiteral("offline-preview");
        r.prompt = prompt;
        r.seed = 5;
        r.width = 320;
        r.height = 240;
        auto g = GenerationService::enqueue(db, r);
        if (!g)
            qFatal("%s", qPrintable(g.error().message));
        if (!g->isFinished() && !StudioFixture::runUntilFinished(url, {g->id}))
            qFatal("the queue did not finish %s", qPrintable(g->id));
        return GenerationService::get(db, g->id).value();
    }

    static mode_t modeOf(const QString &path)
    {
        struct stat info;
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & 0777) : 0;
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void variationsWithConsecutiveSeeds_data() { ScratchDatabase::addDialectRows(); }
    void variationsWithConsecutiveSeeds()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const QString me = Collaboration::currentUserId(db).value();

        auto three = StudioActions::enqueueVariations(db, priced(QStringLiteral("a linen dress"), 7), 3);
        QVERIFY2(three, qPrintable(three ? QString() : three.error().message));
        QCOMPARE(three->generations.size(), 3);
        QCOMPARE(three->firstSeed, 7);
        QCOMPARE(three->credits, 12);
        QCOMPARE(three->cached, 0);
        auto rows = GenerationService::byIds(db, three->ids());
        QVERIFY(rows);
        QList<qint64> seeds;
        for (const Generation &g : rows.value()) {
            seeds.append(seedOf(g));
            QCOMPARE(g.status, QStringLiteral("pending"));
        }
        QCOMPARE(seeds, (QList<qint64>{7, 8, 9}));

        // No seed asked: a random first one, the others after it.
        auto random = StudioActions::enqueueVariations(db, priced(QStringLiteral("a wool coat")), 2);
        QVERIFY(random);
        QCOMPARE(seedOf(random->generations.at(0)), random->firstSeed);
        QCOMPARE(seedOf(random->generations.at(1)), random->firstSeed + 1);
        QVERIFY(random->firstSeed >= 0 && random->firstSeed + 1 <= StudioActions::maxSeed);

        // The balance: 20 a month, 20 held by the five queued: the next two (8 credits) do not fit, and nothing goes.
        QVERIFY(GenerationService::setQuota(db, me, m_brand, 28).ok());
        auto balance = StudioActions::balance(db, m_brand);
        QVERIFY(balance);
        QCOMPARE(balance->reserved, 20);
        QCOMPARE(StudioActions::creditsLeft(balance.value()), 8);
        QVERIFY(StudioActions::fits(balance.value(), 8));
        QVERIFY(!StudioActions::fits(balance.value(), 12));
        const qint64 before = generations(db);
        auto over = StudioActions::enqueueVariations(db, priced(QStringLiteral("a silk scarf"), 1), 3);
        QVERIFY(!over);
        QCOMPARE(over.error().code, ErrorCode::QuotaExceeded);
        QCOMPARE(over.error().message,
                 QStringLiteral("3 generation(s) of dall-e-3 need 12 credits, more than the 8 of 28 left this month: nothing was queued. "
                                "Lower the count or choose a cheaper model."));
        QCOMPARE(generations(db), before);
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 20);
        auto two = StudioActions::enqueueVariations(db, priced(QStringLiteral("a silk scarf"), 1), 2);
        QVERIFY2(two, qPrintable(two ? QString() : two.error().message));
        QCOMPARE(StudioActions::creditsLeft(StudioActions::balance(db, m_brand).value()), 0);

        // Without a quota nothing limits them.
        QVERIFY(StudioActions::fits(CreditBalance{}, 1000));

        // Out of range: said, nothing queued.
        const qint64 now = generations(db);
        auto many = StudioActions::enqueueVariations(db, priced(QStringLiteral("a hat"), 1), StudioActions::maxVariations + 1);
        QVERIFY(!many);
        QCOMPARE(many.error().message, QStringLiteral("The count must be between 1 and 8; 9 was asked."));
        auto none = StudioActions::enqueueVariations(db, priced(QStringLiteral("a hat"), 1), 0);
        QVERIFY(!none);
        auto pastTheEnd = StudioActions::enqueueVariations(db, priced(QStringLiteral("a hat"), StudioActions::maxSeed - 1), 3);
        QVERIFY(!pastTheEnd);
        QCOMPARE(pastTheEnd.error().message,
                 QStringLiteral("The seed must be between 0 and 2147483647; with 3 variation(s) the first can be at most 2147483645."));
        QCOMPARE(generations(db), now);
    }

    void variationsAreQueuedWhole_data() { ScratchDatabase::addDialectRows(); }
    void variationsAreQueuedWhole()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        // The second of three is refused by the database: the first, queued in the same transaction, goes too.
        refuseInserts(db, QStringLiteral("ai_generations"), QStringLiteral("json_extract(NEW.parameters, '$.seed') = 31"),
                      QStringLiteral("(NEW.parameters->>'seed')::bigint = 31"));
        const qint64 ledger = scalar(db, QStringLiteral("SELECT count(*) FROM ai_costs"));
        auto refused = StudioActions::enqueueVariations(db, priced(QStringLiteral("a tall vase"), 30), 3);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Nothing was queued: variation 2 of 3 (seed 31) was refused.")),
                 qPrintable(refused.error().message));
        QCOMPARE(generations(db), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_costs")), ledger);
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 0);
        // The connection is fine afterwards: the same request a seed further goes through whole.
        auto queued = StudioActions::enqueueVariations(db, priced(QStringLiteral("a tall vase"), 32), 3);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));
        QCOMPARE(generations(db), 3);
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 12);
    }

    void queueSnapshot_data() { ScratchDatabase::addDialectRows(); }
    void queueSnapshot()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const SqlDialect d = SqlDialect::of(db);
        QStringList ids;
        for (int i = 0; i < 6; ++i) {
            auto g = GenerationService::enqueue(db, priced(QStringLiteral("job %1").arg(i), i));
            QVERIFY(g);
            ids.append(g->id);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Created a minute apart, in order, three days ago; jobs 3, 4 and 5 finished 3 hours, 1 hour and 2 days ago.
        for (int i = 0; i < 6; ++i) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE ai_generations SET created_at = ? WHERE id = ?"));
            q.addBindValue(d.timeValue(now.addSecs(-3 * 24 * 3600 + 60 * i)));
            q.addBindValue(ids.at(i));
            QVERIFY(q.exec());
        }
        QVERIFY(GenerationService::claim(db, ids.at(1), QStringLiteral("desk-2"), 60000).value());
        const QList<std::pair<int, qint64>> finished = {{3, 3 * 3600}, {4, 3600}, {5, 48 * 3600}};
        for (const auto &[i, ago] : finished) {
            QVERIFY(GenerationService::cancel(db, ids.at(i)).value());
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE ai_generations SET completed_at = ? WHERE id = ?"));
            q.addBindValue(d.timeValue(now.addSecs(-ago)));
            q.addBindValue(ids.at(i));
            QVERIFY(q.exec());
        }
        auto snapshot = StudioActions::queueSnapshot(db, m_brand, 50, now.addSecs(-24 * 3600));
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QStringList shown;
        for (const Generation &g : snapshot.value())
            shown.append(g.id);
        // Waiting and running oldest first (0, 1 running, 2), then the finished of the last day newest first (4, 3).
        QCOMPARE(shown, (QStringList{ids.at(0), ids.at(1), ids.at(2), ids.at(4), ids.at(3)}));
        QCOMPARE(snapshot->at(1).status, QStringLiteral("processing"));
        // At most so many finished.
        auto one = StudioActions::queueSnapshot(db, m_brand, 1, now.addSecs(-24 * 3600));
        QVERIFY(one);
        QCOMPARE(one->size(), 4);
        QCOMPARE(one->last().id, ids.at(4));
        QCOMPARE(StudioActions::queueSnapshot(db, QStringLiteral("another-brand"), 50, now.addSecs(-24 * 3600))->size(), 0);
    }

    void cancelManyInOneTransaction_data() { ScratchDatabase::addDialectRows(); }
    void cancelManyInOneTransaction()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids.append(GenerationService::enqueue(db, priced(QStringLiteral("job %1").arg(i), i))->id);
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 16);
        // Job 1 was taken by a desktop after the view read the queue; job 2 was cancelled elsewhere meanwhile.
        QVERIFY(GenerationService::claim(db, ids.at(1), QStringLiteral("desk-2"), 60000).value());
        QVERIFY(GenerationService::cancel(db, ids.at(2)).value());

        auto done = StudioActions::cancelMany(db, {ids.at(0), ids.at(1), ids.at(2), QStringLiteral("no-such-job"), ids.at(0)});
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->cancelled, QStringList{ids.at(0)});
        QCOMPARE(done->interrupted, QStringList{ids.at(1)});
        QCOMPARE(done->runningOn.value(ids.at(1)), QStringLiteral("desk-2"));
        QCOMPARE(done->alreadyFinished, QStringList{ids.at(2)});
        QCOMPARE(done->missing, QStringList{QStringLiteral("no-such-job")});
        QCOMPARE(done->changed(), 2);
        QCOMPARE(GenerationService::get(db, ids.at(1))->status, QStringLiteral("canceled"));
        // The desktop that ran job 1 finds it gone, and cannot finish it: refunded once, never charged.
        QCOMPARE(GenerationService::lost(db, QStringLiteral("desk-2"), {ids.at(1)}).value(), QStringList{ids.at(1)});
        QVERIFY(!GenerationService::release(db, ids.at(1), QStringLiteral("desk-2")).value());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_costs WHERE generation_id = '%1' AND kind = 'refund'").arg(ids.at(1))), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM ai_costs WHERE generation_id = '%1' AND kind = 'charge'").arg(ids.at(1))), 0);
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 4); // job 3 alone holds its credits

        // An error half-way (the database refuses job 3's refund): job 0's twin, cancelled first, stays queued too.
        const QString first = GenerationService::enqueue(db, priced(QStringLiteral("job 4"), 4))->id;
        refuseInserts(db, QStringLiteral("ai_costs"), QStringLiteral("NEW.generation_id = '%1' AND NEW.kind = 'refund'").arg(ids.at(3)),
                      QStringLiteral("NEW.generation_id = '%1' AND NEW.kind = 'refund'").arg(ids.at(3)));
        auto refused = StudioActions::cancelMany(db, {first, ids.at(3)});
        QVERIFY(!refused);
        QCOMPARE(GenerationService::get(db, first)->status, QStringLiteral("pending"));
        QCOMPARE(GenerationService::get(db, ids.at(3))->status, QStringLiteral("pending"));
        QCOMPARE(StudioActions::balance(db, m_brand)->reserved, 8);
        QCOMPARE(StudioActions::cancelMany(db, {})->changed(), 0);
    }

    void cancelWaitsForAClaimInFlight_data() { ScratchDatabase::addDialectRows(); }
    void cancelWaitsForAClaimInFlight()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const QString id = GenerationService::enqueue(db, priced(QStringLiteral("contested")))->id;
        // A desktop is taking the job: its claim is written, not yet committed, when the cancel starts.
        exec(db, SqlDialect::of(db).isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
        QVERIFY(GenerationService::claim(db, id, QStringLiteral("desk-2"), 60000).value());
        const DatabaseUrl url = scratch.url();
        QFuture<Result<Cancellation>> cancelling = QtConcurrent::run([url, id]() -> Result<Cancellation> {
            auto conn = Database::open(url);
            if (!conn)
                return conn.error();
            return StudioActions::cancelMany(conn.value(), {id});
        });
        if (!SqlDialect::of(db).isSqlite()) // the cancel reads the job under a lock, so it waits for the claim
            QTRY_VERIFY_WITH_TIMEOUT(scalar(db, QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) > 0, 20000);
        exec(db, QStringLiteral("COMMIT"));
        QTRY_VERIFY_WITH_TIMEOUT(cancelling.isFinished(), 20000);
        const Result<Cancellation> done = cancelling.result();
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->interrupted, QStringList{id});
        QCOMPARE(done->cancelled, QStringList{});
        QCOMPARE(GenerationService::get(db, id)->status, QStringLiteral("canceled"));
    }

    void clearCache_data() { ScratchDatabase::addDialectRows(); }
    void clearCache()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const Generation original = rendered(db, scratch.url(), QStringLiteral("a blue teapot"));
        QCOMPARE(original.status, QStringLiteral("completed"));
        QVERIFY(AssetStore::get(db, m_brand, original.resultSha256)); // now on this desktop's disk too
        const qint64 answerable = GenerationService::cacheStats(db, m_brand)->bytes;
        QVERIFY(answerable > 0);
        QVERIFY(AssetStore::cacheBytes() > 0);
        QVERIFY(rendered(db, scratch.url(), QStringLiteral("a blue teapot")).cached); // the same request: from the cache

        QCOMPARE(StudioActions::clearCache(db, m_brand, -1).error().message, QStringLiteral("The age must be 0 days or more; -1 was asked."));
        QVERIFY(!StudioActions::clearCache(db, QString(), 0));
        auto recent = StudioActions::clearCache(db, m_brand, 30); // nothing that old
        QVERIFY(recent);
        QCOMPARE(recent->removed, 0);
        QCOMPARE(recent->resultBytesFreed, 0);
        QCOMPARE(GenerationService::cacheStats(db, m_brand)->bytes, answerable);

        auto cleared = StudioActions::clearCache(db, m_brand, 0);
        QVERIFY2(cleared, qPrintable(cleared ? QString() : cleared.error().message));
        QCOMPARE(cleared->removed, 1);
        QCOMPARE(cleared->resultBytesFreed, answerable);
        QVERIFY(cleared->diskBytesFreed > 0);
        QCOMPARE(GenerationService::cacheStats(db, m_brand)->bytes, 0);
        QCOMPARE(AssetStore::cacheBytes(), 0);
        // The same request is made again, and paid for again.
        auto again = GenerationService::enqueue(db, GenerationService::requestOf(original));
        QVERIFY(again);
        QVERIFY(!again->cached);

        QVERIFY(AssetStore::get(db, m_brand, original.resultSha256)); // on the disk again
        const DiskClearing disk = StudioActions::clearDiskCache();
        QVERIFY(disk.freed > 0);
        QCOMPARE(disk.left, 0);
    }

    void filesAreWrittenWholeAndPrivate_data() { ScratchDatabase::addDialectRows(); }
    void filesAreWrittenWholeAndPrivate()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const Generation g = rendered(db, scratch.url(), QStringLiteral("a red door"));
        const QByteArray bytes = AssetStore::get(db, m_brand, g.resultSha256).value();
        QTemporaryDir out;
        ::umask(022); // what most desktops have: new files readable by all, unless the writer says otherwise

        // To a file: exactly the result, owner-only.
        const QString named = out.filePath(QStringLiteral("door.png"));
        auto saved = StudioActions::saveResult(db, g.id, named);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved.value(), named);
        QCOMPARE(modeOf(named), mode_t(0600));
        QFile written(named);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), bytes);
        written.close();

        // To a folder: named by the generation and what the bytes are.
        auto inFolder = StudioActions::saveResult(db, g.id, out.path());
        QVERIFY(inFolder);
        QCOMPARE(inFolder.value(), QDir(out.path()).filePath(g.id.left(8) + QStringLiteral(".png")));
        QCOMPARE(StudioActions::resultFileName(g.id, bytes), g.id.left(8) + QStringLiteral(".png"));

        // Over a file others could read: replaced whole (a new file renamed over it: what was open still reads the old
        // bytes, never a half-written mix) and private now.
        const QString old = out.filePath(QStringLiteral("old.png"));
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the old picture");
        }
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile before(old);
        QVERIFY(before.open(QIODevice::ReadOnly));
        QVERIFY(StudioActions::writePrivateFile(old, bytes));
        QCOMPARE(before.readAll(), QByteArray("the old picture"));
        QCOMPARE(modeOf(old), mode_t(0600));
        QFile after(old);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        // Nothing left beside the files written.
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);

        // What cannot be written is said, naming the place, and nothing is left.
        const QString missing = out.filePath(QStringLiteral("no-such-folder/door.png"));
        auto refused = StudioActions::writePrivateFile(missing, bytes);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QDir::toNativeSeparators(missing) + QStringLiteral(" cannot be written: ")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!StudioActions::writePrivateFile(QString(), bytes));

        // A generation without a result, and a picture asked for as a 3D model.
        const QString pending = GenerationService::enqueue(db, priced(QStringLiteral("a chair"), 1))->id;
        auto nothing = StudioActions::saveResult(db, pending, out.path());
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().message, QStringLiteral("Generation %1 has no result to save yet: it is still queued or running.").arg(pending));
        QCOMPARE(StudioActions::writeModelFile(db, g).error().message, QStringLiteral("The result of this generation is not a 3D model (GLB)."));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestStudioActions test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studioactions.moc"
