#include "audittrail.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace Atelier {

namespace {

void field(QByteArray &out, const QString &value)
{
    if (value.isNull()) {
        out += '-';
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    out += QByteArray::number(utf8.size()) + ':' + utf8;
}

QString columns(const SqlDialect &dialect)
{
    return QStringLiteral("a.id, a.seq, a.action, a.resource_type, a.resource_id, a.user_id, a.brand_id, a.ip_address, "
                          "a.user_agent, %1, %2, a.prev_hash, a.row_hash, u.username")
        .arg(dialect.jsonColumnText(QStringLiteral("a.metadata")), dialect.epochMilliseconds(QStringLiteral("a.created_at")));
}

QString text(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

AuditRecord fromRow(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toString();
    r.seq = q.value(1).toLongLong();
    r.action = q.value(2).toString();
    r.resourceType = q.value(3).toString();
    r.resourceId = q.value(4).toString();
    r.userId = q.value(5).toString();
    r.brandId = text(q.value(6));
    r.ipAddress = text(q.value(7));
    r.userAgent = text(q.value(8));
    r.metadata = text(q.value(9));
    r.createdAtMs = q.value(10).toLongLong();
    r.prevHash = text(q.value(11));
    r.rowHash = text(q.value(12));
    r.username = text(q.value(13));
    return r;
}

} // namespace

QStringList AuditTrail::actions()
{
    return {QStringLiteral("view"),   QStringLiteral("create"), QStringLiteral("edit"),   QStringLiteral("delete"),
            QStringLiteral("export"), QStringLiteral("share"),  QStringLiteral("sign_in")};
}

QString AuditTrail::userAgent()
{
    return QStringLiteral("Atelier/%1 (%2)").arg(QStringLiteral(ATELIER_VERSION), QSysInfo::prettyProductName());
}

QByteArray AuditTrail::content(const AuditRecord &r)
{
    QByteArray out;
    field(out, QString::number(r.seq));
    field(out, r.prevHash.isNull() ? QStringLiteral("") : r.prevHash);
    field(out, r.action);
    field(out, r.resourceType);
    field(out, r.resourceId);
    field(out, r.userId);
    field(out, r.brandId);
    field(out, r.ipAddress);
    field(out, r.userAgent);
    field(out, r.metadata);
    field(out, QString::number(r.createdAtMs));
    return out;
}

QString AuditTrail::hashOf(const AuditRecord &r)
{
    return QString::fromLatin1(QCryptographicHash::hash(content(r), QCryptographicHash::Sha256).toHex());
}

Status AuditTrail::append(const QSqlDatabase &db, AuditRecord r)
{
    const SqlDialect dialect = SqlDialect::of(db);
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (r.createdAtMs == 0)
        r.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    if (dialect.isSqlite()) {
        // PostgreSQL chains in its trigger; here the app does, inside the caller's write transaction.
        if (!q.exec(QStringLiteral("SELECT seq, row_hash FROM security_audits ORDER BY seq DESC LIMIT 1")))
            return Database::queryError(q, tr("Reading the end of the audit trail"));
        r.seq = q.next() ? q.value(0).toLongLong() + 1 : 1;
        r.prevHash = q.isValid() ? text(q.value(1)) : QStringLiteral("");
        if (r.prevHash.isNull())
            r.prevHash = QStringLiteral("");
        q.finish();
        r.rowHash = hashOf(r);
    }
    q.prepare(QStringLiteral("INSERT INTO security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, "
                             "user_agent, metadata, prev_hash, row_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %1, ?, ?, ?)")
                  .arg(dialect.jsonParameter()));
    q.addBindValue(r.id);
    q.addBindValue(r.seq);
    q.addBindValue(r.action);
    q.addBindValue(r.resourceType);
    q.addBindValue(r.resourceId);
    q.addBindValue(r.userId);
    for (const QString &v : {r.brandId, r.ipAddress, r.userAgent, r.metadata})
        q.addBindValue(v.isNull() ? QVariant() : QVariant(v));
    q.addBindValue(r.prevHash.isNull() ? QVariant() : QVariant(r.prevHash));
    q.addBindValue(r.rowHash.isNull() ? QVariant() : QVariant(r.rowHash));
    q.addBindValue(dialect.timeValue(QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC)));
    if (!q.exec())
        return Database::queryError(q, tr("Writing to the audit trail"));
    return Done{};
}

Status AuditTrail::recordInDatabase(const QSqlDatabase &db, const QString &action, const QString &resourceType,
                                    const QString &resourceId, const QString &brandId, const QJsonObject &metadata)
{
    if (!actions().contains(action))
        return Error{tr("Unknown audit action \"%1\"; the actions are: %2.").arg(action, actions().join(QLatin1String(", "))), {}};
    const QString json = metadata.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    // In the database, as the definer: who, from where and with what client is filled in there, and whether this
    // person may record this action for this brand.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT atelier_audit(?, ?, ?, ?, CAST(? AS jsonb))"));
    q.addBindValue(action);
    q.addBindValue(resourceType);
    q.addBindValue(resourceId);
    q.addBindValue(brandId.isEmpty() ? QVariant() : QVariant(brandId));
    q.addBindValue(json.isNull() ? QVariant() : QVariant(json));
    if (!q.exec())
        return Database::queryError(q, tr("Writing to the audit trail"));
    return Done{};
}

Result<qint64> AuditTrail::seal(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).isSqlite()) // the sealer is PostgreSQL's: SQLite rows are chained as written
        return qint64(0);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT atelier_audit_seal()")) || !q.next())
        return Database::queryError(q, tr("Chaining the audit trail"));
    return q.value(0).toLongLong();
}

Status AuditTrail::recordWithin(const QSqlDatabase &db, const QString &action, const QString &resourceType,
                                const QString &resourceId, const QString &brandId, const QJsonObject &metadata)
{
    if (!SqlDialect::of(db).isSqlite()) // PostgreSQL: members record only through the definer function
        return recordInDatabase(db, action, resourceType, resourceId, brandId, metadata);
    if (!actions().contains(action))
        return Error{tr("Unknown audit action \"%1\"; the actions are: %2.").arg(action, actions().join(QLatin1String(", "))), {}};
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    AuditRecord r;
    r.action = action;
    r.resourceType = resourceType;
    r.resourceId = resourceId;
    r.userId = me.value();
    r.brandId = brandId.isEmpty() ? QString() : brandId;
    r.userAgent = userAgent();
    r.metadata = metadata.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    return append(db, r);
}

Status AuditTrail::record(const QSqlDatabase &db, const QString &action, const QString &resourceType, const QString &resourceId,
                          const QString &brandId, const QJsonObject &metadata)
{
    if (!SqlDialect::of(db).isSqlite()) { // PostgreSQL: the definer function, then the sealer
        if (auto s = recordInDatabase(db, action, resourceType, resourceId, brandId, metadata); !s)
            return s;
        // Recorded and committed: chained now rather than at the next reading.
        if (auto sealed = seal(db); !sealed)
            return sealed.error();
        return Done{};
    }
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Writing to the audit trail")); !s)
        return s;
    if (auto s = recordWithin(db, action, resourceType, resourceId, brandId, metadata); !s)
        return s;
    return t.commit(tr("Writing to the audit trail"));
}

Result<AuditVerification> AuditTrail::verify(const QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    if (auto sealed = seal(db); !sealed)
        return sealed.error();
    AuditVerification v;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!dialect.isSqlite()) { // only PostgreSQL has a sealer that can lag behind
        // Rows a sealer has not reached yet (another one is at work, or their transaction is still open).
        if (!q.exec(QStringLiteral("SELECT count(*) FROM security_audits WHERE seq IS NULL")) || !q.next())
            return Database::queryError(q, tr("Reading the audit trail"));
        v.pending = q.value(0).toLongLong();
        q.finish();
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM security_audits a LEFT JOIN users u ON u.id = a.user_id WHERE a.seq IS NOT NULL "
                               "ORDER BY a.seq")
                    .arg(columns(dialect))))
        return Database::queryError(q, tr("Reading the audit trail"));
    QString previous = QStringLiteral("");
    qint64 expected = 1;
    bool chained = false;
    while (q.next()) {
        const AuditRecord r = fromRow(q);
        ++v.rows;
        // An SQLite file's rows from before the chain existed (migration 6) come first, without hashes.
        if (!chained && r.rowHash.isEmpty() && r.seq == expected) {
            ++v.unchained;
            ++expected;
            continue;
        }
        chained = true;
        auto broken = [&](const QString &problem) {
            v.intact = false;
            v.brokenSeq = r.seq;
            v.problem = problem;
        };
        if (r.seq != expected)
            broken(tr("Row %1 is missing: the trail goes from %2 to %3.").arg(expected).arg(expected - 1).arg(r.seq));
        else if (r.prevHash != previous)
            broken(tr("Row %1 (%2) does not follow row %3: its link to the previous row does not match.").arg(r.seq).arg(r.id).arg(r.seq - 1));
        else if (r.rowHash != hashOf(r))
            broken(tr("Row %1 (%2) has been changed: its content no longer matches its hash.").arg(r.seq).arg(r.id));
        if (!v.intact)
            return v;
        previous = r.rowHash;
        v.headSeq = r.seq;
        v.headHash = r.rowHash;
        ++expected;
    }
    return v;
}

Result<QList<AuditRecord>> AuditTrail::list(const QSqlDatabase &db, const AuditFilter &filter, qint64 afterSeq, int limit)
{
    if (!filter.action.isEmpty() && !actions().contains(filter.action))
        return Error{tr("Unknown audit action \"%1\"; the actions are: %2.").arg(filter.action, actions().join(QLatin1String(", "))), {}};
    const SqlDialect dialect = SqlDialect::of(db);
    // The first page seals what waits; later pages follow on from it (rows sealed meanwhile come after).
    if (afterSeq == 0)
        if (auto sealed = seal(db); !sealed)
            return sealed.error();
    QString where = QStringLiteral("a.seq > ?");
    QVariantList binds{afterSeq};
    auto add = [&](const QString &condition, const QVariant &value) {
        where += QStringLiteral(" AND ") + condition;
        binds.append(value);
    };
    if (!filter.user.isEmpty())
        add(QStringLiteral("u.username = ?"), filter.user);
    if (!filter.action.isEmpty())
        add(QStringLiteral("a.action = ?"), filter.action);
    if (!filter.resourceType.isEmpty())
        add(QStringLiteral("a.resource_type = ?"), filter.resourceType);
    if (!filter.resourceId.isEmpty())
        add(QStringLiteral("a.resource_id = ?"), filter.resourceId);
    if (filter.from.isValid())
        add(QStringLiteral("a.created_at >= ?"), dialect.timeValue(filter.from));
    if (filter.to.isValid())
        add(QStringLiteral("a.created_at < ?"), dialect.timeValue(filter.to));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM security_audits a LEFT JOIN users u ON u.id = a.user_id WHERE %2 ORDER BY a.seq LIMIT ?")
                  .arg(columns(dialect), where));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the audit trail"));
    QList<AuditRecord> rows;
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

Result<qint64> AuditTrail::exportCsv(const QSqlDatabase &db, const AuditFilter &filter,
                                     const std::function<bool(const QByteArray &)> &write)
{
    auto quote = [](const QString &cell) {
        QString c = cell;
        if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n')))
            c = QLatin1Char('"') + c.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
        return c;
    };
    if (!write("seq,id,created_at,user,action,resource_type,resource_id,brand_id,ip_address,user_agent,metadata,row_hash\n"))
        return Error{tr("Could not write the export."), {}};
    qint64 after = 0, total = 0;
    while (true) {
        auto page = list(db, filter, after, 5000);
        if (!page)
            return page.error();
        for (const AuditRecord &r : page.value()) {
            const QStringList cells = {QString::number(r.seq), r.id,
                                       QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs),
                                       r.username.isEmpty() ? r.userId : r.username, r.action, r.resourceType, r.resourceId, r.brandId,
                                       r.ipAddress, r.userAgent, r.metadata, r.rowHash};
            QStringList quoted;
            for (const QString &c : cells)
                quoted.append(quote(c));
            if (!write((quoted.join(QLatin1Char(',')) + QLatin1Char('\n')).toUtf8()))
                return Error{tr("Could not write the export."), {}};
            after = r.seq;
            ++total;
        }
        if (page->size() < 5000)
            return total;
    }
}

} // namespace Atelier
