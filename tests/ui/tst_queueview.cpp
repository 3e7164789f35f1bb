#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/providers/httpcall.h"
#include "ai/providers/imageprovider.h"
#include "ai/providersettings.h"
#include "ai/queuemodel.h"
#include "ai/queueview.h"
#include "collaboration/resources.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "studiofixture.h"
#include "testimages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

/// OpenAI's Images API, refusing every call: a prompt that says "unsafe" breaks the content policy (400), any other
/// has its key refused (401), as the real service answers.
FakeAnswer refusal(const FakeRequest &request)
{
    if (request.json().value(QLatin1String("prompt")).toString().contains(QLatin1String("unsafe")))
        return {400, ProviderAnswers::openAiError("content_policy_violation", "Your request was rejected as a result of our safety system.")};
    return {401, ProviderAnswers::openAiError("invalid_api_key", "Incorrect API key provided: sk-queu***.")};
}

Generation job(const QString &id, const QString &status, qint64 createdSecsAgo)
{
    Generation g;
    g.id = id;
    g.type = QStringLiteral("2d");
    g.provider = QStringLiteral("offline");
    g.model = QStringLiteral("offline-preview");
    g.prompt = QStringLiteral("prompt of %1").arg(id);
    g.status = status;
    g.maxAttempts = 4;
    g.brandId = QStringLiteral("brand-q");
    g.createdAt = QDateTime::currentDateTimeUtc().addSecs(-createdSecsAgo);
    g.nextAttemptAt = g.createdAt;
    if (g.isFinished())
        g.completedAt = g.createdAt.addSecs(5);
    return g;
}

QStringList idsOf(const QueueModel &model)
{
    QStringList ids;
    for (const Generation &g : model.generations())
        ids.append(g.id);
    return ids;
}

} // namespace

/// The Queue tab of the AI Studio: live rows that follow a real GenerationQueue (offline, refusing and slow loopback
/// providers), errors in plain words, Cancel (refunded), Retry (the same request again) and Open.
class TestQueueView final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    const QString m_brand = QStringLiteral("brand-q");

    void configureOpenAi(const QString &base, int attempts, int timeoutSeconds)
    {
        QVERIFY(StudioFixture::useProvider(QStringLiteral("openai"), base, QStringLiteral("sk-queue-test"), attempts, timeoutSeconds));
    }

    GenerationRequest request(const QString &prompt, const QString &provider = QStringLiteral("openai"))
    {
        GenerationRequest r;
        r.brandId = m_brand;
        r.provider = provider;
        r.model = provider == QLatin1String("openai")          ? QStringLiteral("dall-e-3")
                  : provider == QLatin1String("automatic1111") ? QStringLiteral("a1111-local")
                                                               : QStringLiteral("offline-preview");
        r.prompt = prompt;
        r.seed = 4242;
        r.width = 512;
        r.height = 384;
        return r;
    }

    StudioContext context(const ScratchDatabase &scratch) const
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {scratch.url(), m_brand, m_brand, today.addDays(-30), today.addDays(1)};
    }

    static GenerationQueue::Options options(const ScratchDatabase &scratch) { return StudioFixture::queueOptions(scratch.url()); }

    static QString cell(const QueueView &view, const QString &id, int column, int role = Qt::DisplayRole)
    {
        const int row = view.model()->rowOf(id);
        return row < 0 ? QStringLiteral("<no row>") : view.model()->index(row, column).data(role).toString();
    }

    static void select(QueueView &view, const QString &id)
    {
        const int row = view.model()->rowOf(id);
        QVERIFY(row >= 0);
        view.table()->setCurrentIndex(view.model()->index(row, QueueModel::PromptColumn));
        view.table()->selectionModel()->select(view.model()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    static QPushButton *button(const QueueView &view, const QString &text)
    {
        for (QPushButton *b : view.findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString path = QDir(QDir::tempPath()).filePath(QStringLiteral("tst_queueview-%1.png").arg(name));
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    /// The sentences people read, from the texts the engine really stores (made here by the engine's own code
    /// wherever it can be called without a network).
    void explainsEngineErrors_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("willRetry");
        QTest::addColumn<QString>("expected");
        const QString keyRefused = QStringLiteral("The API key was refused: check it in Providers.");
        const QString unsafe = QStringLiteral("The provider rejected the prompt as unsafe: reword it.");
        const QString retrying = QStringLiteral("The provider is limiting how fast we call it; the job will retry automatically.");
        const QString noCredits = QStringLiteral("The account at the provider has no credits left: top it up with the provider.");
        const QString serverRetrying = QStringLiteral("The provider had a problem on its side; the job will retry automatically.");
        const QString badRequest = QStringLiteral("The provider refused the request as it was made: check the model and its settings.");
        auto http = [](int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
            HttpAnswer a;
            a.status = status;
            a.body = body;
            if (!retryAfter.isEmpty())
                a.headers.insert("retry-after", retryAfter);
            return HttpCall::errorOf(QStringLiteral("OpenAI"), a).message;
        };
        QTest::newRow("401") << http(401, ProviderAnswers::openAiError("invalid_api_key", "Incorrect API key provided")) << false << keyRefused;
        QTest::newRow("403") << http(403, "{}") << false << keyRefused;
        QTest::newRow("429 rate") << http(429, ProviderAnswers::openAiError("rate_limit_exceeded", "slow down"), "20") << true << retrying;
        QTest::newRow("429 rate, out of attempts")
            << http(429, ProviderAnswers::openAiError("rate_limit_exceeded", "slow down")) << false
            << QStringLiteral("The provider kept limiting how fast we call it and the attempts ran out: retry the job later.");
        QTest::newRow("429 no quota") << http(429, ProviderAnswers::openAiError("insufficient_quota", "You exceeded your current quota")) << false
                                      << noCredits;
        QTest::newRow("402") << http(402, "{}") << false << noCredits;
        QTest::newRow("400 content policy")
            << http(400, ProviderAnswers::openAiError("content_policy_violation", "Your request was rejected as a result of our safety system.")) << false
            << unsafe;
        QTest::newRow("422 nsfw") << http(422, R"({"name": "content_moderation", "errors": ["nsfw content"]})") << false << unsafe;
        QTest::newRow("500") << http(500, "{}") << true << serverRetrying;
        QTest::newRow("503 out of attempts") << http(503, "{}") << false
                                             << QStringLiteral("The provider kept failing on its side and the attempts ran out: retry the job later.");
        QTest::newRow("400 plain") << http(400, ProviderAnswers::openAiError("invalid_size", "Invalid size")) << false << badRequest;
        // The provider's own words must not decide: a refused request that mentions a network is still a refused request.
        QTest::newRow("400 mentioning a network") << http(400, ProviderAnswers::openAiError("invalid_value", "unknown network parameter")) << false
                                                  << badRequest;
        HttpAnswer late;
        late.timedOut = true;
        QTest::newRow("timeout") << HttpCall::errorOf(QStringLiteral("OpenAI"), late).message << true
                                 << QStringLiteral("The provider did not answer in time; the job will retry automatically.");
        QTest::newRow("timeout, out of attempts")
            << HttpCall::errorOf(QStringLiteral("OpenAI"), late).message << false
            << QStringLiteral("The provider did not answer in time: retry the job later, or allow it longer in Providers.");
        HttpAnswer unreachable;
        unreachable.networkError = QStringLiteral("Connection refused");
        QTest::newRow("network") << HttpCall::errorOf(QStringLiteral("OpenAI"), unreachable).message << false
                                 << QStringLiteral("The provider could not be reached: check the network and the provider's address in Providers.");
        QTest::newRow("unreadable") << http(200, "not json") << false
                                    << QStringLiteral("The provider's answer could not be used: retry the job, or try another model.");

        ImageRequest image;
        image.prompt = QStringLiteral("a lamp");
        auto messageOf = [](const ProviderAnswer &answer) {
            const auto *e = std::get_if<ProviderError>(&answer);
            return e ? e->message : QStringLiteral("<no error>");
        };
        QTest::newRow("no key") << messageOf(OpenAiProvider(QStringLiteral("http://127.0.0.1:1"), QString(), 1000).generate(image)) << false
                                << QStringLiteral("No usable API key is set for this provider: enter it in Providers.");
        QTest::newRow("no key on this desktop") << ProviderSettings::client(QStringLiteral("stability")).error().message << false
                                                << QStringLiteral("No usable API key is set for this provider: enter it in Providers.");
        ImageRequest model3d = image;
        model3d.kind = QStringLiteral("3d");
        QTest::newRow("wrong kind") << messageOf(OpenAiProvider(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("k"), 1000).generate(model3d))
                                    << false << QStringLiteral("This provider cannot make this kind of result: choose another model.");
        ImageRequest tiny = image;
        tiny.width = 16;
        QTest::newRow("size") << messageOf(OfflineRenderer().generate(tiny)) << false
                              << QStringLiteral("The size asked for is not possible: choose 64 to 4096 pixels a side.");
        const auto address = HttpCall::baseUrl(QStringLiteral("OpenAI"), QStringLiteral("ftp://example.com"));
        QTest::newRow("address") << std::get<ProviderError>(address).message << false
                                 << QStringLiteral("The provider's address is not a web address: correct it in Providers.");
        // Texts of the queue and the generation service, as they store them.
        QTest::newRow("lapsed") << QStringLiteral("The desktop running this job stopped before it finished, and no attempts are left.")
                                << false
                                << QStringLiteral("The desktop running this job closed before it finished and no attempts were left: retry the job.");
        QTest::newRow("quota") << QStringLiteral("Quota exceeded: 0 of 10 credits used this month, 8 held by queued jobs; this generation needs 4.")
                               << false << QStringLiteral("Your monthly credits for this brand are used up: ask an administrator for more.");
        QTest::newRow("replicate filtered") << QStringLiteral("Replicate filtered the request: NSFW content detected.") << false << unsafe;
        QTest::newRow("replicate failed") << QStringLiteral("The Replicate prediction failed: CUDA out of memory") << true << serverRetrying;
        // Short forms, as other desktops' versions or logs put them.
        QTest::newRow("rate limited") << QStringLiteral("rate limited") << true << retrying;
        QTest::newRow("HTTP 429") << QStringLiteral("HTTP 429 Too Many Requests") << true << retrying;
        QTest::newRow("invalid key") << QStringLiteral("invalid key") << false << keyRefused;
        QTest::newRow("content filtered") << QStringLiteral("content filtered") << false << unsafe;
        QTest::newRow("unknown kept as said") << QStringLiteral("  The result could not be stored:\n disk full. ") << false
                                              << QStringLiteral("The result could not be stored: disk full.");
        QTest::newRow("none") << QString() << false << QString();
    }
    void explainsEngineErrors()
    {
        QFETCH(QString, error);
        QFETCH(bool, willRetry);
        QFETCH(QString, expected);
        QCOMPARE(QueueModel::explain(error, willRetry), expected);
    }

    /// The model alone: ordering, merging a fresh reading without a reset (the selection stays on its job), progress.
    void modelMergesAndReportsProgress()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        Generation waitingOld = job(QStringLiteral("w1"), QStringLiteral("pending"), 300);
        Generation waitingNew = job(QStringLiteral("w2"), QStringLiteral("pending"), 200);
        Generation running = job(QStringLiteral("r1"), QStringLiteral("processing"), 400);
        running.attempts = 2;
        Generation done = job(QStringLiteral("d1"), QStringLiteral("completed"), 900);
        done.durationMs = 65000;
        Generation failed = job(QStringLiteral("f1"), QStringLiteral("failed"), 100);
        failed.credits = 4;
        failed.attempts = 4;
        failed.error = QStringLiteral("OpenAI is rate limiting the calls (HTTP 429).");
        model.setRows({done, waitingNew, failed, running, waitingOld});
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("r1"), QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("f1"),
                                            QStringLiteral("d1")}));
        QCOMPARE(model.activeCount(), 3);
        QCOMPARE(model.index(0, QueueModel::AttemptsColumn).data().toString(), QStringLiteral("attempt 2 of 4"));
        QCOMPARE(model.index(1, QueueModel::AttemptsColumn).data().toString(), QStringLiteral("not started"));
        QCOMPARE(model.index(1, QueueModel::StatusColumn).data().toString(), QStringLiteral("Queued"));
        QCOMPARE(model.index(0, QueueModel::StatusColumn).data().toString(), QStringLiteral("Generating"));
        QCOMPARE(model.index(4, QueueModel::DurationColumn).data().toString(), QStringLiteral("1 min 5 s"));
        QCOMPARE(model.index(3, QueueModel::CreditsColumn).data().toString(), QStringLiteral("4, refunded"));
        QCOMPARE(model.index(3, QueueModel::ErrorColumn).data().toString(),
                 QStringLiteral("The provider kept limiting how fast we call it and the attempts ran out: retry the job later."));
        QCOMPARE(model.index(3, QueueModel::ErrorColumn).data(Qt::ToolTipRole).toString(), failed.error);
        QCOMPARE(model.headerData(QueueModel::ErrorColumn, Qt::Horizontal).toString(), QStringLiteral("Problem"));

        // Running without word from the provider: busy. With a share: the bar, and no longer busy.
        QVERIFY(model.index(0, QueueModel::ProgressColumn).data(QueueModel::BusyRole).toBool());
        QVERIFY(!model.index(0, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProgress(QStringLiteral("r1"), 0.4);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toDouble(), 0.4);
        QCOMPARE(model.index(0, QueueModel::ProgressColumn).data().toString(), QStringLiteral("40 %"));
        QVERIFY(!model.index(0, QueueModel::ProgressColumn).data(QueueModel::BusyRole).toBool());
        model.setProgress(QStringLiteral("w1"), 0.5); // not running: nothing to fill
        QVERIFY(!model.index(1, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).isValid());
        QCOMPARE(model.index(4, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toDouble(), 1.0);

        // A reading that changes nothing repaints nothing.
        changed.clear();
        model.setRows({done, waitingNew, failed, running, waitingOld});
        QCOMPARE(changed.count(), 0);

        // The selected job keeps its selection while it moves, and the rows around it come and go.
        QItemSelectionModel selection(&model);
        selection.select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // w2
        running.status = QStringLiteral("completed");
        running.completedAt = QDateTime::currentDateTimeUtc();
        running.durationMs = 3000;
        waitingOld.status = QStringLiteral("processing");
        waitingOld.attempts = 1;
        Generation retrying = job(QStringLiteral("w3"), QStringLiteral("pending"), 50);
        retrying.attempts = 1;
        retrying.error = QStringLiteral("OpenAI is rate limiting the calls (HTTP 429).");
        retrying.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(40);
        model.setRows({running, waitingOld, waitingNew, retrying, failed}); // d1 went
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w3"), QStringLiteral("r1"),
                                            QStringLiteral("f1")}));
        QCOMPARE(resets.count(), 0);
        const QModelIndexList kept = selection.selectedRows();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().data(QueueModel::IdRole).toString(), QStringLiteral("w2"));
        // The finished job's share is forgotten: it shows full.
        QCOMPARE(model.index(3, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toDouble(), 1.0);
        // A job waiting on a retry says so, when, and why in words that promise the retry.
        QCOMPARE(model.index(2, QueueModel::StatusColumn).data().toString(), QStringLiteral("Waiting to retry"));
        QVERIFY2(model.index(2, QueueModel::NextAttemptColumn).data().toString().startsWith(QLatin1String("in ")),
                 qPrintable(model.index(2, QueueModel::NextAttemptColumn).data().toString()));
        QVERIFY(model.index(2, QueueModel::NextAttemptColumn).data(Qt::ToolTipRole).toString().startsWith(QLatin1String("The next attempt is due at")));
        QCOMPARE(model.index(2, QueueModel::ErrorColumn).data().toString(),
                 QStringLiteral("The provider is limiting how fast we call it; the job will retry automatically."));
        QCOMPARE(model.activeCount(), 3);

        Generation later = waitingNew;
        later.status = QStringLiteral("canceled");
        later.completedAt = QDateTime::currentDateTimeUtc().addSecs(10);
        model.update(later);
        QCOMPARE(model.rowOf(QStringLiteral("w2")), 2); // first of the finished: the newest
        model.remove(QStringLiteral("w1"));
        QCOMPARE(model.rowOf(QStringLiteral("w1")), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    /// Offline jobs complete and refused ones fail under a real queue, and the table follows; Retry and Open.
    void followsTheQueue_data() { ScratchDatabase::addDialectRows(); }
    void followsTheQueue()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        FakeProvider fake;
        fake.route("POST", QStringLiteral("/v1/images/generations"), refusal);
        configureOpenAi(fake.base(), 2, 10);
        auto chair = GenerationService::enqueue(db, request(QStringLiteral("a red chair"), QStringLiteral("offline")));
        QVERIFY2(chair, qPrintable(chair ? QString() : chair.error().message));
        auto lamp = GenerationService::enqueue(db, request(QStringLiteral("a blue lamp")));
        QVERIFY(lamp);
        auto poster = GenerationService::enqueue(db, request(QStringLiteral("an unsafe poster")));
        QVERIFY(poster);
        // Queued a second apart, so that their order is the queue's whatever the clock's resolution.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(StudioFixture::setQueuedAt(db, chair->id, now.addSecs(-3)));
        QVERIFY(StudioFixture::setQueuedAt(db, lamp->id, now.addSecs(-2)));
        QVERIFY(StudioFixture::setQueuedAt(db, poster->id, now.addSecs(-1)));

        QueueView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&view, &StudioView::loaded);
        QSignalSpy titles(&view, &StudioView::titleChanged);
        QSignalSpy queued(&view, &StudioView::generationsQueued);
        QSignalSpy opened(&view, &StudioView::openGeneration);
        view.resize(1500, 500);
        view.show();
        view.setContext(context(scratch));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QCOMPARE(view.model()->rowCount(), 3);
        QCOMPARE(view.title(), QStringLiteral("Queue (3)"));
        QCOMPARE(cell(view, lamp->id, QueueModel::StatusColumn), QStringLiteral("Queued"));
        QCOMPARE(cell(view, lamp->id, QueueModel::ModelColumn), QStringLiteral("OpenAI / dall-e-3"));
        QCOMPARE(cell(view, lamp->id, QueueModel::CreditsColumn), QStringLiteral("4"));
        QCOMPARE(cell(view, chair->id, QueueModel::PromptColumn), QStringLiteral("a red chair"));
        // Waiting jobs in the order the queue takes them.
        QCOMPARE(idsOf(*view.model()), (QStringList{chair->id, lamp->id, poster->id}));

        GenerationQueue queue(options(scratch));
        view.setQueue(&queue);
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, chair->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("completed"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, lamp->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("failed"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, poster->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("failed"), 30000);
        QCOMPARE(cell(view, chair->id, QueueModel::StatusColumn), QStringLiteral("Completed"));
        QCOMPARE(view.model()->index(view.model()->rowOf(chair->id), QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toDouble(), 1.0);
        QCOMPARE(cell(view, chair->id, QueueModel::AttemptsColumn), QStringLiteral("attempt 1 of 4"));
        QCOMPARE(cell(view, lamp->id, QueueModel::StatusColumn), QStringLiteral("Failed"));
        QCOMPARE(cell(view, lamp->id, QueueModel::ErrorColumn), QStringLiteral("The API key was refused: check it in Providers."));
        QVERIFY2(cell(view, lamp->id, QueueModel::ErrorColumn, Qt::ToolTipRole).contains(QLatin1String("HTTP 401")),
                 qPrintable(cell(view, lamp->id, QueueModel::ErrorColumn, Qt::ToolTipRole)));
        QCOMPARE(cell(view, lamp->id, QueueModel::CreditsColumn), QStringLiteral("4, refunded"));
        QCOMPARE(cell(view, poster->id, QueueModel::ErrorColumn), QStringLiteral("The provider rejected the prompt as unsafe: reword it."));
        QCOMPARE(cell(view, poster->id, QueueModel::AttemptsColumn), QStringLiteral("attempt 1 of 2"));
        QTRY_COMPARE(view.title(), QStringLiteral("Queue"));
        QVERIFY(titles.count() >= 2);
        QCOMPARE(fake.count("POST", QStringLiteral("/v1/images/generations")), 2);
        screenshot(view, QStringLiteral("finished"));

        // Retry: offered for the failed job only, and it queues the same request again.
        select(view, chair->id);
        QVERIFY(!button(view, QStringLiteral("&Retry"))->isEnabled());
        QVERIFY(!button(view, QStringLiteral("&Cancel job"))->isEnabled());
        QVERIFY(button(view, QStringLiteral("O&pen"))->isEnabled());
        view.openSelected();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().first().toString(), chair->id);
        const QRect where = view.table()->visualRect(view.model()->index(view.model()->rowOf(lamp->id), QueueModel::PromptColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, where.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, where.center());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.last().first().toString(), lamp->id);

        select(view, lamp->id);
        QVERIFY(button(view, QStringLiteral("&Retry"))->isEnabled());
        QSignalSpy done(&view, &QueueView::actionFinished);
        button(view, QStringLiteral("&Retry"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
        QCOMPARE(done.count(), 1);
        QVERIFY(done.first().first().toBool());
        const QStringList again = queued.first().first().toStringList();
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first() != lamp->id);
        const Generation retried = GenerationService::get(db, again.first()).value();
        QCOMPARE(retried.prompt, QStringLiteral("a blue lamp"));
        QCOMPARE(retried.provider, QStringLiteral("openai"));
        QCOMPARE(retried.model, QStringLiteral("dall-e-3"));
        QCOMPARE(retried.brandId, m_brand);
        QCOMPARE(retried.parameters.value(QLatin1String("seed")).toVariant().toLongLong(), 4242);
        QCOMPARE(retried.parameters.value(QLatin1String("width")).toInt(), 512);
        QCOMPARE(retried.parameters.value(QLatin1String("height")).toInt(), 384);
        QCOMPARE(retried.maxAttempts, 2);
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowOf(retried.id) >= 0, 10000);
        QVERIFY2(view.statusText().contains(QLatin1String("Queued 1 job")), qPrintable(view.statusText()));
        // It runs (and is refused again), and the table follows it too.
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, retried.id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("failed"), 30000);
        queue.stop();
        view.setQueue(nullptr);
    }

    /// A provider that says how far it is fills the bar while the job runs.
    void showsTheProvidersProgress_data() { ScratchDatabase::addDialectRows(); }
    void showsTheProvidersProgress()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        // The AUTOMATIC1111 web UI: txt2img answers after a few seconds; meanwhile /progress says how far.
        FakeProvider webUi;
        double said = 0.05;
        webUi.route("GET", QStringLiteral("/sdapi/v1/progress"), [&said](const FakeRequest &) {
            said = std::min(0.9, said + 0.2);
            return FakeAnswer::json({{QStringLiteral("progress"), said}});
        });
        webUi.answer("POST", QStringLiteral("/sdapi/v1/txt2img"),
                     FakeAnswer::json({{QStringLiteral("images"), QJsonArray{QString::fromLatin1(samplePng(64, 64).toBase64())}},
                                       {QStringLiteral("info"), QStringLiteral("{\"seed\": 5}")}})
                         .after(4500));
        QVERIFY(StudioFixture::useProvider(QStringLiteral("automatic1111"), webUi.base(), std::nullopt, 4, 30));
        auto landscape = GenerationService::enqueue(db, request(QStringLiteral("a slow landscape"), QStringLiteral("automatic1111")));
        QVERIFY2(landscape, qPrintable(landscape ? QString() : landscape.error().message));

        QueueView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1500, 400);
        view.show();
        view.setContext(context(scratch));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 10000);
        GenerationQueue queue(options(scratch));
        view.setQueue(&queue);
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, landscape->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("processing"), 10000);
        const auto progressOf = [&] {
            return view.model()->index(view.model()->rowOf(landscape->id), QueueModel::ProgressColumn).data(QueueModel::ProgressRole);
        };
        QTRY_VERIFY_WITH_TIMEOUT(progressOf().isValid(), 10000);
        QVERIFY(progressOf().toDouble() > 0 && progressOf().toDouble() < 1);
        QVERIFY(cell(view, landscape->id, QueueModel::ProgressColumn).endsWith(QLatin1String(" %")));
        screenshot(view, QStringLiteral("progress"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, landscape->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("completed"), 30000);
        queue.stop();
        view.setQueue(nullptr);
    }

    /// Cancel, through a queue that is not running, without any queue, and on a job in flight: cancelled, and the
    /// credits held come back. A cancelled job can be queued again.
    void cancelGivesTheCreditsBack_data() { ScratchDatabase::addDialectRows(); }
    void cancelGivesTheCreditsBack()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        SilentServer silent;
        configureOpenAi(silent.base(), 3, 60);
        const QString me = Collaboration::currentUserId(db).value();
        QVERIFY(GenerationService::setQuota(db, me, m_brand, 100));
        auto vase = GenerationService::enqueue(db, request(QStringLiteral("a slow vase")));
        auto jug = GenerationService::enqueue(db, request(QStringLiteral("a patient jug")));
        QVERIFY(vase && jug);
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 8);

        QueueView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&view, &QueueView::actionFinished);
        view.resize(1500, 400);
        view.show();
        view.setContext(context(scratch));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2, 10000);
        QCOMPARE(view.title(), QStringLiteral("Queue (2)"));

        // The desktop's queue, not started: the job is still waiting when it is cancelled.
        GenerationQueue idle(options(scratch));
        view.setQueue(&idle);
        select(view, vase->id);
        QVERIFY(button(view, QStringLiteral("&Cancel job"))->isEnabled());
        QVERIFY(!button(view, QStringLiteral("&Retry"))->isEnabled());
        button(view, QStringLiteral("&Cancel job"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000); // cancelled off the GUI thread, then the queue is told
        QVERIFY(done.last().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, vase->id, QueueModel::StatusColumn), QStringLiteral("Cancelled"), 10000);
        QCOMPARE(cell(view, vase->id, QueueModel::CreditsColumn), QStringLiteral("4, refunded"));
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 4);
        QTRY_COMPARE(view.title(), QStringLiteral("Queue (1)"));

        // No queue on this desktop: the service cancels.
        view.setQueue(nullptr);
        select(view, jug->id);
        view.cancelSelected();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
        QVERIFY(done.last().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, jug->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("canceled"), 10000);
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 0);
        QCOMPARE(GenerationService::credits(db, me, m_brand)->used, 0);
        QTRY_COMPARE(view.title(), QStringLiteral("Queue"));

        // A job in flight at a provider that never answers: busy, then cancelled at once.
        auto bowl = GenerationService::enqueue(db, request(QStringLiteral("a slow bowl")));
        QVERIFY(bowl);
        GenerationQueue running(options(scratch));
        view.setQueue(&running);
        running.start();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, bowl->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("processing"), 10000);
        QVERIFY(view.model()->index(view.model()->rowOf(bowl->id), QueueModel::ProgressColumn).data(QueueModel::BusyRole).toBool());
        QCOMPARE(view.title(), QStringLiteral("Queue (1)"));
        QTRY_VERIFY_WITH_TIMEOUT(!silent.sockets().isEmpty(), 10000);
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 4);
        screenshot(view, QStringLiteral("busy"));
        select(view, bowl->id);
        view.cancelSelected();
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, bowl->id, QueueModel::StatusColumn, QueueModel::StatusRole), QStringLiteral("canceled"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(silent.sockets().first()->state() != QAbstractSocket::ConnectedState, 5000); // the call was interrupted
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 0);
        running.stop();
        view.setQueue(nullptr);

        // A cancelled job queued again: the same prompt, model and seed, its credits held again.
        select(view, vase->id);
        QSignalSpy queued(&view, &StudioView::generationsQueued);
        view.retrySelected();
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
        const Generation again = GenerationService::get(db, queued.first().first().toStringList().value(0)).value();
        QCOMPARE(again.prompt, QStringLiteral("a slow vase"));
        QCOMPARE(again.model, QStringLiteral("dall-e-3"));
        QCOMPARE(again.parameters.value(QLatin1String("seed")).toVariant().toLongLong(), 4242);
        QCOMPARE(again.status, QStringLiteral("pending"));
        QCOMPARE(GenerationService::credits(db, me, m_brand)->reserved, 4);
        QTRY_COMPARE_WITH_TIMEOUT(cell(view, again.id, QueueModel::StatusColumn), QStringLiteral("Queued"), 10000);
        QTRY_COMPARE(view.title(), QStringLiteral("Queue (1)"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestQueueView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_queueview.moc"
