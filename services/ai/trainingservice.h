#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Atelier {

/// One image offered to a training dataset, and what its checks found.
struct TrainingImage final
{
    QString source;   // "generation:<id>", or the file's absolute path
    QString sha256;   // of the bytes, when they could be read; accepted images are in ai_assets under it
    QString mimeType; // image/png, image/jpeg or image/webp, once recognised
    int width = 0;
    int height = 0;
    bool accepted = false;
    QString reason;     // why it was refused (translated when the dataset was made); empty when accepted
    double quality = 0; // the automatic quality score, 0–100, of an accepted image
};

/// A row of ai_training_datasets.
struct TrainingDataset final
{
    QString id;
    QString name;
    QList<TrainingImage> images;
    int validated = 0; // accepted images
    int total = 0;     // images offered
    double quality = 0; // mean quality of the accepted images, 0–100
    QString status;     // preparing (no image accepted yet), ready, training
    QString brandId;
    QDateTime createdAt;
};

/// A row of ai_custom_models: a model trained at Replicate on a dataset.
struct CustomModel final
{
    QString id;
    QString name;      // the destination model at Replicate, owner/name
    QString baseModel; // the trainer, owner/name:version
    QString datasetId;
    double accuracy = 0; // the dataset's validated / total (Replicate measures no accuracy)
    QString status;      // training, ready, failed
    int costCents = 0;   // 0: Replicate's training object carries no price
    QString providerJobId;
    QString brandId;
    QDateTime createdAt;
    QDateTime trainedAt;
    QString registeredModel; // the ai_models name it is used by once ready ("owner/name:version")
    QString error;           // why it failed, as Replicate said on the poll that found it (also in the audit trail)
    ErrorCode errorCode = ErrorCode::Unspecified; // what that failure was (Cancelled, ServerError …)
};

/// AI Studio training: datasets of checked images, and custom models trained on them through Replicate's
/// trainings API, registered in ai_models once trained so that generations can use them.
///
/// An image is accepted when it is a PNG, JPEG or WebP picture that this desktop can decode, at least 512×512
/// pixels, and not a near-duplicate (PerceptualHash) of an image accepted before it. Calls that reach Replicate
/// block the calling thread: run them on a worker.
class TrainingService final
{
    Q_DECLARE_TR_FUNCTIONS(TrainingService)
public:
    static constexpr int kMinimumSide = 512;
    /// One imported file's verdict on its own: a PNG, JPEG or WebP that decodes, at least kMinimumSide on each side
    /// (said from the header when it can, before decoding), with its quality — or the reason it is refused, naming
    /// \a label. Whatever the bytes, a verdict, never a crash (fuzzed: fuzz_dataset).
    static TrainingImage inspect(const QByteArray &bytes, const QString &label);

    /// Checks the images of \a generationIds (completed generations of the brand) and of \a filePaths, and records
    /// the dataset with every image and its verdict, the accepted ones stored in ai_assets; all in one transaction.
    static Result<TrainingDataset> createDataset(const QSqlDatabase &db, const QString &brandId, const QString &name,
                                                 const QStringList &generationIds, const QStringList &filePaths);
    static Result<TrainingDataset> dataset(const QSqlDatabase &db, const QString &datasetId);
    /// The datasets of a brand, newest first.
    static Result<QList<TrainingDataset>> datasets(const QSqlDatabase &db, const QString &brandId);

    /// Starts training \a baseModel ("owner/name:version", a model registered in ai_models) on a ready dataset into
    /// \a destination ("owner/name", a model that exists at Replicate) for \a steps steps; the dataset's accepted
    /// images go as a ZIP in input_images, with \a extraInput (trigger_word …) beside them. The dataset is then
    /// training until the training ends.
    static Result<CustomModel> trainModel(const QSqlDatabase &db, const QString &datasetId, const QString &baseModel,
                                          const QString &destination, int steps, const QJsonObject &extraInput = {});
    /// Asks Replicate once how the training goes and records what it says: ready (the new version registered in
    /// ai_models) or failed; still training otherwise. A model no longer training is returned as it is.
    static Result<CustomModel> trainingStatus(const QSqlDatabase &db, const QString &customModelId);
    /// Stops a training at Replicate (so it stops costing) and records the model as failed.
    static Result<CustomModel> cancelTraining(const QSqlDatabase &db, const QString &customModelId);
    static Result<CustomModel> customModel(const QSqlDatabase &db, const QString &customModelId);
    /// The custom models of a brand, newest first.
    static Result<QList<CustomModel>> customModels(const QSqlDatabase &db, const QString &brandId);
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::TrainingDataset)
Q_DECLARE_METATYPE(Atelier::CustomModel)
