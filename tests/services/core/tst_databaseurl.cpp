#include "core/databaseurl.h"

#include <QTest>

using namespace Atelier;

/// Database URLs: what people type is understood, or refused with a message that names the problem.
class TestDatabaseUrl final : public QObject
{
    Q_OBJECT
private slots:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sqlite");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::newRow("sqlite") << "sqlite:///home/ana/atelier.db" << true << "/home/ana/atelier.db" << "" << 5432 << ""
                                << "" << "" << "sqlite:///home/ana/atelier.db";
        QTest::newRow("sqlite spaces") << "sqlite:///tmp/my%20data/a.db" << true << "/tmp/my data/a.db" << "" << 5432
                                       << "" << "" << "" << "sqlite:///tmp/my data/a.db";
        QTest::newRow("postgres") << "postgresql://ana@db.example.com/atelier" << false << "" << "db.example.com" << 5432
                                  << "ana" << "" << "atelier" << "postgresql://ana@db.example.com/atelier";
        QTest::newRow("postgres full") << "postgresql://ana:s3cr%40t@10.0.0.5:6543/prod?sslmode=require" << false << ""
                                       << "10.0.0.5" << 6543 << "ana" << "s3cr@t" << "prod"
                                       << "postgresql://ana@10.0.0.5:6543/prod?sslmode=require";
        QTest::newRow("postgres encoded") << "postgresql://ana%40corp@[::1]:6000/my%20db" << false << "" << "::1" << 6000
                                          << "ana@corp" << "" << "my db" << "postgresql://ana%40corp@[::1]:6000/my%20db";
        QTest::newRow("postgres alias") << "postgres://bob@localhost/x" << false << "" << "localhost" << 5432 << "bob"
                                        << "" << "x" << "postgresql://bob@localhost/x";
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
        QTEST(url->isSqlite(), "sqlite");
        QTEST(url->path, "path");
        QTEST(url->host, "host");
        QTEST(url->port, "port");
        QTEST(url->user, "user");
        QTEST(url->password, "password");
        QTEST(url->database, "database");
        QTEST(url->displayString(), "display");
        // The full form round-trips, password included.
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->password, url->password);
        QCOMPARE(again->path, url->path);
    }

    void refusesInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "" << "Malformed database URL";
        QTest::newRow("no scheme") << "/home/ana/atelier.db" << "Malformed database URL";
        QTest::newRow("unknown scheme") << "mysql://root@localhost/db" << "Unsupported database scheme \"mysql\"";
        QTest::newRow("relative sqlite") << "sqlite://atelier.db" << "path must be absolute";
        QTest::newRow("sqlite folder") << "sqlite:///tmp/" << "path must be absolute";
        QTest::newRow("no database") << "postgresql://ana@localhost" << "needs a user and a database name";
        QTest::newRow("no user") << "postgresql://localhost/atelier" << "needs a user and a database name";
        QTest::newRow("bad port") << "postgresql://ana@localhost:99999/db" << "Malformed PostgreSQL URL";
        QTest::newRow("bad sslmode") << "postgresql://ana@localhost/db?sslmode=maybe" << "Unknown sslmode \"maybe\"";
        QTest::newRow("unknown option") << "postgresql://ana@localhost/db?timeout=3" << "Unknown option \"timeout\"";
    }
    void refusesInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY2(url.error().message.contains(expected), qPrintable(url.error().message));
    }

    void neverShowsPassword()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ana:hunter2@h/db?sslmode=bad"));
        QVERIFY(!url.ok());
        QVERIFY(!url.error().message.contains(QLatin1String("hunter2")));
        const auto good = DatabaseUrl::parse(QStringLiteral("postgresql://ana:hunter2@h/db"));
        QVERIFY(good.ok());
        QVERIFY(!good->displayString().contains(QLatin1String("hunter2")));
        const auto scheme = DatabaseUrl::parse(QStringLiteral("mysql://ana:hunter2@h/db"));
        QVERIFY(!scheme.error().message.contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
