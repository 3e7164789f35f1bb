#pragma once

#include "core/accessibilityaudit.h"
#include "core/accessibilityreports.h"
#include "core/page.h"
#include "core/request.h"

#include <QPointer>

#include <memory>

class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Atelier {

class AccessibilityIssuesModel;
class AccessibilityScoresModel;
class AccessibilityTour;

/// The console's own accessibility (docs/accessibility.md): each page's audit score over time, from
/// accessibility_reports; the issues of the selected page's latest audit; "Run audit now", which audits every page
/// and view in the current theme and language — one stop per turn of the event loop, so the window keeps answering —
/// and stores the reports; choosing an issue shows its page and outlines the widget.
class AccessibilityPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibilityPage)
public:
    explicit AccessibilityPage(QWidget *parent = nullptr);
    ~AccessibilityPage() override;
    QString pageName() const override { return QStringLiteral("accessibility"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool hasComments() const override { return false; }

    AccessibilityScoresModel *scores() const { return m_scores; }
    AccessibilityIssuesModel *issues() const { return m_issues; }
    QTableView *scoreTable() const { return m_scoreTable; }
    QTableView *issueTable() const { return m_issueTable; }
    QPushButton *runButton() const { return m_run; }
    QString status() const;
    bool isAuditing() const { return bool(m_tour); }

    /// Audits every page, view and the window's frame, then stores the reports (runAudit() while one runs stops it).
    void runAudit();
    void reload();
    /// Shows the page of issue \a row of the selected page and outlines its widget for a few seconds; the widget.
    QWidget *highlightIssue(int row);
    /// The outline drawn around the widget of the issue chosen last (null before one is).
    QWidget *outline() const { return m_outline; }

signals:
    void loaded();
    /// A run ended and its reports are stored (or failed to be: \a ok).
    void auditStored(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showIssuesOf(const QString &page);
    void nextStop();
    void auditWhenSettled(int polls, int quiet);
    void finishRun(bool stopped);
    QString selectedPage() const;

    ViewContext m_context;
    bool m_hasContext = false;
    QLabel *m_heading;
    QLabel *m_intro;
    QPushButton *m_run;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_scoresLabel;
    QTableView *m_scoreTable;
    QLabel *m_issuesLabel;
    QTableView *m_issueTable;
    QPushButton *m_show;
    AccessibilityScoresModel *m_scores;
    AccessibilityIssuesModel *m_issues;
    QPointer<QWidget> m_outline;
    QTimer *m_outlineTimer;

    std::unique_ptr<AccessibilityTour> m_tour;
    int m_step = 0;
    QList<AccessibilityReport> m_found;
    QString m_theme;
    QString m_language;

    Request<Result<QList<StoredAccessibilityReport>>> m_loading{this};
    Request<Result<int>> m_saving{this};
};

} // namespace Atelier
