#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct DatabaseUrl;

/// What `atelier db status` reports: where, as whom, which schema version, how many rows.
struct DatabaseStatus final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseStatus)
public:
    QString url;  // without password
    QString user;
    QString dialect;
    int schemaVersion = 0;
    int latestVersion = 0;
    QList<QPair<QString, qint64>> rowCounts;

    static Result<DatabaseStatus> inspect(const QSqlDatabase &db, const DatabaseUrl &url);
};

} // namespace Atelier
