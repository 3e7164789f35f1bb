#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

class QSqlDatabase;

namespace Atelier {

/// One stored accessibility audit of a page (the table accessibility_reports): its score and what it found.
struct StoredAccessibilityReport final
{
    QString id;
    QString page;
    double score = 0;
    /// What the audit found: {theme, language, rules: […], issues: [{rule, impact, widget, message, rect}]}. Rows written
    /// before the audit existed hold a bare list of issues; they are read as {issues: […]}.
    QJsonObject issues;
    QString userId;
    QDateTime created;
};

/// The history of the console's accessibility audits, kept so that the trend of each page shows. Each person records
/// their own audits; on PostgreSQL they read their own and brand administrators read everyone's (row-level security).
class AccessibilityReports final
{
    Q_DECLARE_TR_FUNCTIONS(AccessibilityReports)
public:
    /// Records an audit of \a page by the person connected; the stored row (with its id and time).
    static Result<StoredAccessibilityReport> record(const QSqlDatabase &db, const QString &page, double score, const QJsonObject &issues);
    /// The newest audits first, of \a page (empty: every page), at most \a limit (1–10,000).
    static Result<QList<StoredAccessibilityReport>> list(const QSqlDatabase &db, const QString &page = {}, int limit = 100);
};

} // namespace Atelier
