#include "ai/assetstore.h"
#include "ai/studiolibrary.h"
#include "core/database.h"
#include "core/zipwriter.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

/// Archives: readable by unzip, and no entry can leave the folder they are unpacked in ("zip-slip"), whatever the
/// names asked for or the ids the database holds.
class TestZipWriter final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static QString unzip()
    {
        return QStandardPaths::findExecutable(QStringLiteral("unzip"));
    }

    static QStringList entries(const QString &zip)
    {
        QProcess list;
        list.start(unzip(), {QStringLiteral("-Z1"), zip});
        if (!list.waitForFinished() || list.exitCode() != 0)
            return {QStringLiteral("unzip -Z1 failed: ") + QString::fromUtf8(list.readAllStandardError())};
        return QString::fromUtf8(list.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        StudioFixture::isolateDesktop(m_home.path());
        QVERIFY2(!unzip().isEmpty(), "unzip is needed to check the archive (scripts/install-deps.sh installs it)");
    }

    void refusesUnsafeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/x");
        QTest::newRow("parent") << QStringLiteral("../x.png");
        QTest::newRow("parent inside") << QStringLiteral("images/../../x.png");
        QTest::newRow("parent alone") << QStringLiteral("..");
        QTest::newRow("current") << QStringLiteral("./x.png");
        QTest::newRow("current inside") << QStringLiteral("a/./x.png");
        QTest::newRow("empty part") << QStringLiteral("a//x.png");
        QTest::newRow("folder") << QStringLiteral("a/");
        QTest::newRow("dots and spaces") << QStringLiteral("a/.. /x.png"); // ".." on Windows
        QTest::newRow("backslash") << QStringLiteral("..\\x.png");
        QTest::newRow("backslash inside") << QStringLiteral("a\\x.png");
        QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\x.png");
        QTest::newRow("drive") << QStringLiteral("C:x.png");
        QTest::newRow("drive absolute") << QStringLiteral("c:/windows/x.png");
        QTest::newRow("stream") << QStringLiteral("x.png:hidden");
        QTest::newRow("newline") << QStringLiteral("x\n.png");
        QTest::newRow("nul") << QString(QStringLiteral("x")).append(QChar(0)).append(QStringLiteral(".png"));
        QTest::newRow("C1 control") << QString(QStringLiteral("x")).append(QChar(0x85)).append(QStringLiteral(".png"));
        QTest::newRow("too long") << QString(70000, QLatin1Char('a'));
    }

    void refusesUnsafeNames()
    {
        QFETCH(QString, name);
        QVERIFY(!ZipWriter::isSafeName(name));
        ZipWriter zip;
        const Status added = zip.add(name, QByteArrayLiteral("payload"));
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QLatin1String("cannot be the name of a file in an archive")),
                 qPrintable(added.error().message));
        QVERIFY(!added.error().message.contains(QChar(0)) && !added.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(zip.count(), 0);
    }

    void writesOrdinaryNames()
    {
        const QStringList names = {QStringLiteral("manifest.json"), QStringLiteral("001-a1b2c3d4.png"),
                                   QStringLiteral("images/002-e5f6.gif"), QStringLiteral("v2..final.png"), QStringLiteral(".hidden")};
        ZipWriter zip;
        for (const QString &name : names) {
            QVERIFY2(ZipWriter::isSafeName(name), qPrintable(name));
            QVERIFY(zip.add(name, name.toUtf8()));
        }
        const QString path = m_home.filePath(QStringLiteral("ordinary.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(zip.finish());
        file.close();
        QCOMPARE(entries(path), names);
        QProcess test;
        test.start(unzip(), {QStringLiteral("-t"), path});
        QVERIFY(test.waitForFinished());
        QVERIFY2(test.exitCode() == 0, test.readAllStandardOutput().constData());
    }

    void hostileGenerationIdStaysInside()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        const QSqlDatabase db = StudioFixture::prepare(scratch.url());
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && image.save(&buffer, "PNG"));
        auto stored = AssetStore::put(db, QStringLiteral("brand-q"), png, QStringLiteral("image/png"));
        QVERIFY(stored);
        // Written past the service, as a hand-edited or older database could hold it (migration 0011 refuses such ids
        // on insert, so its trigger is dropped first).
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ai_generations_id_form")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('tester', 'tester', 'Tester')")));
        const QStringList ids = {QStringLiteral("../../evil"), QStringLiteral(".."), QStringLiteral("/etc/x\\y:z")};
        for (const QString &id : ids) {
            q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, provider, prompt, model, status, result_url, credits, "
                                     "cost_cents, user_id, brand_id) VALUES (?, '2d', 'offline', 'a door', 'offline-preview', "
                                     "'completed', ?, 0, 0, 'tester', 'brand-q')"));
            q.addBindValue(id);
            q.addBindValue(QStringLiteral("asset:") + stored->sha256);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }

        const QString folder = m_home.filePath(QStringLiteral("out/inner"));
        QVERIFY(QDir().mkpath(folder));
        const QString zip = folder + QStringLiteral("/chosen.zip");
        auto exported = StudioLibrary::exportGenerations(db, ids, zip);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported.value(), 3);
        const QStringList names = entries(zip);
        QCOMPARE(names, (QStringList{QStringLiteral("001-evil.png"), QStringLiteral("002.png"), QStringLiteral("003-etcxyz.png"),
                                     QStringLiteral("manifest.json")}));
        for (const QString &name : names)
            QVERIFY2(ZipWriter::isSafeName(name), qPrintable(name));

        // Unpacked, everything lands in the folder chosen and nowhere else.
        const QString target = folder + QStringLiteral("/unpacked");
        QProcess unpack;
        unpack.start(unzip(), {QStringLiteral("-o"), zip, QStringLiteral("-d"), target});
        QVERIFY(unpack.waitForFinished());
        QCOMPARE(unpack.exitCode(), 0);
        QStringList found;
        QDirIterator it(m_home.filePath(QStringLiteral("out")), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(QDir(folder).relativeFilePath(it.next()));
        found.sort();
        QCOMPARE(found, (QStringList{QStringLiteral("chosen.zip"), QStringLiteral("unpacked/001-evil.png"), QStringLiteral("unpacked/002.png"),
                                     QStringLiteral("unpacked/003-etcxyz.png"), QStringLiteral("unpacked/manifest.json")}));
        QFile manifest(target + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(manifest.readAll()).object().value(QLatin1String("generations")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(), ids.at(0)); // the id itself is kept, as data
        QCOMPARE(items.at(0).toObject().value(QLatin1String("file")).toString(), QStringLiteral("001-evil.png"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestZipWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_zipwriter.moc"
