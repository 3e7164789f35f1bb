#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// A brand of the platform: everything brand-scoped carries its id.
struct Brand final
{
    QString id;
    QString slug;
    QString name;
    QString industry;
};

/// Lists brands and resolves the slugs people type into ids.
class BrandService final
{
    Q_DECLARE_TR_FUNCTIONS(BrandService)
public:
    static Result<QList<Brand>> list(const QSqlDatabase &db);
    static Result<Brand> bySlug(const QSqlDatabase &db, const QString &slug);
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::Brand)
