#pragma once

#include "analytics/funnelservice.h"
#include "analytics/retentionservice.h"
#include "core/result.h"
#include "reports/reportsection.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

class QSqlDatabase;

namespace Atelier {

struct Brand;
class CancelToken;

/// What the analyses of a report are asked; every field has the default a first look uses.
struct ReportOptions final
{
    QString funnelName;                    // a saved funnel; empty: `funnel`, or the standard purchase funnel
    std::optional<FunnelQuery> funnel;     // an edited, maybe unsaved, definition
    RetentionQuery retention;
    QString anomalyMetric = QStringLiteral("revenue");
    QString attribution = QStringLiteral("last_touch"); // first_touch, last_touch, linear
    QStringList correlationMetrics;        // empty: all daily metrics
    QString journeyStart = QStringLiteral("page_view");
    int journeySteps = 4;
    QString experiment;                    // empty: every experiment
    int churnUsers = 50;                   // rows of the churn list
    bool comparePrevious = true;           // figures of the previous period of the same length, where it helps
};

/// Builds the report parts of each analysis from the analytics services: the same numbers for the
/// workspace's views, the PDF report and the CSV export.
class AnalysisReports final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReports)
public:
    /// funnel, retention, segments, correlations, predictions, anomalies, benchmarks, seasonality,
    /// journeys, channels, geo, devices, realtime, experiments.
    static QStringList analyses();
    static QString title(const QString &analysis);
    /// Checks a comma-separated list of analyses; the message names the unknown one and lists the others.
    static Result<QStringList> parseList(const QString &text);
    static Result<QList<ReportSection>> build(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                              const QString &analysis, const ReportOptions &options = {});
    /// One pair of daily metrics: the scatter of their days with the regression line, and the Granger
    /// p-value of each lag in both directions.
    static Result<QList<ReportSection>> correlationPair(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                        const QString &a, const QString &b);
    /// What of \a options the analysis depends on, as text: part of a cache key.
    static QString optionsKey(const QString &analysis, const ReportOptions &options);
    /// Whether the analysis reads only events (so a cached answer holds until the data version changes):
    /// not real time (it depends on the clock), nor predictions and segments (they read stored rows).
    static bool isCacheable(const QString &analysis);
    /// The standard purchase funnel: page_view → signup → add_to_cart → checkout → purchase, 14 days.
    static FunnelQuery standardFunnel();
};

} // namespace Atelier
