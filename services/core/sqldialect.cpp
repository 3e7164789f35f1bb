#include "sqldialect.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

namespace Atelier {

namespace {
// Identifiers spliced into SQL must come from the code's own whitelists; this guards the contract.
QString checkedKey(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    Q_ASSERT(identifier.match(key).hasMatch());
    return identifier.match(key).hasMatch() ? key : QString();
}
} // namespace

SqlDialect SqlDialect::of(const QSqlDatabase &db)
{
    return SqlDialect(db.driver()->dbmsType() == QSqlDriver::PostgreSQL ? Kind::Postgresql : Kind::Sqlite);
}

QString SqlDialect::migrationFolder() const
{
    return isSqlite() ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
}

QVariant SqlDialect::timeValue(const QDateTime &utc) const
{
    if (isSqlite())
        return QVariant::fromValue<qint64>(utc.toMSecsSinceEpoch());
    return utc.toUTC();
}

QDateTime SqlDialect::toDateTime(const QVariant &value) const
{
    if (value.isNull())
        return {};
    if (isSqlite())
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    return value.toDateTime().toUTC();
}

QString SqlDialect::name() const
{
    return isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

QString SqlDialect::beginWrite() const
{
    return isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString SqlDialect::timestampType() const
{
    return isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("timestamptz");
}

QString SqlDialect::epochMilliseconds(const QString &column) const
{
    if (isSqlite())
        return column;
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

QString SqlDialect::jsonColumnText(const QString &column) const
{
    if (isSqlite())
        return column;
    return QStringLiteral("%1::text").arg(column);
}

QString SqlDialect::dayNumber(const QString &column) const
{
    if (isSqlite())
        return QStringLiteral("(%1 / 86400000)").arg(column);
    return QStringLiteral("(floor(extract(epoch from %1) / 86400))::bigint").arg(column);
}

QString SqlDialect::periodNumber(const QString &column, const QString &unit) const
{
    if (unit == QLatin1String("week")) // 1970-01-01 was a Thursday: its week began three days earlier
        return isSqlite() ? QStringLiteral("((%1 / 86400000 + 3) / 7)").arg(column)
                          : QStringLiteral("(floor((extract(epoch from %1) / 86400 + 3) / 7))::bigint").arg(column);
    if (unit == QLatin1String("month"))
        return isSqlite() ? QStringLiteral("(CAST(strftime('%Y', %1 / 1000, 'unixepoch') AS INTEGER) * 12 "
                                           "+ CAST(strftime('%m', %1 / 1000, 'unixepoch') AS INTEGER) - 1)")
                                .arg(column)
                          : QStringLiteral("((extract(year from %1) * 12 + extract(month from %1) - 1))::bigint").arg(column);
    Q_ASSERT(unit == QLatin1String("day"));
    return dayNumber(column);
}

QString SqlDialect::plusBoundSeconds(const QString &timestampExpression) const
{
    return isSqlite() ? QStringLiteral("(%1 + CAST(? * 1000 AS INTEGER))").arg(timestampExpression)
                      : QStringLiteral("(%1 + make_interval(secs => ?))").arg(timestampExpression);
}

QString SqlDialect::secondsBetween(const QString &earlier, const QString &later) const
{
    return isSqlite() ? QStringLiteral("((%2 - %1) / 1000.0)").arg(earlier, later)
                      : QStringLiteral("extract(epoch from (%2 - %1))::double precision").arg(earlier, later);
}

QString SqlDialect::hourOfDay(const QString &column) const
{
    if (isSqlite())
        return QStringLiteral("((%1 / 3600000) % 24)").arg(column);
    return QStringLiteral("((floor(extract(epoch from %1) / 3600))::bigint % 24)").arg(column);
}

QString SqlDialect::jsonNumber(const QString &column, const QString &key) const
{
    if (isSqlite())
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, checkedKey(key));
    return QStringLiteral("(%1->>'%2')::double precision").arg(column, checkedKey(key));
}

QString SqlDialect::lockRows() const
{
    return isSqlite() ? QString() : QStringLiteral(" FOR UPDATE");
}

QString SqlDialect::bindMarks(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1String(", "));
}

QString SqlDialect::jsonParameter() const
{
    return isSqlite() ? QStringLiteral("?") : QStringLiteral("CAST(? AS jsonb)");
}

QString SqlDialect::jsonText(const QString &column, const QString &key) const
{
    if (isSqlite())
        return QStringLiteral("json_extract(%1, '$.%2')").arg(column, checkedKey(key));
    return QStringLiteral("(%1->>'%2')").arg(column, checkedKey(key));
}

QString SqlDialect::greatest(const QString &a, const QString &b) const
{
    return QStringLiteral("%1(%2, %3)").arg(isSqlite() ? QLatin1String("max") : QLatin1String("greatest"), a, b);
}

QString SqlDialect::jsonWithBoundKey(const QString &column, const QString &key) const
{
    if (isSqlite())
        return QStringLiteral("json_set(%1, '$.%2', json(?))").arg(column, checkedKey(key));
    return QStringLiteral("jsonb_set(%1, '{%2}', CAST(? AS jsonb))").arg(column, checkedKey(key));
}

QString SqlDialect::containsBound(const QString &column) const
{
    return isSqlite() ? QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(column) : QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(column);
}

QString SqlDialect::containsPattern(const QString &text) const
{
    QString pattern = isSqlite() ? text : text.toLower();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QString SqlDialect::lockedQuota() const
{
    if (isSqlite())
        return QStringLiteral("SELECT monthly_credits, credits_used, credits_reserved, period_start FROM user_quotas WHERE user_id = ? AND brand_id = ?");
    return QStringLiteral("SELECT monthly_credits, credits_used, credits_reserved, period_start FROM ai_quota_locked(?, ?)");
}

QString SqlDialect::registerTrainedModel() const
{
    if (isSqlite())
        return QStringLiteral("WITH trained(custom_model_id) AS (SELECT ?) "
                              "INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active, metadata) "
                              "SELECT ?, ?, 'replicate', '2d', ?, ?, ?, 1, ? FROM trained "
                              "WHERE EXISTS (SELECT 1 FROM ai_custom_models c WHERE c.id = trained.custom_model_id)");
    return QStringLiteral("SELECT ai_register_trained_model(?, ?, ?, ?, ?, ?, CAST(? AS jsonb))");
}

} // namespace Atelier
