#include "ai/trainingservice.h"

#include "ai/assetstore.h"
#include "ai/perceptualhash.h"
#include "ai/providers/replicatetrainings.h"
#include "ai/providersettings.h"
#include "ai/qualityscore.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "core/zipwriter.h"
#include "security/audittrail.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace Atelier {

namespace {

/// The accepted images of a dataset together, at most: they travel inline (a base64 data: URI, a third larger) in
/// the training request, held in memory a few times over while it is built.
constexpr qint64 kMaxDatasetBytes = 64LL * 1024 * 1024;
/// One image file, at most (camera RAW-sized PNGs are no training material).
constexpr qint64 kMaxImageBytes = 25LL * 1024 * 1024;
constexpr int kMaxImages = 1000;
constexpr int kMaxSteps = 100000;

const char *const kDatasetColumns = "id, name, images, validated, total, quality, status, brand_id, created_at";

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject toJson(const TrainingImage &image)
{
    QJsonObject o{{QStringLiteral("source"), image.source},       {QStringLiteral("sha256"), image.sha256},
                  {QStringLiteral("mime_type"), image.mimeType},  {QStringLiteral("width"), image.width},
                  {QStringLiteral("height"), image.height},       {QStringLiteral("accepted"), image.accepted}};
    if (image.accepted)
        o.insert(QStringLiteral("quality"), image.quality);
    else
        o.insert(QStringLiteral("reason"), image.reason);
    return o;
}

TrainingImage imageOf(const QJsonObject &o)
{
    TrainingImage image;
    image.source = o.value(QLatin1String("source")).toString();
    image.sha256 = o.value(QLatin1String("sha256")).toString();
    image.mimeType = o.value(QLatin1String("mime_type")).toString();
    image.width = o.value(QLatin1String("width")).toInt();
    image.height = o.value(QLatin1String("height")).toInt();
    image.accepted = o.value(QLatin1String("accepted")).toBool();
    image.reason = o.value(QLatin1String("reason")).toString();
    image.quality = o.value(QLatin1String("quality")).toVariant().value<double>();
    return image;
}

Result<TrainingDataset> datasetOf(const QSqlQuery &q, const SqlDialect &d)
{
    TrainingDataset s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    auto images = JsonColumn::array(q.value(2), QStringLiteral("ai_training_datasets"), QStringLiteral("images"), s.id, JsonNull::Damaged);
    if (!images)
        return images.error();
    for (const QJsonValue &v : images.value()) {
        if (v.isObject()) {
            s.images.append(imageOf(v.toObject()));
        } else { // a bare path: a dataset recorded before its images were checked (the demo's)
            TrainingImage image;
            image.source = v.toString();
            s.images.append(image);
        }
    }
    s.validated = q.value(3).toInt();
    s.total = q.value(4).toInt();
    s.quality = q.value(5).value<double>();
    s.status = q.value(6).toString();
    s.brandId = q.value(7).toString();
    s.createdAt = d.toDateTime(q.value(8));
    return s;
}

QString customColumns(const SqlDialect &d)
{
    return QStringLiteral("c.id, c.name, c.base_model, c.dataset_id, c.accuracy, c.status, c.cost_cents, c.provider_job_id, c.brand_id, "
                          "c.created_at, c.trained_at, (SELECT m.name FROM ai_models m WHERE %1 = c.id ORDER BY m.name LIMIT 1), "
                          "c.error, c.error_code")
        .arg(d.jsonText(QStringLiteral("m.metadata"), QStringLiteral("custom_model_id")));
}

CustomModel customOf(const QSqlQuery &q, const SqlDialect &d)
{
    CustomModel m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.baseModel = q.value(2).toString();
    m.datasetId = q.value(3).toString();
    m.accuracy = q.value(4).value<double>();
    m.status = q.value(5).toString();
    m.costCents = q.value(6).toInt();
    m.providerJobId = q.value(7).toString();
    m.brandId = q.value(8).toString();
    m.createdAt = d.toDateTime(q.value(9));
    if (!q.isNull(10))
        m.trainedAt = d.toDateTime(q.value(10));
    m.registeredModel = q.value(11).toString();
    m.error = q.value(12).toString();
    m.errorCode = errorCodeFromName(q.value(13).toString());
    return m;
}

/// The MIME type the first bytes announce, if they are a PNG, JPEG or WebP file.
QString sniffedType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

QString extensionOf(const QString &mimeType)
{
    return mimeType == QLatin1String("image/jpeg") ? QStringLiteral("jpg") : mimeType == QLatin1String("image/webp") ? QStringLiteral("webp")
                                                                                                                     : QStringLiteral("png");
}

/// An image offered to a dataset while it is checked: the verdict, and the bytes of an accepted file to store.
struct Candidate
{
    TrainingImage image;
    QString label; // "photo.png", "generation 1a2b…": how messages name it
    QByteArray bytes;
    quint64 hash = 0;
    bool fromFile = false;
};

/// Checks \a c (its bytes read) against the images accepted before it; fills its verdict.
void check(Candidate &c, int index, const QList<Candidate> &accepted, qint64 &acceptedBytes)
{
    TrainingImage &image = c.image;
    const QString who = TrainingService::tr("image %1 (%2)").arg(index).arg(c.label);
    image.sha256 = QString::fromLatin1(QCryptographicHash::hash(c.bytes, QCryptographicHash::Sha256).toHex());
    image.mimeType = sniffedType(c.bytes);
    if (image.mimeType.isEmpty()) {
        image.reason = TrainingService::tr("%1 is not a PNG, JPEG or WebP image").arg(who);
        return;
    }
    const QByteArray format = extensionOf(image.mimeType) == QLatin1String("jpg") ? QByteArray("jpeg") : extensionOf(image.mimeType).toLatin1();
    if (!QImageReader::supportedImageFormats().contains(format)) {
        image.reason = TrainingService::tr("%1 is a %2 image, which this desktop cannot decode (its Qt image format plugins are missing)")
                           .arg(who, QString::fromLatin1(format.toUpper()));
        return;
    }
    QBuffer buffer(&c.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    const QSize header = reader.size();
    if (header.isValid()) {
        image.width = header.width();
        image.height = header.height();
    }
    // Too small is said from the header alone, without decoding the picture.
    const auto tooSmall = [&] {
        image.reason = TrainingService::tr("%1 is %2×%3 pixels; at least %4×%4 are needed")
                           .arg(who, QString::number(image.width), QString::number(image.height),
                                QString::number(TrainingService::kMinimumSide));
    };
    if (header.isValid() && (header.width() < TrainingService::kMinimumSide || header.height() < TrainingService::kMinimumSide)) {
        tooSmall();
        return;
    }
    const QImage picture = reader.read();
    if (picture.isNull()) {
        image.reason = TrainingService::tr("%1 cannot be decoded: %2").arg(who, reader.errorString());
        return;
    }
    image.width = picture.width();
    image.height = picture.height();
    if (image.width < TrainingService::kMinimumSide || image.height < TrainingService::kMinimumSide) {
        tooSmall();
        return;
    }
    c.hash = PerceptualHash::of(picture);
    for (const Candidate &earlier : accepted) {
        if (PerceptualHash::nearDuplicates(c.hash, earlier.hash)) {
            image.reason = TrainingService::tr("%1 is a near-duplicate of %2 (their perceptual hashes differ in %3 of 63 bits)")
                               .arg(who, earlier.label, QString::number(PerceptualHash::distance(c.hash, earlier.hash)));
            return;
        }
    }
    if (acceptedBytes + c.bytes.size() > kMaxDatasetBytes) {
        image.reason = TrainingService::tr("%1 would take the dataset over %2 MB, the most a training takes inline")
                           .arg(who, QString::number(kMaxDatasetBytes / (1024 * 1024)));
        return;
    }
    image.quality = QualityScore::automatic(QualityScore::measure(picture));
    image.accepted = true;
    acceptedBytes += c.bytes.size();
}

/// The Replicate base URL, timeout and key of this desktop, as a client.
Result<ReplicateTrainings> replicateClient()
{
    const QString name = QStringLiteral("replicate");
    auto config = ProviderSettings::config(name);
    if (!config)
        return config.error();
    auto key = ProviderSettings::apiKey(name);
    if (!key)
        return key.error();
    if (key->isEmpty())
        return Error{TrainingService::tr("Replicate has no API key on this desktop; set one with atelier ai provider set replicate "
                                         "--api-key-stdin."),
                     {}, ErrorCode::NoKey};
    return ReplicateTrainings(config->baseUrl, key.value(), config->timeoutSeconds * 1000);
}

struct BaseModel
{
    QString name;
    double costPerGeneration = 0;
    int avgTime = 0;
};

/// The row of ai_models a trainer is registered under: "owner/name:version" itself, else "owner/name".
Result<BaseModel> baseModelOf(const QSqlDatabase &db, const QString &baseModel)
{
    const QString unversioned = baseModel.section(QLatin1Char(':'), 0, 0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, provider, cost_per_generation, avg_time FROM ai_models WHERE name IN (?, ?) "
                             "ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END LIMIT 1"));
    q.addBindValue(baseModel);
    q.addBindValue(unversioned);
    q.addBindValue(baseModel);
    if (!q.exec())
        return Database::queryError(q, TrainingService::tr("Reading the models"));
    if (!q.next())
        return Error{TrainingService::tr("The base model \"%1\" is not a registered AI model, nor is \"%2\"; register it, so that the "
                                         "cost and time of the models trained from it are known.")
                         .arg(baseModel, unversioned),
                     {}, ErrorCode::NotFound};
    if (q.value(1).toString() != QLatin1String("replicate"))
        return Error{TrainingService::tr("The base model \"%1\" belongs to %2; models are trained at Replicate.")
                         .arg(q.value(0).toString(), ProviderSettings::displayName(q.value(1).toString())),
                     {}, ErrorCode::InvalidInput};
    return BaseModel{q.value(0).toString(), q.value(2).value<double>(), q.value(3).toInt()};
}

/// Records what a poll (or a cancel) found about a model in training: nothing while it runs; ready and registered
/// in ai_models once succeeded; failed otherwise. Only the first to record an end does it (the row is still training).
Result<CustomModel> recordEnd(const QSqlDatabase &db, const CustomModel &model, const ReplicateTrainings::Training &t,
                           const QString &cancelledBy = {})
{
    if (!t.isFinished() && cancelledBy.isEmpty())
        return model;
    const bool succeeded = t.status == QLatin1String("succeeded");
    // Why it failed, and what kind of failure that is: the code is what is decided on, the sentence is for people.
    Error failure;
    if (!succeeded) {
        failure.code = !cancelledBy.isEmpty() || t.status == QLatin1String("canceled") ? ErrorCode::Cancelled : ErrorCode::ServerError;
        failure.message = !cancelledBy.isEmpty()                  ? cancelledBy
                          : t.status == QLatin1String("canceled") ? TrainingService::tr("The training was cancelled at Replicate.")
                          : t.error.isEmpty()                     ? TrainingService::tr("The training failed at Replicate without saying why.")
                                                                  : TrainingService::tr("The training failed at Replicate: %1").arg(t.error.left(2000));
    }
    const QString what = TrainingService::tr("Recording the end of a training");
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction transaction(db);
    if (auto s = transaction.begin(what); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_custom_models SET status = ?, trained_at = ?, error = ?, error_code = ? WHERE id = ? AND status = 'training'"));
    q.addBindValue(succeeded ? QStringLiteral("ready") : QStringLiteral("failed"));
    q.addBindValue(succeeded ? d.timeValue(QDateTime::currentDateTimeUtc()) : QVariant());
    q.addBindValue(succeeded ? QVariant() : QVariant(failure.message));
    q.addBindValue(succeeded ? QVariant() : QVariant(errorCodeName(failure.code)));
    q.addBindValue(model.id);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() == 0) // another desktop recorded it first
        return TrainingService::customModel(db, model.id);
    q.prepare(QStringLiteral("UPDATE ai_training_datasets SET status = 'ready' WHERE id = ? AND status = 'training'"));
    q.addBindValue(model.datasetId);
    if (!q.exec())
        return Database::queryError(q, what);

    QJsonObject audit{{QStringLiteral("status"), succeeded ? QStringLiteral("ready") : QStringLiteral("failed")},
                      {QStringLiteral("training"), t.id}};
    if (succeeded) {
        auto base = baseModelOf(db, model.baseModel);
        if (!base)
            return base.error();
        // Registered pinned to the version the training made: Replicate runs other people's models by version only.
        const QString registered = t.version.contains(QLatin1Char('/')) ? t.version : model.name + QLatin1Char(':') + t.version;
        QJsonObject metadata{{QStringLiteral("custom_model_id"), model.id},      {QStringLiteral("destination"), model.name},
                             {QStringLiteral("base_model"), model.baseModel},    {QStringLiteral("dataset_id"), model.datasetId},
                             {QStringLiteral("training"), t.id},                 {QStringLiteral("label"), model.name}};
        if (!t.weights.isEmpty())
            metadata.insert(QStringLiteral("weights"), t.weights);
        if (t.predictSeconds)
            metadata.insert(QStringLiteral("training_seconds"), *t.predictSeconds);
        QSqlQuery dataset(db);
        dataset.prepare(QStringLiteral("SELECT quality FROM ai_training_datasets WHERE id = ?"));
        dataset.addBindValue(model.datasetId);
        if (!dataset.exec())
            return Database::queryError(dataset, what);
        if (!dataset.next())
            return Error{TrainingService::tr("The dataset %1 of the model %2 is gone.").arg(model.datasetId, model.name), {}, ErrorCode::NotFound};
        // PostgreSQL: members only read the model registry; a function of its owner registers the trained model for an
        // editor of the model's brand (migration 0009).
        q.prepare(d.registerTrainedModel());
        q.addBindValue(model.id);
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(registered);
        q.addBindValue(base->costPerGeneration);
        q.addBindValue(base->avgTime);
        q.addBindValue(dataset.value(0).value<double>());
        q.addBindValue(compact(metadata));
        if (!q.exec())
            return Database::queryError(q, TrainingService::tr("Registering the trained model %1").arg(registered));
        audit.insert(QStringLiteral("model"), registered);
    } else {
        audit.insert(QStringLiteral("error"), failure.message);
        audit.insert(QStringLiteral("error_code"), errorCodeName(failure.code));
    }
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("ai_custom_model"), model.id, model.brandId, audit); !s)
        return s.error();
    if (auto s = transaction.commit(what); !s)
        return s.error();
    return TrainingService::customModel(db, model.id);
}

} // namespace

Result<TrainingDataset> TrainingService::createDataset(const QSqlDatabase &db, const QString &brandId, const QString &name,
                                                       const QStringList &generationIds, const QStringList &filePaths)
{
    const QString title = name.simplified();
    if (title.isEmpty())
        return Error{tr("A dataset needs a name."), {}, ErrorCode::InvalidInput};
    if (title.size() > 200)
        return Error{tr("The dataset's name is %1 characters long; at most 200 are accepted.").arg(title.size()), {}, ErrorCode::InvalidInput};
    if (generationIds.isEmpty() && filePaths.isEmpty())
        return Error{tr("A dataset needs images: name generations or image files."), {}, ErrorCode::InvalidInput};
    if (generationIds.size() + filePaths.size() > kMaxImages)
        return Error{tr("A dataset takes at most %1 images; %2 were given.").arg(kMaxImages).arg(generationIds.size() + filePaths.size()), {}, ErrorCode::InvalidInput};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM brands WHERE id = ?"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the brand"));
    if (!q.next())
        return Error{tr("There is no brand \"%1\" (or it is not yours to see).").arg(brandId), {}, ErrorCode::NotFound};

    // Every image is read and checked before anything is written.
    QList<Candidate> all;
    QList<Candidate> accepted;
    qint64 acceptedBytes = 0;
    const auto judge = [&](Candidate c) {
        const int index = int(all.size()) + 1;
        if (c.image.reason.isEmpty()) {
            check(c, index, accepted, acceptedBytes);
            if (c.image.accepted)
                accepted.append(c);
        }
        c.bytes = c.image.accepted && c.fromFile ? c.bytes : QByteArray(); // only new files are stored
        all.append(std::move(c));
    };
    for (const QString &id : generationIds) {
        Candidate c;
        c.image.source = QStringLiteral("generation:") + id;
        c.label = tr("generation %1").arg(id);
        const QString who = tr("image %1 (%2)").arg(all.size() + 1).arg(c.label);
        q.prepare(QStringLiteral("SELECT status, result_url FROM ai_generations WHERE id = ? AND brand_id = ?"));
        q.addBindValue(id);
        q.addBindValue(brandId);
        if (!q.exec())
            return Database::queryError(q, tr("Reading the generations"));
        if (!q.next()) {
            c.image.reason = tr("%1 is not a generation of this brand").arg(who);
        } else if (q.value(0).toString() != QLatin1String("completed")) {
            c.image.reason = tr("%1 is not completed (it is %2)").arg(who, q.value(0).toString());
        } else if (AssetStore::shaOf(q.value(1).toString()).isEmpty()) {
            c.image.reason = tr("%1 has no stored result").arg(who);
        } else {
            auto bytes = AssetStore::get(db, brandId, AssetStore::shaOf(q.value(1).toString()));
            if (bytes)
                c.bytes = bytes.value();
            else
                c.image.reason = tr("%1 cannot be read: %2").arg(who, bytes.error().message);
        }
        judge(std::move(c));
    }
    for (const QString &path : filePaths) {
        Candidate c;
        const QFileInfo info(path);
        c.fromFile = true;
        c.image.source = info.absoluteFilePath();
        c.label = info.fileName();
        const QString who = tr("image %1 (%2)").arg(all.size() + 1).arg(c.label);
        QFile file(path);
        if (!info.isFile()) {
            c.image.reason = tr("%1 is not a file: %2").arg(who, QDir::toNativeSeparators(c.image.source));
        } else if (info.size() > kMaxImageBytes) {
            c.image.reason = tr("%1 is %2 MB; at most %3 MB are accepted")
                                 .arg(who, QString::number(double(info.size()) / (1024 * 1024), 'f', 1),
                                      QString::number(kMaxImageBytes / (1024 * 1024)));
        } else if (!file.open(QIODevice::ReadOnly)) {
            c.image.reason = tr("%1 cannot be read: %2").arg(who, file.errorString());
        } else {
            c.bytes = file.readAll();
        }
        judge(std::move(c));
    }

    double qualitySum = 0;
    QJsonArray images;
    for (const Candidate &c : std::as_const(all)) {
        images.append(toJson(c.image));
        if (c.image.accepted)
            qualitySum += c.image.quality;
    }
    const int validated = int(accepted.size());
    const QString what = tr("Recording the dataset \"%1\"").arg(title);
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction transaction(db);
    if (auto s = transaction.begin(what); !s)
        return s.error();
    for (const Candidate &c : std::as_const(all)) {
        if (c.bytes.isEmpty())
            continue;
        if (auto stored = AssetStore::put(db, brandId, c.bytes, c.image.mimeType); !stored)
            return stored.error();
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT INTO ai_training_datasets (id, name, images, validated, total, quality, status, brand_id, created_at) "
                             "VALUES (?, ?, %1, ?, ?, ?, ?, ?, ?)")
                  .arg(d.jsonParameter()));
    w.addBindValue(id);
    w.addBindValue(title);
    w.addBindValue(QString::fromUtf8(QJsonDocument(images).toJson(QJsonDocument::Compact)));
    w.addBindValue(validated);
    w.addBindValue(int(all.size()));
    w.addBindValue(validated > 0 ? qualitySum / validated : 0.0);
    w.addBindValue(validated > 0 ? QStringLiteral("ready") : QStringLiteral("preparing"));
    w.addBindValue(brandId);
    w.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
    if (!w.exec())
        return Database::queryError(w, what);
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("create"), QStringLiteral("ai_training_dataset"), id, brandId,
                                          {{QStringLiteral("name"), title}, {QStringLiteral("validated"), validated},
                                           {QStringLiteral("total"), int(all.size())}});
        !s)
        return s.error();
    if (auto s = transaction.commit(what); !s)
        return s.error();
    return dataset(db, id);
}

Result<TrainingDataset> TrainingService::dataset(const QSqlDatabase &db, const QString &datasetId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_training_datasets WHERE id = ?").arg(QLatin1String(kDatasetColumns)));
    q.addBindValue(datasetId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading a dataset"));
    if (!q.next())
        return Error{tr("There is no dataset %1 (or it is not yours to see).").arg(datasetId), {}, ErrorCode::NotFound};
    return datasetOf(q, SqlDialect::of(db));
}

Result<QList<TrainingDataset>> TrainingService::datasets(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_training_datasets WHERE brand_id = ? ORDER BY created_at DESC, id")
                  .arg(QLatin1String(kDatasetColumns)));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the datasets"));
    QList<TrainingDataset> rows;
    const SqlDialect d = SqlDialect::of(db);
    while (q.next()) {
        auto dataset = datasetOf(q, d);
        if (!dataset)
            return dataset.error();
        rows.append(dataset.value());
    }
    return rows;
}

Result<CustomModel> TrainingService::trainModel(const QSqlDatabase &db, const QString &datasetId, const QString &baseModel,
                                                const QString &destination, int steps, const QJsonObject &extraInput)
{
    if (!ReplicateTrainings::isModelName(baseModel, true))
        return Error{tr("The base model \"%1\" is not written owner/name:version (a version of a trainer at Replicate).").arg(baseModel), {}, ErrorCode::InvalidInput};
    if (!ReplicateTrainings::isModelName(destination, false))
        return Error{tr("The destination \"%1\" is not written owner/name (a model of yours at Replicate).").arg(destination), {}, ErrorCode::InvalidInput};
    if (steps < 1 || steps > kMaxSteps)
        return Error{tr("The training steps must be between 1 and %1; %2 were asked.").arg(kMaxSteps).arg(steps), {}, ErrorCode::InvalidInput};
    if (compact(extraInput).size() > 16384)
        return Error{tr("The training's extra input is larger than 16 KB."), {}, ErrorCode::InvalidInput};
    auto set = dataset(db, datasetId);
    if (!set)
        return set.error();
    if (set->status == QLatin1String("training"))
        return Error{tr("The dataset \"%1\" is being trained already; wait for that training to end.").arg(set->name), {}, ErrorCode::Conflict};
    if (set->status != QLatin1String("ready") || set->validated < 1)
        return Error{tr("The dataset \"%1\" has no accepted image to train on.").arg(set->name), {}, ErrorCode::InvalidInput};
    if (auto base = baseModelOf(db, baseModel); !base)
        return base.error();
    auto client = replicateClient();
    if (!client)
        return client.error();

    // The accepted images, as a ZIP sent inline.
    ZipWriter zip;
    qint64 bytes = 0;
    for (const TrainingImage &image : std::as_const(set->images)) {
        if (!image.accepted)
            continue;
        auto data = AssetStore::get(db, set->brandId, image.sha256);
        if (!data)
            return Error{tr("The dataset \"%1\" lost an image: %2").arg(set->name, data.error().message), data.error().detail,
                         data.error().code};
        bytes += data->size();
        if (bytes > kMaxDatasetBytes)
            return Error{tr("The images of the dataset \"%1\" are over %2 MB, the most a training takes inline.")
                             .arg(set->name, QString::number(kMaxDatasetBytes / (1024 * 1024))),
                         {}, ErrorCode::InvalidInput};
        if (auto added = zip.add(QStringLiteral("image-%1.%2").arg(zip.count() + 1, 3, 10, QLatin1Char('0')).arg(extensionOf(image.mimeType)),
                                 data.value());
            !added)
            return added.error();
    }
    if (zip.count() == 0) // a dataset recorded before its images were checked and stored (the demo's)
        return Error{tr("The dataset \"%1\" holds no stored image to train on; make a new one from its images.").arg(set->name), {}, ErrorCode::InvalidInput};
    QJsonObject input = extraInput;
    input.insert(QStringLiteral("input_images"), QString::fromLatin1("data:application/zip;base64," + zip.finish().toBase64()));
    input.insert(QStringLiteral("steps"), steps);

    const auto started = client->create(baseModel, destination, input);
    if (const auto *e = std::get_if<ProviderError>(&started))
        return e->toError();
    const ReplicateTrainings::Training training = std::get<ReplicateTrainings::Training>(started);

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString what = tr("Recording the training of %1").arg(destination);
    // A training Replicate started but that cannot be recorded would run unseen, and cost: it is cancelled.
    const auto undo = [&](const Error &e) {
        const bool cancelled = std::holds_alternative<ReplicateTrainings::Training>(client->cancel(training.id));
        return Error{cancelled ? tr("%1 The training %2 was cancelled at Replicate.").arg(e.message, training.id)
                               : tr("%1 The training %2 could not be cancelled at Replicate: cancel it there.").arg(e.message, training.id),
                     e.detail, e.code};
    };
    {
        const SqlDialect d = SqlDialect::of(db);
        WriteTransaction transaction(db);
        if (auto s = transaction.begin(what); !s)
            return undo(s.error());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE ai_training_datasets SET status = 'training' WHERE id = ? AND status = 'ready'"));
        q.addBindValue(datasetId);
        if (!q.exec())
            return undo(Database::queryError(q, what));
        if (q.numRowsAffected() == 0)
            return undo(Error{tr("The dataset \"%1\" started training from another desktop meanwhile.").arg(set->name), {}, ErrorCode::Conflict});
        q.prepare(QStringLiteral("INSERT INTO ai_custom_models (id, name, base_model, dataset_id, accuracy, status, cost_cents, "
                                 "provider_job_id, brand_id, created_at) VALUES (?, ?, ?, ?, ?, 'training', 0, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(destination);
        q.addBindValue(baseModel);
        q.addBindValue(datasetId);
        q.addBindValue(set->total > 0 ? double(set->validated) / set->total : 0.0);
        q.addBindValue(training.id);
        q.addBindValue(set->brandId);
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
        if (!q.exec())
            return undo(Database::queryError(q, what));
        if (auto s = AuditTrail::recordWithin(db, QStringLiteral("create"), QStringLiteral("ai_custom_model"), id, set->brandId,
                                              {{QStringLiteral("dataset_id"), datasetId}, {QStringLiteral("base_model"), baseModel},
                                               {QStringLiteral("destination"), destination}, {QStringLiteral("training"), training.id},
                                               {QStringLiteral("steps"), steps}});
            !s)
            return undo(s.error());
        if (auto s = transaction.commit(what); !s)
            return undo(s.error());
    }
    auto model = customModel(db, id);
    // The training may have ended at once (a cached or refused one): recorded now rather than at the next poll.
    if (model && training.isFinished())
        return recordEnd(db, model.value(), training);
    return model;
}

Result<CustomModel> TrainingService::trainingStatus(const QSqlDatabase &db, const QString &customModelId)
{
    auto model = customModel(db, customModelId);
    if (!model || model->status != QLatin1String("training"))
        return model;
    auto client = replicateClient();
    if (!client)
        return client.error();
    const auto answer = client->get(model->providerJobId);
    if (const auto *e = std::get_if<ProviderError>(&answer))
        return e->toError();
    return recordEnd(db, model.value(), std::get<ReplicateTrainings::Training>(answer));
}

Result<CustomModel> TrainingService::cancelTraining(const QSqlDatabase &db, const QString &customModelId)
{
    auto model = customModel(db, customModelId);
    if (!model)
        return model;
    if (model->status != QLatin1String("training"))
        return Error{tr("The model %1 is not training (it is %2).").arg(model->name, model->status), {}, ErrorCode::Conflict};
    auto client = replicateClient();
    if (!client)
        return client.error();
    const auto answer = client->cancel(model->providerJobId);
    if (const auto *e = std::get_if<ProviderError>(&answer))
        return e->toError();
    const auto &training = std::get<ReplicateTrainings::Training>(answer);
    // A training that had just succeeded is kept; anything else stops here.
    return recordEnd(db, model.value(), training,
                  training.status == QLatin1String("succeeded") ? QString() : tr("The training was cancelled from Atelier."));
}

Result<CustomModel> TrainingService::customModel(const QSqlDatabase &db, const QString &customModelId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_custom_models c WHERE c.id = ?").arg(customColumns(d)));
    q.addBindValue(customModelId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading a custom model"));
    if (!q.next())
        return Error{tr("There is no custom model %1 (or it is not yours to see).").arg(customModelId), {}, ErrorCode::NotFound};
    return customOf(q, d);
}

Result<QList<CustomModel>> TrainingService::customModels(const QSqlDatabase &db, const QString &brandId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_custom_models c WHERE c.brand_id = ? ORDER BY c.created_at DESC, c.id").arg(customColumns(d)));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the custom models"));
    QList<CustomModel> rows;
    while (q.next())
        rows.append(customOf(q, d));
    return rows;
}

TrainingImage TrainingService::inspect(const QByteArray &bytes, const QString &label)
{
    Candidate c;
    c.label = label;
    c.bytes = bytes;
    c.fromFile = true;
    qint64 none = 0;
    check(c, 1, {}, none);
    return c.image;
}

} // namespace Atelier
