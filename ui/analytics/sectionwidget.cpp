#include "sectionwidget.h"

#include "analytics/reporttablemodel.h"
#include "chartwidget.h"
#include "core/privatefiles.h"
#include "linechartview.h"
#include "reports/chartpainter.h"
#include "reports/reportwriter.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Atelier {

SectionWidget::SectionWidget(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_warnings(new QLabel(this)),
      m_chartButton(new QToolButton(this)), m_tableButton(new QToolButton(this)), m_copyButton(new QToolButton(this)),
      m_exportButton(new QToolButton(this)), m_stack(new QStackedWidget(this)), m_chart(new ChartWidget(this)),
      m_lines(new LineChartView(this)), m_table(new QTableView(this)), m_model(new ReportTableModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    // Titles, summaries and warnings quote funnel steps, segments and property values as people named them.
    for (QLabel *label : {m_title, m_summary, m_warnings})
        label->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setWordWrap(true);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    // A warning must be seen: dark text on amber, readable in both palettes.
    m_warnings->setStyleSheet(QStringLiteral("QLabel#warnings { background: #fff4d6; color: #5c3b00; border: 1px solid #e6a700;"
                                             " border-radius: 4px; padding: 6px; font-weight: bold; }"));
    m_warnings->hide();
    for (QToolButton *b : {m_chartButton, m_tableButton}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    // Chart and Table are one choice, kept by showTable() rather than by an exclusive QButtonGroup: a group takes Tab
    // focus from its unchecked button (reached with the arrow keys only), and the table is the chart's text
    // alternative, so each toggle is a Tab stop of its own.
    m_chartButton->setChecked(true);
    m_copyButton->setAutoRaise(true);
    m_exportButton->setAutoRaise(true);
    for (QToolButton *b : {m_chartButton, m_tableButton, m_copyButton, m_exportButton})
        b->setFocusPolicy(Qt::StrongFocus);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ReportTableModel::RawValueRole);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(200);

    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_lines);
    m_stack->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_chartButton);
    top->addWidget(m_tableButton);
    top->addWidget(m_copyButton);
    top->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_warnings);
    layout->addWidget(m_stack, 1);

    connect(m_chartButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            showTable(false);
    });
    connect(m_tableButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            showTable(true);
    });
    // Clicking the checked one again keeps it checked, as in a group.
    connect(m_chartButton, &QToolButton::clicked, this, [this] { showTable(false); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { showTable(true); });
    connect(m_copyButton, &QToolButton::clicked, this, &SectionWidget::copy);
    connect(m_exportButton, &QToolButton::clicked, this, &SectionWidget::askExport);
    connect(m_chart, &ChartWidget::annotateRequested, this, &SectionWidget::annotateRequested);
    connect(m_lines, &LineChartView::annotateRequested, this, &SectionWidget::annotateRequested);
    connect(m_chart, &ChartWidget::activated, this, [this](int hit) {
        const ChartHit &h = m_chart->hits().at(hit);
        emit chartActivated(h.series, h.index);
    });
    retranslate();
}

void SectionWidget::setSection(const ReportSection &section)
{
    m_section = section;
    setObjectName(QStringLiteral("section_") + section.id);
    m_title->setText(section.title);
    m_summary->setText(section.summary);
    m_summary->setVisible(!section.summary.isEmpty());
    m_warnings->setText(section.warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + section.warnings.join(QStringLiteral("\n⚠ ")));
    m_warnings->setVisible(!section.warnings.isEmpty());
    m_model->setTable(section.table);
    const bool hasChart = section.chart.kind != ReportChart::Kind::None;
    const bool lines = section.chart.kind == ReportChart::Kind::Lines;
    if (lines)
        m_lines->setReportChart(section.chart);
    else
        m_chart->setChart(section.chart);
    // Nothing to show (no saved segment yet, say): the summary says so, without an empty chart.
    const bool empty = section.table.rows.isEmpty();
    m_stack->setVisible(!empty);
    m_copyButton->setVisible(!empty);
    m_exportButton->setVisible(!empty);
    m_chartButton->setVisible(hasChart && !empty);
    m_tableButton->setVisible(hasChart && !empty);
    m_chartButton->setChecked(hasChart);
    m_tableButton->setChecked(!hasChart);
    showTable(!hasChart);
    // Tall enough for every row of a heatmap, and for a table of a few rows without a scroll bar.
    const int rows = int(section.table.rows.size());
    m_table->setMinimumHeight(std::min(420, 40 + rows * m_table->verticalHeader()->defaultSectionSize()));
    m_chart->setMinimumHeight(section.chart.kind == ReportChart::Kind::Heatmap ? std::min(560, 90 + int(section.chart.series.size()) * 28)
                              : section.chart.kind == ReportChart::Kind::Flow  ? 380
                                                                                : 280);
    retranslate();
}

void SectionWidget::setNotes(const QList<ChartNote> &notes)
{
    m_section.chart.notes = notes;
    if (m_section.chart.kind == ReportChart::Kind::Lines)
        m_lines->setReportChart(m_section.chart);
    else
        m_chart->setChart(m_section.chart);
}

bool SectionWidget::isShowingTable() const
{
    return m_stack->currentWidget() == m_table;
}

void SectionWidget::showTable(bool table)
{
    if (table)
        m_stack->setCurrentWidget(m_table);
    else
        m_stack->setCurrentWidget(m_section.chart.kind == ReportChart::Kind::Lines ? static_cast<QWidget *>(m_lines)
                                                                                   : static_cast<QWidget *>(m_chart));
    m_tableButton->setChecked(table);
    m_chartButton->setChecked(!table);
    // The stack is as tall as what it shows.
    m_stack->setMinimumHeight(m_stack->currentWidget()->minimumHeight());
}

QImage SectionWidget::renderChart(const QSize &size) const
{
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font());
    ChartPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_section.chart, ChartPalette::light());
    painter.end();
    return image;
}

void SectionWidget::exportTo(const QString &path)
{
    writeExport(path, false);
}

void SectionWidget::writeExport(const QString &path, bool tell)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size(1200, m_section.chart.kind == ReportChart::Kind::Heatmap ? std::max(500, 120 + int(m_section.chart.series.size()) * 30) : 600);
    auto finished = [this, path, tell](const Status &s) {
        if (!s && tell)
            QMessageBox::warning(this, tr("Export failed"), s.error().message);
        emit exportFinished(path, s ? QString() : s.error().message);
    };
    auto cannot = [path](const QString &why) {
        return Status(Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why), {}});
    };
    // Drawn here, with the widget's font; encoding and writing, the slow part, go to the pool.
    QImage image;
    QByteArray bytes;
    if (suffix != QLatin1String("csv")) {
        if (m_section.chart.kind == ReportChart::Kind::None)
            return finished(Error{tr("\"%1\" has no chart: export its table as .csv.").arg(m_section.title), {}});
        if (suffix == QLatin1String("png")) {
            image = renderChart(size);
        } else if (suffix == QLatin1String("svg")) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setTitle(m_section.title);
            svg.setDescription(m_section.summary);
            QPainter painter;
            if (!painter.begin(&svg))
                return finished(cannot(tr("the SVG could not be started")));
            painter.setFont(font());
            ChartPainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), m_section.chart, ChartPalette::light());
            painter.end();
        } else {
            return finished(Error{
                tr("%1: choose a .png or .svg file for the chart, or .csv for the table.").arg(QDir::toNativeSeparators(path)), {}});
        }
    }
    m_exporting.start(
        [path, suffix, image, bytes, table = m_section.table, cannot](CancelToken &) -> Status {
            // Written whole or not at all, and readable by its owner only.
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file))
                return cannot(file.errorString());
            if (suffix == QLatin1String("png")) {
                if (!image.save(&file, "PNG"))
                    return cannot(tr("the image could not be encoded"));
            } else {
                const QByteArray content = suffix == QLatin1String("csv") ? ReportWriter::tableCsv(table) : bytes;
                if (file.write(content) != content.size())
                    return cannot(file.errorString());
            }
            return file.commit() ? Status(Done{}) : cannot(file.errorString());
        },
        finished);
}

void SectionWidget::copy() const
{
    auto *mime = new QMimeData;
    if (isShowingTable() || m_section.chart.kind == ReportChart::Kind::None) {
        // What is selected, or else the whole table, with the headers, as the view shows it.
        QString text;
        const QModelIndexList selected = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
        const int columns = m_sorted->columnCount();
        QStringList header;
        for (int c = 0; c < columns; ++c)
            header.append(m_sorted->headerData(c, Qt::Horizontal).toString());
        text = header.join(QLatin1Char('\t')) + QLatin1Char('\n');
        for (int r = 0; r < m_sorted->rowCount(); ++r) {
            if (!selected.isEmpty() && !m_table->selectionModel()->isRowSelected(r, {}))
                continue;
            QStringList cells;
            for (int c = 0; c < columns; ++c)
                cells.append(m_sorted->index(r, c).data().toString());
            text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        mime->setText(text);
    } else {
        mime->setImageData(renderChart(QSize(1200, 600)));
        mime->setText(ReportWriter::tableText(m_section.table));
    }
    QApplication::clipboard()->setMimeData(mime);
}

void SectionWidget::askExport()
{
    QStringList filters;
    if (m_section.chart.kind != ReportChart::Kind::None)
        filters << tr("PNG image (*.png)") << tr("SVG image (*.svg)");
    filters << tr("CSV table (*.csv)");
    QString chosenFilter;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_section.title),
                                                folder + QLatin1Char('/') + m_section.id, filters.join(QStringLiteral(";;")),
                                                &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosenFilter.contains(QLatin1String("*.svg")) ? QStringLiteral(".svg")
                : chosenFilter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                                : QStringLiteral(".png");
    writeExport(path, true);
}

void SectionWidget::retranslate()
{
    m_chartButton->setText(tr("Chart"));
    m_chartButton->setToolTip(tr("Show the chart"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the table of the same numbers"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy what is shown to the clipboard"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save the chart as PNG or SVG, or the table as CSV"));
    for (QToolButton *b : {m_chartButton, m_tableButton, m_copyButton, m_exportButton})
        b->setAccessibleName(QStringLiteral("%1: %2").arg(b->text(), m_section.title));
    m_chart->setAccessibleName(tr("Chart: %1").arg(m_section.title));
    m_lines->setAccessibleName(tr("Chart: %1").arg(m_section.title));
    m_chart->setAccessibleDescription(m_section.summary);
    m_lines->setAccessibleDescription(m_section.summary);
    m_table->setAccessibleName(tr("Table: %1").arg(m_section.title));
}

void SectionWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Atelier
