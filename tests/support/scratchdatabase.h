#pragma once

#include "core/databaseurl.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <memory>

namespace Atelier::Testing {

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by ATELIER_TEST_PG_URL, dropped afterwards. Where PostgreSQL is required
/// (ATELIER_TEST_REQUIRE_PG=1, as in CI) its absence is a failure, never a silent skip.
class ScratchDatabase final
{
public:
    explicit ScratchDatabase(const QString &dialect);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    /// Empty when the database is ready; otherwise why not (see skip()).
    QString problem() const { return m_problem; }
    /// True when the test should be skipped rather than failed (PostgreSQL absent and not required).
    bool skip() const { return m_skip; }
    const DatabaseUrl &url() const { return m_url; }
    QString folder() const { return m_dir.path(); }

    /// Adds the "dialect" column and a row per dialect to a _data() table.
    static void addDialectRows();
    /// The PostgreSQL server's admin URL from the environment, if any.
    static QString postgresAdminUrl();

private:
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_problem;
    bool m_skip = false;
    QString m_pgName;
};

/// Runs one statement (CREATE/DROP DATABASE…) as the server's administrator on a short-lived connection of its
/// own; the server's message, or empty when it ran.
QString adminExec(const DatabaseUrl &admin, const QString &sql);

/// Migrates the database at \a url and fills it with a demo of \a events events over \a days days ending at \a end
/// (now when null) and \a generationsPerBrand AI generations a brand: what the UI tests open the console on. False,
/// with the reason printed, when it could not.
bool fillDemo(const DatabaseUrl &url, qint64 events, int days, int generationsPerBrand, const QDateTime &end = {});

} // namespace Atelier::Testing

/// Opens a scratch database for the current "dialect" row, or skips/fails the test as required.
#define ATELIER_SCRATCH(var)                                                                                        \
    QFETCH(QString, dialect);                                                                                      \
    Atelier::Testing::ScratchDatabase var(dialect);                                                                \
    if (var.skip())                                                                                                \
        QSKIP(qPrintable(var.problem()));                                                                          \
    QVERIFY2(var.problem().isEmpty(), qPrintable(var.problem()))
