#include "scratchdatabase.h"

#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

namespace Atelier::Testing {

QString adminExec(const DatabaseUrl &admin, const QString &sql)
{
    const QString name = QStringLiteral("atelier-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString ScratchDatabase::postgresAdminUrl()
{
    return qEnvironmentVariable("ATELIER_TEST_PG_URL");
}

void ScratchDatabase::addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

ScratchDatabase::ScratchDatabase(const QString &dialect)
{
    if (dialect == QLatin1String("sqlite")) {
        if (!m_dir.isValid())
            m_problem = QStringLiteral("cannot create a temporary folder");
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("atelier.db")));
        return;
    }
    const QString adminText = postgresAdminUrl();
    if (adminText.isEmpty()) {
        m_problem = QStringLiteral("PostgreSQL tests need ATELIER_TEST_PG_URL (scripts/with-postgres.sh sets it)");
        m_skip = qEnvironmentVariable("ATELIER_TEST_REQUIRE_PG") != QLatin1String("1");
        return;
    }
    auto admin = DatabaseUrl::parse(adminText);
    if (!admin) {
        m_problem = admin.error().message;
        return;
    }
    m_pgName = QStringLiteral("atelier_t_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    if (const QString error = adminExec(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(m_pgName)); !error.isEmpty()) {
        m_problem = QStringLiteral("cannot create a PostgreSQL scratch database: ") + error;
        m_pgName.clear();
        return;
    }
    m_url = admin.value();
    m_url.database = m_pgName;
}

ScratchDatabase::~ScratchDatabase()
{
    // Worker threads may still hold connections; they are closed here and in the pool's threads.
    QThreadPool::globalInstance()->waitForDone();
    Database::closeThreadConnections();
    if (m_pgName.isEmpty())
        return;
    auto admin = DatabaseUrl::parse(postgresAdminUrl());
    if (admin)
        adminExec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
}

bool fillDemo(const DatabaseUrl &url, qint64 events, int days, int generationsPerBrand, const QDateTime &end)
{
    auto db = Database::open(url);
    if (!db) {
        qWarning("fillDemo: %s", qPrintable(db.error().message));
        return false;
    }
    if (!Migrator::migrate(db.value()))
        return false;
    DemoOptions options;
    options.events = events;
    options.days = days;
    options.end = end;
    options.generationsPerBrand = generationsPerBrand;
    const auto report = DemoGenerator::generate(db.value(), options);
    if (!report)
        qWarning("fillDemo: %s", qPrintable(report.error().message));
    return report.ok();
}

} // namespace Atelier::Testing
