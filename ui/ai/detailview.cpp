#include "detailview.h"

#include "ai/assetstore.h"
#include "ai/gallerymodel.h"
#include "ai/generationservice.h"
#include "ai/studioactions.h"
#include "ai/studiolibrary.h"
#include "collaboration/annotationdialog.h"
#include "collaboration/livelistener.h"
#include "collaboration/resources.h"
#include "core/plaintext.h"
#include "imageviewer.h"
#include "thumbnailcache.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Atelier {

namespace {

/// What to show of a generation: the result, or for a 3D model the preview drawn from its mesh.
QString displaySha(const Generation &g)
{
    if (g.type == QLatin1String("3d"))
        return g.parameters.value(QLatin1String("result")).toObject().value(QLatin1String("preview")).toString(g.thumbnailSha256);
    return g.resultSha256;
}

QString seedOf(const Generation &g)
{
    const QJsonValue seed = g.parameters.value(QLatin1String("seed"));
    return seed.isUndefined() || seed.isNull() ? QString() : QString::number(seed.toVariant().toLongLong());
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------------

ComparisonView::ComparisonView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparison"));
    new QHBoxLayout(this);
}

ComparisonView::~ComparisonView() = default;

int ComparisonView::count() const
{
    return int(m_viewers.size());
}

ImageViewer *ComparisonView::viewer(int i) const
{
    return m_viewers.value(i);
}

void ComparisonView::compare(const StudioContext &context, const QList<Generation> &generations)
{
    m_loading.clear(); // the images of the generations compared before
    auto *row = static_cast<QHBoxLayout *>(layout());
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_viewers.clear();
    auto *splitter = new QSplitter(this);
    row->addWidget(splitter);
    auto remaining = std::make_shared<int>(int(generations.size()));
    for (const Generation &g : generations) {
        auto *column = new QWidget(splitter);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(2, 2, 2, 2);
        auto *viewer = new ImageViewer(column);
        viewer->setAccessibleName(tr("Result of %1").arg(g.model));
        auto *caption = new QLabel(column);
        caption->setWordWrap(true);
        caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setText(tr("<b>%1</b> · %2 · quality %3<br>%4")
                             .arg(g.model.toHtmlEscaped(), GalleryModel::statusText(g.status),
                                  g.quality ? QLocale().toString(*g.quality, 'f', 0) : tr("not measured"), escapedLines(g.prompt)));
        v->addWidget(viewer, 1);
        v->addWidget(caption);
        splitter->addWidget(column);
        m_viewers.append(viewer);
        // Zoomed together: what one shows closer, the others do too.
        const QString sha = displaySha(g);
        const QString brandId = g.brandId;
        addRequest(m_loading, this)
            .startWithDatabase(
                context.database,
                [brandId, sha](const QSqlDatabase &db, CancelToken &) -> Result<QByteArray> {
                    if (sha.isEmpty())
                        return Error{ComparisonView::tr("This generation has no result."), {}};
                    return AssetStore::get(db, brandId, sha);
                },
                [this, viewer, remaining](Result<QByteArray> bytes) {
                    auto shown = [this, remaining](bool) {
                        if (--*remaining == 0)
                            emit loaded();
                    };
                    if (bytes)
                        viewer->setImageData(bytes.value(), shown);
                    else
                        shown(false);
                });
    }
    for (ImageViewer *a : std::as_const(m_viewers))
        for (ImageViewer *b : std::as_const(m_viewers))
            if (a != b)
                connect(a, &ImageViewer::zoomChanged, b, [b](double z) {
                    if (!qFuzzyCompare(b->zoom(), z))
                        b->setZoom(z);
                });
    if (generations.isEmpty())
        emit loaded();
}

// ---------------------------------------------------------------------------------------------------------------------

DetailView::DetailView(QWidget *parent)
    : QWidget(parent), m_back(new QToolButton(this)), m_heading(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_viewer(new ImageViewer(this)), m_comparison(new ComparisonView(this)), m_imageNote(new QLabel(this)), m_form(new QFormLayout),
      m_formHost(new QWidget(this)), m_reusePrompt(new QPushButton(this)), m_reuseSeed(new QPushButton(this)), m_remix(new QPushButton(this)),
      m_make3d(new QPushButton(this)), m_newVersion(new QPushButton(this)), m_star(new QPushButton(this)), m_rate(new QToolButton(this)), m_openModel(new QPushButton(this)),
      m_save(new QPushButton(this)), m_versionsLabel(new QLabel(this)), m_versions(new QListWidget(this)),
      m_compareVersion(new QPushButton(this)), m_annotate(new QPushButton(this)), m_annotationsLabel(new QLabel(this)),
      m_annotations(new QListWidget(this)), m_summary(new QLabel(this)), m_thumbnails(new ThumbnailCache(this)),
      m_live(new LiveListener(this))
{
    setObjectName(QStringLiteral("detail"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_back->setAutoRaise(true);
    m_back->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_imageNote->setWordWrap(true);
    m_imageNote->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // errors and annotations carry people's words
    m_formHost->setLayout(m_form);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_versions->setViewMode(QListView::IconMode);
    m_versions->setFlow(QListView::LeftToRight);
    m_versions->setWrapping(false);
    m_versions->setIconSize(QSize(96, 96));
    m_versions->setGridSize(QSize(112, 132));
    m_versions->setFixedHeight(150);
    m_versions->setMovement(QListView::Static);
    auto *rateMenu = new QMenu(this);
    for (int stars = 1; stars <= 5; ++stars)
        connect(rateMenu->addAction(QString(stars, QChar(0x2605))), &QAction::triggered, this, [this, stars] { rate(stars); });
    m_rate->setMenu(rateMenu);
    m_rate->setPopupMode(QToolButton::InstantPopup);

    auto *imageArea = new QWidget(this);
    auto *imageLayout = new QVBoxLayout(imageArea);
    imageLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_viewer);
    m_stack->addWidget(m_comparison);
    imageLayout->addWidget(m_stack, 1);
    imageLayout->addWidget(m_imageNote);
    imageLayout->addWidget(m_versionsLabel);
    imageLayout->addWidget(m_versions);
    auto *versionButtons = new QHBoxLayout;
    versionButtons->addWidget(m_compareVersion);
    versionButtons->addWidget(m_newVersion);
    versionButtons->addStretch(1);
    imageLayout->addLayout(versionButtons);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_formHost);
    auto *reuseRow = new QHBoxLayout;
    reuseRow->addWidget(m_reusePrompt);
    reuseRow->addWidget(m_reuseSeed);
    reuseRow->addWidget(m_remix);
    sideLayout->addLayout(reuseRow);
    auto *marks = new QHBoxLayout;
    marks->addWidget(m_star);
    marks->addWidget(m_rate);
    marks->addWidget(m_save);
    sideLayout->addLayout(marks);
    sideLayout->addWidget(m_make3d);
    sideLayout->addWidget(m_annotate);
    sideLayout->addWidget(m_annotationsLabel);
    sideLayout->addWidget(m_annotations);
    sideLayout->addWidget(m_openModel);
    sideLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(340);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(imageArea);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_heading, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    m_annotate->setCheckable(true);
    m_annotations->setMaximumHeight(160);
    m_annotations->setWordWrap(true);
    // Their tooltips hold prompts and annotations.
    showToolTipsAsPlainText(m_versions);
    showToolTipsAsPlainText(m_annotations);
    m_annotationsLabel->setBuddy(m_annotations);
    auto *annotateKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    annotateKey->setObjectName(QStringLiteral("annotateShortcut"));
    connect(annotateKey, &QShortcut::activated, m_annotate, &QPushButton::toggle);
    connect(m_annotate, &QPushButton::toggled, this, &DetailView::setAnnotating);
    connect(m_viewer, &ImageViewer::areaChosen, this, &DetailView::askAnnotation);
    // Annotations other people add reach this view as they are made (PostgreSQL; SQLite has one person).
    connect(m_live, &LiveListener::changed, this, [this](const QString &table) {
        if (table == QLatin1String("annotations") && isVisible() && !m_generation.id.isEmpty())
            loadAnnotations();
    });
    connect(m_annotations, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_notes.size())
            m_summary->setText(m_annotations->item(row)->text());
    });
    // Esc goes back too (the button's own shortcut is its mnemonic).
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    escape->setObjectName(QStringLiteral("backShortcut"));
    connect(escape, &QShortcut::activated, m_back, &QToolButton::click);
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (m_stack->currentWidget() == m_comparison)
            showSingle();
        else
            emit back();
    });
    connect(m_reusePrompt, &QPushButton::clicked, this, [this] { emit reuse(m_generation, GeneratePanel::Reuse::Prompt); });
    connect(m_reuseSeed, &QPushButton::clicked, this, [this] { emit reuse(m_generation, GeneratePanel::Reuse::Seed); });
    connect(m_remix, &QPushButton::clicked, this, [this] { emit reuse(m_generation, GeneratePanel::Reuse::Everything); });
    connect(m_make3d, &QPushButton::clicked, this, [this] { emit reuse(m_generation, GeneratePanel::Reuse::Source); });
    connect(m_newVersion, &QPushButton::clicked, this, &DetailView::askNewVersion);
    connect(m_star, &QPushButton::clicked, this, [this] { star(!m_generation.starred); });
    connect(m_openModel, &QPushButton::clicked, this, &DetailView::openModel);
    connect(m_save, &QPushButton::clicked, this, &DetailView::askSave);
    connect(m_compareVersion, &QPushButton::clicked, this, [this] { compareWithVersion(m_versions->currentRow()); });
    connect(m_versions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { compareWithVersion(m_versions->row(item)); });
    connect(m_versions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_compareVersion->setEnabled(row >= 0 && m_versions->item(row)->data(Qt::UserRole).toString() != m_generation.id);
    });
    connect(m_comparison, &ComparisonView::loaded, this, &DetailView::loaded);
    connect(m_thumbnails, &ThumbnailCache::ready, this, [this](const QString &sha) {
        for (int i = 0; i < m_versions->count(); ++i)
            if (QListWidgetItem *item = m_versions->item(i); item->data(Qt::UserRole + 1).toString() == sha)
                item->setIcon(QIcon(m_thumbnails->get(sha)));
    });
    retranslate();
}

DetailView::~DetailView() = default;

void DetailView::setContext(const StudioContext &context)
{
    m_context = context;
    m_live->start(context.database);
    m_thumbnails->setSource(context.database, context.brandId);
}

void DetailView::showGeneration(const QString &id)
{
    m_generation = Generation{};
    m_generation.id = id;
    m_notes.clear();
    setAnnotating(false);
    showSingle();
    m_viewer->clear();
    m_heading->setText(tr("Loading…"));
    refresh();
}

void DetailView::refresh()
{
    const QString id = m_generation.id;
    // What was read for the generation shown before is of no use now.
    m_loadingImage.cancel();
    m_loadingVersions.cancel();
    m_loadingAnnotations.cancel();
    m_comparing.cancel();
    m_reading.startWithDatabase(
        m_context.database, [id](const QSqlDatabase &db, CancelToken &) { return GenerationService::get(db, id); },
        [this](Result<Generation> g) {
            if (!g) {
                m_heading->setText(tr("This generation cannot be shown"));
                m_summary->setText(g.error().message);
                emit failed(g.error().message);
                emit loaded();
                return;
            }
            const bool imageChanged = displaySha(g.value()) != displaySha(m_generation) || !m_viewer->hasImage();
            m_generation = g.value();
            showMetadata();
            loadAnnotations();
            m_pendingLoads = 1 + (imageChanged ? 1 : 0);
            if (imageChanged)
                loadImage();
            loadVersions();
        });
}

void DetailView::showMetadata()
{
    const Generation &g = m_generation;
    m_heading->setText(tr("%1 — %2").arg(GalleryModel::typeText(g.type), GalleryModel::statusText(g.status)));
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QLocale locale;
    auto row = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *v = new QLabel(value, m_formHost);
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(true);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setAccessibleName(label);
        m_form->addRow(label, v);
    };
    row(tr("Prompt:"), g.prompt);
    row(tr("Negative prompt:"), g.negativePrompt);
    row(tr("Model:"), tr("%1 (%2)").arg(g.model, g.provider));
    row(tr("Status:"), GalleryModel::statusText(g.status) + (g.cached ? tr(" · answered from the cache") : QString()));
    row(tr("Error:"), g.error);
    row(tr("Seed:"), seedOf(g));
    const int w = g.parameters.value(QLatin1String("width")).toInt(), h = g.parameters.value(QLatin1String("height")).toInt();
    if (w > 0 && h > 0)
        row(tr("Size:"), tr("%1 × %2 px").arg(w).arg(h));
    QJsonObject extras = g.parameters;
    for (const char *known : {"seed", "width", "height", "result", "versionOf", "template", "source"})
        extras.remove(QLatin1String(known));
    if (!extras.isEmpty())
        row(tr("Parameters:"), QString::fromUtf8(QJsonDocument(extras).toJson(QJsonDocument::Compact)));
    row(tr("Cost:"), tr("%n credit(s)", nullptr, g.credits));
    if (g.durationMs)
        row(tr("Duration:"), tr("%1 s").arg(locale.toString(*g.durationMs / 1000.0, 'f', 1)));
    row(tr("Quality:"), g.quality ? tr("%1 of 100").arg(locale.toString(*g.quality, 'f', 0)) : QString());
    row(tr("Rating:"), g.rating ? QString(*g.rating, QChar(0x2605)) + QString(5 - *g.rating, QChar(0x2606)) : QString());
    row(tr("Attempts:"), g.attempts > 1 ? tr("%1 of %2").arg(g.attempts).arg(g.maxAttempts) : QString());
    row(tr("Created:"), locale.toString(g.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (g.completedAt.isValid())
        row(tr("Finished:"), locale.toString(g.completedAt.toLocalTime(), QLocale::ShortFormat));
    const bool completed = g.status == QLatin1String("completed");
    m_star->setText(g.starred ? tr("Unstar") : tr("Star"));
    m_star->setEnabled(!g.id.isEmpty());
    m_rate->setEnabled(completed);
    m_newVersion->setEnabled(!g.id.isEmpty() && g.type != QLatin1String("3d"));
    m_openModel->setVisible(g.type == QLatin1String("3d"));
    m_make3d->setVisible(completed && g.type != QLatin1String("3d") && g.type != QLatin1String("animation"));
    m_openModel->setEnabled(completed);
    m_save->setEnabled(completed);
    m_annotate->setEnabled(completed);
    m_reuseSeed->setEnabled(!seedOf(g).isEmpty());
    if (g.type == QLatin1String("3d")) {
        m_imageNote->setText(tr("A 3D model: this is its preview. Open it in your 3D viewer to turn it around."));
        m_imageNote->show();
    } else if (g.type == QLatin1String("animation")) {
        m_imageNote->setText(tr("An animation: it plays here, in a loop."));
        m_imageNote->show();
    } else {
        m_imageNote->hide();
    }
    m_summary->clear();
}

QString DetailView::metadataText() const
{
    QStringList lines;
    for (int i = 0; i < m_form->rowCount(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole) ? m_form->itemAt(i, QFormLayout::LabelRole)->widget() : nullptr);
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::FieldRole) ? m_form->itemAt(i, QFormLayout::FieldRole)->widget() : nullptr);
        if (label && value)
            lines.append(label->text() + QLatin1Char(' ') + value->text());
    }
    return lines.join(QLatin1Char('\n'));
}

void DetailView::loadImage()
{
    const QString sha = displaySha(m_generation);
    const QString brandId = m_generation.brandId;
    m_viewer->clear();
    m_loadingImage.startWithDatabase(
        m_context.database,
        [brandId, sha](const QSqlDatabase &db, CancelToken &) -> Result<QByteArray> {
            if (sha.isEmpty())
                return QByteArray();
            return AssetStore::get(db, brandId, sha);
        },
        [this](Result<QByteArray> bytes) {
            if (!bytes) {
                imageShown(bytes.error().message);
                return;
            }
            // Decoded off the GUI thread too: the image shows when it is ready.
            m_viewer->setImageData(bytes.value(),
                                   [this](bool shown) { imageShown(shown ? QString() : tr("The result is not an image this desktop can show.")); });
        });
}

void DetailView::imageShown(const QString &problem)
{
    if (!problem.isEmpty())
        m_summary->setText(problem);
    drawAnnotations(); // the marks go over the new image
    if (--m_pendingLoads == 0)
        emit loaded();
}

void DetailView::loadVersions()
{
    const QString id = m_generation.id;
    m_loadingVersions.startWithDatabase(
        m_context.database, [id](const QSqlDatabase &db, CancelToken &) { return StudioLibrary::versions(db, id); },
        [this](Result<QList<GenerationVersion>> versions) {
            m_versions->clear();
            if (versions) {
                const QLocale locale;
                for (const GenerationVersion &v : versions.value()) {
                    auto *item = new QListWidgetItem(tr("v%1 · %2").arg(v.version).arg(locale.toString(v.quality, 'f', 0)), m_versions);
                    item->setData(Qt::UserRole, v.generationId);
                    item->setData(Qt::UserRole + 1, v.resultSha256);
                    item->setToolTip(
                        tr("Version %1, %2\n%3").arg(v.version).arg(locale.toString(v.createdAt.toLocalTime(), QLocale::ShortFormat), v.prompt));
                    item->setData(Qt::AccessibleTextRole, tr("Version %1").arg(v.version));
                    if (const QPixmap p = m_thumbnails->get(v.resultSha256); !p.isNull())
                        item->setIcon(QIcon(p));
                    if (v.generationId == m_generation.id)
                        m_versions->setCurrentItem(item);
                }
            }
            m_versionsLabel->setText(tr("Versions (%1):").arg(m_versions->count()));
            m_compareVersion->setEnabled(false);
            if (--m_pendingLoads == 0)
                emit loaded();
        });
}

void DetailView::compareWithVersion(int row)
{
    QListWidgetItem *item = m_versions->item(row);
    if (!item)
        return;
    const QStringList ids = {m_generation.id, item->data(Qt::UserRole).toString()};
    if (ids.at(0) == ids.at(1))
        return;
    m_comparing.startWithDatabase(
        m_context.database, [ids](const QSqlDatabase &db, CancelToken &) { return GenerationService::byIds(db, ids); },
        [this](Result<QList<Generation>> rows) {
            if (!rows) {
                m_summary->setText(rows.error().message);
                emit failed(rows.error().message);
                return;
            }
            m_stack->setCurrentWidget(m_comparison);
            m_back->setText(tr("← Back &to the image"));
            m_comparison->compare(m_context, rows.value());
        });
}

void DetailView::showSingle()
{
    m_stack->setCurrentWidget(m_viewer);
    m_back->setText(tr("← Back &to the gallery"));
}

void DetailView::newVersion(const QString &prompt)
{
    const QString id = m_generation.id;
    addRequest(m_makingVersions, this)
        .startChange(
            m_context.database, [id, prompt](const QSqlDatabase &db) { return StudioLibrary::createVersion(db, id, prompt, {}); },
            [this](Result<Generation> g) {
                if (!g) {
                    m_summary->setText(g.error().message);
                    emit failed(g.error().message);
                    return;
                }
                m_summary->setText(g->status == QLatin1String("completed") ? tr("The new version was answered from the cache.")
                                                                           : tr("The new version is queued; it joins the timeline when it is done."));
                emit generationsQueued({g->id});
            });
}

void DetailView::askNewVersion()
{
    bool ok = false;
    const QString prompt = QInputDialog::getMultiLineText(this, tr("New version"), tr("Prompt of the new version (the same model and settings):"),
                                                          m_generation.prompt, &ok);
    if (ok)
        newVersion(prompt.trimmed() == m_generation.prompt ? QString() : prompt.trimmed());
}

void DetailView::star(bool starred)
{
    const QString id = m_generation.id;
    m_starring.startChange(
        m_context.database, [id, starred](const QSqlDatabase &db) { return StudioLibrary::star(db, id, starred); },
        [this](const Status &s) {
            if (!s) {
                m_summary->setText(s.error().message);
                emit failed(s.error().message);
                return;
            }
            refresh();
            emit changed();
        });
}

void DetailView::rate(int stars)
{
    const QString id = m_generation.id;
    m_rating.startChange(
        m_context.database,
        [id, stars](const QSqlDatabase &db) -> Status {
            if (auto r = StudioLibrary::rate(db, id, stars); !r)
                return r.error();
            return Done{};
        },
        [this](const Status &s) {
            if (!s) {
                m_summary->setText(s.error().message);
                emit failed(s.error().message);
                return;
            }
            refresh();
            emit changed();
        });
}

void DetailView::openModel()
{
    const Generation g = m_generation;
    m_openingModel.startWithDatabase(
        m_context.database, [g](const QSqlDatabase &db, CancelToken &) { return StudioActions::writeModelFile(db, g); },
        [this](Result<QString> path) {
            if (!path) {
                m_summary->setText(path.error().message);
                emit modelOpened({});
                return;
            }
            // Tests look at the file only: no viewer is started for them.
            if (qEnvironmentVariableIsEmpty("ATELIER_NO_DESKTOP_OPEN") && !QDesktopServices::openUrl(QUrl::fromLocalFile(path.value())))
                m_summary->setText(
                    tr("No application on this desktop opens 3D models (GLB). The file is %1.").arg(QDir::toNativeSeparators(path.value())));
            else
                m_summary->setText(tr("Opened %1.").arg(QDir::toNativeSeparators(path.value())));
            emit modelOpened(path.value());
        });
}

void DetailView::askSave()
{
    const QString id = m_generation.id, brandId = m_generation.brandId, sha = m_generation.resultSha256;
    m_readingForSave.startWithDatabase(
        m_context.database, [brandId, sha](const QSqlDatabase &db, CancelToken &) { return AssetStore::get(db, brandId, sha); },
        [this, id](Result<QByteArray> bytes) {
            if (!bytes) {
                m_summary->setText(bytes.error().message);
                return;
            }
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
            const QString path = QFileDialog::getSaveFileName(this, tr("Save the result"),
                                                              QDir(folder).filePath(StudioActions::resultFileName(id, bytes.value())));
            if (path.isEmpty())
                return;
            const QByteArray data = bytes.value();
            // Whole or not at all, and owner-only (a chmod widens it): every file of results is written this way.
            addRequest(m_writing, this)
                .start([path, data](CancelToken &) { return StudioActions::writePrivateFile(path, data); },
                       [this, path](const Status &written) {
                           m_summary->setText(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : written.error().message);
                       });
        });
}

void DetailView::setAnnotating(bool on)
{
    if (m_annotate->isChecked() != on)
        m_annotate->setChecked(on);
    m_viewer->setAnnotating(on);
    if (on) {
        m_viewer->setFocus();
        m_summary->setText(tr("Drag over the image to mark an area, or zoom and move to it and press Enter to mark what is on screen."));
    }
}

void DetailView::loadAnnotations()
{
    const ResourceRef resource{QStringLiteral("ai_generation"), m_generation.id};
    m_loadingAnnotations.startWithDatabase(
        m_context.database, [resource](const QSqlDatabase &db, CancelToken &) { return CommentService::annotations(db, resource); },
        [this](Result<QList<Annotation>> found) {
            if (!found) {
                m_summary->setText(found.error().message);
                return;
            }
            m_notes.clear();
            for (const Annotation &a : found.value())
                if (a.position.contains(QLatin1String("width"))) // an area of the image (not a chart's point)
                    m_notes.append(a);
            drawAnnotations();
            emit annotationsLoaded();
        });
}

void DetailView::drawAnnotations()
{
    QList<ImageMark> marks;
    m_annotations->clear();
    int n = 0;
    for (const Annotation &a : std::as_const(m_notes)) {
        const QString kind = AnnotationDialog::kindText(a.type);
        const QString words = tr("%1. %2 by %3: %4").arg(++n).arg(kind, a.author, a.content);
        marks.append({QRectF(a.position.value(QLatin1String("x")).toVariant().value<double>(),
                             a.position.value(QLatin1String("y")).toVariant().value<double>(),
                             a.position.value(QLatin1String("width")).toVariant().value<double>(),
                             a.position.value(QLatin1String("height")).toVariant().value<double>()),
                      a.type, words});
        auto *item = new QListWidgetItem(words, m_annotations);
        item->setToolTip(words);
        QPixmap swatch(12, 12);
        swatch.fill(ImageViewer::markColour(a.type));
        item->setIcon(QIcon(swatch));
    }
    // Marks go over the image shown (the preview of a 3D model, the frames of an animation alike).
    if (m_viewer->hasImage())
        m_viewer->setMarks(marks);
    m_annotationsLabel->setText(tr("Annotations (%1):").arg(m_notes.size()));
}

void DetailView::askAnnotation(const QRectF &area)
{
    const auto input = AnnotationDialog::ask(this, tr("Annotate the image"));
    if (!input)
        return;
    if (input->text.isEmpty()) {
        m_summary->setText(tr("An annotation needs a text; nothing was added."));
        return;
    }
    addAnnotation(area, input->kind, input->text);
}

void DetailView::addAnnotation(const QRectF &area, const QString &kind, const QString &text)
{
    const ResourceRef resource{QStringLiteral("ai_generation"), m_generation.id};
    const QJsonObject position{{QStringLiteral("x"), area.x()}, {QStringLiteral("y"), area.y()}, {QStringLiteral("width"), area.width()},
                               {QStringLiteral("height"), area.height()}};
    addRequest(m_annotating, this)
        .startChange(
            m_context.database,
            [resource, kind, position, text](const QSqlDatabase &db) -> Status {
                auto added = CommentService::annotate(db, resource, kind, position, text);
                if (!added)
                    return added.error();
                return Done{};
            },
            [this](const Status &done) {
                if (!done) {
                    m_summary->setText(done.error().message);
                    emit failed(done.error().message);
                    emit annotationsLoaded();
                    return;
                }
                m_summary->setText(tr("Annotation added."));
                loadAnnotations();
            });
}

void DetailView::retranslate()
{
    m_back->setText(m_stack->currentWidget() == m_comparison ? tr("← Back &to the image") : tr("← Back &to the gallery"));
    m_back->setToolTip(tr("Back (Esc)"));
    m_reusePrompt->setText(tr("Reuse prompt"));
    m_reusePrompt->setToolTip(tr("Put this prompt in the Generate panel"));
    m_reuseSeed->setText(tr("Reuse seed"));
    m_reuseSeed->setToolTip(tr("Put this seed in the Generate panel"));
    m_remix->setText(tr("Remi&x"));
    m_remix->setToolTip(tr("Put everything of this generation in the Generate panel"));
    m_newVersion->setText(tr("New version from this…"));
    m_make3d->setText(tr("Make a &3D model from it"));
    m_make3d->setToolTip(tr("Prepare a 3D generation from this image in the Generate panel"));
    m_rate->setText(tr("Give stars"));
    m_rate->setAccessibleName(tr("Rate this generation"));
    m_openModel->setText(tr("Open the 3D model"));
    m_openModel->setToolTip(tr("Open the GLB file in this desktop's 3D viewer"));
    m_save->setText(tr("Save &as…"));
    m_compareVersion->setText(tr("Compare side by side"));
    m_compareVersion->setToolTip(tr("Compare the version selected in the timeline with this one"));
    m_versions->setAccessibleName(tr("Versions timeline"));
    m_annotate->setText(tr("Annotate the image"));
    // What Help ▸ Keyboard shortcuts says these keys do.
    if (auto *key = findChild<QShortcut *>(QStringLiteral("annotateShortcut"), Qt::FindDirectChildrenOnly))
        key->setWhatsThis(m_annotate->text());
    if (auto *key = findChild<QShortcut *>(QStringLiteral("backShortcut"), Qt::FindDirectChildrenOnly))
        key->setWhatsThis(m_back->text());
    m_annotate->setToolTip(tr("Mark an area of the image with a comment, a suggestion or an issue (Ctrl+Shift+A)"));
    m_annotations->setAccessibleName(tr("Annotations of the image"));
    m_annotationsLabel->setText(tr("Annotations (%1):").arg(m_notes.size()));
    m_versionsLabel->setBuddy(m_versions);
    m_versionsLabel->setText(tr("Versions (%1):").arg(m_versions->count()));
    if (!m_generation.status.isEmpty())
        showMetadata();
}

void DetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Atelier
