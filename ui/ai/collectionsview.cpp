#include "collectionsview.h"

#include "ai/studiolibrary.h"
#include "core/plaintext.h"
#include "galleryview.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Atelier {

CollectionsView::CollectionsView(QWidget *parent)
    : StudioView(parent), m_heading(new QLabel(this)), m_list(new QListWidget(this)), m_create(new QPushButton(this)),
      m_share(new QPushButton(this)), m_export(new QPushButton(this)), m_details(new QLabel(this)), m_summary(new QLabel(this)),
      m_gallery(new GalleryView(this))
{
    setObjectName(QStringLiteral("collections"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText); // our markup around escaped names and descriptions
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // errors and names as they were written
    showToolTipsAsPlainText(m_list); // descriptions
    m_gallery->setCollection(QStringLiteral("-")); // nothing until a collection is chosen

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heading);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_share);
    buttons->addWidget(m_export);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_details);
    leftLayout->addWidget(m_summary);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_gallery);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &CollectionsView::showCurrent);
    connect(m_create, &QPushButton::clicked, this, &CollectionsView::askCreate);
    connect(m_share, &QPushButton::clicked, this, &CollectionsView::askShare);
    connect(m_export, &QPushButton::clicked, this, &CollectionsView::askExport);
    connect(m_gallery, &GalleryView::openGeneration, this, &StudioView::openGeneration);
    connect(m_gallery, &GalleryView::failed, this, &StudioView::failed);
    connect(m_gallery, &GalleryView::changed, this, &CollectionsView::reload);
    retranslate();
}

CollectionsView::~CollectionsView() = default;

QString CollectionsView::title() const
{
    return tr("Collections");
}

void CollectionsView::setContext(const StudioContext &context)
{
    const bool changed = !context.sameAs(m_context);
    m_context = context;
    m_gallery->setContext(context);
    if (changed)
        reload();
}

QString CollectionsView::currentCollection() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_collections.size() ? m_collections.at(row).id : QString();
}

void CollectionsView::selectCollection(const QString &id)
{
    for (int i = 0; i < m_collections.size(); ++i)
        if (m_collections.at(i).id == id) {
            m_list->setCurrentRow(i);
            return;
        }
    m_wanted = id;
}

void CollectionsView::reload()
{
    if (m_context.brandId.isEmpty())
        return;
    const QString brandId = m_context.brandId;
    if (m_wanted.isEmpty())
        m_wanted = currentCollection();
    m_loading.startWithDatabase(
        m_context.database, [brandId](const QSqlDatabase &db, CancelToken &) { return StudioLibrary::collections(db, brandId); },
        [this](Result<QList<Collection>> rows) {
            if (!rows) {
                m_summary->setText(rows.error().message);
                emit failed(rows.error().message);
                emit loaded();
                return;
            }
            m_collections = rows.value();
            const QSignalBlocker block(m_list);
            m_list->clear();
            int select = m_collections.isEmpty() ? -1 : 0;
            for (int i = 0; i < m_collections.size(); ++i) {
                const Collection &c = m_collections.at(i);
                auto *item = new QListWidgetItem(c.isShared ? tr("%1 · %n item(s) · shared", nullptr, c.count).arg(c.name)
                                                            : tr("%1 · %n item(s)", nullptr, c.count).arg(c.name),
                                                 m_list);
                item->setToolTip(c.description);
                if (c.id == m_wanted)
                    select = i;
            }
            m_wanted.clear();
            m_list->setCurrentRow(select);
            showCurrent();
            emit loaded();
        });
}

void CollectionsView::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_collections.size();
    m_share->setEnabled(any);
    m_export->setEnabled(any);
    if (!any) {
        m_details->setText(m_collections.isEmpty() ? tr("No collection yet: select generations in the Studio and choose \"Add to collection\", "
                                                     "or make one here.")
                                                   : QString());
        m_gallery->setCollection(QStringLiteral("-"));
        return;
    }
    const Collection &c = m_collections.at(row);
    emit currentChanged();
    m_details->setText(tr("<b>%1</b><br>%2<br>Made %3%4")
                           .arg(c.name.toHtmlEscaped(), escapedLines(c.description),
                                QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat),
                                c.isShared ? tr(" · shared") : QString()));
    m_gallery->setCollection(c.id);
}

void CollectionsView::createCollection(const QString &name, const QString &description)
{
    const QString brandId = m_context.brandId;
    addRequest(m_creating, this)
        .startChange(
            m_context.database,
            [brandId, name, description](const QSqlDatabase &db) {
                return StudioLibrary::createCollection(db, brandId, name, description);
            },
            [this](Result<Collection> c) {
                if (!c) {
                    m_summary->setText(c.error().message);
                    emit failed(c.error().message);
                    return;
                }
                m_summary->setText(tr("Made the collection %1.").arg(c->name));
                m_wanted = c->id;
                reload();
            });
}

void CollectionsView::askCreate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New collection"), tr("Name of the collection:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok)
        return;
    if (name.isEmpty()) {
        m_summary->setText(tr("A collection needs a name."));
        return;
    }
    createCollection(name, {});
}

void CollectionsView::share(const QString &username, const QString &permission)
{
    const QString id = currentCollection();
    addRequest(m_sharing, this)
        .startChange(
            m_context.database,
            [id, username, permission](const QSqlDatabase &db) {
                return StudioLibrary::shareCollection(db, id, username, permission);
            },
            [this, username](const Status &s) {
                if (!s) {
                    m_summary->setText(s.error().message);
                    emit failed(s.error().message);
                    emit shared(false);
                    return;
                }
                m_summary->setText(tr("Shared with %1.").arg(username));
                reload();
                emit shared(true);
            });
}

void CollectionsView::askShare()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Share the collection"));
    auto *person = new QLineEdit(&dialog);
    person->setAccessibleName(tr("Person to share with"));
    auto *permission = new QComboBox(&dialog);
    permission->setAccessibleName(tr("What they may do"));
    permission->addItem(tr("View"), QStringLiteral("view"));
    permission->addItem(tr("Comment"), QStringLiteral("comment"));
    permission->addItem(tr("Edit"), QStringLiteral("edit"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Person (user name):"), person);
    form->addRow(tr("&May:"), permission);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (person->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Name the person to share with."));
        return;
    }
    share(person->text().trimmed(), permission->currentData().toString());
}

void CollectionsView::exportTo(const QString &path)
{
    const QString id = currentCollection();
    m_export->setEnabled(false);
    m_summary->setText(tr("Exporting…"));
    addRequest(m_exporting, this)
        .startChange(
            m_context.database, [id, path](const QSqlDatabase &db) { return StudioLibrary::exportCollection(db, id, path); },
            [this, path](Result<int> images) {
                m_export->setEnabled(!currentCollection().isEmpty());
                if (!images) {
                    m_summary->setText(images.error().message);
                    emit failed(images.error().message);
                    emit exported(-1);
                    return;
                }
                m_summary->setText(tr("Wrote %n result(s) and a manifest to %1.", nullptr, images.value()).arg(QDir::toNativeSeparators(path)));
                emit exported(images.value());
            });
}

void CollectionsView::askExport()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_collections.size())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_collections.at(row).name;
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("-"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the collection"), QDir(folder).filePath(name.trimmed() + QStringLiteral(".zip")),
                                                tr("Zip archive (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    exportTo(path);
}

QString CollectionsView::statusText() const
{
    return m_summary->text();
}

void CollectionsView::retranslate()
{
    m_heading->setText(tr("Collections"));
    m_list->setAccessibleName(tr("Collections"));
    m_create->setText(tr("&New…"));
    m_create->setToolTip(tr("Make a new collection"));
    m_share->setText(tr("&Share…"));
    m_share->setToolTip(tr("Share the collection with a person"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Export the collection's results and a manifest as a zip"));
}

void CollectionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioView::changeEvent(event);
}

} // namespace Atelier
