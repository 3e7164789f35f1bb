#include "core/database.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;
using Atelier::Testing::unusedLocalPort;

/// Opening databases: per-thread connections, SQLite settings, and clear refusals of bad targets.
class TestDatabase final : public QObject
{
    Q_OBJECT
private slots:
    void opensPerThread_data() { ScratchDatabase::addDialectRows(); }
    void opensPerThread()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        auto again = Database::open(scratch.url());
        QCOMPARE(again->connectionName(), db->connectionName());
        const QString other = QtConcurrent::run([url = scratch.url()] {
                                  auto worker = Database::open(url);
                                  const QString name = worker ? worker->connectionName() : QString();
                                  Database::closeThreadConnections();
                                  return name;
                              }).result();
        QVERIFY(!other.isEmpty());
        QVERIFY(other != db->connectionName());
        QVERIFY(!Database::currentUser(db.value()).isEmpty());
    }

    void sqliteUsesWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto db = Database::open(DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("a.db"))));
        QVERIFY(db.ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        Database::closeThreadConnections();
    }

    void runsScripts_data() { ScratchDatabase::addDialectRows(); }
    void runsScripts()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(Database::execScript(db.value(), QStringLiteral("CREATE TABLE t (a INTEGER); INSERT INTO t VALUES (1); "
                                                                "INSERT INTO t VALUES (2);"))
                    .ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT sum(a) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        const auto bad = Database::execScript(db.value(), QStringLiteral("INSERT INTO missing VALUES (1)"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("missing")));
    }

    /// A write that waits longer than the busy timeout for another program's lock says so in words (who may hold
    /// it, what to do), not SQLite's bare "database is locked"; the code says Conflict.
    void sqliteBusySaysWhoAndWhatToDo()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        auto db = Atelier::Database::open(scratch.url());
        QVERIFY(db);
        QSqlQuery(db.value()).exec(QStringLiteral("CREATE TABLE t (x INTEGER)"));
        // Another program holds the write lock (a second connection that does not wait).
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busyHolder"));
        other.setDatabaseName(scratch.url().path);
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        {
            QSqlDatabase impatient = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busyWriter"));
            impatient.setDatabaseName(scratch.url().path);
            impatient.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(impatient.open());
            QSqlQuery write(impatient);
            QVERIFY(!write.exec(QStringLiteral("BEGIN IMMEDIATE")));
            const Atelier::Error error = Atelier::Database::queryError(write, QStringLiteral("Pausing \"Weekly report\""));
            QVERIFY2(error.message.startsWith(QLatin1String("Pausing \"Weekly report\" failed: the database is busy.")), qPrintable(error.message));
            QVERIFY2(error.message.contains(QLatin1String("workflow runner")) && error.message.contains(QLatin1String("try again")), qPrintable(error.message));
            QVERIFY(error.detail.contains(QLatin1String("locked")));
            QCOMPARE(error.code, Atelier::ErrorCode::Conflict);
            impatient.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("busyWriter"));
        hold.exec(QStringLiteral("ROLLBACK"));
        hold = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("busyHolder"));
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        const QByteArray content = "These are my notes, not a database.\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const auto db = Database::open(DatabaseUrl::sqliteFile(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("is not a SQLite database")), qPrintable(db.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void leavesForeignSqliteFilesAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const auto db = Database::open(DatabaseUrl::sqliteFile(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("another program's tables")), qPrintable(db.error().message));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes); // still in its own journal mode, untouched
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void mustExistCreatesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/typo.db"));
        const auto db = Database::open(DatabaseUrl::sqliteFile(path), Database::OpenMode::MustExist);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("There is no database")), qPrintable(db.error().message));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("sub"))));
    }

    void refusesReadOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        {
            auto db = Database::open(DatabaseUrl::sqliteFile(path));
            QVERIFY(db.ok());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (a INTEGER)")));
            Database::closeThreadConnections();
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const auto db = Database::open(DatabaseUrl::sqliteFile(path));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("read-only")), qPrintable(db.error().message));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void refusesUnreachableServer()
    {
        const quint16 port = unusedLocalPort();
        DatabaseUrl url;
        url.kind = DatabaseUrl::Kind::Postgresql;
        url.host = QStringLiteral("127.0.0.1");
        url.port = port;
        url.user = QStringLiteral("ana");
        url.database = QStringLiteral("atelier");
        const auto db = Database::open(url);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("Cannot reach the PostgreSQL server at 127.0.0.1:")),
                 qPrintable(db.error().message));
    }

    void refusesWrongPasswordAndMissingDatabase()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        DatabaseUrl wrong = scratch.url();
        wrong.password = QStringLiteral("not-the-password");
        const auto denied = Database::open(wrong);
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().message.contains(QLatin1String("Wrong password")), qPrintable(denied.error().message));
        QVERIFY(!denied.error().message.contains(QLatin1String("not-the-password")));
        DatabaseUrl missing = scratch.url();
        missing.database = QStringLiteral("no_such_database_here");
        const auto absent = Database::open(missing);
        QVERIFY(!absent.ok());
        QVERIFY2(absent.error().message.contains(QLatin1String("does not exist")), qPrintable(absent.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
