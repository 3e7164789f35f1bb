#include "core/databasecredentials.h"
#include "core/databaseurl.h"

#include <QTest>

#include <cstring>
#include <iterator>

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

    /// Whatever is wrong with a URL, the message about it never repeats its password, nor does the detail for logs.
    void malformedNeverShowsPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one slash") << "postgresql:/u:SEKRET@host/db";
        QTest::newRow("no host") << "postgresql://u:SEKRET@";
        QTest::newRow("no host, database") << "postgresql://u:SEKRET@/db";
        QTest::newRow("bad port") << "postgresql://u:SEKRET@host:99999/db";
        QTest::newRow("port not a number") << "postgresql://u:SEKRET@host:port/db";
        QTest::newRow("bad percent-encoding") << "postgresql://u:SEKRET%zz@host/db";
        QTest::newRow("percent-encoded") << "postgresql://u:SEK%52ET%4@host/db";
        QTest::newRow("slash in password") << "postgresql://u:SEK/RET@host/db";
        QTest::newRow("at in password") << "postgresql://u:SEK@RET@host:99999/db";
        QTest::newRow("space in password") << "postgresql://u:SEK RET@host/db";
        QTest::newRow("bad IPv6") << "postgresql://u:SEKRET@[::1/db";
        QTest::newRow("space in host") << "postgresql://u:SEKRET@ho st/db";
        QTest::newRow("no database") << "postgresql://u:SEKRET@host";
        QTest::newRow("no user") << "postgresql://:SEKRET@host/db";
        QTest::newRow("slash in database") << "postgresql://u:SEKRET@host/a/b";
        QTest::newRow("unknown option") << "postgresql://u:SEKRET@host/db?timeout=3";
        QTest::newRow("bad sslmode") << "postgresql://u:SEKRET@host/db?sslmode=maybe";
        QTest::newRow("no scheme") << "u:SEKRET@host/db";
        QTest::newRow("scheme without slashes") << "postgresql:u:SEKRET@host/db";
        QTest::newRow("unknown scheme") << "mysql://u:SEKRET@host/db";
        QTest::newRow("password before scheme") << "u:SEKRET@host://db";
        QTest::newRow("sqlite with user") << "sqlite://u:SEKRET@host/db";
        QTest::newRow("spaces around") << "  postgresql://u:SEKRET@host:0x10/db  ";
    }
    void malformedNeverShowsPassword()
    {
        QFETCH(QString, text);
        const auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QVERIFY(!url.error().message.isEmpty());
        // "KRET" also catches half a password cut at an unencoded '/', '@' or space.
        for (const QString &said : {url.error().message, url.error().detail})
            QVERIFY2(!said.contains(QLatin1String("KRET")) && !said.contains(QLatin1String("K%52E")), qPrintable(said));
        QVERIFY(!DatabaseUrl::redacted(text).contains(QLatin1String("KRET")));
    }

    /// --database's password leaves argv (what /proc/PID/cmdline and ps show) and is handed over in memory.
    void scrubsPasswordArguments()
    {
        QByteArray args[] = {"atelier",
                             "--database",
                             "postgresql://ana:SEKRET@db.example.com:6543/atelier?sslmode=require",
                             "db",
                             "--database=postgresql://bob:s%40cr%2Ft@h/x",
                             "--database",
                             "postgresql://cy@h/nopassword",
                             "--database=sqlite:///tmp/a@b:c.db",
                             "--database=postgresql:/u:SEKRET@host/db",
                             "--page",
                             "status",
                             "--database"};
        const QList<QByteArray> before(std::begin(args), std::end(args));
        char *argv[std::size(args)];
        for (size_t i = 0; i < std::size(args); ++i)
            argv[i] = args[i].data();
        const auto scrubbed = DatabaseCredentials::scrubPasswordArguments(int(std::size(args)), argv);
        QCOMPARE(scrubbed.size(), 3);
        QCOMPARE(scrubbed.at(0).url, QStringLiteral("postgresql://ana@db.example.com:6543/atelier?sslmode=require"));
        QCOMPARE(scrubbed.at(0).password, QStringLiteral("SEKRET"));
        QCOMPARE(scrubbed.at(1).url, QStringLiteral("postgresql://bob@h/x"));
        QCOMPARE(scrubbed.at(1).password, QStringLiteral("s@cr/t"));
        QCOMPARE(scrubbed.at(2).url, QStringLiteral("postgresql:/u@host/db")); // refused later, without its password
        QCOMPARE(scrubbed.at(2).password, QString());

        QCOMPARE(QByteArray(argv[2]), QByteArray("postgresql://ana@db.example.com:6543/atelier?sslmode=require"));
        QCOMPARE(QByteArray(argv[4]), QByteArray("--database=postgresql://bob@h/x"));
        QCOMPARE(QByteArray(argv[8]), QByteArray("--database=postgresql:/u@host/db"));
        // The bytes the password took are zeros now, up to the argument's old end.
        for (int i : {2, 4, 8}) {
            QCOMPARE(args[i].size(), before.at(i).size());
            QVERIFY(!args[i].contains("SEKRET") && !args[i].contains("cr%2Ft"));
            for (qsizetype b = qsizetype(std::strlen(argv[i])); b < args[i].size(); ++b)
                QCOMPARE(args[i].at(b), '\0');
        }
        // Everything else is as it was, a URL without a password and a SQLite path with ':' and '@' included.
        for (int i : {0, 1, 3, 5, 6, 7, 9, 10, 11})
            QCOMPARE(args[i], before.at(i));

        // The password reaches the connection through memory, named by the URL without it.
        DatabaseCredentials::remember(DatabaseUrl::parse(scrubbed.at(0).url).value(), scrubbed.at(0).password);
        const auto bare = DatabaseUrl::parse(QString::fromLatin1(argv[2]));
        QVERIFY(bare && bare->password.isEmpty());
        QCOMPARE(DatabaseCredentials::passwordFor(bare.value()), QStringLiteral("SEKRET"));
        const auto own = DatabaseUrl::parse(QStringLiteral("postgresql://ana:other@db.example.com:6543/atelier?sslmode=require"));
        QCOMPARE(DatabaseCredentials::passwordFor(own.value()), QStringLiteral("other")); // the URL's own comes first
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
