#include "core/database.h"
#include "core/migrator.h"
#include "scratchdatabase.h"
#include "studiofixture.h"
#include "security/secrets.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;
using Atelier::Testing::StudioFixture;

/// Encryption at rest: round trips, and every wrong key or changed value is refused, never decrypted to garbage.
class TestSecrets final : public QObject
{
    Q_OBJECT
private:
    static QString email(const QSqlDatabase &db, const char *id)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT email FROM users WHERE id = ?"));
        q.addBindValue(QLatin1String(id));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void keyLifecycle_data() { ScratchDatabase::addDialectRows(); }
    void keyLifecycle()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, email) VALUES "
                                      "('u1', 'ana', 'Ana', 'ana@example.com'), ('u2', 'ben', 'Ben', NULL)")));
        const QString passphrase = QStringLiteral("a long passphrase, really");
        QVERIFY(!Secrets::status(db.value())->initialised);
        QVERIFY(!Secrets::unlock(db.value(), passphrase).ok()); // no key yet: said plainly
        QVERIFY(!Secrets::initialise(db.value(), QStringLiteral("short")).ok());
        QVERIFY(Secrets::initialise(db.value(), passphrase).ok());
        QVERIFY(!Secrets::initialise(db.value(), passphrase).ok()); // only once
        QCOMPARE(Secrets::status(db.value())->keyVersion, 1);
        // The e-mail address already there is encrypted at rest now.
        const QString stored = email(db.value(), "u1");
        QVERIFY2(stored.startsWith(QLatin1String("enc:v1:")), qPrintable(stored));
        QVERIFY(!stored.contains(QLatin1String("example")));
        QVERIFY(email(db.value(), "u2").isEmpty());

        const auto wrong = Secrets::unlock(db.value(), QStringLiteral("not the passphrase at all"));
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().message.contains(QLatin1String("passphrase is wrong")));
        auto key = Secrets::unlock(db.value(), passphrase);
        QVERIFY(key.ok());
        QCOMPARE(Secrets::decrypt(*key.value(), stored, QStringLiteral("users.email")).value(), QStringLiteral("ana@example.com"));
        // Moved to another column, or changed by one character: refused.
        QVERIFY(!Secrets::decrypt(*key.value(), stored, QStringLiteral("workflows.secret")).ok());
        // One bit of the ciphertext flipped.
        const qsizetype cut = stored.lastIndexOf(QLatin1Char(':')) + 1;
        QByteArray raw = QByteArray::fromBase64(stored.mid(cut).toLatin1());
        raw[raw.size() / 2] = char(raw.at(raw.size() / 2) ^ 0x01);
        const QString changed = stored.left(cut) + QString::fromLatin1(raw.toBase64());
        QVERIFY(!Secrets::decrypt(*key.value(), changed, QStringLiteral("users.email")).ok());
        QVERIFY(!Secrets::decrypt(*key.value(), QStringLiteral("plain"), QStringLiteral("users.email")).ok());
        const auto unicode = Secrets::encrypt(*key.value(), QStringLiteral("chloé@exemple.fr"), QStringLiteral("users.email"));
        QCOMPARE(Secrets::decrypt(*key.value(), unicode.value(), QStringLiteral("users.email")).value(), QStringLiteral("chloé@exemple.fr"));

        // Rotation: a new key and a new passphrase; the old ones open nothing any more.
        const QString next = QStringLiteral("another long passphrase");
        QVERIFY(!Secrets::rotate(db.value(), QStringLiteral("wrong passphrase!!"), next).ok());
        const auto rotated = Secrets::rotate(db.value(), passphrase, next);
        QVERIFY2(rotated.ok(), qPrintable(rotated.ok() ? QString() : rotated.error().message));
        QCOMPARE(rotated.value(), 1);
        QCOMPARE(Secrets::status(db.value())->keyVersion, 2);
        QVERIFY(!Secrets::unlock(db.value(), passphrase).ok());
        auto newKey = Secrets::unlock(db.value(), next);
        QVERIFY(newKey.ok());
        const QString restored = email(db.value(), "u1");
        QVERIFY(restored.startsWith(QLatin1String("enc:v2:")));
        QCOMPARE(Secrets::decrypt(*newKey.value(), restored, QStringLiteral("users.email")).value(), QStringLiteral("ana@example.com"));
        const auto stale = Secrets::decrypt(*key.value(), restored, QStringLiteral("users.email"));
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message.contains(QLatin1String("data key 2")));
    }
    /// The data key wrapped by this desktop's keychain: no passphrase; another desktop is refused in words; rotation
    /// keeps it on the keychain or moves it to a passphrase.
    void keychainWrapping_data() { ScratchDatabase::addDialectRows(); }
    void keychainWrapping()
    {
        ATELIER_SCRATCH(scratch);
        QTemporaryDir here, elsewhere;
        StudioFixture::isolateDesktop(here.path());
        auto db = Database::open(scratch.url());
        QVERIFY(db && Migrator::migrate(db.value()));
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, email) VALUES ('u1', 'ana', 'Ana', 'ana@example.com')")));
        QVERIFY(Secrets::initialiseWithKeychain(db.value()));
        QVERIFY(!Secrets::initialiseWithKeychain(db.value())); // once
        auto st = Secrets::status(db.value());
        QCOMPARE(st->method, QStringLiteral("keychain"));
        QVERIFY(st->thisDesktopHolds);
        const QString stored = email(db.value(), "u1");
        QVERIFY(Secrets::isEncrypted(stored));
        auto key = Secrets::unlock(db.value());
        QVERIFY2(key, qPrintable(key ? QString() : key.error().message));
        QCOMPARE(Secrets::decrypt(*key.value(), stored, QStringLiteral("users.email")).value(), QStringLiteral("ana@example.com"));
        QVERIFY(!Secrets::rotate(db.value(), QStringLiteral("a passphrase of some length"))); // not a passphrase keyring

        // Another desktop (another keychain key): refused, and it says why.
        StudioFixture::isolateDesktop(elsewhere.path());
        auto other = Secrets::unlock(db.value());
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QLatin1String("another desktop")), qPrintable(other.error().message));
        QVERIFY(!Secrets::status(db.value())->thisDesktopHolds);
        QVERIFY(!Secrets::rotateWithKeychain(db.value()));

        // Back home: a new data key, still on the keychain; then moved to a passphrase for other desktops.
        StudioFixture::isolateDesktop(here.path());
        QCOMPARE(Secrets::rotateWithKeychain(db.value()).value(), 1);
        QCOMPARE(Secrets::status(db.value())->keyVersion, 2);
        auto second = Secrets::unlock(db.value());
        QVERIFY(second);
        QCOMPARE(Secrets::decrypt(*second.value(), email(db.value(), "u1"), QStringLiteral("users.email")).value(), QStringLiteral("ana@example.com"));
        QVERIFY(!Secrets::rotateWithKeychain(db.value(), QStringLiteral("short"))); // a passphrase of at least 12 characters
        QCOMPARE(Secrets::rotateWithKeychain(db.value(), QStringLiteral("correct horse battery staple")).value(), 1);
        QCOMPARE(Secrets::status(db.value())->method, QStringLiteral("passphrase"));
        QVERIFY(!Secrets::unlock(db.value())); // the passphrase is needed now
        StudioFixture::isolateDesktop(elsewhere.path());
        auto moved = Secrets::unlock(db.value(), QStringLiteral("correct horse battery staple"));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        QCOMPARE(moved.value()->version(), 3);
        QCOMPARE(Secrets::decrypt(*moved.value(), email(db.value(), "u1"), QStringLiteral("users.email")).value(), QStringLiteral("ana@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
