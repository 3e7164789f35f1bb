#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

class SqlDialect;

/// One numbered SQL file of resources/sql/<dialect>/.
struct Migration final
{
    int version = 0;
    QString name;
    QString sql;
    QString checksum; // SHA-256 of the file, hex
};

struct MigrationReport final
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied;
};

/// Applies the numbered migrations of a dialect, each in one transaction, and records them with their
/// checksum in schema_migrations. Refuses a database whose applied files changed or that is newer.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    static QList<Migration> available(const SqlDialect &dialect);
    static int latestVersion(const SqlDialect &dialect);
    /// The highest applied version, 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    /// Checks what is applied against the files: changed checksums and newer databases are errors.
    static Status verify(const QSqlDatabase &db);
    static Result<MigrationReport> migrate(const QSqlDatabase &db);
    /// Refuses a database that holds tables but no Atelier schema: it belongs to something else.
    static Status checkOwnership(const QSqlDatabase &db);
};

} // namespace Atelier
