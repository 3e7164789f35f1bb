#include "ai/studioanalytics.h"

#include "ai/generationservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace Atelier {

namespace {

struct Row
{
    QString model, provider, type, status;
    qint64 day = 0;
    std::optional<double> ms;
    int credits = 0;
    std::optional<double> quality;
    bool cached = false;
};

Result<QList<Row>> rowsOf(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to, const QString &model = {})
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT model, provider, type, status, %1, CASE WHEN started_at IS NOT NULL AND completed_at IS NOT NULL "
                             "THEN %2 * 1000 ELSE duration * 1000.0 END, credits, quality, cache_source_id "
                             "FROM ai_generations WHERE created_at >= ? AND created_at < ?%3%4")
                  .arg(d.dayNumber(QStringLiteral("created_at")), d.secondsBetween(QStringLiteral("started_at"), QStringLiteral("completed_at")),
                       brandId.isEmpty() ? QString() : QStringLiteral(" AND brand_id = ?"),
                       model.isEmpty() ? QString() : QStringLiteral(" AND model = ?")));
    q.addBindValue(d.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)));
    q.addBindValue(d.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)));
    if (!brandId.isEmpty())
        q.addBindValue(brandId);
    if (!model.isEmpty())
        q.addBindValue(model);
    if (!q.exec())
        return Database::queryError(q, StudioAnalytics::tr("Reading the generations"));
    QList<Row> rows;
    while (q.next()) {
        Row r;
        r.model = q.value(0).toString();
        r.provider = q.value(1).toString();
        r.type = q.value(2).toString();
        r.status = q.value(3).toString();
        r.day = q.value(4).toLongLong();
        if (!q.isNull(5))
            r.ms = q.value(5).value<double>();
        r.credits = q.value(6).toInt();
        if (!q.isNull(7))
            r.quality = q.value(7).value<double>();
        r.cached = !q.isNull(8);
        rows.append(r);
    }
    return rows;
}

Status checkRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error{StudioAnalytics::tr("The range is empty or inverted."), {}};
    return Done{};
}

std::optional<double> mean(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

void count(GenerationGroup &g, const Row &r)
{
    ++g.generations;
    g.completed += r.status == QLatin1String("completed");
    g.failed += r.status == QLatin1String("failed");
    g.canceled += r.status == QLatin1String("canceled");
    g.waiting += r.status == QLatin1String("pending") || r.status == QLatin1String("processing");
    g.cached += r.cached;
    if (r.status == QLatin1String("completed"))
        g.credits += r.credits;
}

QList<GenerationGroup> sorted(const QHash<QString, GenerationGroup> &groups)
{
    QList<GenerationGroup> list = groups.values();
    std::sort(list.begin(), list.end(), [](const GenerationGroup &a, const GenerationGroup &b) {
        return a.generations != b.generations ? a.generations > b.generations : a.key < b.key;
    });
    return list;
}

} // namespace

Result<QList<AiModel>> StudioAnalytics::listModels(const QSqlDatabase &db, const QString &provider, const QString &type)
{
    QStringList where;
    if (!provider.isEmpty())
        where.append(QStringLiteral("provider = ?"));
    if (!type.isEmpty())
        where.append(QStringLiteral("type = ?"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, provider, type, cost_per_generation, avg_time, quality, is_active FROM ai_models %1 "
                             "ORDER BY provider, name")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    if (!provider.isEmpty())
        q.addBindValue(provider);
    if (!type.isEmpty())
        q.addBindValue(type);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the models"));
    QList<AiModel> models;
    while (q.next()) {
        AiModel m;
        m.id = q.value(0).toString();
        m.name = q.value(1).toString();
        m.provider = q.value(2).toString();
        m.type = q.value(3).toString();
        m.costPerGeneration = q.value(4).value<double>();
        m.credits = int(std::lround(m.costPerGeneration * 100));
        m.avgSeconds = q.value(5).toInt();
        m.quality = q.value(6).value<double>();
        m.active = q.value(7).toBool();
        models.append(m);
    }
    return models;
}

std::optional<double> StudioAnalytics::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))), 1, values.size());
    return values.at(rank - 1);
}

Result<QList<ModelStats>> StudioAnalytics::compareModels(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to,
                                                         const QStringList &models)
{
    if (auto s = checkRange(from, to); !s)
        return s.error();
    auto rows = rowsOf(db, brandId, from, to);
    if (!rows)
        return rows.error();
    struct Acc
    {
        ModelStats stats;
        QList<double> ms, credits, quality;
    };
    std::map<QString, Acc> acc;
    for (const QString &m : models)
        acc[m].stats.model = m;
    for (const Row &r : rows.value()) {
        if (r.cached || (!models.isEmpty() && !models.contains(r.model)))
            continue;
        Acc &a = acc[r.model];
        a.stats.model = r.model;
        a.stats.provider = r.provider;
        ++a.stats.generations;
        if (r.status == QLatin1String("completed")) {
            ++a.stats.completed;
            if (r.ms)
                a.ms.append(*r.ms);
            a.credits.append(r.credits);
            if (r.quality)
                a.quality.append(*r.quality);
        } else if (r.status == QLatin1String("failed")) {
            ++a.stats.failed;
        }
    }
    QList<ModelStats> list;
    for (auto &[name, a] : acc) {
        const int finished = a.stats.completed + a.stats.failed;
        a.stats.successRate = finished > 0 ? double(a.stats.completed) / finished : 0;
        a.stats.p50Ms = percentile(a.ms, 50);
        a.stats.p95Ms = percentile(a.ms, 95);
        a.stats.meanCredits = mean(a.credits);
        a.stats.meanQuality = mean(a.quality);
        list.append(a.stats);
    }
    std::stable_sort(list.begin(), list.end(), [](const ModelStats &a, const ModelStats &b) { return a.generations > b.generations; });
    return list;
}

Result<QList<ModelPerformancePoint>> StudioAnalytics::modelPerformance(const QSqlDatabase &db, const QString &brandId, const QString &model,
                                                                       QDate from, QDate to)
{
    if (auto s = checkRange(from, to); !s)
        return s.error();
    if (model.isEmpty())
        return Error{tr("Name the model whose performance to show."), {}};
    auto rows = rowsOf(db, brandId, from, to, model);
    if (!rows)
        return rows.error();
    const qint64 first = QDate(1970, 1, 1).daysTo(from);
    const qint64 days = from.daysTo(to);
    struct Acc
    {
        int n = 0, completed = 0, failed = 0;
        QList<double> ms, quality;
    };
    QList<Acc> acc(days);
    for (const Row &r : rows.value()) {
        const qint64 i = r.day - first;
        if (r.cached || i < 0 || i >= days)
            continue;
        Acc &a = acc[i];
        ++a.n;
        if (r.status == QLatin1String("completed")) {
            ++a.completed;
            if (r.ms)
                a.ms.append(*r.ms);
            if (r.quality)
                a.quality.append(*r.quality);
        }
        a.failed += r.status == QLatin1String("failed");
    }
    QList<ModelPerformancePoint> points;
    for (qint64 i = 0; i < days; ++i) {
        const Acc &a = acc.at(i);
        const int finished = a.completed + a.failed;
        points.append({from.addDays(i), a.n, finished > 0 ? double(a.completed) / finished : 0, mean(a.ms), mean(a.quality)});
    }
    return points;
}

Result<GenerationAnalytics> StudioAnalytics::generationAnalytics(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to)
{
    if (auto s = checkRange(from, to); !s)
        return s.error();
    auto rows = rowsOf(db, brandId, from, to);
    if (!rows)
        return rows.error();
    GenerationAnalytics a;
    const qint64 first = QDate(1970, 1, 1).daysTo(from);
    const qint64 days = from.daysTo(to);
    for (qint64 i = 0; i < days; ++i)
        a.byDay.append(GenerationGroup{from.addDays(i).toString(Qt::ISODate)});
    QHash<QString, GenerationGroup> byType, byModel, byStatus;
    for (const Row &r : rows.value()) {
        if (const qint64 i = r.day - first; i >= 0 && i < days)
            count(a.byDay[i], r);
        for (auto [groups, key] : {std::pair{&byType, r.type}, std::pair{&byModel, r.model}, std::pair{&byStatus, r.status}}) {
            GenerationGroup &g = (*groups)[key];
            g.key = key;
            count(g, r);
        }
        count(a.total, r);
    }
    a.byType = sorted(byType);
    a.byModel = sorted(byModel);
    a.byStatus = sorted(byStatus);
    a.total.key = tr("all");
    return a;
}

Result<QList<CreditUsage>> StudioAnalytics::creditUsage(const QSqlDatabase &db, const QString &brandId, QDate from, QDate to)
{
    if (auto s = checkRange(from, to); !s)
        return s.error();
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.user_id, coalesce(u.username, c.user_id), "
                             "sum(CASE WHEN c.kind = 'charge' AND c.created_at >= ? AND c.created_at < ? THEN c.credits ELSE 0 END), "
                             "sum(CASE WHEN c.kind = 'refund' AND c.created_at >= ? AND c.created_at < ? THEN c.credits ELSE 0 END) "
                             "FROM ai_costs c LEFT JOIN users u ON u.id = c.user_id WHERE c.brand_id = ? "
                             "GROUP BY c.user_id, u.username ORDER BY 3 DESC, 2"));
    const QVariant start = d.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = d.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the credits"));
    QList<CreditUsage> list;
    while (q.next()) {
        CreditUsage u;
        u.userId = q.value(0).toString();
        u.username = q.value(1).toString();
        u.charged = q.value(2).toLongLong();
        u.refunded = q.value(3).toLongLong();
        list.append(u);
    }
    for (CreditUsage &u : list) {
        auto b = GenerationService::credits(db, u.userId, brandId);
        if (!b)
            return b.error();
        u.reserved = b->reserved;
        u.monthlyCredits = b->monthlyCredits;
        u.usedThisMonth = b->used;
    }
    return list;
}

} // namespace Atelier
