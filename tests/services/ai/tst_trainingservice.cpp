#include "ai/assetstore.h"
#include "ai/perceptualhash.h"
#include "ai/providers/httpcall.h"
#include "ai/providers/replicatetrainings.h"
#include "ai/providersettings.h"
#include "ai/trainingservice.h"
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "studiofixture.h"
#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <bit>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QImage decoded(const QByteArray &bytes)
{
    return QImage::fromData(bytes);
}

HttpAnswer answer(int status, const QByteArray &body)
{
    HttpAnswer a;
    a.status = status;
    a.body = body;
    return a;
}

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

/// Training datasets (checked images, near-duplicates refused) and custom models trained through a loopback Replicate.
class TestTrainingService final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    const QString m_brand = QStringLiteral("brand-t");
    const QString m_trainer = QStringLiteral("ostris/flux-dev-lora-trainer:d995297071a44dcb72244e6c19462111649ec86a9646c32df56daa7f14801944");

    QSqlDatabase prepare(const ScratchDatabase &scratch)
    {
        auto db = Database::open(scratch.url());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (auto m = Migrator::migrate(db.value()); !m)
            qFatal("%s", qPrintable(m.error().message));
        QSqlQuery q(db.value());
        if (!q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-t', 'brand-t', 'Training', 'fashion')")))
            qFatal("%s", qPrintable(q.lastError().text()));
        if (!q.exec(QStringLiteral("INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active) "
                                   "VALUES ('trainer', 'ostris/flux-dev-lora-trainer', 'replicate', '2d', 0.025, 14, 80, %1)")
                        .arg(SqlDialect::of(db.value()).isSqlite() ? QStringLiteral("1") : QStringLiteral("true"))))
            qFatal("%s", qPrintable(q.lastError().text()));
        return db.value();
    }

    void configure(const QString &base) { QVERIFY(StudioFixture::useProvider(QStringLiteral("replicate"), base, QStringLiteral("r8-train-test"))); }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// Two good, different pictures.
    QStringList goodFiles()
    {
        return {file(QStringLiteral("good1.png"), encoded(picture(1, 640, 640), "PNG")),
                file(QStringLiteral("good2.jpg"), encoded(picture(2, 800, 600), "JPEG", 90))};
    }

    TrainingDataset readyDataset(const QSqlDatabase &db)
    {
        auto set = TrainingService::createDataset(db, m_brand, QStringLiteral("Brand style"), {}, goodFiles());
        if (!set)
            qFatal("%s", qPrintable(set.error().message));
        return set.value();
    }

    /// A completed generation of the brand whose result is \a bytes.
    static QString generation(const QSqlDatabase &db, const QString &id, const QByteArray &bytes, const QString &status = QStringLiteral("completed"))
    {
        auto asset = AssetStore::put(db, QStringLiteral("brand-t"), bytes, QStringLiteral("image/png"));
        if (!asset)
            qFatal("%s", qPrintable(asset.error().message));
        auto me = Collaboration::currentUserId(db);
        if (!me)
            qFatal("%s", qPrintable(me.error().message));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, status, result_url, credits, cost_cents, user_id, brand_id) "
                                 "VALUES (?, '2d', 'a studio shot', 'sdxl', ?, ?, 1, 1, ?, 'brand-t')"));
        q.addBindValue(id);
        q.addBindValue(status);
        q.addBindValue(QStringLiteral("asset:") + asset->sha256);
        q.addBindValue(me.value());
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        return id;
    }

private slots:
    /// One imported file on its own: accepted with its size and quality, or refused with the reason, whatever the bytes.
    void inspectsAnImportedFile()
    {
        const auto good = TrainingService::inspect(encoded(picture(7, 600, 520), "PNG"), QStringLiteral("chair.png"));
        QVERIFY2(good.accepted, qPrintable(good.reason));
        QCOMPARE(good.width, 600);
        QCOMPARE(good.mimeType, QStringLiteral("image/png"));
        QVERIFY(good.quality > 0 && good.quality <= 100);
        const auto small = TrainingService::inspect(encoded(picture(7, 300, 200), "JPEG", 90), QStringLiteral("thumb.jpg"));
        QVERIFY(!small.accepted);
        QVERIFY2(small.reason.contains(QLatin1String("thumb.jpg")) && small.reason.contains(QStringLiteral("300×200")), qPrintable(small.reason));
        const auto text = TrainingService::inspect(QByteArrayLiteral("name,prompt\n1,a chair\n"), QStringLiteral("notes.csv"));
        QVERIFY(!text.accepted);
        QVERIFY2(text.reason.contains(QLatin1String("not a PNG, JPEG or WebP")), qPrintable(text.reason));
        QByteArray truncated = encoded(picture(3, 640, 640), "PNG");
        truncated.truncate(truncated.size() / 3);
        const auto cut = TrainingService::inspect(truncated, QStringLiteral("cut.png"));
        QVERIFY(!cut.accepted);
        QVERIFY(!cut.reason.isEmpty());
    }

    void initTestCase()
    {
        // This desktop's files (provider settings, key file, asset cache) in a folder of the test's own.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toUtf8());
        qputenv("ATELIER_KEY_STORE", "file");
        QVERIFY(m_files.isValid());
    }

    void perceptualHash()
    {
        const QImage original = picture(1, 640, 640);
        const quint64 hash = PerceptualHash::of(original);
        QCOMPARE(hash & 1, quint64(0)); // the DC term gives no bit
        QVERIFY(std::popcount(hash) > 10);
        // Resized and re-encoded as a JPEG: the same picture.
        const QImage copy = decoded(encoded(original.scaled(410, 410, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), "JPEG", 60));
        QVERIFY(!copy.isNull());
        const int near = PerceptualHash::distance(hash, PerceptualHash::of(copy));
        QVERIFY2(near <= PerceptualHash::kNearDuplicateDistance, qPrintable(QString::number(near)));
        QVERIFY(PerceptualHash::nearDuplicates(hash, PerceptualHash::of(copy)));
        // Other pictures are far.
        for (quint32 seed = 2; seed < 8; ++seed) {
            const int far = PerceptualHash::distance(hash, PerceptualHash::of(picture(seed, 640, 640)));
            QVERIFY2(far > 3 * PerceptualHash::kNearDuplicateDistance, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(far)));
        }
        QCOMPARE(PerceptualHash::distance(hash, hash), 0);
        QCOMPARE(PerceptualHash::distance(0, ~quint64(0)), 64);
    }

    void parseTraining()
    {
        auto ok = ReplicateTrainings::parseTraining(answer(200, ProviderAnswers::replicateTrained(QStringLiteral("t1"))));
        QVERIFY(std::holds_alternative<ReplicateTrainings::Training>(ok));
        const auto t = std::get<ReplicateTrainings::Training>(ok);
        QCOMPARE(t.id, QStringLiteral("t1"));
        QCOMPARE(t.version, QStringLiteral("acme/brand-style:0f1e2d3c4b5a"));
        QCOMPARE(t.weights, QStringLiteral("https://replicate.delivery/xezq/trained_model.tar"));
        QVERIFY(t.isFinished());
        QCOMPARE(t.predictSeconds.value_or(0), 502.7);

        const QList<QByteArray> bad = {
            "not json",
            "[1, 2]",
            R"({"status": "starting"})",
            R"({"id": 42, "status": "starting"})",
            R"({"id": "../../etc", "status": "starting"})",
            R"({"id": "t1", "status": "running"})",
            R"({"id": "t1", "status": "starting", "output": "a string"})",
            R"({"id": "t1", "status": "succeeded", "output": {"version": 7}})",
            R"({"id": "t1", "status": "succeeded", "output": {"weights": "https://x.example/w.tar"}})",
            R"({"id": "t1", "status": "succeeded", "output": {"version": "acme/m:abc", "weights": "file:///etc/passwd"}})",
            R"({"id": "t1", "status": "succeeded", "output": {"version": "acme/m:abc; rm -rf"}})",
            R"({"id": "t1", "status": "failed", "error": 12})",
        };
        for (const QByteArray &body : bad) {
            const auto parsed = ReplicateTrainings::parseTraining(answer(200, body));
            QVERIFY2(std::holds_alternative<ProviderError>(parsed), body.constData());
            QCOMPARE(std::get<ProviderError>(parsed).kind, ProviderError::Kind::MalformedAnswer);
        }
        const auto refused = ReplicateTrainings::parseTraining(answer(401, R"({"detail":"Invalid token."})"));
        QCOMPARE(std::get<ProviderError>(refused).kind, ProviderError::Kind::InvalidKey);
        QVERIFY(ReplicateTrainings::isModelName(QStringLiteral("acme/m:abc"), true));
        QVERIFY(!ReplicateTrainings::isModelName(QStringLiteral("acme/m"), true));
        QVERIFY(ReplicateTrainings::isModelName(QStringLiteral("acme/m"), false));
        QVERIFY(!ReplicateTrainings::isModelName(QStringLiteral("acme/m/x"), false));
    }

    void datasetFromFiles_data() { ScratchDatabase::addDialectRows(); }
    void datasetFromFiles()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        QStringList files = goodFiles();
        files << file(QStringLiteral("small.png"), encoded(picture(3, 300, 200), "PNG"))
              << file(QStringLiteral("again.jpg"), encoded(picture(1, 700, 700), "JPEG", 70)) // good1.png, resized
              << file(QStringLiteral("notes.txt"), QByteArray("brand notes, not a picture"))
              << file(QStringLiteral("broken.webp"), QByteArray("RIFF\x10\0\0\0WEBPVP8 junk", 20))
              << m_files.filePath(QStringLiteral("missing.png"));

        // Nothing is written for a brand that does not exist.
        auto nowhere = TrainingService::createDataset(db, QStringLiteral("no-such-brand"), QStringLiteral("Lost"), {}, files);
        QVERIFY(!nowhere);
        QVERIFY2(nowhere.error().message.contains(QLatin1String("no-such-brand")), qPrintable(nowhere.error().message));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_training_datasets")), 0);
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_assets")), 0);
        QVERIFY(!TrainingService::createDataset(db, m_brand, QStringLiteral("  "), {}, files));
        QVERIFY(!TrainingService::createDataset(db, m_brand, QStringLiteral("Empty"), {}, {}));

        auto set = TrainingService::createDataset(db, m_brand, QStringLiteral("Spring  campaign"), {}, files);
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(set->name, QStringLiteral("Spring campaign"));
        QCOMPARE(set->total, 7);
        QCOMPARE(set->validated, 2);
        QCOMPARE(set->status, QStringLiteral("ready"));
        QCOMPARE(set->images.size(), 7);
        const QList<TrainingImage> &images = set->images;
        QVERIFY(images[0].accepted);
        QCOMPARE(images[0].mimeType, QStringLiteral("image/png"));
        QCOMPARE(images[0].width, 640);
        QVERIFY(images[1].accepted);
        QCOMPARE(images[1].mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(images[1].height, 600);
        QVERIFY(!images[2].accepted);
        QVERIFY2(images[2].reason.contains(QStringLiteral("image 3 (small.png) is 300×200 pixels")), qPrintable(images[2].reason));
        QVERIFY2(images[2].reason.contains(QStringLiteral("512×512")), qPrintable(images[2].reason));
        QVERIFY(!images[3].accepted);
        QVERIFY2(images[3].reason.contains(QLatin1String("near-duplicate of good1.png")), qPrintable(images[3].reason));
        QVERIFY(!images[4].accepted);
        QVERIFY2(images[4].reason.contains(QLatin1String("not a PNG, JPEG or WebP image")), qPrintable(images[4].reason));
        QVERIFY(!images[5].accepted);
        QCOMPARE(images[5].mimeType, QStringLiteral("image/webp"));
        QVERIFY(!images[5].reason.isEmpty());
        QVERIFY(!images[6].accepted);
        QVERIFY2(images[6].reason.contains(QLatin1String("missing.png")), qPrintable(images[6].reason));
        QCOMPARE(images[0].source, QFileInfo(files[0]).absoluteFilePath());
        QVERIFY(set->quality > 0 && set->quality <= 100);
        QVERIFY(qFuzzyCompare(set->quality, (images[0].quality + images[1].quality) / 2));

        // Stored: the row, the accepted images in ai_assets, the audit record.
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_assets WHERE brand_id = 'brand-t'")), 2);
        QVERIFY(AssetStore::get(db, m_brand, images[0].sha256));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM security_audits WHERE action = 'create' AND "
                                            "resource_type = 'ai_training_dataset' AND resource_id = '%1'")
                                 .arg(set->id)),
                 1);
        auto listed = TrainingService::datasets(db, m_brand);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().id, set->id);
        QCOMPARE(listed->first().images.size(), 7);
        QCOMPARE(listed->first().images[2].reason, images[2].reason);
        QCOMPARE(listed->first().validated, 2);
        QVERIFY(listed->first().createdAt.isValid());

        // Nothing acceptable: the dataset waits for images.
        auto waiting = TrainingService::createDataset(db, m_brand, QStringLiteral("Too small"), {}, {files[2]});
        QVERIFY(waiting);
        QCOMPARE(waiting->validated, 0);
        QCOMPARE(waiting->total, 1);
        QCOMPARE(waiting->status, QStringLiteral("preparing"));
        QCOMPARE(waiting->quality, 0.0);
        auto untrainable = TrainingService::trainModel(db, waiting->id, m_trainer, QStringLiteral("acme/brand-style"), 500);
        QVERIFY(!untrainable);
        QVERIFY2(untrainable.error().message.contains(QLatin1String("no accepted image")), qPrintable(untrainable.error().message));
    }

    void datasetFromGenerations_data() { ScratchDatabase::addDialectRows(); }
    void datasetFromGenerations()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        const QString done = generation(db, QStringLiteral("gen-done"), encoded(picture(11, 768, 768), "PNG"));
        const QString tiny = generation(db, QStringLiteral("gen-tiny"), encoded(picture(12, 256, 256), "PNG"));
        const QString pending = generation(db, QStringLiteral("gen-pending"), encoded(picture(13, 768, 768), "PNG"), QStringLiteral("pending"));
        const QString copy = file(QStringLiteral("gen-copy.jpg"), encoded(picture(11, 600, 600), "JPEG", 80));
        const QString other = file(QStringLiteral("other.png"), encoded(picture(14, 520, 900), "PNG"));
        const int assetsBefore = countOf(db, QStringLiteral("SELECT count(*) FROM ai_assets"));

        auto set = TrainingService::createDataset(db, m_brand, QStringLiteral("From the studio"),
                                                  {done, tiny, pending, QStringLiteral("gen-unknown")}, {copy, other});
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
        QCOMPARE(set->total, 6);
        QCOMPARE(set->validated, 2);
        const QList<TrainingImage> &images = set->images;
        QCOMPARE(images[0].source, QStringLiteral("generation:gen-done"));
        QVERIFY(images[0].accepted);
        QCOMPARE(images[0].width, 768);
        QVERIFY2(images[1].reason.contains(QStringLiteral("256×256")), qPrintable(images[1].reason));
        QVERIFY2(images[2].reason.contains(QLatin1String("not completed")), qPrintable(images[2].reason));
        QVERIFY2(images[3].reason.contains(QLatin1String("not a generation of this brand")), qPrintable(images[3].reason));
        QVERIFY2(images[4].reason.contains(QLatin1String("near-duplicate of generation gen-done")), qPrintable(images[4].reason));
        QVERIFY(images[5].accepted);
        // The generation's result was in ai_assets already; only the new file is added.
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_assets")), assetsBefore + 1);
    }

    void trainAndRegister_data() { ScratchDatabase::addDialectRows(); }
    void trainAndRegister()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        configure(fake.base());
        const TrainingDataset set = readyDataset(db);
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trn1"), QStringLiteral("starting"))});
        fake.script("GET", ReplicateRoutes::training,
                    {{200, ProviderAnswers::replicateTraining(QStringLiteral("trn1"), QStringLiteral("processing"))},
                     {200, ProviderAnswers::replicateTrained(QStringLiteral("trn1"))}});

        auto model = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000,
                                                 {{QStringLiteral("trigger_word"), QStringLiteral("ACME")}});
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));
        QCOMPARE(fake.count(), 1);
        const FakeRequest create = fake.last();
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, QStringLiteral("/v1/models/ostris/flux-dev-lora-trainer/versions/"
                                             "d995297071a44dcb72244e6c19462111649ec86a9646c32df56daa7f14801944/trainings"));
        QCOMPARE(create.header("Authorization"), QByteArray("Bearer r8-train-test"));
        const QJsonObject body = create.json();
        QCOMPARE(body.value(QLatin1String("destination")).toString(), QStringLiteral("acme/brand-style"));
        QVERIFY(!body.contains(QLatin1String("webhook")));
        const QJsonObject input = body.value(QLatin1String("input")).toObject();
        QCOMPARE(input.value(QLatin1String("steps")).toInt(), 1000);
        QCOMPARE(input.value(QLatin1String("trigger_word")).toString(), QStringLiteral("ACME"));
        const QString uri = input.value(QLatin1String("input_images")).toString();
        const QString prefix = QStringLiteral("data:application/zip;base64,");
        QVERIFY2(uri.startsWith(prefix), qPrintable(uri.left(60)));
        const QByteArray zip = QByteArray::fromBase64(uri.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(zip.startsWith("PK\x03\x04"));
        QCOMPARE(zip.count("PK\x03\x04"), 2);
        QVERIFY(zip.contains("image-001.png"));
        QVERIFY(zip.contains("image-002.jpg"));
        QVERIFY(zip.contains(AssetStore::get(db, m_brand, set.images[0].sha256).value()));

        QCOMPARE(model->status, QStringLiteral("training"));
        QCOMPARE(model->name, QStringLiteral("acme/brand-style"));
        QCOMPARE(model->baseModel, m_trainer);
        QCOMPARE(model->providerJobId, QStringLiteral("trn1"));
        QCOMPARE(model->datasetId, set.id);
        QCOMPARE(model->brandId, m_brand);
        QVERIFY(qFuzzyCompare(model->accuracy, 1.0)); // 2 of 2 accepted
        QVERIFY(!model->trainedAt.isValid());
        QVERIFY(model->registeredModel.isEmpty());
        QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("training"));
        // One training at a time per dataset.
        auto twice = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.contains(QLatin1String("being trained")), qPrintable(twice.error().message));
        QCOMPARE(fake.count("POST", ReplicateRoutes::createTraining), 1);

        auto running = TrainingService::trainingStatus(db, model->id);
        QVERIFY2(running, running ? "" : qPrintable(running.error().message));
        QCOMPARE(running->status, QStringLiteral("training"));
        QCOMPARE(fake.last().method, QByteArray("GET"));
        QCOMPARE(fake.last().path, QStringLiteral("/v1/trainings/trn1"));
        QCOMPARE(fake.last().header("Authorization"), QByteArray("Bearer r8-train-test"));

        auto ready = TrainingService::trainingStatus(db, model->id);
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
        QCOMPARE(ready->status, QStringLiteral("ready"));
        QVERIFY(ready->trainedAt.isValid());
        QVERIFY(qAbs(ready->trainedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(ready->registeredModel, QStringLiteral("acme/brand-style:0f1e2d3c4b5a"));
        QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("ready"));

        // Registered for generations, with the base model's cost and time and the dataset's quality.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT provider, type, cost_per_generation, avg_time, quality, is_active, metadata FROM ai_models WHERE name = ?"));
        q.addBindValue(ready->registeredModel);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("replicate"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2d"));
        QCOMPARE(q.value(2).value<double>(), 0.025);
        QCOMPARE(q.value(3).toInt(), 14);
        QVERIFY(qFuzzyCompare(q.value(4).value<double>(), set.quality));
        QVERIFY(q.value(5).toBool());
        const QJsonObject metadata = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        QCOMPARE(metadata.value(QLatin1String("custom_model_id")).toString(), model->id);
        QCOMPARE(metadata.value(QLatin1String("weights")).toString(), QStringLiteral("https://replicate.delivery/xezq/trained_model.tar"));

        // A finished model is not asked about again.
        const int calls = fake.count();
        auto again = TrainingService::trainingStatus(db, model->id);
        QVERIFY(again);
        QCOMPARE(again->status, QStringLiteral("ready"));
        QCOMPARE(fake.count(), calls);
        auto listed = TrainingService::customModels(db, m_brand);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().registeredModel, ready->registeredModel);

        // The dataset can be trained again, into a new version.
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trn2"), QStringLiteral("starting"))});
        auto second = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 200);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->providerJobId, QStringLiteral("trn2"));
    }

    void trainingFails_data() { ScratchDatabase::addDialectRows(); }
    void trainingFails()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        configure(fake.base());
        const TrainingDataset set = readyDataset(db);
        const int modelsBefore = countOf(db, QStringLiteral("SELECT count(*) FROM ai_models"));
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trnf"), QStringLiteral("starting"))});
        fake.answer("GET", ReplicateRoutes::training,
                    {200, ProviderAnswers::replicateTraining(QStringLiteral("trnf"), QStringLiteral("failed"), QJsonValue::Null, QStringLiteral("CUDA out of memory"))});
        auto model = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));

        auto failed = TrainingService::trainingStatus(db, model->id);
        QVERIFY2(failed, failed ? "" : qPrintable(failed.error().message));
        QCOMPARE(failed->status, QStringLiteral("failed"));
        QVERIFY2(failed->error.contains(QLatin1String("CUDA out of memory")), qPrintable(failed->error));
        QVERIFY(!failed->trainedAt.isValid());
        QVERIFY(failed->registeredModel.isEmpty());
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_models")), modelsBefore);
        QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("ready"));
        // Why it failed stays in the audit trail.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT metadata FROM security_audits WHERE action = 'edit' AND resource_type = 'ai_custom_model' AND resource_id = ?"));
        q.addBindValue(model->id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("CUDA out of memory")), qPrintable(q.value(0).toString()));
    }

    void cancelTraining_data() { ScratchDatabase::addDialectRows(); }
    void cancelTraining()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        configure(fake.base());
        const TrainingDataset set = readyDataset(db);
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trnc"), QStringLiteral("starting"))});
        fake.answer("POST", ReplicateRoutes::cancelTraining, {200, ProviderAnswers::replicateTraining(QStringLiteral("trnc"), QStringLiteral("canceled"))});
        auto model = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY(model);
        auto cancelled = TrainingService::cancelTraining(db, model->id);
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().message));
        QCOMPARE(fake.last().method, QByteArray("POST"));
        QCOMPARE(fake.last().path, QStringLiteral("/v1/trainings/trnc/cancel"));
        QCOMPARE(cancelled->status, QStringLiteral("failed"));
        QVERIFY(!cancelled->error.isEmpty());
        QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("ready"));
        QVERIFY(!TrainingService::cancelTraining(db, model->id)); // no longer training
    }

    void providerTroubleChangesNothing_data() { ScratchDatabase::addDialectRows(); }
    void providerTroubleChangesNothing()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = prepare(scratch);
        FakeProvider fake;
        configure(fake.base());
        const TrainingDataset set = readyDataset(db);

        // Starting: a server error, an answer that is no JSON, a refused key, a destination that does not exist.
        const QList<FakeAnswer> refusals = {{500, R"({"detail":"Internal server error"})"},
                                                       {200, "<html>Service Unavailable</html>"},
                                                       {401, R"({"detail":"Invalid token."})"},
                                                       {404, R"({"detail":"The specified training destination does not exist"})"}};
        const QStringList expected = {QStringLiteral("server error (HTTP 500)"), QStringLiteral("cannot be read"),
                                      QStringLiteral("refused the API key"), QStringLiteral("destination does not exist")};
        for (qsizetype i = 0; i < refusals.size(); ++i) {
            fake.answer("POST", ReplicateRoutes::createTraining, refusals[i]);
            auto model = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000);
            QVERIFY(!model);
            QVERIFY2(model.error().message.contains(expected[i]), qPrintable(model.error().message));
            QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_custom_models")), 0);
            QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("ready"));
        }
        QCOMPARE(fake.count("POST", ReplicateRoutes::createTraining), 4);
        // Bad arguments are refused before any call.
        QVERIFY(!TrainingService::trainModel(db, set.id, QStringLiteral("ostris/flux-dev-lora-trainer"), QStringLiteral("acme/x"), 1000));
        QVERIFY(!TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme"), 1000));
        QVERIFY(!TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/x"), 0));
        auto unknownBase = TrainingService::trainModel(db, set.id, QStringLiteral("someone/else:abc123"), QStringLiteral("acme/x"), 1000);
        QVERIFY(!unknownBase);
        QVERIFY2(unknownBase.error().message.contains(QLatin1String("is not a registered AI model, nor is \"someone/else\"")), qPrintable(unknownBase.error().message));
        // A dataset of bare paths (as the demo data records them) has nothing stored to send.
        QSqlQuery legacy(db);
        QVERIFY(legacy.exec(QStringLiteral("INSERT INTO ai_training_datasets (id, name, images, validated, total, quality, status, brand_id) "
                                           "VALUES ('ds-demo', 'Demo shots', '[\"dataset/brand-t/000.png\"]', 20, 24, 80, 'ready', 'brand-t')")));
        auto bare = TrainingService::dataset(db, QStringLiteral("ds-demo"));
        QVERIFY(bare);
        QCOMPARE(bare->images.size(), 1);
        QCOMPARE(bare->images.first().source, QStringLiteral("dataset/brand-t/000.png"));
        auto nothingStored = TrainingService::trainModel(db, QStringLiteral("ds-demo"), m_trainer, QStringLiteral("acme/x"), 1000);
        QVERIFY(!nothingStored);
        QVERIFY2(nothingStored.error().message.contains(QLatin1String("no stored image")), qPrintable(nothingStored.error().message));
        QCOMPARE(fake.count("POST", ReplicateRoutes::createTraining), 4);

        // Polling: a server error, no JSON, a training of the wrong shape: an error, and the model stays as it was.
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trnp"), QStringLiteral("starting"))});
        auto model = TrainingService::trainModel(db, set.id, m_trainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY2(model, model ? "" : qPrintable(model.error().message));
        const QList<FakeAnswer> polls = {{500, R"({"detail":"Internal server error"})"},
                                                    {200, "not json at all"},
                                                    {200, R"({"id":"trnp","status":42})"},
                                                    {200, R"({"id":"trnp","status":"succeeded","output":null})"}};
        for (const FakeAnswer &poll : polls) {
            fake.answer("GET", ReplicateRoutes::training, poll);
            auto status = TrainingService::trainingStatus(db, model->id);
            QVERIFY(!status);
            QVERIFY2(status.error().message.contains(QLatin1String("Replicate")), qPrintable(status.error().message));
            auto unchanged = TrainingService::customModel(db, model->id);
            QCOMPARE(unchanged->status, QStringLiteral("training"));
            QVERIFY(!unchanged->trainedAt.isValid());
            QCOMPARE(TrainingService::dataset(db, set.id)->status, QStringLiteral("training"));
        }
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_models WHERE provider = 'replicate' AND id NOT LIKE 'model_%'")), 1); // the trainer only (the catalogue's own are model_…)
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestTrainingService test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_trainingservice.moc"
