#include "core/database.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

/// A table of one row per test: a time column of the dialect's type and a JSON column.
bool createProbe(const QSqlDatabase &db, const SqlDialect &dialect)
{
    QSqlQuery q(db);
    // The JSON column's type is the schema's business (the migrations), not the dialect's.
    return q.exec(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY, at %1 NOT NULL, doc %2)")
                      .arg(dialect.timestampType(), dialect.isSqlite() ? QStringLiteral("TEXT") : QStringLiteral("jsonb")));
}

QString failure(const QSqlQuery &q)
{
    return q.lastQuery() + QStringLiteral(": ") + q.lastError().text();
}

} // namespace

/// Each SqlDialect expression runs on both databases and gives the same answer.
class TestSqlDialect final : public QObject
{
    Q_OBJECT
private slots:
    void namesTheDatabase_data() { ScratchDatabase::addDialectRows(); }
    void namesTheDatabase()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QCOMPARE(SqlDialect::of(db.value()).name(), dialect == QLatin1String("sqlite") ? QStringLiteral("SQLite")
                                                                                         : QStringLiteral("PostgreSQL"));
    }

    void timeValuesRoundTrip_data() { ScratchDatabase::addDialectRows(); }
    void timeValuesRoundTrip()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        const SqlDialect d = SqlDialect::of(db.value());
        QVERIFY(createProbe(db.value(), d));
        // 2026-03-02 13:04:05.678 UTC, a Monday; and a moment before the epoch.
        const QDateTime at(QDate(2026, 3, 2), QTime(13, 4, 5, 678), Qt::UTC);
        const QDateTime before(QDate(1969, 12, 31), QTime(23, 0, 0, 1), Qt::UTC);
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("INSERT INTO probe (id, at) VALUES (1, ?), (2, ?)"));
        q.addBindValue(d.timeValue(at));
        q.addBindValue(d.timeValue(before));
        QVERIFY2(q.exec(), qPrintable(failure(q)));

        QVERIFY2(q.exec(QStringLiteral("SELECT at, %1, %2, %3, %4, %5, %6 FROM probe ORDER BY id")
                            .arg(d.epochMilliseconds(QStringLiteral("at")), d.dayNumber(QStringLiteral("at")),
                                 d.hourOfDay(QStringLiteral("at")), d.periodNumber(QStringLiteral("at"), QStringLiteral("week")),
                                 d.periodNumber(QStringLiteral("at"), QStringLiteral("month")))
                            .arg(d.secondsBetween(QStringLiteral("at"), QStringLiteral("at")))),
                 qPrintable(failure(q)));
        QVERIFY(q.next());
        QCOMPARE(d.toDateTime(q.value(0)), at);
        QCOMPARE(q.value(1).toLongLong(), at.toMSecsSinceEpoch());
        QCOMPARE(q.value(2).toLongLong(), QDate(1970, 1, 1).daysTo(at.date()));
        QCOMPARE(q.value(3).toLongLong(), 13);
        QCOMPARE(q.value(4).toLongLong(), (QDate(1970, 1, 1).daysTo(at.date()) + 3) / 7);
        QCOMPARE(q.value(5).toLongLong(), 2026 * 12 + 2);
        QCOMPARE(q.value(6).toDouble(), 0.0);
        QVERIFY(q.next());
        QCOMPARE(d.toDateTime(q.value(0)), before);
        QCOMPARE(q.value(1).toLongLong(), before.toMSecsSinceEpoch());
        q.finish();

        // The milliseconds serve arithmetic with a bound number, as the real-time view counts minutes back.
        q.prepare(QStringLiteral("SELECT ? - %1, %2 FROM probe WHERE id = 1")
                      .arg(d.epochMilliseconds(QStringLiteral("at")),
                           d.secondsBetween(QStringLiteral("at"), d.plusBoundSeconds(QStringLiteral("at")))));
        q.addBindValue(at.addSecs(90).toMSecsSinceEpoch());
        q.addBindValue(2.5);
        QVERIFY2(q.exec() && q.next(), qPrintable(failure(q)));
        QCOMPARE(q.value(0).toLongLong(), 90000);
        QCOMPARE(q.value(1).toDouble(), 2.5);
    }

    void createsTheTimeColumnType_data() { ScratchDatabase::addDialectRows(); }
    void createsTheTimeColumnType()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        const SqlDialect d = SqlDialect::of(db.value());
        QVERIFY(createProbe(db.value(), d));
        QSqlQuery q(db.value());
        // What the migrations and timeValue() agree on: an INTEGER on SQLite, a timestamptz on PostgreSQL.
        const QString type = d.isSqlite() ? QStringLiteral("SELECT type FROM pragma_table_info('probe') WHERE name = 'at'")
                                          : QStringLiteral("SELECT data_type FROM information_schema.columns "
                                                           "WHERE table_name = 'probe' AND column_name = 'at'");
        QVERIFY2(q.exec(type) && q.next(), qPrintable(failure(q)));
        QCOMPARE(q.value(0).toString(),
                 d.isSqlite() ? QStringLiteral("INTEGER") : QStringLiteral("timestamp with time zone"));
    }

    void readsAndWritesJson_data() { ScratchDatabase::addDialectRows(); }
    void readsAndWritesJson()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        const SqlDialect d = SqlDialect::of(db.value());
        QVERIFY(createProbe(db.value(), d));
        const QJsonObject doc{{QStringLiteral("label"), QStringLiteral("a \"quoted\" é")}, {QStringLiteral("n"), 2.5}};
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("INSERT INTO probe (id, at, doc) VALUES (1, ?, %1)").arg(d.jsonParameter()));
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
        q.addBindValue(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
        QVERIFY2(q.exec(), qPrintable(failure(q)));
        QVERIFY2(q.exec(QStringLiteral("SELECT %1, %2, %3, %4 FROM probe")
                            .arg(d.jsonColumnText(QStringLiteral("doc")), d.jsonText(QStringLiteral("doc"), QStringLiteral("label")),
                                 d.jsonNumber(QStringLiteral("doc"), QStringLiteral("n")),
                                 d.jsonText(QStringLiteral("doc"), QStringLiteral("absent"))))
                     && q.next(),
                 qPrintable(failure(q)));
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), doc);
        QCOMPARE(q.value(1).toString(), doc.value(QStringLiteral("label")).toString());
        QCOMPARE(q.value(2).toDouble(), 2.5);
        QVERIFY(q.value(3).isNull());
    }

    void beginsWriteTransactions_data() { ScratchDatabase::addDialectRows(); }
    void beginsWriteTransactions()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        const SqlDialect d = SqlDialect::of(db.value());
        QVERIFY(createProbe(db.value(), d));
        QSqlQuery q(db.value());
        QVERIFY2(q.exec(d.beginWrite()), qPrintable(failure(q)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO probe (id, at) VALUES (1, %1)").arg(d.isSqlite() ? QStringLiteral("0")
                                                                                                  : QStringLiteral("now()"))));
        if (d.isSqlite()) {
            // The write lock is held from the start: another connection that wants to write is told at once (it
            // would otherwise have begun, read, and failed only at its first write).
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                other.setDatabaseName(scratch.url().path);
                other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
                QVERIFY(other.open());
                QSqlQuery theirs(other);
                QVERIFY(!theirs.exec(d.beginWrite()));
                QVERIFY2(theirs.lastError().text().contains(QLatin1String("locked")), qPrintable(theirs.lastError().text()));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        }
        QVERIFY2(q.exec(QStringLiteral("COMMIT")), qPrintable(failure(q)));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
