#include "ai/brandpolicy.h"

#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>

namespace Atelier {

Result<BrandAiPolicy> BrandPolicy::get(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT watermark, watermark_text FROM brand_ai_policies WHERE brand_id = ?"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the brand's AI policy"));
    BrandAiPolicy p;
    p.brandId = brandId;
    if (q.next()) {
        p.watermark = q.value(0).toString();
        p.watermarkText = q.value(1).toString();
    }
    return p;
}

Status BrandPolicy::set(const QSqlDatabase &db, const BrandAiPolicy &policy)
{
    static const QStringList kinds = {QStringLiteral("none"), QStringLiteral("visible"), QStringLiteral("invisible"), QStringLiteral("metadata")};
    if (!kinds.contains(policy.watermark))
        return Error{tr("Unknown watermark \"%1\"; a brand's generations are watermarked with: %2.").arg(policy.watermark, kinds.join(QLatin1String(", "))), {},
                     ErrorCode::InvalidInput};
    if (policy.watermarkText.size() > 120)
        return Error{tr("A visible watermark's text is at most 120 characters."), {}, ErrorCode::InvalidInput};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO brand_ai_policies (brand_id, watermark, watermark_text, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (brand_id) DO UPDATE SET watermark = excluded.watermark, watermark_text = excluded.watermark_text, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(policy.brandId);
    q.addBindValue(policy.watermark);
    q.addBindValue(policy.watermarkText.trimmed().isEmpty() ? QVariant() : QVariant(policy.watermarkText.trimmed()));
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Setting the brand's AI policy"));
    return Done{};
}

} // namespace Atelier
