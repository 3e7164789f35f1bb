#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/providersettings.h"
#include "ai/queuemodel.h"
#include "ai/trainingservice.h"
#include "core/database.h"
#include "core/language.h"
#include "core/migrator.h"
#include "core/result.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

QByteArray openAiError(const char *code, const char *message)
{
    return ProviderAnswers::openAiError(QByteArray(code), QByteArray(message));
}

/// The error_code column of a row as stored (NULL as "<null>").
QString storedCode(const QSqlDatabase &db, const QString &table, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT error_code FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return QStringLiteral("<no row: %1>").arg(q.lastError().text());
    return q.isNull(0) ? QStringLiteral("<null>") : q.value(0).toString();
}

/// What the queue's table says of a job's problem.
QString shownProblem(const Generation &g)
{
    QueueModel model;
    model.setRows({g});
    return model.data(model.index(0, QueueModel::ErrorColumn)).toString();
}

} // namespace

/// Failures keep a code beside their sentence (ai_generations.error_code, ai_custom_models.error_code), so that the
/// queue's table explains a failure met on a French desktop as well as one met on an English one.
class TestErrorCodes final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static void configureOpenAi(const QString &base, int timeoutSeconds = 5)
    {
        ProviderConfig c = ProviderSettings::config(QStringLiteral("openai")).value();
        c.baseUrl = base;
        c.maxAttempts = 1; // a passing failure fails at once: what is kept is the last attempt's
        c.timeoutSeconds = timeoutSeconds;
        c.perMinute = 6000;
        c.burst = 50;
        QVERIFY(ProviderSettings::save(c, QStringLiteral("sk-errors-test")));
    }

    static GenerationRequest request(const QString &provider, const QString &model)
    {
        GenerationRequest r;
        r.brandId = QStringLiteral("brand-q");
        r.provider = provider;
        r.model = model;
        r.prompt = QStringLiteral("a lamp on a desk");
        r.seed = 7;
        return r;
    }

    /// Queues \a r, runs the queue until the job ends, and returns it as stored.
    static Generation runToTheEnd(const ScratchDatabase &scratch, const QSqlDatabase &db, const GenerationRequest &r)
    {
        auto g = GenerationService::enqueue(db, r);
        if (!g)
            qFatal("%s", qPrintable(g.error().message));
        GenerationQueue::Options o;
        o.url = scratch.url();
        o.pollMs = 50;
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 100;
        GenerationQueue queue(o);
        queue.start();
        Generation done;
        (void)QTest::qWaitFor(
            [&] {
                done = GenerationService::get(db, g->id).value();
                return done.isFinished();
            },
            20000);
        queue.stop();
        return done;
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void migrationRoundTrips_data() { ScratchDatabase::addDialectRows(); }
    void migrationRoundTrips()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const int latest = Migrator::latestVersion(SqlDialect::of(db));
        QVERIFY(latest >= 13);
        QCOMPARE(Migrator::currentVersion(db).value(), latest);
        auto verified = Migrator::verify(db);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
        auto again = Migrator::migrate(db);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->applied.isEmpty());

        // A job that did not fail has no code; a code is a stable identifier, and the database refuses anything else.
        auto g = GenerationService::enqueue(db, request(QStringLiteral("offline"), QStringLiteral("offline-preview")));
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QCOMPARE(storedCode(db, QStringLiteral("ai_generations"), g->id), QStringLiteral("<null>"));
        QCOMPARE(g->errorCode, ErrorCode::Unspecified);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE ai_generations SET error_code = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("Rate limited"));
        q.addBindValue(g->id);
        QVERIFY(!q.exec());
        q.prepare(QStringLiteral("UPDATE ai_generations SET error_code = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("rate_limited"));
        q.addBindValue(g->id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(GenerationService::get(db, g->id)->errorCode, ErrorCode::RateLimited);
        QVERIFY2(q.exec(QStringLiteral("SELECT error, error_code FROM ai_custom_models WHERE id = 'none'")), qPrintable(q.lastError().text()));
    }

    /// Each failure a provider can answer with is stored with its code, on both databases, and the queue's table
    /// explains it from that code.
    void storedCodeOfEachFailure_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status"); // -1: no answer at all; -2: nothing listening
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("shown");
        for (const char *dialect : {"sqlite", "postgresql"}) {
            auto row = [&](const char *name, const char *provider, int status, const QByteArray &body, const char *code, const char *shown) {
                QTest::addRow("%s %s", dialect, name) << QString::fromLatin1(dialect) << QString::fromLatin1(provider) << status << body
                                                      << QString::fromLatin1(code) << QString::fromUtf8(shown);
            };
            row("401", "openai", 401, openAiError("invalid_api_key", "Incorrect API key provided"), "key_refused",
                "The API key was refused: check it in Providers.");
            row("429", "openai", 429, openAiError("rate_limit_exceeded", "Rate limit reached"), "rate_limited",
                "The provider kept limiting how fast we call it and the attempts ran out: retry the job later.");
            row("429 no money", "openai", 429, openAiError("insufficient_quota", "You exceeded your current quota"), "no_credits",
                "The account at the provider has no credits left: top it up with the provider.");
            row("500", "openai", 500, openAiError("server_error", "The server had an error"), "server_error",
                "The provider kept failing on its side and the attempts ran out: retry the job later.");
            row("timeout", "openai", -1, {}, "timeout",
                "The provider did not answer in time: retry the job later, or allow it longer in Providers.");
            row("unreachable", "openai", -2, {}, "network",
                "The provider could not be reached: check the network and the provider's address in Providers.");
            row("content policy", "openai", 400,
                openAiError("content_policy_violation", "Your request was rejected as a result of our safety system."), "unsafe",
                "The provider rejected the prompt as unsafe: reword it.");
            // A refusal whose details mention a network is still a refused request.
            row("400", "openai", 400, openAiError("invalid_value", "unknown network parameter"), "bad_request",
                "The provider refused the request as it was made: check the model and its settings.");
            row("not json", "openai", 200, "<html>gateway</html>", "unreadable",
                "The provider's answer could not be used: retry the job, or try another model.");
            row("no key", "stability", 0, {}, "no_key", "No usable API key is set for this provider: enter it in Providers.");
        }
    }
    void storedCodeOfEachFailure()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, shown);
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        FakeProvider fake;
        fake.setFallback(FakeAnswer{status, body});
        SilentServer silent;
        configureOpenAi(status == -1   ? silent.base()
                        : status == -2 ? QStringLiteral("http://127.0.0.1:%1").arg(unusedLocalPort())
                                       : fake.base(),
                        1);
        const Generation done = runToTheEnd(scratch, db, provider == QLatin1String("openai")
                                                             ? request(provider, QStringLiteral("dall-e-3"))
                                                             : request(provider, QStringLiteral("stable-image-core")));
        QCOMPARE(done.status, QStringLiteral("failed"));
        QVERIFY(!done.error.isEmpty());
        QCOMPARE(storedCode(db, QStringLiteral("ai_generations"), done.id), code);
        QCOMPARE(errorCodeName(done.errorCode), code);
        QCOMPARE(shownProblem(done), shown);
        QueueModel model;
        model.setRows({done});
        QCOMPARE(model.data(model.index(0, 0), QueueModel::ErrorCodeRole).toString(), code);
    }

    /// A passing failure keeps its code while the job waits to retry; a failure nothing classified keeps none.
    void serviceStoresTheCodeGiven_data() { ScratchDatabase::addDialectRows(); }
    void serviceStoresTheCodeGiven()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        configureOpenAi(QStringLiteral("http://127.0.0.1:1"));
        auto g = GenerationService::enqueue(db, request(QStringLiteral("openai"), QStringLiteral("dall-e-3")));
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        const QString worker = QStringLiteral("test-worker");
        QVERIFY(GenerationService::claim(db, g->id, worker, 60000).value());
        QVERIFY(GenerationService::retryLater(db, g->id, worker, Error{QStringLiteral("slow down"), {}, ErrorCode::RateLimited}, 0).value());
        Generation waiting = GenerationService::get(db, g->id).value();
        QCOMPARE(waiting.status, QStringLiteral("pending"));
        QCOMPARE(waiting.error, QStringLiteral("slow down"));
        QCOMPARE(waiting.errorCode, ErrorCode::RateLimited);
        QCOMPARE(storedCode(db, QStringLiteral("ai_generations"), g->id), QStringLiteral("rate_limited"));
        // Waiting to retry: the advice says the queue will try again, from the code.
        QCOMPARE(shownProblem(waiting), QStringLiteral("The provider is limiting how fast we call it; the job will retry automatically."));

        QVERIFY(GenerationService::claim(db, g->id, worker, 60000).value());
        QVERIFY(GenerationService::fail(db, g->id, worker, Error{QStringLiteral("The result could not be stored: disk full."), {}}, 0).value());
        const Generation failed = GenerationService::get(db, g->id).value();
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QCOMPARE(failed.errorCode, ErrorCode::Unspecified);
        QCOMPARE(storedCode(db, QStringLiteral("ai_generations"), g->id), QStringLiteral("<null>"));
        QCOMPARE(shownProblem(failed), QStringLiteral("The result could not be stored: disk full."));
    }

    /// On a French desktop the stored sentence is French, and its English words are gone: the code still says
    /// what happened, and the table gives the French advice for it.
    void frenchFailureClassifiedByItsCode_data() { ScratchDatabase::addDialectRows(); }
    void frenchFailureClassifiedByItsCode()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        SilentServer silent;
        configureOpenAi(silent.base(), 1);
        QVERIFY(Language::apply(QStringLiteral("fr")));
        const Generation done = runToTheEnd(scratch, db, request(QStringLiteral("openai"), QStringLiteral("dall-e-3")));
        QCOMPARE(done.status, QStringLiteral("failed"));
        QVERIFY2(done.error != QLatin1String("OpenAI did not answer in time."), qPrintable(done.error)); // stored in French
        QCOMPARE(done.errorCode, ErrorCode::Timeout);
        // The words alone no longer tell: read as text, the failure is unknown and shown as it was said.
        QCOMPARE(QueueModel::codeOfText(done.error), ErrorCode::Unspecified);
        QCOMPARE(QueueModel::explain(done.error, false), done.error.simplified());
        const QString advice =
            QueueModel::tr("The provider did not answer in time: retry the job later, or allow it longer in Providers.");
        QVERIFY2(advice.startsWith(QLatin1String("Le fournisseur")), qPrintable(advice));
        QCOMPARE(shownProblem(done), advice);
    }

    /// Rows stored before the migration have no code: their English words still classify them, in any language.
    void oldRowsClassifiedByTheirWords_data() { ScratchDatabase::addDialectRows(); }
    void oldRowsClassifiedByTheirWords()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        auto g = GenerationService::enqueue(db, request(QStringLiteral("offline"), QStringLiteral("offline-preview")));
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'failed', error = ?, error_code = NULL WHERE id = ?"));
        q.addBindValue(QStringLiteral("OpenAI is rate limiting the calls (HTTP 429)."));
        q.addBindValue(g->id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const Generation old = GenerationService::get(db, g->id).value();
        QCOMPARE(old.errorCode, ErrorCode::Unspecified);
        QCOMPARE(shownProblem(old), QStringLiteral("The provider kept limiting how fast we call it and the attempts ran out: retry the job later."));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        const QString advice = QueueModel::tr("The provider kept limiting how fast we call it and the attempts ran out: retry the job later.");
        QVERIFY2(advice != QLatin1String("The provider kept limiting how fast we call it and the attempts ran out: retry the job later."),
                 "no French advice");
        QCOMPARE(shownProblem(old), advice);
    }

    /// A failed or cancelled training keeps why, and its code, on the custom model's row.
    void trainingFailureKeepsItsCode_data() { ScratchDatabase::addDialectRows(); }
    void trainingFailureKeepsItsCode()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        FakeProvider replicate;
        replicate.answer("GET", QStringLiteral("/v1/trainings/trnfail"),
                         FakeAnswer{200, ProviderAnswers::replicateTraining(QStringLiteral("trnfail"), QStringLiteral("failed"), QJsonValue::Null,
                                                                            QStringLiteral("CUDA out of memory"))});
        replicate.answer("POST", QStringLiteral("/v1/trainings/trnstop/cancel"),
                         FakeAnswer{200, ProviderAnswers::replicateTraining(QStringLiteral("trnstop"), QStringLiteral("canceled"))});
        ProviderConfig c = ProviderSettings::config(QStringLiteral("replicate")).value();
        c.baseUrl = replicate.base();
        c.timeoutSeconds = 5;
        QVERIFY(ProviderSettings::save(c, QStringLiteral("r8-errors-test")));
        QSqlQuery q(db);
        for (const char *id : {"fail", "stop"}) {
            const QString n = QString::fromLatin1(id);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO ai_training_datasets (id, name, images, validated, total, quality, status, brand_id) "
                                           "VALUES ('ds-%1', 'Lamps %1', '[]', 1, 1, 80, 'training', 'brand-q')").arg(n)),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO ai_custom_models (id, name, base_model, dataset_id, accuracy, status, cost_cents, "
                                           "provider_job_id, brand_id) VALUES ('cm-%1', 'me/lamps-%1', 'owner/trainer:v1', 'ds-%1', 1, "
                                           "'training', 0, 'trn%1', 'brand-q')").arg(n)),
                     qPrintable(q.lastError().text()));
        }

        auto failed = TrainingService::trainingStatus(db, QStringLiteral("cm-fail"));
        QVERIFY2(failed, qPrintable(failed ? QString() : failed.error().message));
        QCOMPARE(failed->status, QStringLiteral("failed"));
        QCOMPARE(failed->errorCode, ErrorCode::ServerError);
        QVERIFY2(failed->error.contains(QLatin1String("CUDA out of memory")), qPrintable(failed->error));
        QCOMPARE(storedCode(db, QStringLiteral("ai_custom_models"), QStringLiteral("cm-fail")), QStringLiteral("server_error"));
        const CustomModel again = TrainingService::customModel(db, QStringLiteral("cm-fail")).value(); // read later: still there
        QCOMPARE(again.error, failed->error);
        QCOMPARE(again.errorCode, ErrorCode::ServerError);

        auto stopped = TrainingService::cancelTraining(db, QStringLiteral("cm-stop"));
        QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().message));
        QCOMPARE(stopped->status, QStringLiteral("failed"));
        QCOMPARE(stopped->errorCode, ErrorCode::Cancelled);
        QCOMPARE(storedCode(db, QStringLiteral("ai_custom_models"), QStringLiteral("cm-stop")), QStringLiteral("cancelled"));
        // Not training any more: refused with a code saying so.
        auto twice = TrainingService::cancelTraining(db, QStringLiteral("cm-stop"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::Conflict);
    }
};

QTEST_MAIN(TestErrorCodes)
#include "tst_errorcodes.moc"
