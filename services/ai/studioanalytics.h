#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Atelier {

/// A row of the model registry (ai_models).
struct AiModel final
{
    QString id;
    QString name;
    QString provider;
    QString type; // 2d, 3d, animation
    int credits = 0; // the price of a result (cost_per_generation in dollars × 100, rounded)
    double costPerGeneration = 0;
    int avgSeconds = 0;
    double quality = 0;
    bool active = true;
};

/// A model's record over a period, from its real generations (cache answers excluded: they ran nothing).
struct ModelStats final
{
    QString model;
    QString provider;
    int generations = 0;
    int completed = 0;
    int failed = 0;
    double successRate = 0; // completed ÷ (completed + failed)
    std::optional<double> p50Ms;
    std::optional<double> p95Ms;
    std::optional<double> meanCredits;
    std::optional<double> meanQuality;
};

struct ModelPerformancePoint final
{
    QDate day;
    int generations = 0;
    double successRate = 0;
    std::optional<double> meanMs;
    std::optional<double> meanQuality;
};

/// Counts and credits of generations grouped by one key (a day, a type, a model or a status).
struct GenerationGroup final
{
    QString key;
    int generations = 0;
    int completed = 0;
    int failed = 0;
    int canceled = 0;
    int waiting = 0; // pending or processing
    int cached = 0;
    qint64 credits = 0;
};

struct GenerationAnalytics final
{
    QList<GenerationGroup> byDay; // every day of the range, empty ones included
    QList<GenerationGroup> byType;
    QList<GenerationGroup> byModel;
    QList<GenerationGroup> byStatus;
    GenerationGroup total;
};

/// A person's credits in a brand over a period, against their quota.
struct CreditUsage final
{
    QString userId;
    QString username;
    qint64 charged = 0;
    qint64 refunded = 0;
    qint64 reserved = 0; // held now by queued jobs
    std::optional<int> monthlyCredits;
    int usedThisMonth = 0;
};

/// AI Studio analytics over [from, to) in UTC days: model comparison and performance, generations, credits.
class StudioAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(StudioAnalytics)
public:
    /// The registry, by provider then name; only a provider's or a type's when given.
    static Result<QList<AiModel>> listModels(const QSqlDatabase &db, const QString &provider = {}, const QString &type = {});
    /// Every model with generations in the range (or those named), in order of generations.
    static Result<QList<ModelStats>> compareModels(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to,
                                                   const QStringList &models = {});
    static Result<QList<ModelPerformancePoint>> modelPerformance(const QSqlDatabase &db, const QString &brandId, const QString &model,
                                                                 QDate from, QDate to);
    static Result<GenerationAnalytics> generationAnalytics(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to);
    static Result<QList<CreditUsage>> creditUsage(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to);
    /// The nearest-rank percentile (0–100) of unsorted values; none for none.
    static std::optional<double> percentile(QList<double> values, double p);
};

} // namespace Atelier
