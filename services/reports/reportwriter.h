#pragma once

#include "core/result.h"
#include "reports/reportsection.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

class QPainter;

namespace Atelier {

/// What the title page says.
struct ReportMeta final
{
    QString brandName;
    QString brandSlug;
    QDate from;
    QDate to;
    QDateTime generatedAt;
    QString database; // shown as the database's address without its password
};

/// Writes reports: a PDF (title page, then each analysis with its charts as vectors and its tables,
/// numbered pages, real text that can be selected and searched) or CSV (every table, one block each).
/// Files are written whole or not at all.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    static Status writePdf(const QString &path, const ReportMeta &meta, const QList<ReportAnalysis> &analyses);
    static Status writeCsv(const QString &path, const QList<ReportAnalysis> &analyses);
    /// The title page's range, \a to exclusive as the services take it, said with its last day included as the
    /// console's range selector shows it: "Range: 2026-11-01 to 2026-11-30 (UTC days, both included)".
    static QString rangeLabel(QDate from, QDate to);
    /// A section with a table or chart and no figure in it: left out of the PDF (CSV keeps its header).
    static bool isEmptySection(const ReportSection &section);
    /// One table as RFC 4180 CSV with the field names as header; numbers in full, unrounded.
    static QByteArray tableCsv(const ReportTable &table);
    /// One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.
    static QString csvField(const QString &text);
    /// A cell as CSV writes it: numbers with a dot and 12 significant digits, dates ISO, "no figure" empty.
    static QString rawCell(const QVariant &value);
    /// Every table of the analyses, one block each, separated by blank lines, each block headed by its title.
    static QByteArray csv(const QList<ReportAnalysis> &analyses);
    /// A table as tab-separated text with its translated headers, for the clipboard.
    static QString tableText(const ReportTable &table);
};

} // namespace Atelier
