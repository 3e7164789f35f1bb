#include "trainingview.h"

#include "ai/providers/replicatetrainings.h"
#include "ai/studioanalytics.h"
#include "ai/trainingmodels.h"
#include "ai/trainingservice.h"
#include "core/plaintext.h"
#include "core/theme.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Atelier {

namespace {

constexpr int kDefaultPollMs = 5000;
constexpr int kDefaultSteps = 1000;

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

/// Columns as wide as their contents, up to a limit: a trainer's 64-digit version is read in its tooltip.
void fitColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    const int most = table->fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->horizontalHeader()->sectionResizeMode(c) == QHeaderView::Interactive && table->columnWidth(c) > most)
            table->setColumnWidth(c, most);
}

QLabel *sectionHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // dataset names
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// The icons of the style beside the images' verdicts.
void showVerdictIcons(TrainingImageModel *images, const QStyle *style)
{
    images->setVerdictIcons(style->standardIcon(QStyle::SP_DialogApplyButton), style->standardIcon(QStyle::SP_MessageBoxWarning));
}

QStringList generationIdsIn(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList ids;
    for (const QString &id : text.split(separators, Qt::SkipEmptyParts))
        if (!ids.contains(id))
            ids.append(id);
    return ids;
}

} // namespace

struct TrainingView::Snapshot
{
    QList<TrainingDataset> datasets;
    QList<CustomModel> models;
    QStringList trainers;
};

struct TrainingView::PollAnswer
{
    QList<CustomModel> models;
    QStringList problems;
};

TrainingView::TrainingView(QWidget *parent)
    : StudioView(parent), m_datasets(new TrainingDatasetModel(this)), m_images(new TrainingImageModel(this)),
      m_models(new CustomModelTableModel(this)), m_heading(new QLabel(this)), m_datasetsHeading(sectionHeading(this)),
      m_datasetTable(new QTableView(this)), m_imagesHeading(sectionHeading(this)), m_imageTable(new QTableView(this)),
      m_newDataset(new QPushButton(this)), m_train(new QPushButton(this)), m_modelsHeading(sectionHeading(this)),
      m_modelTable(new QTableView(this)), m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)),
      m_trainingLine(new QLabel(this)), m_status(new QLabel(this)), m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);

    m_datasetTable->setModel(m_datasets);
    m_imageTable->setModel(m_images);
    m_modelTable->setModel(m_models);
    showVerdictIcons(m_images, style());
    for (QTableView *t : {m_datasetTable, m_imageTable, m_modelTable}) {
        setUpTable(t);
        showToolTipsAsPlainText(t); // file names, names, Replicate's errors
    }
    m_datasetTable->horizontalHeader()->setSectionResizeMode(TrainingDatasetModel::NameColumn, QHeaderView::Stretch);
    m_imageTable->horizontalHeader()->setSectionResizeMode(TrainingImageModel::VerdictColumn, QHeaderView::Stretch);
    m_imageTable->horizontalHeader()->setStretchLastSection(false);
    m_imageTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // The verdicts are the point of this table: they wrap rather than being cut.
    m_imageTable->setWordWrap(true);
    m_imageTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_datasetsHeading->setBuddy(m_datasetTable);
    m_imagesHeading->setBuddy(m_imageTable);
    m_modelsHeading->setBuddy(m_modelTable);
    m_imagesHeading->setWordWrap(true);
    m_progress->setRange(0, 0); // busy: Replicate says no share done, only whether it runs
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_trainingLine->setWordWrap(true);
    m_trainingLine->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pollTimer->setInterval(kDefaultPollMs);
    m_train->setEnabled(false);
    m_cancel->setEnabled(false);

    // Datasets above (the list, and the selected one's images beside it), custom models below.
    auto *datasetButtons = new QHBoxLayout;
    datasetButtons->addWidget(m_datasetsHeading);
    datasetButtons->addStretch(1);
    datasetButtons->addWidget(m_newDataset);
    datasetButtons->addWidget(m_train);
    auto *datasetList = new QWidget(this);
    auto *datasetListLayout = new QVBoxLayout(datasetList);
    datasetListLayout->setContentsMargins(0, 0, 0, 0);
    datasetListLayout->addLayout(datasetButtons);
    datasetListLayout->addWidget(m_datasetTable, 1);
    auto *imageList = new QWidget(this);
    auto *imageListLayout = new QVBoxLayout(imageList);
    imageListLayout->setContentsMargins(0, 0, 0, 0);
    imageListLayout->addWidget(m_imagesHeading);
    imageListLayout->addWidget(m_imageTable, 1);
    auto *datasetSplitter = new QSplitter(Qt::Horizontal, this);
    datasetSplitter->addWidget(datasetList);
    datasetSplitter->addWidget(imageList);
    datasetSplitter->setStretchFactor(0, 2);
    datasetSplitter->setStretchFactor(1, 3);
    datasetSplitter->setChildrenCollapsible(false);

    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(m_modelsHeading);
    modelButtons->addStretch(1);
    modelButtons->addWidget(m_cancel);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress);
    progress->addWidget(m_trainingLine, 1);
    auto *models = new QWidget(this);
    auto *modelsLayout = new QVBoxLayout(models);
    modelsLayout->setContentsMargins(0, 0, 0, 0);
    modelsLayout->addLayout(modelButtons);
    modelsLayout->addWidget(m_modelTable, 1);
    modelsLayout->addLayout(progress);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(datasetSplitter);
    splitter->addWidget(models);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    QWidget::setTabOrder(m_newDataset, m_train);
    QWidget::setTabOrder(m_train, m_datasetTable);
    QWidget::setTabOrder(m_datasetTable, m_imageTable);
    QWidget::setTabOrder(m_imageTable, m_cancel);
    QWidget::setTabOrder(m_cancel, m_modelTable);

    connect(m_datasetTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showDataset(current.isValid() ? current.row() : -1); });
    connect(m_modelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingView::updateButtons);
    connect(m_newDataset, &QPushButton::clicked, this, &TrainingView::askNewDataset);
    connect(m_train, &QPushButton::clicked, this, &TrainingView::askTrain);
    connect(m_cancel, &QPushButton::clicked, this, &TrainingView::askCancel);
    connect(m_pollTimer, &QTimer::timeout, this, &TrainingView::pollNow);
    retranslate();
}

TrainingView::~TrainingView() = default;

QString TrainingView::title() const
{
    return tr("Training");
}

QAbstractItemModel *TrainingView::datasetModel() const
{
    return m_datasets;
}

QAbstractItemModel *TrainingView::imageModel() const
{
    return m_images;
}

QAbstractItemModel *TrainingView::customModelModel() const
{
    return m_models;
}

QString TrainingView::contextKey() const
{
    return m_context.database.toString() + QLatin1Char('\n') + m_context.brandId;
}

bool TrainingView::isCurrent(const QString &key) const
{
    return key == contextKey();
}

void TrainingView::setContext(const StudioContext &context)
{
    // Datasets and models belong to the brand: the dates change nothing here, but a trip back to the tab shows news.
    const bool sameBrand = m_hasContext && context.database.toString() == m_context.database.toString() && context.brandId == m_context.brandId;
    m_context = context;
    m_hasContext = !context.brandId.isEmpty();
    if (!sameBrand) {
        m_pollProblem.clear();
        m_datasets->setRows({});
        m_images->setRows({});
        m_models->setRows({});
        updateFollowing();
        updateButtons();
    }
    reload();
}

void TrainingView::reload()
{
    load({}, false);
}

void TrainingView::load(const QString &statusAfter, bool error)
{
    if (!m_hasContext)
        return;
    if (statusAfter.isEmpty())
        showStatus(tr("Loading the datasets and custom models…"));
    else
        showStatus(statusAfter, error);
    const QString brandId = m_context.brandId;
    using Answer = Result<Snapshot>;
    m_loading.startWithDatabase(
        m_context.database,
        [brandId](const QSqlDatabase &db, CancelToken &) -> Answer {
            Snapshot s;
            auto datasets = TrainingService::datasets(db, brandId);
            if (!datasets)
                return datasets.error();
            s.datasets = datasets.value();
            auto models = TrainingService::customModels(db, brandId);
            if (!models)
                return models.error();
            s.models = models.value();
            // Only suggestions for the Train dialog: a registry that cannot be read leaves the field to be typed.
            if (auto registry = StudioAnalytics::listModels(db, QStringLiteral("replicate")))
                for (const AiModel &m : registry.value())
                    if (m.active)
                        s.trainers.append(m.name);
            return s;
        },
        [this, statusAfter, error](Answer answer) {
            if (!answer) {
                showStatus(answer.error().message, true);
                emit failed(answer.error().message);
                return;
            }
            const QString dataset = selectedDatasetId();
            const QModelIndex currentModel = m_modelTable->currentIndex();
            const QString model = currentModel.isValid() ? m_models->rows().at(currentModel.row()).id : QString();

            m_datasets->setRows(answer->datasets);
            QHash<QString, QString> names;
            for (const TrainingDataset &s : answer->datasets)
                names.insert(s.id, s.name);
            m_models->setRows(answer->models); // a failed training's reason is stored with it
            m_models->setDatasetNames(names);
            m_trainers = answer->trainers;
            fitColumns(m_datasetTable);
            fitColumns(m_modelTable);

            if (!selectDataset(dataset)) {
                if (answer->datasets.isEmpty())
                    showDataset(-1);
                else
                    selectDataset(answer->datasets.first().id);
            }
            selectCustomModel(model);
            updateFollowing();
            updateButtons();
            if (statusAfter.isEmpty())
                showStatus(tr("%1 and %2.", "datasets and custom models")
                               .arg(tr("%n dataset(s)", nullptr, int(answer->datasets.size())),
                                    tr("%n custom model(s)", nullptr, int(answer->models.size()))));
            else
                showStatus(statusAfter, error); // what the action that asked for this read said
            emit loaded();
        });
}

bool TrainingView::selectDataset(const QString &id)
{
    const int row = m_datasets->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_datasets->index(row, 0);
    m_datasetTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_datasetTable->scrollTo(index);
    showDataset(row); // also when it was current already: its rows may be new
    return true;
}

QString TrainingView::selectedDatasetId() const
{
    const QModelIndex current = m_datasetTable->currentIndex();
    return current.isValid() && current.row() < m_datasets->rows().size() ? m_datasets->rows().at(current.row()).id : QString();
}

bool TrainingView::selectCustomModel(const QString &id)
{
    const int row = m_models->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_models->index(row, 0);
    m_modelTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_modelTable->scrollTo(index);
    updateButtons();
    return true;
}

void TrainingView::showDataset(int row)
{
    if (row < 0 || row >= m_datasets->rows().size()) {
        m_images->setRows({});
        m_imagesHeading->setText(tr("&Images: choose a dataset"));
        updateButtons();
        return;
    }
    const TrainingDataset &s = m_datasets->rows().at(row);
    m_images->setRows(s.images);
    m_imagesHeading->setText(s.validated > 0 ? tr("&Images of \"%1\": %2 of %3 accepted, mean quality %4")
                                                   .arg(s.name, QLocale().toString(s.validated), QLocale().toString(s.total),
                                                        QLocale().toString(s.quality, 'f', 0))
                                             : tr("&Images of \"%1\": none of %2 accepted").arg(s.name, QLocale().toString(s.total)));
    updateButtons();
}

void TrainingView::updateButtons()
{
    const int dataset = m_datasetTable->currentIndex().isValid() ? m_datasetTable->currentIndex().row() : -1;
    const bool ready = dataset >= 0 && dataset < m_datasets->rows().size()
                       && m_datasets->rows().at(dataset).status == QLatin1String("ready") && m_datasets->rows().at(dataset).validated > 0;
    m_train->setEnabled(m_hasContext && ready && !m_starting.isRunning());
    m_newDataset->setEnabled(m_hasContext && !m_creating.isRunning());
    const int model = m_modelTable->currentIndex().isValid() ? m_modelTable->currentIndex().row() : -1;
    m_cancel->setEnabled(model >= 0 && model < m_models->rows().size()
                         && m_models->rows().at(model).status == QLatin1String("training"));
}

void TrainingView::updateFollowing()
{
    QStringList training;
    for (const CustomModel &m : m_models->rows())
        if (m.status == QLatin1String("training"))
            training.append(m.name);
    if (training.isEmpty()) {
        m_pollTimer->stop();
        m_progress->hide();
        m_trainingLine->setText(m_pollProblem);
        return;
    }
    if (!m_pollTimer->isActive())
        m_pollTimer->start();
    m_progress->show();
    QString line = tr("Training %1 at Replicate; asked how it goes every %n second(s).", nullptr, qMax(1, m_pollTimer->interval() / 1000))
                       .arg(training.join(QLatin1String(", ")));
    if (!m_pollProblem.isEmpty())
        line += QLatin1Char(' ') + m_pollProblem;
    m_trainingLine->setText(line);
}

void TrainingView::showStatus(const QString &text, bool error)
{
    Theme::setTone(m_status, error ? Theme::Tone::Error : Theme::Tone::Normal);
    m_status->setText(text);
}

void TrainingView::setSelectedGenerations(const QStringList &ids)
{
    m_selectedGenerations = ids;
}

void TrainingView::createDataset(const QString &name, const QStringList &generationIds, const QStringList &filePaths)
{
    if (!m_hasContext || m_creating.isRunning()) {
        emit datasetCreated(false);
        return;
    }
    showStatus(tr("Checking %n image(s) for \"%1\"…", nullptr, int(generationIds.size() + filePaths.size())).arg(name.simplified()));
    const QString key = contextKey();
    const QString brandId = m_context.brandId;
    using Answer = Result<TrainingDataset>;
    m_creating.startChange(
        m_context.database,
        [brandId, name, generationIds, filePaths](const QSqlDatabase &db) {
            return TrainingService::createDataset(db, brandId, name, generationIds, filePaths);
        },
        [this, key](Answer made) {
            updateButtons();
            if (!isCurrent(key)) {
                emit datasetCreated(made.ok());
                return;
            }
            if (!made) {
                showStatus(tr("The dataset was not made: %1").arg(made.error().message), true);
                emit failed(made.error().message);
                emit datasetCreated(false);
                return;
            }
            // Shown at once with its verdicts; the read that follows puts it in its place among the others.
            m_datasets->insertRowAt(0, made.value());
            selectDataset(made->id);
            load(made->validated > 0
                     ? tr("Dataset \"%1\" made: %2 of %3 images accepted.").arg(made->name).arg(made->validated).arg(made->total)
                     : tr("Dataset \"%1\" made, but none of its %2 images was accepted: see why beside it.").arg(made->name).arg(made->total),
                 made->validated == 0);
            emit datasetCreated(true);
        });
    updateButtons();
}

QString TrainingView::trainingProblem(const QString &baseModel, const QString &destination)
{
    if (baseModel.trimmed().isEmpty())
        return tr("Name the base model: the trainer at Replicate, written owner/name:version.");
    if (!ReplicateTrainings::isModelName(baseModel.trimmed(), true))
        return tr("The base model \"%1\" is not written owner/name:version (a version of a trainer at Replicate).").arg(baseModel.trimmed());
    if (destination.trimmed().isEmpty())
        return tr("Name the destination: a model of yours at Replicate, written owner/name, that the training adds a version to.");
    if (!ReplicateTrainings::isModelName(destination.trimmed(), false))
        return tr("The destination \"%1\" is not written owner/name (a model of yours at Replicate).").arg(destination.trimmed());
    return {};
}

void TrainingView::train(const QString &datasetId, const QString &baseModel, const QString &destination, int steps,
                         const QString &triggerWord)
{
    if (!m_hasContext || m_starting.isRunning()) {
        emit trainingStarted(false);
        return;
    }
    if (const QString problem = trainingProblem(baseModel, destination); !problem.isEmpty()) {
        showStatus(problem, true);
        emit trainingStarted(false);
        return;
    }
    showStatus(tr("Sending the images to Replicate to train %1…").arg(destination.trimmed()));
    const QString key = contextKey();
    QJsonObject extra;
    if (!triggerWord.trimmed().isEmpty())
        extra.insert(QStringLiteral("trigger_word"), triggerWord.trimmed());
    const QString base = baseModel.trimmed();
    const QString into = destination.trimmed();
    using Answer = Result<CustomModel>;
    m_starting.startChange(
        m_context.database,
        [datasetId, base, into, steps, extra](const QSqlDatabase &db) {
            return TrainingService::trainModel(db, datasetId, base, into, steps, extra);
        },
        [this, key](Answer started) {
            updateButtons();
            if (!isCurrent(key)) {
                emit trainingStarted(started.ok());
                return;
            }
            if (!started) {
                showStatus(tr("The training did not start: %1").arg(started.error().message), true);
                emit failed(started.error().message);
                emit trainingStarted(false);
                return;
            }
            m_models->insertRowAt(0, started.value());
            // Named at once from the datasets shown, not only by the next reading.
            if (const int dataset = m_datasets->rowOf(started->datasetId); dataset >= 0)
                m_models->nameDataset(started->datasetId, m_datasets->rows().at(dataset).name);
            selectCustomModel(started->id);
            updateFollowing();
            load(started->status == QLatin1String("training")
                     ? tr("Training %1 at Replicate (training %2).").arg(started->name, started->providerJobId)
                     : tr("The training of %1 ended at once: %2.").arg(started->name, CustomModelTableModel::statusText(started->status)),
                 started->status == QLatin1String("failed"));
            emit trainingStarted(true);
        });
    updateButtons();
}

void TrainingView::cancelTraining(const QString &customModelId)
{
    if (!m_hasContext) {
        emit trainingCancelled(false);
        return;
    }
    m_cancel->setEnabled(false);
    showStatus(tr("Cancelling the training at Replicate…"));
    const QString key = contextKey();
    using Answer = Result<CustomModel>;
    addRequest(m_cancelling, this)
        .startChange(
            m_context.database, [customModelId](const QSqlDatabase &db) { return TrainingService::cancelTraining(db, customModelId); },
            [this, key](Answer cancelled) {
                if (!isCurrent(key)) {
                    emit trainingCancelled(cancelled.ok());
                    return;
                }
                updateButtons();
                if (!cancelled) {
                    showStatus(tr("The training was not cancelled: %1").arg(cancelled.error().message), true);
                    emit failed(cancelled.error().message);
                    emit trainingCancelled(false);
                    return;
                }
                m_models->update(cancelled.value());
                updateFollowing();
                updateButtons();
                load(cancelled->status == QLatin1String("ready") ? tr("The training of %1 had just ended: the model is ready.").arg(cancelled->name)
                                                                 : tr("The training of %1 was cancelled.").arg(cancelled->name),
                     false);
                emit trainingEnded(cancelled->id, cancelled->status);
                emit trainingCancelled(true);
            });
}

void TrainingView::pollNow()
{
    if (m_polling.isRunning())
        return; // the round under way answers
    QStringList ids;
    for (const CustomModel &m : m_models->rows())
        if (m.status == QLatin1String("training"))
            ids.append(m.id);
    if (ids.isEmpty() || !m_hasContext) {
        updateFollowing();
        emit trainingPolled();
        return;
    }
    const QString key = contextKey();
    using Answer = Result<PollAnswer>;
    m_polling.startWithDatabase(
        m_context.database,
        [ids](const QSqlDatabase &db, CancelToken &) -> Answer {
            PollAnswer a;
            for (const QString &id : ids) {
                auto m = TrainingService::trainingStatus(db, id);
                if (m)
                    a.models.append(m.value());
                else
                    a.problems.append(m.error().message);
            }
            return a;
        },
        [this, key](Answer answer) {
            if (!isCurrent(key)) {
                emit trainingPolled();
                return;
            }
            if (!answer) {
                m_pollProblem = tr("Replicate could not be asked: %1").arg(answer.error().message);
            } else {
                m_pollProblem =
                    answer->problems.isEmpty() ? QString() : tr("Replicate could not be asked: %1").arg(answer->problems.join(QLatin1Char(' ')));
                QString ended; // what to say once the models are read again
                bool endedBadly = false;
                for (const CustomModel &m : answer->models) {
                    const int row = m_models->rowOf(m.id);
                    const bool wasTraining = row >= 0 && m_models->rows().at(row).status == QLatin1String("training");
                    const CustomModel &shown = m;
                    m_models->update(shown);
                    if (wasTraining && shown.status != QLatin1String("training")) {
                        ended = shown.status == QLatin1String("ready")
                                    ? tr("%1 is trained: generations can use it as %2.").arg(shown.name, shown.registeredModel)
                                    : tr("The training of %1 failed: %2").arg(shown.name, shown.error);
                        endedBadly = shown.status != QLatin1String("ready");
                        emit trainingEnded(shown.id, shown.status);
                    }
                }
                if (!ended.isEmpty())
                    load(ended, endedBadly); // the dataset is ready again, the model registered
            }
            updateFollowing();
            updateButtons();
            emit trainingPolled();
        });
}

void TrainingView::setPollInterval(int ms)
{
    m_pollTimer->setInterval(qMax(10, ms));
    updateFollowing();
}

int TrainingView::pollInterval() const
{
    return m_pollTimer->interval();
}

bool TrainingView::isFollowingTraining() const
{
    return m_pollTimer->isActive();
}

QString TrainingView::trainingText() const
{
    return m_trainingLine->text();
}

QString TrainingView::statusText() const
{
    return m_status->text();
}

void TrainingView::askNewDataset()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New dataset"));
    auto *intro = new QLabel(tr("Images are checked as they are added: PNG, JPEG or WebP, at least %1×%1 pixels, and not a "
                                "near-duplicate of one before. Every verdict is kept with the dataset.")
                                 .arg(TrainingService::kMinimumSide),
                             dialog);
    intro->setWordWrap(true);
    auto *name = new QLineEdit(dialog);
    name->setMaxLength(200);
    name->setAccessibleName(tr("Dataset name"));
    auto *files = new QListWidget(dialog);
    files->setAccessibleName(tr("Image files of the dataset"));
    files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *addFiles = new QPushButton(tr("&Add files…"), dialog);
    auto *removeFiles = new QPushButton(tr("&Remove"), dialog);
    removeFiles->setAccessibleName(tr("Remove the chosen files from the list"));
    auto *generations = new QPlainTextEdit(dialog);
    generations->setAccessibleName(tr("Generation ids of the dataset"));
    generations->setToolTip(tr("Ids of completed generations of this brand, separated by spaces, commas or lines"));
    generations->setTabChangesFocus(true);
    generations->setPlainText(m_selectedGenerations.join(QLatin1Char('\n')));
    generations->setMaximumHeight(generations->fontMetrics().lineSpacing() * 5);
    auto *problem = new QLabel(dialog);
    problem->setTextFormat(Qt::PlainText);
    Theme::setTone(problem, Theme::Tone::Error);
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Check and make"));

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(removeFiles);
    fileButtons->addStretch(1);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(files, 1);
    fileRow->addLayout(fileButtons);
    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), dialog);
    nameLabel->setBuddy(name);
    form->addRow(nameLabel, name);
    auto *filesLabel = new QLabel(tr("Image &files:"), dialog);
    filesLabel->setBuddy(files);
    form->addRow(filesLabel, fileRow);
    auto *generationsLabel = new QLabel(tr("&Generations:"), dialog);
    generationsLabel->setBuddy(generations);
    form->addRow(generationsLabel, generations);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->resize(560, 460);

    connect(addFiles, &QPushButton::clicked, dialog, [dialog, files] {
        const QStringList chosen = QFileDialog::getOpenFileNames(dialog, tr("Choose the dataset's images"),
                                                                 QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                                 tr("Images (*.png *.jpg *.jpeg *.webp);;All files (*)"));
        for (const QString &path : chosen)
            if (files->findItems(QDir::toNativeSeparators(path), Qt::MatchExactly).isEmpty()) {
                auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), files);
                item->setData(Qt::UserRole, path);
            }
    });
    connect(removeFiles, &QPushButton::clicked, dialog, [files] { qDeleteAll(files->selectedItems()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, files, generations, problem] {
        QStringList paths;
        for (int i = 0; i < files->count(); ++i)
            paths.append(files->item(i)->data(Qt::UserRole).toString());
        const QStringList ids = generationIdsIn(generations->toPlainText());
        QString why;
        if (name->text().simplified().isEmpty())
            why = tr("The dataset needs a name.");
        else if (paths.isEmpty() && ids.isEmpty())
            why = tr("Add image files or type the ids of generations: the dataset needs images.");
        if (!why.isEmpty()) {
            problem->setText(why);
            problem->show();
            return;
        }
        createDataset(name->text(), ids, paths);
        dialog->accept();
    });
    dialog->open();
}

void TrainingView::askTrain()
{
    const QString datasetId = selectedDatasetId();
    const int row = m_datasets->rowOf(datasetId);
    if (row < 0)
        return;
    const TrainingDataset dataset = m_datasets->rows().at(row);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Train a model on \"%1\"").arg(dataset.name));
    auto *intro = new QLabel(tr("Replicate trains the base model on the %n accepted image(s) of \"%1\" and adds the result as a new "
                                "version of the destination model, which must exist in your Replicate account. Training is paid "
                                "to Replicate by the minute.",
                                nullptr, dataset.validated)
                                 .arg(dataset.name),
                             dialog);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *base = new QComboBox(dialog);
    base->setEditable(true);
    base->setInsertPolicy(QComboBox::NoInsert);
    base->addItems(m_trainers);
    base->setCurrentText(QString());
    base->setAccessibleName(tr("Base model, owner/name:version"));
    base->setToolTip(tr("The trainer at Replicate, with its version: owner/name:version"));
    auto *destination = new QLineEdit(dialog);
    destination->setAccessibleName(tr("Destination model, owner/name"));
    destination->setToolTip(tr("A model of yours at Replicate, owner/name, that receives the trained version"));
    auto *steps = new QSpinBox(dialog);
    steps->setRange(1, 100000);
    steps->setValue(kDefaultSteps);
    steps->setAccessibleName(tr("Training steps"));
    auto *trigger = new QLineEdit(dialog);
    trigger->setAccessibleName(tr("Trigger word"));
    trigger->setToolTip(tr("A word that calls up the trained style in prompts (optional)"));
    auto *problem = new QLabel(dialog);
    problem->setTextFormat(Qt::PlainText);
    Theme::setTone(problem, Theme::Tone::Error);
    problem->setWordWrap(true);
    problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start training"));

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, dialog);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Base model:"), base);
    addRow(tr("&Destination:"), destination);
    addRow(tr("S&teps:"), steps);
    addRow(tr("T&rigger word:"), trigger);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog->resize(520, 300);

    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, datasetId, base, destination, steps, trigger, problem] {
        if (const QString why = trainingProblem(base->currentText(), destination->text()); !why.isEmpty()) {
            problem->setText(why);
            problem->show();
            return;
        }
        train(datasetId, base->currentText(), destination->text(), steps->value(), trigger->text());
        dialog->accept();
    });
    dialog->open();
}

void TrainingView::askCancel()
{
    const QModelIndex current = m_modelTable->currentIndex();
    if (!current.isValid() || current.row() >= m_models->rows().size())
        return;
    const CustomModel model = m_models->rows().at(current.row());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel training"),
                                tr("Stop training %1 at Replicate? What it trained so far is lost, and the minutes used are still paid.")
                                    .arg(model.name),
                                QMessageBox::NoButton, this);
    box->setTextFormat(Qt::PlainText); // the model's name
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("&Stop training"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep training"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop, id = model.id](QAbstractButton *button) {
        if (button == stop)
            cancelTraining(id);
    });
    box->open();
}

void TrainingView::retranslate()
{
    m_heading->setText(tr("Training"));
    m_datasetsHeading->setText(tr("&Datasets"));
    m_datasetTable->setAccessibleName(tr("Training datasets"));
    m_imageTable->setAccessibleName(tr("Images of the selected dataset and their verdicts"));
    m_newDataset->setText(tr("&New dataset…"));
    m_newDataset->setAccessibleName(tr("Make a new dataset from image files or generations"));
    m_train->setText(tr("&Train…"));
    m_train->setAccessibleName(tr("Train a model on the selected dataset"));
    m_modelsHeading->setText(tr("Custom &models"));
    m_modelTable->setAccessibleName(tr("Custom models"));
    m_cancel->setText(tr("&Cancel training"));
    m_cancel->setAccessibleName(tr("Cancel the training of the selected model"));
    m_progress->setAccessibleName(tr("Training in progress"));
    m_datasets->retranslate();
    m_images->retranslate();
    m_models->retranslate();
    showDataset(m_datasetTable->currentIndex().isValid() ? m_datasetTable->currentIndex().row() : -1);
    updateFollowing();
}

void TrainingView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::StyleChange)
        showVerdictIcons(m_images, style());
    StudioView::changeEvent(event);
}

} // namespace Atelier

