#include "ai/assetstore.h"
#include "ai/studiolibrary.h"
#include "core/appsettings.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/privatefiles.h"
#include "demo/demogenerator.h"
#include "reports/reportexport.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtConcurrent>

#include <sys/stat.h>

using namespace Atelier;
using namespace Atelier::Testing;

/// What Atelier writes to disk is its owner's alone whatever the umask: the SQLite database and its journal, its
/// folder, the result cache, reports and archives. Run under umask 022, which would give others read access.
class TestPrivateFiles final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    /// The permission bits in octal ("600"), or "missing".
    static QString modeOf(const QString &path)
    {
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return QStringLiteral("missing");
        return QString::number(info.st_mode & 07777, 8);
    }

    static QString sqliteFile(const QString &folder) { return folder + QStringLiteral("/atelier.db"); }

    /// Opens \a path through Database::open and writes a row; empty when that worked, else why not.
    static QString write(const QString &path)
    {
        auto db = Database::open(DatabaseUrl::sqliteFile(path));
        if (!db)
            return db.error().message;
        if (auto migrated = Migrator::migrate(db.value()); !migrated)
            return migrated.error().message;
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES (?, ?, 'Files', 'fashion')"));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.addBindValue(id);
        q.addBindValue(id);
        if (!q.exec())
            return q.lastError().text();
        return {};
    }

private slots:
    void initTestCase()
    {
        ::umask(022); // the usual one: new files 0644, new folders 0755
        QVERIFY(m_home.isValid());
        StudioFixture::isolateDesktop(m_home.path());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    }

    void cleanup() { Database::closeThreadConnections(); }

    void newDatabaseIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new"));
        const QString path = sqliteFile(folder);
        QCOMPARE(write(path), QString());
        QCOMPARE(modeOf(path), QStringLiteral("600"));
        // SQLite gives its journal files the database's mode.
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), QStringLiteral("600"));
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), QStringLiteral("600"));
        QCOMPARE(modeOf(folder), QStringLiteral("700")); // made for the database
        // A worker thread's connection to the same file works alongside (its checks never open the file).
        const QString worker = QtConcurrent::run([path] {
                                   const QString problem = write(path);
                                   Database::closeThreadConnections();
                                   return problem;
                               }).result();
        QCOMPARE(worker, QString());
        QCOMPARE(write(path), QString());
    }

    void embeddedDatabaseFolderIsPrivate()
    {
        // An older version made the folder with the umask's mode; it is closed now.
        const QString path = AppSettings::defaultDatabasePath();
        QVERIFY(path.startsWith(m_home.path()));
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(modeOf(folder), QStringLiteral("755"));
        QCOMPARE(write(path), QString());
        QCOMPARE(modeOf(folder), QStringLiteral("700"));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
    }

    void sharedDatabaseBecomesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = sqliteFile(dir.path());
        QCOMPARE(write(path), QString());
        Database::closeThreadConnections();
        // As an older version left it (or a copy made with cp): readable by every local account.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                | QFileDevice::ReadOther));
        QCOMPARE(modeOf(path), QStringLiteral("644"));
        QCOMPARE(write(path), QString());
        QCOMPARE(modeOf(path), QStringLiteral("600"));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), QStringLiteral("600"));
    }

    void otherProgramsDatabaseKeepsItsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("theirs.db"));
        {
            QSqlDatabase theirs = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("theirs"));
            theirs.setDatabaseName(path);
            QVERIFY(theirs.open());
            QSqlQuery q(theirs);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            theirs.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("theirs"));
        QCOMPARE(modeOf(path), QStringLiteral("644"));
        QVERIFY(!Database::open(DatabaseUrl::sqliteFile(path)));
        QCOMPARE(modeOf(path), QStringLiteral("644"));
    }

    void reportExportIsOwnerOnly()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()));
        DemoOptions options;
        options.events = 3000;
        options.days = 40;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        options.generationsPerBrand = 1;
        const auto demo = DemoGenerator::generate(db.value(), options);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
        for (const QString &file : {QStringLiteral("report.pdf"), QStringLiteral("report.csv")}) {
            ReportRequest request;
            request.brandSlug = QStringLiteral("linea-home");
            request.from = QDate(2026, 5, 1);
            request.to = QDate(2026, 6, 1);
            request.analyses = {QStringLiteral("funnel")};
            request.path = scratch.folder() + QLatin1Char('/') + file;
            auto written = ReportExport::run(db.value(), scratch.url(), request);
            QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
            QCOMPARE(modeOf(request.path), QStringLiteral("600"));
            // Written again over a file others could read: owner-only again (chmod after exporting widens it).
            QVERIFY(QFile::setPermissions(request.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
            QVERIFY(ReportExport::run(db.value(), scratch.url(), request));
            QCOMPARE(modeOf(request.path), QStringLiteral("600"));
        }
    }

    void archiveIsOwnerOnly()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        const QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const QString zip = scratch.folder() + QStringLiteral("/chosen.zip");
        auto exported = StudioLibrary::exportGenerations(db, {}, zip);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(modeOf(zip), QStringLiteral("600"));
    }

    void resultCacheIsPrivate()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        const QSqlDatabase db = StudioFixture::prepare(scratch.url());
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        auto stored = AssetStore::put(db, QStringLiteral("brand-q"), png, QStringLiteral("image/png"));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        const QString folder = AssetStore::cacheFolder();
        QVERIFY(folder.startsWith(m_home.path()));
        QCOMPARE(modeOf(folder), QStringLiteral("700"));
        const QString cached = folder + QLatin1Char('/') + stored->sha256.left(2) + QLatin1Char('/') + stored->sha256;
        QCOMPARE(modeOf(QFileInfo(cached).absolutePath()), QStringLiteral("700"));
        QCOMPARE(modeOf(cached), QStringLiteral("600"));
    }

    void helpersSetModes()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("a/b"));
        QVERIFY(PrivateFiles::makeFolder(folder));
        QCOMPARE(modeOf(folder), QStringLiteral("700"));
        const QString file = dir.filePath(QStringLiteral("empty"));
        QVERIFY(PrivateFiles::createEmpty(file));
        QCOMPARE(modeOf(file), QStringLiteral("600"));
        QVERIFY(!PrivateFiles::isShared(file));
        // Something already there is left alone.
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(PrivateFiles::createEmpty(file));
        QCOMPARE(modeOf(file), QStringLiteral("640"));
        QVERIFY(PrivateFiles::isShared(file));
        QVERIFY(PrivateFiles::restrictToOwner(file));
        QCOMPARE(modeOf(file), QStringLiteral("600"));
        QVERIFY(!PrivateFiles::restrictToOwner(dir.filePath(QStringLiteral("missing"))));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestPrivateFiles test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_privatefiles.moc"
