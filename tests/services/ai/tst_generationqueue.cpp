#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/assetstore.h"
#include "ai/brandpolicy.h"
#include "security/watermark.h"
#include "ai/glbmesh.h"
#include "ai/providers/imageprovider.h"
#include "ai/providersettings.h"
#include "collaboration/resources.h"
#include "collaboration/useradmin.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "studiofixture.h"
#include "testimages.h"

#include <QBuffer>
#include <QImageReader>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

const QString kImages = QStringLiteral("/v1/images/generations");

QByteArray ok()
{
    return ProviderAnswers::openAiImages({samplePng()});
}

/// What OpenAI would refuse in the calls \a fake received: another key, a body without prompt or model.
QStringList problemsOf(const FakeProvider &fake)
{
    QStringList problems;
    for (const FakeRequest &r : fake.requests()) {
        if (r.header("Authorization") != "Bearer sk-queue-test")
            problems.append(QStringLiteral("authorization: ") + QString::fromLatin1(r.header("Authorization")));
        if (r.json().value(QLatin1String("prompt")).toString().isEmpty() || r.json().value(QLatin1String("model")).toString().isEmpty())
            problems.append(QStringLiteral("body without prompt or model"));
    }
    return problems;
}

struct Ledger
{
    int reserve = 0, charge = 0, refund = 0, rows = 0;
};

Ledger ledgerOf(const QSqlDatabase &db, const QString &generationId)
{
    Ledger l;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind, credits FROM ai_costs WHERE generation_id = ?"));
    q.addBindValue(generationId);
    q.exec();
    while (q.next()) {
        ++l.rows;
        (q.value(0).toString() == QLatin1String("reserve") ? l.reserve : q.value(0).toString() == QLatin1String("charge") ? l.charge : l.refund) +=
            q.value(1).toInt();
    }
    return l;
}

} // namespace

/// The generation queue end to end against loopback providers: retries, failures, cancel, quota, cache, restart.
class TestGenerationQueue final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_brand = QStringLiteral("brand-q");

    static QSqlDatabase prepare(const ScratchDatabase &scratch) { return StudioFixture::prepare(scratch.url()); }

    void configure(const QString &base, int attempts = 3, int timeoutSeconds = 5)
    {
        QVERIFY(StudioFixture::useProvider(QStringLiteral("openai"), base, QStringLiteral("sk-queue-test"), attempts, timeoutSeconds));
    }

    GenerationRequest request(const QString &prompt, const QString &provider = QStringLiteral("openai"))
    {
        GenerationRequest r;
        r.brandId = m_brand;
        r.provider = provider;
        r.model = provider == QLatin1String("openai") ? QStringLiteral("dall-e-3") : QStringLiteral("offline-preview");
        r.prompt = prompt;
        r.seed = 42;
        return r;
    }

    static GenerationQueue::Options options(const ScratchDatabase &scratch) { return StudioFixture::queueOptions(scratch.url()); }

    static Generation waitFinished(const QSqlDatabase &db, const QString &id, int timeoutMs = 20000)
    {
        Generation g;
        (void)QTest::qWaitFor(
            [&] {
                g = GenerationService::get(db, id).value();
                return g.isFinished();
            },
            timeoutMs);
        return g;
    }

private slots:
    void initTestCase()
    {
        StudioFixture::isolateDesktop(m_home.path());
    }

    void apiKeyStoredEncrypted()
    {
        configure(QStringLiteral("http://127.0.0.1:1"));
        QFile file(ProviderSettings::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(!saved.contains("sk-queue-test"));
        QVERIFY(saved.contains("enc:v1:"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(ProviderSettings::config(QStringLiteral("openai"))->hasKey);
        QVERIFY(ProviderSettings::client(QStringLiteral("openai")));
        // A file the key was not made for says so instead of sending garbage to the provider.
        QFile key(m_home.filePath(QStringLiteral("config/Atelier/Atelier/data.key")));
        QVERIFY2(key.exists(), qPrintable(key.fileName()));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray original = key.readAll();
        key.close();
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(QByteArray(32, 'k').toBase64());
        key.close();
        auto broken = ProviderSettings::client(QStringLiteral("openai"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QLatin1String("--api-key-stdin")), qPrintable(broken.error().message));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(original);
        key.close();
        QVERIFY(ProviderSettings::client(QStringLiteral("openai")));
        // Bad settings are refused whole.
        ProviderConfig bad = ProviderSettings::config(QStringLiteral("openai")).value();
        bad.baseUrl = QStringLiteral("ftp://example.com");
        QVERIFY(!ProviderSettings::save(bad));
        QCOMPARE(ProviderSettings::config(QStringLiteral("openai"))->baseUrl, QStringLiteral("http://127.0.0.1:1"));
    }

    void retriesHonourRetryAfterAndChargeOnce_data() { ScratchDatabase::addDialectRows(); }
    void retriesHonourRetryAfterAndChargeOnce()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        fake.script("POST", kImages,
                    {FakeAnswer{429, ProviderAnswers::openAiError("rate_limit_exceeded", "slow down")}.withHeader("Retry-After", "1"),
                     {500, ProviderAnswers::openAiError("server_error", "oops")}, {200, ok()}});
        configure(fake.base(), 3);
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a chair")));
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QCOMPARE(g->status, QStringLiteral("pending"));
        QCOMPARE(g->credits, 4);
        GenerationQueue queue(options(scratch));
        queue.start();
        const Generation done = waitFinished(db, g->id);
        queue.stop();
        QCOMPARE(done.status, QStringLiteral("completed"));
        QCOMPARE(done.attempts, 3);
        QCOMPARE(fake.count("POST", kImages), 3);
        QVERIFY2(problemsOf(fake).isEmpty(), qPrintable(problemsOf(fake).join(QLatin1String("; "))));
        QVERIFY2(fake.requests().at(1).atMs - fake.requests().at(0).atMs >= 950, "Retry-After: 1 was not honoured");
        QVERIFY(!done.resultSha256.isEmpty());
        QVERIFY(!done.thumbnailSha256.isEmpty());
        QVERIFY(done.quality && *done.quality > 0 && *done.quality <= 100);
        const Ledger l = ledgerOf(db, done.id);
        QCOMPARE(l.reserve, 4);
        QCOMPARE(l.charge, 4);
        QCOMPARE(l.refund, 0);
        QCOMPARE(l.rows, 2);

        // The same request again: from the cache, no call, no credit.
        auto again = GenerationService::enqueue(db, request(QStringLiteral("  A CHAIR ")));
        QVERIFY(again);
        QCOMPARE(again->status, QStringLiteral("completed"));
        QVERIFY(again->cached);
        QCOMPARE(again->credits, 0);
        QCOMPARE(again->resultSha256, done.resultSha256);
        QCOMPARE(fake.count("POST", kImages), 3);
        const CacheStats stats = GenerationService::cacheStats(db, m_brand).value();
        QCOMPARE(stats.hits, 1);
        QCOMPARE(stats.misses, 1);
        QCOMPARE(stats.creditsSaved, 4);
        QVERIFY(stats.bytes > 0);
        QCOMPARE(GenerationService::clearCache(db, m_brand).value(), 1);
        auto third = GenerationService::enqueue(db, request(QStringLiteral("a chair")));
        QVERIFY(third);
        QCOMPARE(third->status, QStringLiteral("pending"));
        QVERIFY(GenerationService::cancel(db, third->id).value());
    }

    void creditsExactAfterEveryFailure_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("words");
        for (const char *dialect : {"sqlite", "postgresql"}) {
            auto row = [&](const char *name, int status, const QByteArray &body, int attempts, const char *words) {
                QTest::addRow("%s %s", dialect, name) << QString::fromLatin1(dialect) << status << body << attempts << QString::fromLatin1(words);
            };
            row("server error every time", 500, ProviderAnswers::openAiError("server_error", "down"), 3, "server");
            row("invalid key", 401, ProviderAnswers::openAiError("invalid_api_key", "bad key"), 1, "key");
            row("no credits", 429, ProviderAnswers::openAiError("insufficient_quota", "no money"), 1, "credit");
            row("content filtered", 400, ProviderAnswers::openAiError("content_policy_violation", "refused"), 1, "content");
            row("not json", 200, "<html>gateway</html>", 1, "");
            row("timeout", -1, {}, 3, "");
        }
    }
    void creditsExactAfterEveryFailure()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, attempts);
        QFETCH(QString, words);
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        SilentServer silent;
        if (status >= 0)
            fake.answer("POST", kImages, {status, body});
        configure(status < 0 ? silent.base() : fake.base(), 3, 1);
        const QString me = Collaboration::currentUserId(db).value();
        QVERIFY(GenerationService::setQuota(db, me, m_brand, 100));
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a lamp")));
        QVERIFY(g);
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 4);
        GenerationQueue queue(options(scratch));
        queue.start();
        const Generation done = waitFinished(db, g->id, 30000);
        queue.stop();
        QCOMPARE(done.status, QStringLiteral("failed"));
        QCOMPARE(done.attempts, attempts);
        if (status >= 0)
            QCOMPARE(fake.count("POST", kImages), attempts);
        QVERIFY(!done.error.isEmpty());
        QVERIFY2(done.error.contains(words, Qt::CaseInsensitive), qPrintable(done.error));
        const Ledger l = ledgerOf(db, done.id);
        QCOMPARE(l.reserve, 4);
        QCOMPARE(l.refund, 4);
        QCOMPARE(l.charge, 0);
        const CreditBalance b = GenerationService::credits(db, me, m_brand).value();
        QCOMPARE(b.used, 0);
        QCOMPARE(b.reserved, 0);
        QCOMPARE(*b.monthlyCredits, 100);
    }

    void cancelInterruptsAndRefunds_data() { ScratchDatabase::addDialectRows(); }
    void cancelInterruptsAndRefunds()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        SilentServer silent;
        configure(silent.base(), 3, 60);
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a slow vase")));
        QVERIFY(g);
        GenerationQueue queue(options(scratch));
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db, g->id)->status, QStringLiteral("processing"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!silent.sockets().isEmpty(), 5000);
        QElapsedTimer t;
        t.start();
        QVERIFY(queue.cancel(g->id));
        QTRY_VERIFY_WITH_TIMEOUT(silent.sockets().first()->state() != QAbstractSocket::ConnectedState, 5000);
        QVERIFY2(t.elapsed() < 5000, "the call in flight was not interrupted");
        queue.stop();
        QCOMPARE(GenerationService::get(db, g->id)->status, QStringLiteral("canceled"));
        const Ledger l = ledgerOf(db, g->id);
        QCOMPARE(l.reserve, 4);
        QCOMPARE(l.refund, 4);
        QCOMPARE(l.charge, 0);
        QVERIFY(!GenerationService::cancel(db, g->id).value()); // finished: nothing to cancel, nothing refunded twice
        QCOMPARE(ledgerOf(db, g->id).rows, 2);
    }

    /// A damaged parameters column (invalid text on SQLite; jsonb of the wrong type on PostgreSQL) is an error naming the
    /// generation, in a listing as in a single read, not parameters silently read as {}.
    void damagedParametersNameTheRow_data() { ScratchDatabase::addDialectRows(); }
    void damagedParametersNameTheRow()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a damaged vase"), QStringLiteral("offline")));
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QVERIFY(GenerationService::list(db, m_brand).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE ai_generations SET parameters = %1 WHERE id = '%2'")
                           .arg(dialect == QLatin1String("sqlite") ? QStringLiteral("'{\"width\": 12'") : QStringLiteral("'[1]'"), g->id)));
        for (const auto &damaged : {GenerationService::list(db, m_brand), GenerationService::byIds(db, {g->id})}) {
            QVERIFY(!damaged.ok());
            QVERIFY2(damaged.error().message.contains(g->id) && damaged.error().message.contains(QLatin1String("parameters")),
                     qPrintable(damaged.error().message));
        }
        const auto one = GenerationService::get(db, g->id);
        QVERIFY(!one.ok());
        QVERIFY2(one.error().message.contains(g->id), qPrintable(one.error().message));
    }

    void quotaRefusedBeforeAnyCall_data() { ScratchDatabase::addDialectRows(); }
    void quotaRefusedBeforeAnyCall()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        fake.answer("POST", kImages, {200, ok()});
        configure(fake.base());
        const QString me = Collaboration::currentUserId(db).value();
        QVERIFY(GenerationService::setQuota(db, me, m_brand, 10));
        QVERIFY(GenerationService::enqueue(db, request(QStringLiteral("one"))));
        QVERIFY(GenerationService::enqueue(db, request(QStringLiteral("two"))));
        auto third = GenerationService::enqueue(db, request(QStringLiteral("three")));
        QVERIFY(!third);
        QCOMPARE(third.error().message, QStringLiteral("Quota exceeded: 0 of 10 credits used this month, 8 held by queued jobs; this "
                                                       "generation needs 4."));
        QCOMPARE(fake.count(), 0);
        QCOMPARE(GenerationService::list(db, m_brand)->size(), 2);
        GenerationQueue queue(options(scratch));
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::list(db, m_brand, QStringLiteral("completed"))->size(), 2, 20000);
        queue.stop();
        const CreditBalance b = GenerationService::credits(db, me, m_brand).value();
        QCOMPARE(b.used, 8);
        QCOMPARE(b.reserved, 0);
        auto fourth = GenerationService::enqueue(db, request(QStringLiteral("four")));
        QVERIFY(!fourth);
        QVERIFY(fourth.error().message.startsWith(QLatin1String("Quota exceeded: 8 of 10 credits used this month")));
        // The offline renderer costs nothing and is never refused.
        QVERIFY(GenerationService::enqueue(db, request(QStringLiteral("free"), QStringLiteral("offline"))));
    }

    void resumesAfterCrashWithoutChargingTwice_data() { ScratchDatabase::addDialectRows(); }
    void resumesAfterCrashWithoutChargingTwice()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        SilentServer silent;
        configure(silent.base(), 3, 60);
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a table")));
        QVERIFY(g);
        // Another desktop takes the job and dies in the middle of the provider call.
        QProcess desktop;
        desktop.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desktop.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--database"),
                                                       scratch.url().toString()});
        QVERIFY(desktop.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db, g->id)->status, QStringLiteral("processing"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!silent.sockets().isEmpty(), 10000);
        ::kill(pid_t(desktop.processId()), SIGKILL);
        QVERIFY(desktop.waitForFinished());
        QCOMPARE(GenerationService::get(db, g->id)->status, QStringLiteral("processing"));
        // Its lease runs out (a minute, here made to have passed).
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE ai_generations SET lease_until = ? WHERE id = ?"));
        q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc().addSecs(-1)));
        q.addBindValue(g->id);
        QVERIFY(q.exec());

        FakeProvider fake;
        fake.answer("POST", kImages, {200, ok()});
        configure(fake.base(), 3, 5);
        GenerationQueue queue(options(scratch));
        queue.start();
        const Generation done = waitFinished(db, g->id);
        queue.stop();
        QCOMPARE(done.status, QStringLiteral("completed"));
        QCOMPARE(done.attempts, 2);
        QCOMPARE(fake.count("POST", kImages), 1);
        const Ledger l = ledgerOf(db, done.id);
        QCOMPARE(l.reserve, 4);
        QCOMPARE(l.charge, 4);
        QCOMPARE(l.rows, 2);
        // Completing it again (a late answer from the dead desktop) is refused: nothing moves, nothing is charged.
        QVERIFY(!GenerationService::fail(db, done.id, QStringLiteral("ghost"), Error{QStringLiteral("late"), {}}, 0).value());
        QCOMPARE(ledgerOf(db, done.id).rows, 2);
        // The API key is in no log and no audit row.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM security_audits WHERE CAST(metadata AS TEXT) LIKE '%sk-queue%'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void offline3dKeepsTheModelAndAPreview_data() { ScratchDatabase::addDialectRows(); }
    void offline3dKeepsTheModelAndAPreview()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        GenerationRequest r = request(QStringLiteral("a terracotta vase"), QStringLiteral("offline"));
        r.type = QStringLiteral("3d");
        r.model = QStringLiteral("offline-preview");
        QVERIFY(!GenerationService::enqueue(db, r)); // a 2d model does not make 3d results
        r.model = QStringLiteral("offline-3d");
        auto g = GenerationService::enqueue(db, r);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {g->id}));
        const Generation done = GenerationService::get(db, g->id).value();
        QCOMPARE(done.status, QStringLiteral("completed"));
        auto glb = AssetStore::get(db, done.brandId, done.resultSha256);
        QVERIFY(glb);
        QVERIFY(GlbMesh::looksLikeGlb(glb.value()));
        QVERIFY(std::holds_alternative<GlbMesh>(GlbMesh::read(glb.value())));
        const QString preview = done.parameters.value(QLatin1String("result")).toObject().value(QLatin1String("preview")).toString();
        const QImage image = QImage::fromData(AssetStore::get(db, done.brandId, preview).value());
        QCOMPARE(image.size(), QSize(512, 512));
        QCOMPARE(QImage::fromData(AssetStore::get(db, done.brandId, done.thumbnailSha256).value()).width(), 256);

        // A provider's 3d model starts from a completed 2d generation of the brand.
        GenerationRequest paid = request(QStringLiteral("a vase"));
        paid.type = QStringLiteral("3d");
        paid.provider = QStringLiteral("stability");
        paid.model = QStringLiteral("stable-fast-3d");
        auto refused = GenerationService::enqueue(db, paid);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("--param source=ID")));
        paid.parameters.insert(QStringLiteral("source"), done.id); // a 3d result is no source
        QVERIFY(!GenerationService::enqueue(db, paid));
    }

    void offlineAnimationIsALoopingGif_data() { ScratchDatabase::addDialectRows(); }
    void offlineAnimationIsALoopingGif()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        GenerationRequest r = request(QStringLiteral("a spinning top"), QStringLiteral("offline"));
        r.type = QStringLiteral("animation");
        r.model = QStringLiteral("offline-animation");
        r.width = 320;
        r.height = 200;
        auto g = GenerationService::enqueue(db, r);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {g->id}));
        const Generation done = GenerationService::get(db, g->id).value();
        QCOMPARE(done.status, QStringLiteral("completed"));
        QCOMPARE(done.parameters.value(QLatin1String("result")).toObject().value(QLatin1String("frames")).toInt(), 12);
        const QByteArray gif = AssetStore::get(db, done.brandId, done.resultSha256).value();
        QVERIFY(gif.startsWith("GIF89a"));
        QBuffer buffer;
        buffer.setData(gif);
        QImageReader reader(&buffer);
        QCOMPARE(reader.imageCount(), 12);
        QCOMPARE(reader.size(), QSize(320, 200));
        // Stability makes no animations: refused by the provider, failed and refunded like any refusal.
        GenerationRequest stability = request(QStringLiteral("a spinning top"));
        stability.type = QStringLiteral("animation");
        stability.provider = QStringLiteral("stability");
        stability.model = QStringLiteral("stable-image-core");
        QVERIFY(!GenerationService::enqueue(db, stability)); // a 2d model does not make animations
    }

    void brandPolicyWatermarksResults_data() { ScratchDatabase::addDialectRows(); }
    void brandPolicyWatermarksResults()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        QVERIFY(!BrandPolicy::set(db, {m_brand, QStringLiteral("loud"), {}}));
        QCOMPARE(BrandPolicy::get(db, m_brand)->watermark, QStringLiteral("none"));
        QVERIFY(BrandPolicy::set(db, {m_brand, QStringLiteral("visible"), QStringLiteral("Queue · AI")}));
        GenerationRequest r = request(QStringLiteral("a harbour"), QStringLiteral("offline"));
        r.width = 320;
        r.height = 320;
        auto g = GenerationService::enqueue(db, r);
        QVERIFY(g);
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {g->id}));
        const Generation done = GenerationService::get(db, g->id).value();
        QCOMPARE(done.status, QStringLiteral("completed"));
        QCOMPARE(done.parameters.value(QLatin1String("result")).toObject().value(QLatin1String("watermark")).toObject()
                     .value(QLatin1String("kind")).toString(),
                 QStringLiteral("visible"));
        // The stored result carries the mark, and names its generation.
        const QString file = m_home.filePath(QStringLiteral("harbour.png"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(AssetStore::get(db, done.brandId, done.resultSha256).value());
        out.close();
        auto found = Watermarks::detect(db, file);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QVERIFY(!found->isEmpty());
        QCOMPARE(found->first().resourceType, QStringLiteral("ai_generation"));
        QCOMPARE(found->first().resourceId, done.id);
    }

    /// PostgreSQL, as the people who use it: an editor queues, runs and pays for generations under the quota an
    /// admin set, and can neither raise that quota nor rewrite the ledger; a viewer cannot queue.
    void membersOnPostgresql()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        {
            QSqlDatabase admin = prepare(scratch);
            const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
            const QString editor = QStringLiteral("ed_") + suffix, viewer = QStringLiteral("vi_") + suffix;
            const QString password = QStringLiteral("correct horse ") + suffix;
            QVERIFY(UserAdmin::add(admin, editor, m_brand, QStringLiteral("editor"), password));
            QVERIFY(UserAdmin::add(admin, viewer, m_brand, QStringLiteral("viewer"), password));
            QVERIFY(GenerationService::setQuota(admin, Collaboration::userIdOf(admin, editor).value(), m_brand, 5));
            auto urlOf = [&](const QString &user) {
                DatabaseUrl url = scratch.url();
                url.user = user;
                url.password = password;
                return url;
            };
            auto ed = Database::open(urlOf(editor), Database::OpenMode::MustExist);
            QVERIFY2(ed, qPrintable(ed ? QString() : ed.error().message));
            FakeProvider fake;
            fake.answer("POST", kImages, {200, ok()});
            configure(fake.base());
            auto first = GenerationService::enqueue(ed.value(), request(QStringLiteral("a kite")));
            QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
            auto second = GenerationService::enqueue(ed.value(), request(QStringLiteral("a second kite")));
            QVERIFY(!second);
            QVERIFY2(second.error().message.startsWith(QLatin1String("Quota exceeded: 0 of 5 credits used this month, 4 held")),
                     qPrintable(second.error().message));
            GenerationQueue::Options options = this->options(scratch);
            options.url = urlOf(editor);
            {
                GenerationQueue queue(options);
                queue.start();
                QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(ed.value(), first->id)->status, QStringLiteral("completed"), 20000);
            }
            const CreditBalance b = GenerationService::credits(ed.value(), Collaboration::currentUserId(ed.value()).value(), m_brand).value();
            QCOMPARE(b.used, 4);
            QCOMPARE(b.reserved, 0);
            QCOMPARE(*b.monthlyCredits, 5);
            // The quota and the ledger are not the editor's to change.
            QVERIFY(!GenerationService::setQuota(ed.value(), Collaboration::currentUserId(ed.value()).value(), m_brand, 1000));
            QSqlQuery q(ed.value());
            QVERIFY(q.exec(QStringLiteral("UPDATE user_quotas SET credits_used = 0")));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ai_costs")));
            QCOMPARE(q.numRowsAffected(), 0);
            QCOMPARE(GenerationService::credits(admin, Collaboration::userIdOf(admin, editor).value(), m_brand)->used, 4);
            // A viewer sees the generation but cannot queue one.
            auto vi = Database::open(urlOf(viewer), Database::OpenMode::MustExist);
            QVERIFY(vi);
            QCOMPARE(GenerationService::get(vi.value(), first->id)->status, QStringLiteral("completed"));
            QVERIFY(!GenerationService::enqueue(vi.value(), request(QStringLiteral("a viewer's kite"), QStringLiteral("offline"))));
        }
        Database::closeThreadConnections(); // the people's connections, before the database is dropped
    }

    /// A Replicate prediction started by an attempt that crashed is followed on resume, not made (and paid) again.
    void resumedReplicatePredictionIsNotMadeAgain_data() { ScratchDatabase::addDialectRows(); }
    void resumedReplicatePredictionIsNotMadeAgain()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider replicate;
        const QString base = replicate.base();
        auto prediction = [&](const QString &id) {
            const QString url = base + QStringLiteral("/v1/predictions/") + id;
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("status"), QStringLiteral("succeeded")},
                               {QStringLiteral("output"), QJsonArray{replicate.url(QStringLiteral("/files/out.png"))}},
                               {QStringLiteral("urls"), QJsonObject{{QStringLiteral("get"), url}, {QStringLiteral("cancel"), url + QStringLiteral("/cancel")}}}};
        };
        const QString create = QStringLiteral("/v1/models/black-forest-labs/flux-schnell/predictions");
        replicate.route("POST", create, [&](const FakeRequest &) {
            return FakeAnswer::json(prediction(QStringLiteral("fresh%1").arg(replicate.count("POST", create))), 201);
        });
        replicate.route("GET", QStringLiteral("/v1/predictions/*"), [&](const FakeRequest &r) { return FakeAnswer::json(prediction(r.segment(2))); });
        replicate.answer("GET", QStringLiteral("/files/out.png"), FakeAnswer::bytes(samplePng(), "image/png"));
        QVERIFY(StudioFixture::useProvider(QStringLiteral("replicate"), base, QStringLiteral("r8-test")));

        GenerationRequest r = request(QStringLiteral("a fox"), QStringLiteral("replicate"));
        r.model = QStringLiteral("black-forest-labs/flux-schnell");
        auto crashed = GenerationService::enqueue(db, r);
        QVERIFY(crashed);
        // What a desktop that died after starting prediction p1 leaves behind.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'processing', attempts = 1, claimed_by = 'dead', lease_until = ?, "
                                 "provider_job_id = 'p1' WHERE id = ?"));
        q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc().addSecs(-5)));
        q.addBindValue(crashed->id);
        QVERIFY(q.exec());
        r.prompt = QStringLiteral("a second fox");
        auto fresh = GenerationService::enqueue(db, r);
        QVERIFY(fresh);
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {crashed->id, fresh->id}));
        const Generation resumed = GenerationService::get(db, crashed->id).value();
        QCOMPARE(resumed.status, QStringLiteral("completed"));
        QCOMPARE(resumed.parameters.value(QLatin1String("result")).toObject().value(QLatin1String("prediction")).toString(), QStringLiteral("p1"));
        QCOMPARE(replicate.count("POST", create), 1); // the fresh job's only
        QCOMPARE(GenerationService::get(db, fresh->id)->providerJobId, QStringLiteral("fresh1"));
        QVERIFY(replicate.count("GET", QStringLiteral("/v1/predictions/p1")) >= 1);
    }

    void stopGivesJobsBack_data() { ScratchDatabase::addDialectRows(); }
    void stopGivesJobsBack()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        SilentServer silent;
        configure(silent.base(), 3, 60);
        auto g = GenerationService::enqueue(db, request(QStringLiteral("a rug")));
        QVERIFY(g);
        {
            GenerationQueue queue(options(scratch));
            queue.start();
            QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db, g->id)->status, QStringLiteral("processing"), 10000);
        } // the desktop closes: the job goes back, its attempt not counted
        const Generation back = GenerationService::get(db, g->id).value();
        QCOMPARE(back.status, QStringLiteral("pending"));
        QCOMPARE(back.attempts, 0);
        QCOMPARE(ledgerOf(db, g->id).rows, 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the offline renderer draws text
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestGenerationQueue test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_generationqueue.moc"
