#include "brandservice.h"

#include "database.h"

#include <QSqlQuery>

namespace Atelier {

Result<QList<Brand>> BrandService::list(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, slug, name, industry FROM brands ORDER BY name")))
        return Database::queryError(q, tr("Listing the brands"));
    QList<Brand> brands;
    while (q.next())
        brands.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return brands;
}

Result<Brand> BrandService::bySlug(const QSqlDatabase &db, const QString &slug)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, slug, name, industry FROM brands WHERE slug = ?"));
    q.addBindValue(slug);
    if (!q.exec())
        return Database::queryError(q, tr("Looking up the brand"));
    if (!q.next())
        return Error{tr("There is no brand \"%1\" in this database.").arg(slug), {}};
    return Brand{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

} // namespace Atelier
