// Errors carry a code: the stable names of ErrorCode, and the codes a failed statement gets on each database.
#include "core/database.h"
#include "core/result.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

class TestResult final : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip();
    void statementErrorsHaveCodes_data() { ScratchDatabase::addDialectRows(); }
    void statementErrorsHaveCodes();
};

void TestResult::namesRoundTrip()
{
    QCOMPARE(errorCodeName(ErrorCode::Unspecified), QString());
    QCOMPARE(errorCodeFromName(QString()), ErrorCode::Unspecified);
    QCOMPARE(errorCodeFromName(QStringLiteral("no_such_code")), ErrorCode::Unspecified);
    QSet<QString> seen;
    for (int i = int(ErrorCode::InvalidInput); i <= int(ErrorCode::BadRequest); ++i) {
        const auto code = ErrorCode(i);
        const QString name = errorCodeName(code);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(errorCodeFromName(name), code);
    }
    // Stored names never change.
    QCOMPARE(errorCodeName(ErrorCode::RateLimited), QStringLiteral("rate_limited"));
    QCOMPARE(errorCodeName(ErrorCode::AlreadyExists), QStringLiteral("already_exists"));
    const Error plain{QStringLiteral("m"), QStringLiteral("d")};
    QCOMPARE(plain.code, ErrorCode::Unspecified);
}

void TestResult::statementErrorsHaveCodes()
{
    QFETCH(QString, dialect);
    ScratchDatabase scratch(dialect);
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    auto db = Database::open(scratch.url());
    QVERIFY2(db.ok(), db ? "" : qPrintable(db.error().message));
    QSqlQuery q(db.value());
    QVERIFY(q.exec(QStringLiteral("create table t (id integer primary key, n integer not null check (n > 0))")));
    QVERIFY(q.exec(QStringLiteral("insert into t (id, n) values (1, 1)")));
    QVERIFY(!q.exec(QStringLiteral("insert into t (id, n) values (1, 2)")));
    QCOMPARE(Database::queryError(q, QStringLiteral("Adding")).code, ErrorCode::AlreadyExists);
    QVERIFY(!q.exec(QStringLiteral("insert into t (id, n) values (2, 0)")));
    QCOMPARE(Database::queryError(q, QStringLiteral("Adding")).code, ErrorCode::InvalidInput);
    QVERIFY(!q.exec(QStringLiteral("select * from no_such_table")));
    const Error e = Database::queryError(q, QStringLiteral("Reading"));
    QCOMPARE(e.code, ErrorCode::Database);
    QVERIFY(e.message.startsWith(QLatin1String("Reading failed: ")));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
