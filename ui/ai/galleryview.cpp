#include "galleryview.h"

#include "ai/gallerymodel.h"
#include "ai/generationservice.h"
#include "ai/studiolibrary.h"
#include "core/plaintext.h"
#include "detailview.h"
#include "thumbnailcache.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QShortcut>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atelier {

namespace {

constexpr int kTile = 176;    // thumbnail side on screen
constexpr int kCaption = 40;  // two lines under it
constexpr int kPadding = 6;

/// A tile: the thumbnail (or what the job is doing), its badges, the prompt under it.
class TileDelegate final : public QStyledItemDelegate
{
public:
    TileDelegate(ThumbnailCache *thumbnails, QObject *parent) : QStyledItemDelegate(parent), m_thumbnails(thumbnails) {}

    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        return {kTile + 2 * kPadding, kTile + kCaption + 2 * kPadding};
    }

    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const QRect cell = option.rect.adjusted(2, 2, -2, -2);
        if (selected) {
            p->setPen(Qt::NoPen);
            p->setBrush(pal.color(QPalette::Highlight).lighter(selected ? 100 : 140));
            p->drawRoundedRect(cell, 6, 6);
        } else if (option.state & QStyle::State_MouseOver) {
            p->setPen(Qt::NoPen);
            p->setBrush(pal.color(QPalette::Midlight));
            p->drawRoundedRect(cell, 6, 6);
        }
        const QRect image(option.rect.left() + kPadding, option.rect.top() + kPadding, kTile, kTile);
        const QString status = index.data(GalleryModel::StatusRole).toString();
        const QString sha = index.data(GalleryModel::ThumbnailRole).toString();
        QPainterPath clip;
        clip.addRoundedRect(image, 4, 4);
        p->fillPath(clip, pal.color(QPalette::Base).darker(106));
        const QPixmap thumb = m_thumbnails->get(sha);
        if (!thumb.isNull()) {
            const QSize s = thumb.size().scaled(image.size(), Qt::KeepAspectRatio);
            const QRect target(image.center() - QPoint(s.width() / 2, s.height() / 2), s);
            p->setClipPath(clip);
            p->drawPixmap(target, thumb);
            p->setClipping(false);
        } else {
            // Words for what is there instead of a picture: the job's state, or the picture on its way.
            QString words;
            if (status == QLatin1String("failed"))
                words = GalleryModel::tr("Failed");
            else if (status == QLatin1String("canceled"))
                words = GalleryModel::tr("Cancelled");
            else if (status == QLatin1String("pending"))
                words = GalleryModel::tr("Queued");
            else if (status == QLatin1String("processing"))
                words = GalleryModel::tr("Generating…");
            else if (!sha.isEmpty() && m_thumbnails->isBroken(sha))
                words = GalleryModel::tr("No preview");
            else if (!sha.isEmpty())
                words = GalleryModel::tr("Loading…");
            p->setPen(status == QLatin1String("failed") ? QColor(0xb0, 0x00, 0x20) : pal.color(QPalette::Disabled, QPalette::Text));
            p->drawText(image, Qt::AlignCenter | Qt::TextWordWrap, words);
            const double progress = index.data(GalleryModel::ProgressRole).value<double>();
            if (status == QLatin1String("processing") && progress >= 0) {
                const QRect bar(image.left() + 16, image.center().y() + 16, image.width() - 32, 6);
                p->setPen(Qt::NoPen);
                p->setBrush(pal.color(QPalette::Mid));
                p->drawRoundedRect(bar, 3, 3);
                p->setBrush(pal.color(QPalette::Highlight));
                p->drawRoundedRect(QRect(bar.topLeft(), QSize(int(bar.width() * progress), bar.height())), 3, 3);
            }
        }
        // Badges: the type when not a still image, the star, the rating.
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setBold(true);
        p->setFont(small);
        const QString type = index.data(GalleryModel::TypeRole).toString();
        const QString badge = type == QLatin1String("3d") ? QStringLiteral("3D") : type == QLatin1String("animation") ? QStringLiteral("GIF") : QString();
        if (!badge.isEmpty()) {
            const QRect b(image.left() + 6, image.top() + 6, 34, 18);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0, 0, 0, 150));
            p->drawRoundedRect(b, 4, 4);
            p->setPen(Qt::white);
            p->drawText(b, Qt::AlignCenter, badge);
        }
        if (index.data(GalleryModel::StarredRole).toBool()) {
            const QRect b(image.right() - 24, image.top() + 4, 20, 20);
            p->setPen(QColor(0, 0, 0, 120));
            p->drawText(b.translated(1, 1), Qt::AlignCenter, QStringLiteral("★"));
            p->setPen(QColor(0xf5, 0xb7, 0x01));
            p->drawText(b, Qt::AlignCenter, QStringLiteral("★"));
        }
        if (const int rating = index.data(GalleryModel::RatingRole).toInt(); rating > 0) {
            const QRect b(image.left() + 4, image.bottom() - 20, 70, 18);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0, 0, 0, 130));
            p->drawRoundedRect(b, 4, 4);
            p->setPen(QColor(0xf5, 0xb7, 0x01));
            p->drawText(b, Qt::AlignCenter, QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606)));
        }
        p->setFont(option.font);
        p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect caption(image.left(), image.bottom() + 4, kTile, kCaption - 4);
        const QString prompt = index.data(Qt::DisplayRole).toString();
        p->drawText(caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                    option.fontMetrics.elidedText(prompt, Qt::ElideRight, kTile * 2 - 48));
        p->restore();
    }

private:
    ThumbnailCache *m_thumbnails;
};

/// Whether \a g passes the filters a queue event can change (a job's own fields), as the query would.
bool matches(const GalleryFilter &f, const Generation &g)
{
    if (!f.types.isEmpty() && !f.types.contains(g.type))
        return false;
    if (!f.statuses.isEmpty() && !f.statuses.contains(g.status))
        return false;
    if (!f.model.isEmpty() && f.model != g.model)
        return false;
    if (!f.collectionId.isEmpty() || f.minRating > 0 || f.starredOnly) // a new job is in no collection, unrated, unstarred
        return false;
    if ((f.from.isValid() && g.createdAt < f.from.startOfDay(Qt::UTC)) || (f.to.isValid() && g.createdAt >= f.to.startOfDay(Qt::UTC)))
        return false;
    return f.search.isEmpty() || g.prompt.contains(f.search.trimmed(), Qt::CaseInsensitive);
}

QToolButton *toolButton(QWidget *parent, const char *name)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setAutoRaise(true);
    return b;
}

} // namespace

struct GalleryView::Page
{
    QList<Generation> rows;
    qint64 total = -1;
};

struct GalleryView::Choices
{
    QStringList models;
    QList<Collection> collections;
};

GalleryView::GalleryView(QWidget *parent)
    : QWidget(parent), m_model(new GalleryModel(this)), m_thumbnails(new ThumbnailCache(this)), m_type(new QComboBox(this)),
      m_status(new QComboBox(this)), m_modelFilter(new QComboBox(this)), m_collection(new QComboBox(this)), m_date(new QComboBox(this)),
      m_rating(new QComboBox(this)), m_search(new QLineEdit(this)), m_sort(new QComboBox(this)), m_list(new QListView(this)),
      m_open(toolButton(this, "open")), m_star(toolButton(this, "star")), m_rate(toolButton(this, "rate")), m_add(toolButton(this, "add")),
      m_remove(toolButton(this, "remove")), m_export(toolButton(this, "export")), m_compare(toolButton(this, "compare")),
      m_delete(toolButton(this, "delete")), m_rateMenu(new QMenu(this)), m_addMenu(new QMenu(this)), m_summary(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("gallery"));
    m_list->setModel(m_model);
    showToolTipsAsPlainText(m_list); // prompts
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true); // the layout of 10,000 tiles is arithmetic, not 10,000 measurements
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSpacing(2);
    m_list->setMouseTracking(true);
    m_list->setItemDelegate(new TileDelegate(m_thumbnails, m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // errors, collection names
    const QStringList types = {QString(), QStringLiteral("2d"), QStringLiteral("3d"), QStringLiteral("animation"), QStringLiteral("template")};
    for (const QString &t : types)
        m_type->addItem(QString(), t);
    const QStringList statuses = {QString(), QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("pending,processing"),
                                  QStringLiteral("canceled")};
    for (const QString &s : statuses)
        m_status->addItem(QString(), s);
    m_modelFilter->addItem(QString(), QString());
    m_collection->addItem(QString(), QString());
    for (const char *d : {"any", "range", "7", "30"})
        m_date->addItem(QString(), QLatin1String(d));
    for (int r = 0; r <= 6; ++r)
        m_rating->addItem(QString(), r);
    for (int s = 0; s <= int(GalleryFilter::Sort::Slowest); ++s)
        m_sort->addItem(QString(), s);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);

    for (int stars = 1; stars <= 5; ++stars) {
        QAction *a = m_rateMenu->addAction(QString(stars, QChar(0x2605)));
        connect(a, &QAction::triggered, this, [this, stars] { rateSelected(stars); });
    }
    m_rate->setMenu(m_rateMenu);
    m_rate->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(m_addMenu);
    m_add->setPopupMode(QToolButton::InstantPopup);
    connect(m_addMenu, &QMenu::aboutToShow, this, &GalleryView::fillCollectionsMenu);

    // Two rows of filters, so that the gallery fits a 1024-pixel window in every language (in one row, French made
    // the whole console 1,500 pixels wide at least).
    auto *filters = new QHBoxLayout;
    auto *moreFilters = new QHBoxLayout;
    auto *searchLabel = new QLabel(this);
    searchLabel->setObjectName(QStringLiteral("searchLabel"));
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    for (QComboBox *c : {m_type, m_status, m_modelFilter}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(c);
    }
    for (QComboBox *c : {m_collection, m_date, m_rating, m_sort}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        moreFilters->addWidget(c);
    }
    moreFilters->addStretch(1);
    auto *actions = new QHBoxLayout;
    for (QToolButton *b : {m_open, m_star, m_rate, m_add, m_remove, m_export, m_compare, m_delete})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_summary, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(filters);
    layout->addLayout(moreFilters);
    layout->addLayout(actions);
    layout->addWidget(m_list, 1);

    connect(m_model, &GalleryModel::fetchRequested, this, &GalleryView::fetch);
    connect(m_thumbnails, &ThumbnailCache::ready, m_list->viewport(), qOverload<>(&QWidget::update));
    for (QComboBox *c : {m_type, m_status, m_modelFilter, m_collection, m_date, m_rating, m_sort})
        connect(c, &QComboBox::activated, this, &GalleryView::reload);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &GalleryView::reload);
    connect(m_searchDelay, &QTimer::timeout, this, &GalleryView::reload);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { emit openGeneration(i.data(GalleryModel::IdRole).toString()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GalleryView::updateActions);
    connect(m_open, &QToolButton::clicked, this, [this] {
        if (const QStringList ids = selectedIds(); !ids.isEmpty())
            emit openGeneration(ids.first());
    });
    connect(m_star, &QToolButton::clicked, this, [this] {
        const auto chosen = selectedGenerations();
        const bool anyUnstarred = std::any_of(chosen.cbegin(), chosen.cend(), [](const Generation &g) { return !g.starred; });
        starSelected(anyUnstarred);
    });
    connect(m_remove, &QToolButton::clicked, this, &GalleryView::removeSelectedFromCollection);
    connect(m_export, &QToolButton::clicked, this, &GalleryView::askExport);
    connect(m_compare, &QToolButton::clicked, this, &GalleryView::compareSelected);
    connect(m_delete, &QToolButton::clicked, this, &GalleryView::askDelete);
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &GalleryView::askDelete);
    m_list->addAction(del);
    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    find->setObjectName(QStringLiteral("searchShortcut"));
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    retranslate();
    updateActions();
}

GalleryView::~GalleryView() = default;

void GalleryView::setContext(const StudioContext &context)
{
    const bool brandChanged = !m_hasContext || context.database.toString() != m_context.database.toString() || context.brandId != m_context.brandId;
    const bool rangeChanged = context.from != m_context.from || context.to != m_context.to;
    m_context = context;
    m_hasContext = true;
    m_thumbnails->setSource(context.database, context.brandId);
    if (brandChanged) {
        // Another brand's models and collections mean nothing here.
        m_modelFilter->setCurrentIndex(0);
        m_collection->setCurrentIndex(0);
        loadChoices();
        reload();
    } else if (rangeChanged && m_date->currentData().toString() == QLatin1String("range")) {
        reload();
    }
}

void GalleryView::setCollection(const QString &collectionId)
{
    if (collectionId == m_collectionId && m_hasContext && !collectionId.isEmpty())
        return; // the same collection: keep the selection and the scroll
    m_collectionId = collectionId;
    m_collection->setVisible(collectionId.isEmpty());
    m_remove->setVisible(!collectionId.isEmpty());
    if (m_hasContext)
        reload();
}

GalleryFilter GalleryView::filter() const
{
    GalleryFilter f;
    f.brandId = m_context.brandId;
    if (const QString t = m_type->currentData().toString(); !t.isEmpty())
        f.types = {t};
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.statuses = s.split(QLatin1Char(','));
    f.model = m_modelFilter->currentData().toString();
    f.collectionId = m_collectionId.isEmpty() ? m_collection->currentData().toString() : m_collectionId;
    const QString date = m_date->currentData().toString();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (date == QLatin1String("range")) {
        f.from = m_context.from;
        f.to = m_context.to;
    } else if (date == QLatin1String("7") || date == QLatin1String("30")) {
        f.from = today.addDays(1 - date.toInt());
        f.to = today.addDays(1);
    }
    const int rating = m_rating->currentData().toInt();
    f.starredOnly = rating == 6;
    f.minRating = rating == 6 ? 0 : rating;
    f.search = m_search->text().trimmed();
    f.sort = GalleryFilter::Sort(m_sort->currentData().toInt());
    return f;
}

void GalleryView::applyFilter(const GalleryFilter &f)
{
    auto choose = [](QComboBox *c, const QVariant &value) {
        const int i = c->findData(value);
        c->setCurrentIndex(i < 0 ? 0 : i);
    };
    choose(m_type, f.types.isEmpty() ? QString() : f.types.first());
    choose(m_status, f.statuses.join(QLatin1Char(',')));
    if (!f.model.isEmpty() && m_modelFilter->findData(f.model) < 0)
        m_modelFilter->addItem(f.model, f.model);
    choose(m_modelFilter, f.model);
    if (!f.collectionId.isEmpty() && m_collection->findData(f.collectionId) < 0)
        m_collection->addItem(f.collectionId, f.collectionId);
    choose(m_collection, f.collectionId);
    choose(m_date, f.from.isValid() ? QStringLiteral("range") : QStringLiteral("any"));
    choose(m_rating, f.starredOnly ? 6 : f.minRating);
    m_search->setText(f.search);
    choose(m_sort, int(f.sort));
    reload();
}

void GalleryView::reload()
{
    m_searchDelay->stop();
    m_fetching.cancel(); // a page of the filter before
    m_filter = filter(); // every page of this load is of the same filter
    m_model->reset();
    updateActions();
    if (m_hasContext && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void GalleryView::fetch(int offset)
{
    if (!m_hasContext || m_context.brandId.isEmpty()) {
        m_model->fetchFailed();
        return;
    }
    const GalleryFilter f = m_filter;
    const bool first = offset == 0;
    m_fetching.startWithDatabase(
        m_context.database,
        [f, offset, first](const QSqlDatabase &db, CancelToken &) -> Result<Page> {
            Page page;
            if (first) { // counted once per filter: scrolling further pages costs one statement each
                auto total = GenerationService::count(db, f);
                if (!total)
                    return total.error();
                page.total = total.value();
            }
            auto rows = GenerationService::search(db, f, offset, GalleryModel::pageSize);
            if (!rows)
                return rows.error();
            page.rows = rows.value();
            return page;
        },
        [this, first](Result<Page> page) {
            if (!page) {
                m_model->fetchFailed();
                m_summary->setText(page.error().message);
                emit failed(page.error().message);
                return;
            }
            m_model->appendPage(page->rows, page->total >= 0 ? page->total : m_model->total());
            updateStatus();
            if (first)
                emit loaded();
        });
}

void GalleryView::loadChoices()
{
    const QString brandId = m_context.brandId;
    m_loadingChoices.startWithDatabase(
        m_context.database,
        [brandId](const QSqlDatabase &db, CancelToken &) -> Result<Choices> {
            auto models = GenerationService::modelsUsed(db, brandId);
            if (!models)
                return models.error();
            auto collections = StudioLibrary::collections(db, brandId);
            if (!collections)
                return collections.error();
            return Choices{models.value(), collections.value()};
        },
        [this](Result<Choices> choices) {
            if (!choices)
                return;
            const QString model = m_modelFilter->currentData().toString();
            while (m_modelFilter->count() > 1)
                m_modelFilter->removeItem(1);
            for (const QString &m : choices->models)
                m_modelFilter->addItem(m, m);
            m_modelFilter->setCurrentIndex(std::max(0, m_modelFilter->findData(model)));
            m_collections = choices->collections;
            const QString collection = m_collection->currentData().toString();
            while (m_collection->count() > 1)
                m_collection->removeItem(1);
            for (const Collection &c : choices->collections)
                m_collection->addItem(c.name, c.id);
            m_collection->setCurrentIndex(std::max(0, m_collection->findData(collection)));
        });
}

QStringList GalleryView::selectedIds() const
{
    QStringList ids;
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        ids.append(i.data(GalleryModel::IdRole).toString());
    return ids;
}

QList<Generation> GalleryView::selectedGenerations() const
{
    QList<Generation> rows;
    for (const QString &id : selectedIds())
        if (const int row = m_model->rowOf(id); row >= 0)
            rows.append(m_model->generation(row));
    return rows;
}

void GalleryView::select(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids)
        if (const int row = m_model->rowOf(id); row >= 0)
            selection.select(m_model->index(row), m_model->index(row));
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_list->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
}

QString GalleryView::statusText() const
{
    return m_summary->text();
}

void GalleryView::updateStatus()
{
    const qint64 total = m_model->total();
    m_summary->setText(total == 0 ? tr("No generation matches.")
                                      : tr("%n generation(s)", nullptr, int(total)) +
                                            (m_model->rowCount() < total ? tr(" · scroll for more") : QString()));
}

void GalleryView::updateActions()
{
    const QList<Generation> chosen = selectedGenerations();
    const bool any = !chosen.isEmpty();
    const bool allFinished = any && std::all_of(chosen.cbegin(), chosen.cend(), [](const Generation &g) { return g.isFinished(); });
    const bool anyCompleted = std::any_of(chosen.cbegin(), chosen.cend(), [](const Generation &g) { return g.status == QLatin1String("completed"); });
    m_open->setEnabled(chosen.size() == 1);
    m_star->setEnabled(any);
    m_rate->setEnabled(any && allFinished);
    m_add->setEnabled(any);
    m_remove->setEnabled(any);
    m_export->setEnabled(anyCompleted);
    m_compare->setEnabled(chosen.size() >= 2 && chosen.size() <= 4 && anyCompleted);
    m_delete->setEnabled(allFinished);
    m_remove->setVisible(!m_collectionId.isEmpty() || !m_collection->currentData().toString().isEmpty());
}

void GalleryView::act(const QString &what, std::function<Status(const QSqlDatabase &)> change, bool reloadAfter)
{
    const QStringList ids = selectedIds();
    addRequest(m_changing, this)
        .startChange(
            m_context.database, std::move(change),
            [this, what, ids, reloadAfter](const Status &s) {
                if (!s) {
                    m_summary->setText(s.error().message);
                    emit failed(s.error().message);
                    return;
                }
                m_summary->setText(what);
                loadChoices(); // a collection may be new
                if (reloadAfter)
                    reload();
                else
                    for (const QString &id : ids)
                        refreshGeneration(id);
                emit changed();
            });
}

void GalleryView::starSelected(bool starred)
{
    const QStringList ids = selectedIds();
    act(starred ? tr("Starred %n generation(s).", nullptr, int(ids.size())) : tr("Unstarred %n generation(s).", nullptr, int(ids.size())),
        [ids, starred](const QSqlDatabase &db) -> Status {
            for (const QString &id : ids)
                if (auto s = StudioLibrary::star(db, id, starred); !s)
                    return s;
            return Done{};
        },
        false);
}

void GalleryView::rateSelected(int stars)
{
    const QStringList ids = selectedIds();
    act(tr("Rated %n generation(s) %1 of 5.", nullptr, int(ids.size())).arg(stars),
        [ids, stars](const QSqlDatabase &db) -> Status {
            for (const QString &id : ids)
                if (auto r = StudioLibrary::rate(db, id, stars); !r)
                    return r.error();
            return Done{};
        },
        false);
}

void GalleryView::addSelectedTo(const QString &collectionId)
{
    const QStringList ids = selectedIds();
    QString name = collectionId;
    for (const Collection &c : std::as_const(m_collections))
        if (c.id == collectionId)
            name = c.name;
    act(tr("Added %n generation(s) to %1.", nullptr, int(ids.size())).arg(name),
        [ids, collectionId](const QSqlDatabase &db) -> Status {
            if (auto r = StudioLibrary::addToCollection(db, collectionId, ids); !r)
                return r.error();
            return Done{};
        },
        false);
}

void GalleryView::createCollectionWithSelected(const QString &name)
{
    const QStringList ids = selectedIds();
    const QString brandId = m_context.brandId;
    act(tr("Created the collection %1 with %n generation(s).", nullptr, int(ids.size())).arg(name),
        [ids, brandId, name](const QSqlDatabase &db) -> Status {
            auto c = StudioLibrary::createCollection(db, brandId, name);
            if (!c)
                return c.error();
            if (auto r = StudioLibrary::addToCollection(db, c->id, ids); !r)
                return r.error();
            return Done{};
        },
        false);
}

void GalleryView::removeSelectedFromCollection()
{
    const QString collectionId = m_collectionId.isEmpty() ? m_collection->currentData().toString() : m_collectionId;
    if (collectionId.isEmpty())
        return;
    const QStringList ids = selectedIds();
    act(tr("Took %n generation(s) out of the collection.", nullptr, int(ids.size())),
        [ids, collectionId](const QSqlDatabase &db) -> Status {
            if (auto r = StudioLibrary::removeFromCollection(db, collectionId, ids); !r)
                return r.error();
            return Done{};
        },
        true);
}

void GalleryView::fillCollectionsMenu()
{
    m_addMenu->clear();
    for (const Collection &c : std::as_const(m_collections)) {
        QAction *a = m_addMenu->addAction(c.name);
        const QString id = c.id;
        connect(a, &QAction::triggered, this, [this, id] { addSelectedTo(id); });
    }
    if (!m_collections.isEmpty())
        m_addMenu->addSeparator();
    QAction *fresh = m_addMenu->addAction(tr("New collection…"));
    connect(fresh, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New collection"), tr("Name of the collection:"), QLineEdit::Normal, {}, &ok).trimmed();
        if (ok && !name.isEmpty())
            createCollectionWithSelected(name);
    });
}

void GalleryView::deleteSelected()
{
    const QStringList ids = selectedIds();
    addRequest(m_changing, this)
        .startChange(
            m_context.database,
            [ids](const QSqlDatabase &db) -> Status {
                if (auto r = GenerationService::remove(db, ids); !r)
                    return r.error();
                return Done{};
            },
            [this, ids](const Status &s) {
                if (!s) {
                    m_summary->setText(s.error().message);
                    emit failed(s.error().message);
                    return;
                }
                m_model->removeIds(ids);
                m_summary->setText(tr("Deleted %n generation(s).", nullptr, int(ids.size())));
                emit changed();
            });
}

void GalleryView::askDelete()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_delete->isEnabled())
        return;
    if (QMessageBox::question(this, tr("Delete generations"),
                              tr("Delete %n generation(s) with their versions? Their credits stay in the ledger. This cannot be undone.",
                                 nullptr, int(ids.size())))
        == QMessageBox::Yes)
        deleteSelected();
}

void GalleryView::exportSelected(const QString &path)
{
    const QStringList ids = selectedIds();
    m_export->setEnabled(false);
    m_summary->setText(tr("Exporting…"));
    addRequest(m_exporting, this)
        .startChange(
            m_context.database, [ids, path](const QSqlDatabase &db) { return StudioLibrary::exportGenerations(db, ids, path); },
            [this, path](Result<int> files) {
                updateActions();
                if (!files) {
                    m_summary->setText(files.error().message);
                    emit failed(files.error().message);
                    emit exported(-1);
                    return;
                }
                m_summary->setText(tr("Wrote %n result(s) and a manifest to %1.", nullptr, files.value()).arg(QDir::toNativeSeparators(path)));
                emit exported(files.value());
            });
}

void GalleryView::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the selected generations"),
                                                QDir(folder).filePath(QStringLiteral("generations.zip")), tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    exportSelected(path);
}

void GalleryView::compareSelected()
{
    const QList<Generation> chosen = selectedGenerations();
    if (chosen.size() < 2)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setWindowTitle(tr("Compare %n generation(s)", nullptr, int(chosen.size())));
    auto *comparison = new ComparisonView(dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(comparison);
    comparison->compare(m_context, chosen);
    dialog->resize(std::min(1600, 420 * int(chosen.size())), 640);
    dialog->show();
}

void GalleryView::refreshGeneration(const QString &id)
{
    const GalleryFilter f = m_filter;
    // One reading per generation (a newer one of the same supersedes the older); those that answered go.
    std::erase_if(m_refreshing, [](const auto &r) { return !r.second.isRunning(); });
    m_refreshing.try_emplace(id, this).first->second.startWithDatabase(
        m_context.database, [id](const QSqlDatabase &db, CancelToken &) { return GenerationService::get(db, id); },
        [this, f](Result<Generation> g) {
            if (!g || g->brandId != m_context.brandId)
                return;
            if (m_model->rowOf(g->id) >= 0) {
                m_model->update(g.value());
                updateActions();
            } else if (f.sort == GalleryFilter::Sort::Newest && matches(f, g.value())
                       && (m_model->rowCount() == 0 || g->createdAt >= m_model->generation(0).createdAt)) {
                reload(); // a new one the filter keeps: it belongs at the top
            }
        });
}

void GalleryView::setProgress(const QString &id, double share)
{
    m_model->setProgress(id, share);
}

void GalleryView::retranslate()
{
    findChild<QLabel *>(QStringLiteral("searchLabel"))->setText(tr("Search:"));
    m_search->setAccessibleName(tr("Search in prompts (Ctrl+F)"));
    m_search->setToolTip(tr("Search in prompts (Ctrl+F)"));
    if (auto *key = findChild<QShortcut *>(QStringLiteral("searchShortcut"), Qt::FindDirectChildrenOnly))
        key->setWhatsThis(m_search->accessibleName()); // for Help ▸ Keyboard shortcuts
    m_type->setAccessibleName(tr("Filter by type"));
    m_type->setItemText(0, tr("Any type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, GalleryModel::typeText(m_type->itemData(i).toString()));
    m_status->setAccessibleName(tr("Filter by status"));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, GalleryModel::statusText(QStringLiteral("completed")));
    m_status->setItemText(2, GalleryModel::statusText(QStringLiteral("failed")));
    m_status->setItemText(3, tr("Queued or generating"));
    m_status->setItemText(4, GalleryModel::statusText(QStringLiteral("canceled")));
    m_modelFilter->setAccessibleName(tr("Filter by model"));
    m_modelFilter->setItemText(0, tr("Any model"));
    m_collection->setAccessibleName(tr("Filter by collection"));
    m_collection->setItemText(0, tr("Any collection"));
    m_date->setAccessibleName(tr("Filter by date"));
    m_date->setItemText(0, tr("Any date"));
    m_date->setItemText(1, tr("Toolbar's dates"));
    m_date->setItemText(2, tr("Last 7 days"));
    m_date->setItemText(3, tr("Last 30 days"));
    m_rating->setAccessibleName(tr("Filter by rating"));
    m_rating->setItemText(0, tr("Any rating"));
    for (int r = 1; r <= 5; ++r)
        m_rating->setItemText(r, r == 5 ? tr("%1 only").arg(QString(5, QChar(0x2605))) : tr("%1 or more").arg(QString(r, QChar(0x2605))));
    m_rating->setItemText(6, tr("Starred only"));
    m_sort->setAccessibleName(tr("Order"));
    const QStringList sorts = {tr("Newest first"), tr("Oldest first"), tr("Best quality"), tr("Best rated"), tr("Cheapest"),
                               tr("Most expensive"), tr("Slowest")};
    for (int i = 0; i < sorts.size(); ++i)
        m_sort->setItemText(i, sorts.at(i));
    m_list->setAccessibleName(tr("Generations"));
    m_open->setText(tr("Open"));
    m_open->setToolTip(tr("Open the selected generation (Enter)"));
    m_star->setText(tr("Star"));
    m_star->setToolTip(tr("Star or unstar the selection"));
    m_rate->setText(tr("Give stars"));
    m_rate->setAccessibleName(tr("Rate the selection"));
    m_add->setText(tr("&Add to collection"));
    m_remove->setText(tr("Remove from collection"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the selected results and a manifest as a zip"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Compare two to four generations side by side"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected generations (Delete)"));
    if (m_model->total() >= 0)
        updateStatus();
}

void GalleryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Atelier
