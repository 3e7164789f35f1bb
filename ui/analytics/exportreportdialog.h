#pragma once

#include "core/request.h"
#include "core/viewcontext.h"
#include "reports/analysisreports.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Atelier {

/// File → Export report: which analyses, and where (.pdf or .csv); computed on the analysis pool with progress,
/// cancellable, written whole or not at all.
class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)
public:
    ExportReportDialog(const ViewContext &context, const ReportOptions &options, const QString &current, QWidget *parent = nullptr);
    ~ExportReportDialog() override;
    void setPath(const QString &path);
    QStringList chosenAnalyses() const;
    QString message() const;
    /// The default folder of reports: Documents, created if missing, else the home folder (the message says so).
    static QString defaultFolder(QString *problem = nullptr);
    /// The file the last export wrote (empty before); "Open" and "Show in folder" act on it.
    QString writtenPath() const { return m_written; }
    /// Starts the export (what the Export button does).
    void start();

signals:
    void finishedExport(bool ok);

private:
    void browse();
    void finish(const Result<int> &written, const QString &path);

    ViewContext m_context;
    ReportOptions m_options;
    QListWidget *m_analyses;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_open;
    QPushButton *m_showFolder;
    QString m_written;
    QTimer *m_poll;
    std::shared_ptr<std::atomic<int>> m_done; // analyses the export has computed, counted by the worker
    Request<Result<int>> m_export;
};

} // namespace Atelier
