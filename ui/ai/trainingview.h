#pragma once

#include "studioview.h"

#include <QHash>
#include <QStringList>

class QAbstractItemModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Atelier {

class TrainingDatasetModel;
class TrainingImageModel;
class CustomModelTableModel;
struct CustomModel;
struct TrainingDataset;

/// Training: the brand's datasets with every image's verdict, new datasets checked off the GUI thread, and the
/// custom models trained on them at Replicate, followed by polling while they train, cancelled on request.
class TrainingView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingView)
public:
    explicit TrainingView(QWidget *parent = nullptr);
    ~TrainingView() override;
    QString viewName() const override { return QStringLiteral("training"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    /// Reads the datasets and the custom models again (off the GUI thread); loaded() follows.
    void reload();
    QAbstractItemModel *datasetModel() const;
    /// The images of the selected dataset and their verdicts.
    QAbstractItemModel *imageModel() const;
    QAbstractItemModel *customModelModel() const;

    /// Generations the "New dataset…" dialog starts with (the gallery's selection, say).
    void setSelectedGenerations(const QStringList &ids);
    /// Checks the images and records the dataset off the GUI thread; datasetCreated(ok) follows.
    void createDataset(const QString &name, const QStringList &generationIds, const QStringList &filePaths);
    bool selectDataset(const QString &id);
    QString selectedDatasetId() const;
    /// Starts training \a baseModel ("owner/name:version") on a ready dataset into \a destination ("owner/name") off
    /// the GUI thread; trainingStarted(ok) follows. \a triggerWord, if given, is the word the images are captioned by.
    void train(const QString &datasetId, const QString &baseModel, const QString &destination, int steps,
               const QString &triggerWord = {});
    /// Stops the training of a custom model at Replicate; trainingCancelled(ok) follows.
    void cancelTraining(const QString &customModelId);
    bool selectCustomModel(const QString &id);

    /// Asks Replicate now how every model in training goes; trainingPolled() follows (at once when none trains).
    void pollNow();
    /// How often a model in training is asked about.
    void setPollInterval(int ms);
    int pollInterval() const;
    /// Whether a model is in training and followed.
    bool isFollowingTraining() const;
    /// What the training line says (progress or why Replicate could not be asked).
    QString trainingText() const;
    QString statusText() const;
    /// Why a training cannot start from \a baseModel into \a destination as written, in words; empty when it can.
    static QString trainingProblem(const QString &baseModel, const QString &destination);

signals:
    void datasetCreated(bool ok);
    void trainingStarted(bool ok);
    void trainingCancelled(bool ok);
    /// A round of polling ended.
    void trainingPolled();
    /// A custom model stopped training: \a status is ready or failed.
    void trainingEnded(const QString &customModelId, const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Reads again, then says \a statusAfter (what the action that asked for it did) rather than the counts.
    void load(const QString &statusAfter, bool error);
    void showDataset(int row);
    void updateButtons();
    void updateFollowing();
    void showStatus(const QString &text, bool error = false);
    void askNewDataset();
    void askTrain();
    void askCancel();
    bool isCurrent(const QString &contextKey) const;
    QString contextKey() const;
    void retranslate();

    struct Snapshot;   // what a read brings: datasets, custom models, and the registry's Replicate models
    struct PollAnswer; // what a round of polling found: the models asked about, and the calls that failed

    StudioContext m_context;
    TrainingDatasetModel *m_datasets;
    TrainingImageModel *m_images;
    CustomModelTableModel *m_models;
    QLabel *m_heading;
    QLabel *m_datasetsHeading;
    QTableView *m_datasetTable;
    QLabel *m_imagesHeading;
    QTableView *m_imageTable;
    QPushButton *m_newDataset;
    QPushButton *m_train;
    QLabel *m_modelsHeading;
    QTableView *m_modelTable;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_trainingLine;
    QLabel *m_status;
    QTimer *m_pollTimer;
    QStringList m_selectedGenerations;
    QStringList m_trainers; // Replicate models of the registry, offered as base models
    QString m_pollProblem;
    Request<Result<Snapshot>> m_loading{this};
    Request<Result<TrainingDataset>> m_creating{this};
    Request<Result<CustomModel>> m_starting{this};
    std::list<Request<Result<CustomModel>>> m_cancelling; // each cancellation answers
    Request<Result<PollAnswer>> m_polling{this};
    bool m_hasContext = false;
};

} // namespace Atelier
