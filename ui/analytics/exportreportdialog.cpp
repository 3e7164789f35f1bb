#include "exportreportdialog.h"

#include "core/database.h"
#include "core/pools.h"
#include "reports/reportexport.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>

namespace Atelier {

ExportReportDialog::ExportReportDialog(const ViewContext &context, const ReportOptions &options, const QString &current,
                                       QWidget *parent)
    : QDialog(parent), m_context(context), m_options(options), m_analyses(new QListWidget(this)), m_path(new QLineEdit(this)),
      m_progress(new QProgressBar(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_open(new QPushButton(tr("&Open"), this)), m_showFolder(new QPushButton(tr("Show in &folder"), this)), m_poll(new QTimer(this)),
      m_done(std::make_shared<std::atomic<int>>(0)), m_export(this, analysisPool())
{
    setWindowTitle(tr("Export report"));
    setObjectName(QStringLiteral("exportReportDialog"));
    for (const QString &analysis : AnalysisReports::analyses()) {
        auto *item = new QListWidgetItem(AnalysisReports::title(analysis), m_analyses);
        item->setData(Qt::UserRole, analysis);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(analysis == QLatin1String("realtime") && current != analysis ? Qt::Unchecked : Qt::Checked);
    }
    m_analyses->setAccessibleName(tr("Analyses to include"));
    m_path->setAccessibleName(tr("Report file"));
    QString problem;
    const QString folder = defaultFolder(&problem);
    m_path->setText(QDir(folder).filePath(QStringLiteral("atelier-%1-%2.pdf").arg(context.brandSlug, context.from.toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    m_progress->hide();
    m_progress->setAccessibleName(tr("Export progress"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // errors and paths
    m_message->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    // Once written: the report itself, or its folder, in the desktop's own applications.
    m_open->setObjectName(QStringLiteral("openReport"));
    m_showFolder->setObjectName(QStringLiteral("showReportFolder"));
    m_open->setAccessibleName(tr("Open the report"));
    m_showFolder->setAccessibleName(tr("Show the report's folder"));
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_showFolder, QDialogButtonBox::ActionRole);
    m_open->hide();
    m_showFolder->hide();
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_written)))
            m_message->setText(tr("No application opens %1.").arg(QDir::toNativeSeparators(m_written)));
    });
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileInfo(m_written).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            m_message->setText(tr("No application shows the folder %1.").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportReportDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_export.isRunning()) {
            // Its query is interrupted and its answer dropped: the report is written whole at the end, or not at all.
            m_export.cancel();
            finish(Error{CancelToken::cancelledMessage(), {}}, {});
            return;
        }
        reject();
    });
    // The worker counts the analyses done; the dialog reads the count (it may be gone before the worker ends).
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, m_progress, [this] { m_progress->setValue(m_done->load()); });
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1, %2 to %3. Include:")
                                     .arg(context.brandSlug, context.from.toString(Qt::ISODate),
                                          context.to.addDays(-1).toString(Qt::ISODate)),
                                 this));
    layout->addWidget(m_analyses, 1);
    layout->addWidget(new QLabel(tr("Save as (.pdf: charts and tables; .csv: every table):"), this));
    layout->addLayout(file);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, 560);
}

// An export still running is cancelled (nothing is written) and not waited for.
ExportReportDialog::~ExportReportDialog() = default;

void ExportReportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportReportDialog::defaultFolder(QString *problem)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable())
        return documents;
    if (problem)
        *problem = documents.isEmpty()
                       ? tr("This desktop has no Documents folder: the report goes to your home folder.")
                       : tr("The folder %1 could not be created or written: the report goes to your home folder.")
                             .arg(QDir::toNativeSeparators(documents));
    return QDir::homePath();
}

QString ExportReportDialog::message() const
{
    return m_message->text();
}

QStringList ExportReportDialog::chosenAnalyses() const
{
    QStringList chosen;
    for (int i = 0; i < m_analyses->count(); ++i)
        if (m_analyses->item(i)->checkState() == Qt::Checked)
            chosen.append(m_analyses->item(i)->data(Qt::UserRole).toString());
    return chosen;
}

void ExportReportDialog::browse()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"), m_path->text(),
                                                      tr("PDF report (*.pdf);;CSV tables (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + (filter.contains(QLatin1String("csv")) ? QStringLiteral(".csv")
                                                                                                        : QStringLiteral(".pdf"))
                                                       : path);
}

void ExportReportDialog::start()
{
    if (m_export.isRunning())
        return;
    ReportRequest request;
    request.brandSlug = m_context.brandSlug;
    request.from = m_context.from;
    request.to = m_context.to;
    request.analyses = chosenAnalyses();
    request.options = m_options;
    request.path = m_path->text().trimmed();
    if (request.analyses.isEmpty()) {
        m_message->setText(tr("Tick at least one analysis."));
        return;
    }
    if (auto format = ReportExport::formatOf(request.path, {}); !format) {
        m_message->setText(format.error().message);
        return;
    }
    m_open->hide();
    m_showFolder->hide();
    m_written.clear();
    m_progress->setRange(0, int(request.analyses.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_message->setText(tr("Computing the analyses…"));
    m_done = std::make_shared<std::atomic<int>>(0); // a cancelled export still counting counts elsewhere
    m_poll->start();
    const DatabaseUrl url = m_context.database;
    // A heavy computation: on the analysis pool, so it never takes the global pool's threads.
    m_export.start(
        [url, request, done = m_done](CancelToken &token) -> Result<int> {
            auto db = Database::open(url);
            if (!db)
                return db.error();
            // The export attaches its connections to the token itself, so that cancelling interrupts their queries.
            return ReportExport::run(db.value(), url, request, &token, [done](int count, int) { done->store(count); });
        },
        [this, path = request.path](const Result<int> &written) { finish(written, path); });
}

void ExportReportDialog::finish(const Result<int> &written, const QString &path)
{
    m_poll->stop();
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!written) {
        m_message->setText(written.error().message);
        emit finishedExport(false);
        return;
    }
    m_message->setText(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    m_written = QFileInfo(path).absoluteFilePath();
    m_open->show();
    m_showFolder->show();
    m_open->setFocus();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    emit finishedExport(true);
}

} // namespace Atelier
