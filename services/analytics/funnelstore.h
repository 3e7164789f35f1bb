#pragma once

#include "analytics/funnelservice.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// A funnel saved in analytics_funnels, reopened exactly as it was saved.
struct SavedFunnel final
{
    QString id;
    QString name;
    FunnelQuery query;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/// getFunnels: saved funnels per brand. The definition is stored as JSON in `steps`.
class FunnelStore final
{
    Q_DECLARE_TR_FUNCTIONS(FunnelStore)
public:
    static QJsonObject toJson(const FunnelQuery &query);
    /// Reads a definition back; a malformed one is refused with a message that says where.
    static Result<FunnelQuery> fromJson(const QJsonObject &json);

    static Result<QList<SavedFunnel>> list(const QSqlDatabase &db, const Brand &brand);
    static Result<SavedFunnel> byName(const QSqlDatabase &db, const Brand &brand, const QString &name);
    /// Creates the funnel, or replaces the definition of the brand's funnel of that name.
    static Result<SavedFunnel> save(const QSqlDatabase &db, const Brand &brand, const QString &name, const FunnelQuery &query);
    static Status remove(const QSqlDatabase &db, const Brand &brand, const QString &name);
};

} // namespace Atelier
