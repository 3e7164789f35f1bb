#include "accessibilityreports.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace Atelier {

Result<StoredAccessibilityReport> AccessibilityReports::record(const QSqlDatabase &db, const QString &page, double score,
                                                               const QJsonObject &issues)
{
    if (page.trimmed().isEmpty() || page.size() > 200)
        return Error{tr("An accessibility report needs the name of its page (1 to 200 characters)."), {}, ErrorCode::InvalidInput};
    if (!std::isfinite(score) || score < 0 || score > 100)
        return Error{tr("The accessibility score of page \"%1\" must be between 0 and 100, not %2.").arg(page).arg(score), {},
                     ErrorCode::InvalidInput};
    auto user = Collaboration::currentUserId(db);
    if (!user)
        return user.error();
    const SqlDialect dialect = SqlDialect::of(db);
    StoredAccessibilityReport stored{QUuid::createUuid().toString(QUuid::WithoutBraces), page, score, issues, user.value(),
                                     QDateTime::currentDateTimeUtc()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO accessibility_reports (id, page, score, issues, user_id, created_at) VALUES (?, ?, ?, %1, ?, ?)")
                  .arg(dialect.jsonParameter()));
    q.addBindValue(stored.id);
    q.addBindValue(page);
    q.addBindValue(score);
    q.addBindValue(QString::fromUtf8(QJsonDocument(issues).toJson(QJsonDocument::Compact)));
    q.addBindValue(stored.userId);
    q.addBindValue(dialect.timeValue(stored.created));
    if (!q.exec())
        return Database::queryError(q, tr("Recording the accessibility report of page \"%1\"").arg(page));
    if (q.numRowsAffected() != 1)
        return Error{tr("The accessibility report of page \"%1\" was not recorded: the database refused it.").arg(page), {},
                     ErrorCode::PermissionDenied};
    // The time as the database keeps it (milliseconds on SQLite, microseconds on PostgreSQL).
    stored.created = dialect.toDateTime(dialect.timeValue(stored.created));
    return stored;
}

Result<QList<StoredAccessibilityReport>> AccessibilityReports::list(const QSqlDatabase &db, const QString &page, int limit)
{
    if (limit < 1 || limit > 10000)
        return Error{tr("The number of accessibility reports to list must be between 1 and 10,000, not %1.").arg(limit), {},
                     ErrorCode::InvalidInput};
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, page, score, %1, user_id, created_at FROM accessibility_reports %2 "
                             "ORDER BY created_at DESC, id LIMIT ?")
                  .arg(dialect.jsonColumnText(QStringLiteral("issues")),
                       page.isEmpty() ? QString() : QStringLiteral("WHERE page = ?")));
    if (!page.isEmpty())
        q.addBindValue(page);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the accessibility reports"));
    QList<StoredAccessibilityReport> reports;
    while (q.next()) {
        const QString id = q.value(0).toString();
        QJsonObject issues;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(3).toString().toUtf8());
        if (doc.isArray()) {
            issues = QJsonObject{{QStringLiteral("issues"), doc.array()}};
        } else {
            auto object = JsonColumn::object(q.value(3), QStringLiteral("accessibility_reports"), QStringLiteral("issues"), id,
                                             JsonNull::Damaged);
            if (!object)
                return object.error();
            issues = object.value();
        }
        reports.append({id, q.value(1).toString(), q.value(2).toDouble(), issues, q.value(4).toString(), dialect.toDateTime(q.value(5))});
    }
    return reports;
}

} // namespace Atelier
