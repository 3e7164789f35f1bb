#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// What a brand asks of every generation's result.
struct BrandAiPolicy final
{
    QString brandId;
    QString watermark = QStringLiteral("none"); // none, visible, invisible, metadata
    QString watermarkText;                      // a visible watermark's words (default: "AI-generated · <brand>")
};

/// A brand's AI policy (brand_ai_policies): the watermark the queue puts on each new image before it is stored,
/// recorded in `watermarks` under the generation. Set by the brand's admins.
class BrandPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(BrandPolicy)
public:
    /// The brand's policy; no row is the policy "none".
    static Result<BrandAiPolicy> get(const QSqlDatabase &db, const QString &brandId);
    static Status set(const QSqlDatabase &db, const BrandAiPolicy &policy);
};

} // namespace Atelier
