#include "reportwriter.h"

#include "core/privatefiles.h"
#include "reports/chartpainter.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {

QString csvCell(QString cell)
{
    // (ReportWriter::csvField below is the public name.)
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return cell;
}

QString rawCellText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.value<double>();
        return std::isfinite(d) ? QString::number(d, 'g', 12) : QString();
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

Status commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return Error{ReportWriter::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    return Done{};
}

/// Lays out and paints the PDF; with `paint` false it only counts pages (for "page N of M").
class PdfLayout
{
public:
    PdfLayout(QPdfWriter &writer, QPainter *painter, int totalPages)
        : m_writer(writer), m_p(painter), m_total(totalPages)
    {
        m_page = QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        m_body = m_page.adjusted(0, 0, 0, -m_writer.resolution() * 0.45);
        m_y = m_body.top();
    }

    int pages() const { return m_pages; }

    void titlePage(const ReportMeta &meta, const QList<ReportAnalysis> &analyses)
    {
        startPage();
        const qreal unit = m_writer.resolution() / 72.0;
        m_y = m_body.top() + m_body.height() * 0.18;
        text(ReportWriter::tr("Analytics report"), 26, true);
        m_y += 8 * unit;
        text(meta.brandName.isEmpty() ? meta.brandSlug : QStringLiteral("%1 (%2)").arg(meta.brandName, meta.brandSlug), 18, false);
        m_y += 18 * unit;
        text(ReportWriter::rangeLabel(meta.from, meta.to), 11, false);
        text(ReportWriter::tr("Generated at: %1 UTC").arg(meta.generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
             11, false);
        text(ReportWriter::tr("Database: %1").arg(meta.database), 11, false);
        m_y += 18 * unit;
        text(ReportWriter::tr("Contents"), 13, true);
        for (const ReportAnalysis &a : analyses)
            text(QStringLiteral("•  ") + a.title, 11, false);
    }

    void analysis(const ReportAnalysis &a)
    {
        newPage();
        text(a.title, 18, true);
        if (!a.error.isEmpty()) {
            text(ReportWriter::tr("Not available: %1").arg(a.error), 10, false);
            return;
        }
        int shown = 0;
        for (const ReportSection &s : a.sections) {
            if (ReportWriter::isEmptySection(s))
                continue; // a heading over an empty table or axes says nothing
            section(s);
            ++shown;
        }
        if (shown == 0)
            text(ReportWriter::tr("No data in this range."), 10, false);
    }

    void finish()
    {
        footer();
    }

private:
    qreal pt(qreal points) const { return points * m_writer.resolution() / 72.0; }

    QFont font(qreal points, bool bold) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    void startPage()
    {
        ++m_pages;
        m_y = m_body.top();
    }

    void newPage()
    {
        footer();
        if (m_p)
            m_writer.newPage();
        startPage();
    }

    void footer()
    {
        if (!m_p || m_pages == 0 || m_footed == m_pages)
            return;
        m_footed = m_pages;
        m_p->setFont(font(8, false));
        m_p->setPen(QColor(0x57, 0x60, 0x6a));
        m_p->drawText(QRectF(m_page.left(), m_page.bottom() - pt(14), m_page.width(), pt(12)), Qt::AlignCenter,
                      ReportWriter::tr("Page %1 of %2").arg(m_pages).arg(m_total));
    }

    void ensure(qreal height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top())
            newPage();
    }

    qreal textHeight(const QString &content, qreal points, bool bold) const
    {
        const QFontMetricsF fm(font(points, bold), &m_writer);
        return fm.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, content).height() + pt(3);
    }

    qreal chartHeight(const ReportChart &chart) const
    {
        return chart.kind == ReportChart::Kind::Heatmap ? std::min<qreal>(m_body.height() * 0.55, pt(16) * (chart.series.size() + 4))
                                                        : m_body.height() * 0.32;
    }

    void text(const QString &content, qreal points, bool bold, const QColor &colour = QColor(0x1f, 0x23, 0x28))
    {
        const QFont f = font(points, bold);
        const QFontMetricsF fm(f, &m_writer);
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, content);
        ensure(bounds.height());
        if (m_p) {
            m_p->setFont(f);
            m_p->setPen(colour);
            m_p->drawText(QRectF(m_body.left(), m_y, m_body.width(), bounds.height()), Qt::TextWordWrap, content);
        }
        m_y += bounds.height() + pt(3);
    }

    void section(const ReportSection &s)
    {
        m_y += pt(8);
        // The heading stays with what follows it: its summary, warnings and chart, or its table's header and first rows.
        qreal keep = textHeight(s.title, 13, true);
        if (!s.summary.isEmpty())
            keep += textHeight(s.summary, 9.5, false);
        for (const QString &w : s.warnings)
            keep += textHeight(QStringLiteral("⚠ ") + w, 9.5, true);
        if (s.chart.kind != ReportChart::Kind::None)
            keep += chartHeight(s.chart) + pt(6);
        else if (!s.table.columns.isEmpty())
            keep += pt(14) * (1 + std::min<qsizetype>(3, s.table.rows.size()));
        ensure(std::min(keep, m_body.height()));
        text(s.title, 13, true);
        if (!s.summary.isEmpty())
            text(s.summary, 9.5, false);
        for (const QString &w : s.warnings)
            text(QStringLiteral("⚠ ") + w, 9.5, true, QColor(0xb3, 0x58, 0x06));
        if (s.chart.kind != ReportChart::Kind::None) {
            const qreal height = chartHeight(s.chart);
            ensure(height);
            if (m_p) {
                m_p->save();
                m_p->setFont(font(7.5, false));
                ChartPainter::paint(*m_p, QRectF(m_body.left(), m_y, m_body.width(), height), s.chart, ChartPalette::light());
                m_p->restore();
            }
            m_y += height + pt(6);
        }
        if (!s.table.columns.isEmpty())
            table(s.table, s.title);
    }

    /// A table; where it starts or goes on at the top of a page, a line names the section it belongs to.
    void table(const ReportTable &t, const QString &title)
    {
        const int columns = int(t.columns.size());
        qreal points = columns > 14 ? 6 : columns > 8 ? 7 : 8;
        QFont f = font(points, false), bold = font(points, true);
        QFontMetricsF fm(f, &m_writer), fmBold(bold, &m_writer);
        // Each column as wide as its widest cell; headers wrap, up to 90 pt, where there is room.
        QList<qreal> widths(columns, 0), cells(columns, 0);
        QList<bool> numeric(columns, false);
        for (int c = 0; c < columns; ++c) {
            for (int r = 0; r < t.rows.size() && r < 500; ++r) {
                cells[c] = std::max(cells[c], fm.horizontalAdvance(t.text(r, c)));
                const QVariant v = t.rows.at(r).value(c);
                if (v.isValid() && !v.isNull())
                    numeric[c] = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong;
            }
            cells[c] += pt(6);
            widths[c] = std::max(cells[c], std::min(fmBold.horizontalAdvance(t.columns.at(c)) + pt(6), pt(90)));
        }
        qreal total = 0, cellTotal = 0;
        for (int c = 0; c < columns; ++c) {
            total += widths[c];
            cellTotal += cells[c];
        }
        if (total > m_body.width()) {
            // Give the headers what room is left beyond the cells, then squeeze everything if even that is too much.
            const qreal spare = std::max<qreal>(0, m_body.width() - cellTotal);
            const qreal extra = total - cellTotal;
            for (int c = 0; c < columns; ++c)
                widths[c] = cells[c] + (extra > 0 ? (widths[c] - cells[c]) * spare / extra : 0);
            if (cellTotal > m_body.width())
                for (qreal &w : widths)
                    w *= m_body.width() / cellTotal;
        }
        const qreal rowHeight = fm.height() + pt(3);
        qreal headerHeight = rowHeight;
        for (int c = 0; c < columns; ++c)
            headerHeight = std::max(headerHeight, fmBold.boundingRect(QRectF(0, 0, widths[c] - pt(4), 1e5), Qt::TextWordWrap, t.columns.at(c)).height() + pt(3));
        const QString continued = ReportWriter::tr("%1 (continued)").arg(title);
        auto header = [&] {
            // A header never ends a page: it keeps its first rows (up to three) with it.
            const qreal keep = headerHeight + rowHeight * qreal(std::clamp<qsizetype>(t.rows.size(), 1, 3));
            if (m_y + keep > m_body.bottom() && m_y > m_body.top())
                newPage();
            if (m_y == m_body.top())
                text(continued, 9.5, true, QColor(0x57, 0x60, 0x6a));
            if (m_p) {
                m_p->setFont(bold);
                m_p->setPen(QColor(0x1f, 0x23, 0x28));
                qreal x = m_body.left();
                m_p->fillRect(QRectF(x, m_y, m_body.width(), headerHeight), QColor(0xee, 0xf0, 0xf3));
                for (int c = 0; c < columns; ++c) {
                    m_p->drawText(QRectF(x + pt(2), m_y, widths[c] - pt(4), headerHeight),
                                  (numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap, t.columns.at(c));
                    x += widths[c];
                }
            }
            m_y += headerHeight;
        };
        header();
        for (int r = 0; r < t.rows.size(); ++r) {
            if (m_y + rowHeight > m_body.bottom()) {
                newPage();
                header(); // with its "(continued)" line
            }
            if (m_p) {
                m_p->setFont(f);
                m_p->setPen(QColor(0x1f, 0x23, 0x28));
                qreal x = m_body.left();
                if (r % 2 == 1)
                    m_p->fillRect(QRectF(x, m_y, m_body.width(), rowHeight), QColor(0xf7, 0xf8, 0xfa));
                for (int c = 0; c < columns; ++c) {
                    const QString cell = fm.elidedText(t.text(r, c), Qt::ElideRight, widths[c] - pt(4));
                    m_p->drawText(QRectF(x + pt(2), m_y, widths[c] - pt(4), rowHeight),
                                  (numeric[c] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, cell);
                    x += widths[c];
                }
            }
            m_y += rowHeight;
        }
        m_y += pt(6);
    }

    QPdfWriter &m_writer;
    QPainter *m_p;
    int m_total;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pages = 0;
    int m_footed = 0;
};

} // namespace

Status ReportWriter::writePdf(const QString &path, const ReportMeta &meta, const QList<ReportAnalysis> &analyses)
{
    QSaveFile file(path);
    // Reports hold the brands' figures: owner-only whatever the umask (chmod widens them).
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file))
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 16, 16, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("Analytics report — %1, %2 to %3")
                        .arg(meta.brandName.isEmpty() ? meta.brandSlug : meta.brandName, meta.from.toString(Qt::ISODate),
                             meta.to.addDays(-1).toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Atelier"));
    // First pass: count the pages so each can say "page N of M".
    PdfLayout counting(writer, nullptr, 0);
    counting.titlePage(meta, analyses);
    for (const ReportAnalysis &a : analyses)
        counting.analysis(a);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("Could not start the PDF %1.").arg(QDir::toNativeSeparators(path)), {}};
    PdfLayout layout(writer, &painter, counting.pages());
    layout.titlePage(meta, analyses);
    for (const ReportAnalysis &a : analyses)
        layout.analysis(a);
    layout.finish();
    painter.end();
    return commit(file, path);
}

QString ReportWriter::rangeLabel(QDate from, QDate to)
{
    // As the console's range selector says it: the last day shown is the last day included.
    return tr("Range: %1 to %2 (UTC days, both included)")
        .arg(from.toString(Qt::ISODate), to.addDays(-1).toString(Qt::ISODate));
}

bool ReportWriter::isEmptySection(const ReportSection &section)
{
    if (section.table.columns.isEmpty() && section.chart.kind == ReportChart::Kind::None)
        return false; // a section that is only its words ("no experiment had exposures") says something
    if (!section.table.rows.isEmpty() || !section.chart.flow.isEmpty())
        return false;
    for (const ChartSeries &series : section.chart.series)
        if (!series.values.isEmpty())
            return false;
    return true;
}

QString ReportWriter::csvField(const QString &text)
{
    return csvCell(text);
}

QString ReportWriter::rawCell(const QVariant &value)
{
    return rawCellText(value);
}

QByteArray ReportWriter::tableCsv(const ReportTable &table)
{
    QString text;
    QStringList header;
    for (const QString &key : table.keys)
        header.append(csvCell(key));
    text += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells.append(csvCell(rawCellText(v)));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray ReportWriter::csv(const QList<ReportAnalysis> &analyses)
{
    QByteArray bytes;
    for (const ReportAnalysis &a : analyses) {
        if (!a.error.isEmpty()) {
            bytes += csvCell(QStringLiteral("# %1: %2").arg(a.title, a.error)).toUtf8() + "\r\n\r\n";
            continue;
        }
        for (const ReportSection &s : a.sections) {
            if (s.table.columns.isEmpty())
                continue;
            bytes += csvCell(QStringLiteral("# %1 (%2)").arg(s.title, s.id)).toUtf8() + "\r\n";
            bytes += tableCsv(s.table) + "\r\n";
        }
    }
    return bytes;
}

QString ReportWriter::tableText(const ReportTable &table)
{
    QString text = table.columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columns.size(); ++c)
            cells.append(table.text(r, c));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

Status ReportWriter::writeCsv(const QString &path, const QList<ReportAnalysis> &analyses)
{
    QSaveFile file(path);
    // Reports hold the brands' figures: owner-only whatever the umask (chmod widens them).
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file))
        return Error{tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    file.write(csv(analyses));
    return commit(file, path);
}

} // namespace Atelier
