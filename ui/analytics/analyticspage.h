#pragma once

#include "core/page.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Atelier {

class AnalysisView;

/// The analytics workspace: every analysis of the engine as a native view (funnels, cohorts, segments,
/// correlations, predictions, anomalies, benchmarks, seasonality, journeys, channels, geography, devices,
/// real time, A/B tests), over the shared brand and date range, and the offline report export.
class AnalyticsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPage)
public:
    explicit AnalyticsPage(QWidget *parent = nullptr);
    ~AnalyticsPage() override;

    QString pageName() const override { return QStringLiteral("analytics"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    QString commentKey() const override;

    /// Shows one analysis (see AnalysisReports::analyses()); false for an unknown name.
    bool showAnalysis(const QString &analysis);
    AnalysisView *currentView() const;
    AnalysisView *view(const QString &analysis);
    QListWidget *analysisList() const { return m_list; }
    /// File → Export report: the report of \a context's brand and range, as PDF or CSV, from any page (the
    /// analysis last shown here gives its options, the funnel say).
    void exportReport(const ViewContext &context);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ViewContext m_context;
    QLabel *m_heading;
    QListWidget *m_list;
    QStackedWidget *m_views;
    QList<AnalysisView *> m_created;
};

} // namespace Atelier
