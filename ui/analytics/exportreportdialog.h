#pragma once

#include "core/viewcontext.h"
#include "reports/analysisreports.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;

namespace Atelier {

class CancelToken;

/// File → Export report: which analyses, and where (.pdf or .csv); computed on the pool with progress,
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
    /// Starts the export (what the Export button does).
    void start();

signals:
    void finishedExport(bool ok);

private:
    void browse();

    ViewContext m_context;
    ReportOptions m_options;
    QListWidget *m_analyses;
    QLineEdit *m_path;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::shared_ptr<CancelToken> m_token;
    bool m_running = false;
};

} // namespace Atelier
