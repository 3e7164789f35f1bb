#pragma once

#include "core/request.h"
#include "core/result.h"
#include "core/stackedpane.h"
#include "core/viewcontext.h"
#include "reports/analysisreports.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace Atelier {

class SectionWidget;
struct Annotation;
struct Segment;

/// One analysis of the workspace: its own parameters over the shared brand and range, then its parts
/// (chart and table each). Loading runs on the analysis pool with a progress bar and Cancel; a newer request
/// cancels and drops the older one, so the GUI thread never waits on the database.
class AnalysisView final : public StackedPane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisView)
public:
    explicit AnalysisView(const QString &analysis, QWidget *parent = nullptr);
    ~AnalysisView() override;

    QString analysis() const { return m_analysis; }
    void setContext(const ViewContext &context);
    const ViewContext &context() const { return m_context; }
    ReportOptions options() const { return m_options; }
    void setOptions(const ReportOptions &options);
    void reload();
    void cancel();
    /// Computing, or still putting the answer's parts on screen (one per event-loop turn).
    bool isLoading() const;
    QList<SectionWidget *> sections() const { return m_sections; }
    QString statusText() const;

signals:
    void loaded();
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    using Answer = Result<QList<ReportSection>>;
    void buildParameters();
    void showResult(const Answer &answer);
    /// Shows \a sections: the first now, then one per turn of the event loop (a part's chart and table take a few
    /// milliseconds to build; an analysis of many parts all at once kept the GUI thread away for tens).
    void showSections(const QList<ReportSection> &sections);
    /// Shows the next part waiting; once the last is shown, what follows the whole answer (annotations, loaded()).
    void showNextSection();
    void retranslate();
    void loadChoices();
    void editFunnel();
    void editSegment(const Segment *segment);
    void openPair(int row, int column);
    void loadAnnotations();
    void applyAnnotations();
    void annotate(SectionWidget *section, int index);
    QString resourceId() const;

    QString m_analysis;
    ViewContext m_context;
    ReportOptions m_options;
    QHBoxLayout *m_parameters;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    QVBoxLayout *m_sectionsLayout;
    QList<SectionWidget *> m_sections;
    QList<ReportSection> m_extra; // parts opened from a chart (a correlation pair)
    QList<ReportSection> m_showing; // the parts being put on screen, m_shown of them so far
    qsizetype m_shown = 0;
    bool m_loadedWhenShown = false; // an answer of the computation (not a pair): loaded() once all are shown
    QTimer *m_nextSection;
    QTimer *m_live = nullptr;
    bool m_quiet = false; // a live refresh: no progress bar

    // Parameters; only those of this analysis exist.
    QLabel *m_label1 = nullptr;
    QLabel *m_label2 = nullptr;
    QLabel *m_label3 = nullptr;
    QComboBox *m_choice = nullptr;  // funnel, metric, attribution model, period, start event, experiment
    QComboBox *m_choice2 = nullptr; // retention: return event; journeys: —
    QSpinBox *m_number = nullptr;   // retention periods, journey steps
    QPushButton *m_action = nullptr; // Edit funnel…, New segment…
    struct Stored; // the brand's saved funnels and segments, and the view's annotations
    std::unique_ptr<Stored> m_stored;

    Request<Answer> m_computing;
    Request<Result<Stored>> m_choices{this};
    Request<Result<QList<Annotation>>> m_annotations{this};
    Request<Answer> m_pair{this};
    Request<Status> m_annotating{this}; // writes: left to finish when the view goes
    Request<Status> m_savingFunnel{this};
};

} // namespace Atelier
