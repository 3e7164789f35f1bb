#include "eventfixture.h"

#include "core/eventbulkwriter.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Atelier::Testing {

Status loadEvents(const QSqlDatabase &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("cannot read %1").arg(path), {}};
    return loadEventText(db, file.readAll(), path);
}

Status loadEventText(const QSqlDatabase &db, const QByteArray &text, const QString &path)
{
    QList<EventRow> rows;
    QSet<QByteArray> brands;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 6)
            return Error{QStringLiteral("%1:%2: expected 6 tab-separated fields").arg(path).arg(lineNumber), {}};
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(f.at(4)), Qt::ISODateWithMs);
        if (!at.isValid())
            return Error{QStringLiteral("%1:%2: bad time").arg(path).arg(lineNumber), {}};
        auto nullable = [](const QByteArray &v) { return v == "-" ? QByteArray() : v; };
        rows.append({f.at(1), nullable(f.at(2)), nullable(f.at(3)), f.at(5), at.toMSecsSinceEpoch(), f.at(0)});
        brands.insert(f.at(0));
    }
    QSqlDatabase conn = db;
    conn.transaction();
    for (const QByteArray &brand : std::as_const(brands)) {
        QSqlQuery q(db);
        // A brand met before (events loaded in several steps) is kept as it is.
        q.prepare(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES (?, ?, ?, 'test') "
                                 "ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(QString::fromLatin1(brand));
        q.addBindValue(QString::fromLatin1(brand));
        q.addBindValue(QString::fromLatin1(brand));
        if (!q.exec()) {
            conn.rollback();
            return Error{QStringLiteral("cannot insert brand %1").arg(QString::fromLatin1(brand)), {}};
        }
    }
    auto writer = EventBulkWriter::start(db);
    if (!writer) {
        conn.rollback();
        return writer.error();
    }
    for (const EventRow &row : std::as_const(rows)) {
        if (auto s = writer.value()->add(row); !s) {
            writer.value()->abort();
            conn.rollback();
            return s;
        }
    }
    if (auto s = writer.value()->finish(); !s) {
        conn.rollback();
        return s;
    }
    conn.commit();
    return Done{};
}

} // namespace Atelier::Testing
