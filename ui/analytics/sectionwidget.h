#pragma once

#include "core/request.h"
#include "core/result.h"
#include "reports/reportsection.h"

#include <QFrame>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Atelier {

class ChartWidget;
class LineChartView;
class ReportTableModel;

/// One part of an analysis: its title and summary, warnings in plain sight, the chart and the table of
/// the same numbers (a switch between them), Copy, and Export as PNG, SVG or CSV.
class SectionWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionWidget)
public:
    explicit SectionWidget(QWidget *parent = nullptr);
    void setSection(const ReportSection &section);
    /// Replaces the annotations drawn over the chart.
    void setNotes(const QList<ChartNote> &notes);
    const ReportSection &section() const { return m_section; }

    bool isShowingTable() const;
    void showTable(bool table);
    /// Writes the chart (.png, .svg, drawn as in the PDF report) or the table (.csv), by the file's extension: the
    /// chart is drawn here, encoded and written on the pool; exportFinished() says how it went.
    void exportTo(const QString &path);
    bool isExporting() const { return m_exporting.isRunning(); }
    /// The chart as an image of \a size, in the light palette of reports.
    QImage renderChart(const QSize &size) const;
    /// Puts the chart image or the table (tab-separated, as shown) on the clipboard, whichever is shown.
    void copy() const;

    QTableView *tableView() const { return m_table; }
    ChartWidget *chartWidget() const { return m_chart; }
    LineChartView *lineChart() const { return m_lines; }

signals:
    /// A region of the chart was activated (see ChartWidget::activated).
    void chartActivated(int series, int index);
    /// The person asked to annotate this part's chart at category \a index.
    void annotateRequested(int index);
    /// An export is over: \a error says why \a path was not written, empty when it was.
    void exportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void askExport();
    /// exportTo(), a failure shown in a message box when \a tell.
    void writeExport(const QString &path, bool tell);

    ReportSection m_section;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_warnings;
    QToolButton *m_chartButton;
    QToolButton *m_tableButton;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QStackedWidget *m_stack;
    ChartWidget *m_chart;
    LineChartView *m_lines;
    QTableView *m_table;
    ReportTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    Request<Status> m_exporting{this};
};

} // namespace Atelier
