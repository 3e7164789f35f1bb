#include "cacheview.h"

#include "ai/assetstore.h"
#include "ai/generationservice.h"
#include "core/privatefiles.h"
#include "core/request.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Atelier {

namespace {

constexpr int kFigures = int(CacheView::Figure::DiskFolder) + 1;

bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText); // a folder's path
    QPushButton *go = box.addButton(action, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace

struct CacheView::Figures
{
    CacheStats stats;
    qint64 diskBytes = 0;
    QString folder;
};

CacheView::CacheView(QWidget *parent)
    : StudioView(parent), m_heading(new QLabel(this)), m_intro(new QLabel(this)), m_brandBox(new QGroupBox(this)),
      m_desktopBox(new QGroupBox(this)), m_daysLabel(new QLabel(this)), m_days(new QSpinBox(this)), m_clearCache(new QPushButton(this)),
      m_clearDisk(new QPushButton(this)), m_openFolder(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("cacheView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // errors
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_daysLabel->setBuddy(m_days);
    m_clearCache->setObjectName(QStringLiteral("clearResults"));
    m_clearDisk->setObjectName(QStringLiteral("clearDiskCache"));
    m_openFolder->setObjectName(QStringLiteral("openCacheFolder"));

    for (int i = 0; i < kFigures; ++i) {
        auto *name = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText); // a folder's path among them
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(Figure(i) == Figure::DiskFolder);
        name->setBuddy(value);
        m_names.append(name);
        m_figures.append(value);
    }

    auto *brandForm = new QFormLayout;
    for (Figure f : {Figure::Hits, Figure::Misses, Figure::HitRate, Figure::ResultBytes, Figure::CreditsSaved})
        brandForm->addRow(m_names.at(int(f)), m_figures.at(int(f)));
    auto *clearRow = new QHBoxLayout;
    clearRow->addWidget(m_daysLabel);
    clearRow->addWidget(m_days);
    clearRow->addWidget(m_clearCache);
    clearRow->addStretch(1);
    auto *brandLayout = new QVBoxLayout(m_brandBox);
    brandLayout->addLayout(brandForm);
    brandLayout->addLayout(clearRow);

    auto *desktopForm = new QFormLayout;
    for (Figure f : {Figure::DiskBytes, Figure::DiskFolder})
        desktopForm->addRow(m_names.at(int(f)), m_figures.at(int(f)));
    auto *diskRow = new QHBoxLayout;
    diskRow->addWidget(m_clearDisk);
    diskRow->addWidget(m_openFolder);
    diskRow->addStretch(1);
    auto *desktopLayout = new QVBoxLayout(m_desktopBox);
    desktopLayout->addLayout(desktopForm);
    desktopLayout->addLayout(diskRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_brandBox);
    layout->addWidget(m_desktopBox);
    layout->addWidget(m_status);
    layout->addStretch(1);

    setTabOrder(m_days, m_clearCache);
    setTabOrder(m_clearCache, m_clearDisk);
    setTabOrder(m_clearDisk, m_openFolder);

    connect(m_clearCache, &QPushButton::clicked, this, &CacheView::askClearCache);
    connect(m_clearDisk, &QPushButton::clicked, this, &CacheView::askClearDiskCache);
    connect(m_openFolder, &QPushButton::clicked, this, &CacheView::openFolder);
    retranslate();
    showFigures();
    setBusy(false);
}

CacheView::~CacheView() = default;

QString CacheView::title() const
{
    return tr("Cache");
}

QString CacheView::statusText() const
{
    return m_status->text();
}

QString CacheView::figure(Figure figure) const
{
    return m_figures.at(int(figure))->text();
}

void CacheView::setContext(const StudioContext &context)
{
    m_context = context;
    reload();
}

void CacheView::reload()
{
    if (m_context.brandId.isEmpty()) {
        m_loading.cancel();
        m_status->setText(tr("Choose a brand."));
        return;
    }
    if (m_notice.isEmpty())
        m_status->setText(tr("Loading…"));
    const QString brandId = m_context.brandId;
    m_loading.startWithDatabase(
        m_context.database,
        [brandId](const QSqlDatabase &db, CancelToken &) -> Result<Figures> {
            auto stats = GenerationService::cacheStats(db, brandId);
            if (!stats)
                return stats.error();
            // The disk is read here too: a large cache takes a while to walk.
            return Figures{stats.value(), AssetStore::cacheBytes(), AssetStore::cacheFolder()};
        },
        [this](Result<Figures> figures) {
            if (!figures) {
                m_status->setText(figures.error().message);
                emit failed(figures.error().message);
                return;
            }
            m_stats = figures->stats;
            m_diskBytes = figures->diskBytes;
            m_folder = figures->folder;
            m_hasFigures = true;
            showFigures();
            setBusy(m_busy);
            m_status->setText(m_notice);
            m_notice.clear();
            emit loaded();
        });
}

void CacheView::showFigures()
{
    const QLocale locale;
    const QString unknown = m_hasFigures ? QString() : QStringLiteral("…");
    auto set = [&](Figure f, const QString &text) { m_figures.at(int(f))->setText(m_hasFigures ? text : unknown); };
    set(Figure::Hits, locale.toString(m_stats.hits));
    set(Figure::Misses, locale.toString(m_stats.misses));
    set(Figure::HitRate, m_stats.hits + m_stats.misses > 0 ? tr("%1%").arg(locale.toString(m_stats.hitRate() * 100.0, 'f', 1))
                                                           : tr("no requests yet"));
    set(Figure::ResultBytes, locale.formattedDataSize(m_stats.bytes));
    set(Figure::CreditsSaved, locale.toString(m_stats.creditsSaved));
    set(Figure::DiskBytes, locale.formattedDataSize(m_diskBytes));
    set(Figure::DiskFolder, QDir::toNativeSeparators(m_folder));
}

void CacheView::setBusy(bool busy)
{
    m_busy = busy;
    const bool ready = !busy && !m_context.brandId.isEmpty();
    m_clearCache->setEnabled(ready);
    m_days->setEnabled(ready);
    m_clearDisk->setEnabled(!busy);
    m_openFolder->setEnabled(!m_folder.isEmpty());
}

void CacheView::askClearCache()
{
    const int days = m_days->value();
    const QString text =
        days == 0 ? tr("Stop answering from every cached result of this brand? The same requests will be generated, and paid for, again. "
                       "The results themselves stay in the gallery.")
                  : tr("Stop answering from this brand's cached results older than %n day(s)? The same requests will be generated, and "
                       "paid for, again. The results themselves stay in the gallery.",
                       nullptr, days);
    if (confirm(this, tr("Clear cached results"), text, tr("&Clear")))
        clearCache(days);
}

void CacheView::askClearDiskCache()
{
    const QString text = tr("Delete the %1 of results kept on this desktop, in %2? They are read from the database again when needed.")
                             .arg(QLocale().formattedDataSize(m_diskBytes), QDir::toNativeSeparators(m_folder));
    if (confirm(this, tr("Clear this desktop's disk cache"), text, tr("&Delete")))
        clearDiskCache();
}

void CacheView::clearCache(int olderThanDays)
{
    if (m_context.brandId.isEmpty() || m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Clearing the cache…"));
    const QString brandId = m_context.brandId;
    m_clearing.startChange(
        m_context.database,
        [brandId, olderThanDays](const QSqlDatabase &db) { return StudioActions::clearCache(db, brandId, olderThanDays); },
        [this](Result<CacheClearing> done) {
            setBusy(false);
            if (!done) {
                const QString message = tr("The cache was not cleared: %1").arg(done.error().message);
                m_status->setText(message);
                emit failed(message);
                emit cleared(false);
                return;
            }
            const QLocale locale;
            m_notice = tr("Removed %n entry(ies); %1 freed on this desktop's disk, %2 of results no longer answered from the cache.", nullptr,
                          int(done->removed))
                           .arg(locale.formattedDataSize(done->diskBytesFreed), locale.formattedDataSize(done->resultBytesFreed));
            m_status->setText(m_notice);
            emit cleared(true);
            reload();
        });
}

void CacheView::clearDiskCache()
{
    if (m_busy)
        return;
    setBusy(true);
    m_status->setText(tr("Clearing this desktop's disk cache…"));
    // Freed, and what is left: both measured on the worker (walking the folder is disk work).
    m_clearingDisk.start(
        [](CancelToken &) { return StudioActions::clearDiskCache(); },
        [this](DiskClearing sizes) {
            setBusy(false);
            const auto [freed, left] = sizes;
            m_notice = freed > 0 ? tr("Freed %1 on this desktop's disk.").arg(QLocale().formattedDataSize(freed))
                                 : tr("This desktop's disk cache was already empty.");
            m_status->setText(m_notice);
            emit cleared(true);
            if (m_context.brandId.isEmpty()) { // no brand to reload: the disk figure alone
                m_diskBytes = left;
                m_notice.clear();
                showFigures();
            } else {
                reload();
            }
        });
}

void CacheView::openFolder()
{
    if (!m_folder.isEmpty() && PrivateFiles::makeFolder(m_folder))
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
}

void CacheView::retranslate()
{
    m_heading->setText(tr("Result cache"));
    m_intro->setText(tr("The same request as a completed one (provider, model, prompt, parameters and seed) is answered with that "
                        "result: no provider call, no credit."));
    m_brandBox->setTitle(tr("This brand, all time"));
    m_desktopBox->setTitle(tr("This desktop"));
    m_names.at(int(Figure::Hits))->setText(tr("Answered from the cache:"));
    m_names.at(int(Figure::Misses))->setText(tr("Generated by a provider:"));
    m_names.at(int(Figure::HitRate))->setText(tr("Hit rate:"));
    m_names.at(int(Figure::ResultBytes))->setText(tr("Results the cache can answer with:"));
    m_names.at(int(Figure::CreditsSaved))->setText(tr("Credits saved:"));
    m_names.at(int(Figure::DiskBytes))->setText(tr("Disk cache of results:"));
    m_names.at(int(Figure::DiskFolder))->setText(tr("Folder:"));
    m_daysLabel->setText(tr("&Clear results older than:"));
    m_days->setSuffix(tr(" days"));
    m_days->setSpecialValueText(tr("any age (all)"));
    m_days->setAccessibleName(tr("Age in days of the cached results to clear; 0 clears them all"));
    m_clearCache->setText(tr("Clear &results…"));
    m_clearCache->setAccessibleName(tr("Clear the cached results older than the age given"));
    m_clearDisk->setText(tr("Clear this desktop's &disk cache…"));
    m_openFolder->setText(tr("O&pen the folder"));
    m_openFolder->setAccessibleName(tr("Open the disk cache's folder"));
}

void CacheView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showFigures();
    }
    StudioView::changeEvent(event);
}

} // namespace Atelier
