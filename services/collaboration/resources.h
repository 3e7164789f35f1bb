#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

/// The things people share, comment on and annotate, named by a type and an id.
struct ResourceRef final
{
    QString type; // ai_generation, ai_collection, analytics_funnel, analytics_segment, workflow, ai_training_dataset,
                  // experiment, ai_asset, or analytics_chart (a chart of a view: the id names it, the brand is given)
    QString id;
};

/// Who is acting, and where resources live.
class Collaboration final
{
    Q_DECLARE_TR_FUNCTIONS(Collaboration)
public:
    /// Types that can be shared (they are rows with an owner or a brand).
    static QStringList shareableTypes();
    /// Every type that can carry comments and annotations.
    static QStringList resourceTypes();
    /// The users row of the person connected: on PostgreSQL the one whose login role is the session's
    /// (the tables' owner gets one on first use); on SQLite the one local person, created on first use.
    static Result<QString> currentUserId(const QSqlDatabase &db);
    /// The brand the resource belongs to, as the caller sees it (unknown type or invisible row: an error).
    /// For analytics_chart, \a brandSlug names the brand.
    static Result<QString> brandOf(const QSqlDatabase &db, const ResourceRef &resource, const QString &brandSlug = {});
    /// users.id of a username.
    static Result<QString> userIdOf(const QSqlDatabase &db, const QString &username);
};

} // namespace Atelier
