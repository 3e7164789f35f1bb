#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/studiolibrary.h"
#include "collaboration/useradmin.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

/// Versions, ratings, stars and collections of generations made by the offline renderer through the real queue.
class TestStudioLibrary final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static Generation generate(const QSqlDatabase &db, const DatabaseUrl &url, const QString &prompt, qint64 seed = 5)
    {
        GenerationRequest r;
        r.brandId = QStringLiteral("brand-q");
        r.provider = QStringLiteral("offline");
        r.model = QStringLiteral("offline-preview");
        r.prompt = prompt;
        r.seed = seed;
        r.width = 320;
        r.height = 240;
        auto g = GenerationService::enqueue(db, r);
        if (!g)
            qFatal("%s", qPrintable(g.error().message));
        if (!g->isFinished() && !StudioFixture::runUntilFinished(url, {g->id}))
            qFatal("the queue did not finish %s", qPrintable(g->id));
        return GenerationService::get(db, g->id).value();
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void versionsRatingsStars_data() { ScratchDatabase::addDialectRows(); }
    void versionsRatingsStars()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const Generation first = generate(db, scratch.url(), QStringLiteral("a blue teapot"));
        QCOMPARE(first.status, QStringLiteral("completed"));

        QVERIFY(!StudioLibrary::createVersion(db, first.id, {}, {})); // nothing edited
        auto v2 = StudioLibrary::createVersion(db, first.id, QStringLiteral("a blue teapot, steam"), {});
        QVERIFY2(v2, qPrintable(v2 ? QString() : v2.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {v2->id}));
        // A version of a version is the next version of the same generation.
        auto v3 = StudioLibrary::createVersion(db, v2->id, {}, {{QStringLiteral("seed"), 9}});
        QVERIFY(v3);
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {v3->id}));
        auto versions = StudioLibrary::versions(db, v3->id);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 3);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(0).generationId, first.id);
        QCOMPARE(versions->at(1).version, 2);
        QCOMPARE(versions->at(1).prompt, QStringLiteral("a blue teapot, steam"));
        QCOMPARE(versions->at(2).version, 3);
        QCOMPARE(versions->at(2).generationId, v3->id);
        QCOMPARE(versions->at(2).parameters.value(QLatin1String("seed")).toInt(), 9);
        QVERIFY(versions->at(2).resultSha256 != versions->at(1).resultSha256);
        QCOMPARE(StudioLibrary::versions(db, first.id)->size(), 3);

        // Ratings blend into the quality: 5 stars lift it, 1 star lowers it.
        const double measured = *first.quality;
        auto rated = StudioLibrary::rate(db, first.id, 5);
        QVERIFY(rated);
        QCOMPARE(*rated->rating, 5);
        QVERIFY(qAbs(*rated->quality - (0.6 * measured + 40)) < 1e-6);
        rated = StudioLibrary::rate(db, first.id, 1);
        QVERIFY(qAbs(*rated->quality - 0.6 * measured) < 1e-6);
        QVERIFY(!StudioLibrary::rate(db, first.id, 6));
        QVERIFY(StudioLibrary::star(db, first.id, true));
        QVERIFY(GenerationService::get(db, first.id)->starred);
        QVERIFY(!StudioLibrary::star(db, QStringLiteral("nope"), true));
    }

    void collections_data() { ScratchDatabase::addDialectRows(); }
    void collections()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const Generation a = generate(db, scratch.url(), QStringLiteral("a red door"), 1);
        const Generation b = generate(db, scratch.url(), QStringLiteral("a green door"), 2);
        QVERIFY(!StudioLibrary::createCollection(db, QStringLiteral("brand-q"), QStringLiteral("  ")));
        auto c = StudioLibrary::createCollection(db, QStringLiteral("brand-q"), QStringLiteral("Doors"), QStringLiteral("for the lookbook"));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        auto added = StudioLibrary::addToCollection(db, c->id, {a.id, b.id});
        QVERIFY(added);
        QCOMPARE(added.value(), 2);
        QCOMPARE(StudioLibrary::addToCollection(db, c->id, {a.id}).value(), 0);
        auto refused = StudioLibrary::addToCollection(db, c->id, {a.id, QStringLiteral("missing-id")});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("missing-id")));
        QCOMPARE(StudioLibrary::collections(db, QStringLiteral("brand-q"))->first().count, 2);

        const QString zip = m_home.filePath(QStringLiteral("doors.zip"));
        QVERIFY(!StudioLibrary::exportCollection(db, c->id, m_home.filePath(QStringLiteral("doors.txt"))));
        auto exported = StudioLibrary::exportCollection(db, c->id, zip);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().message));
        QCOMPARE(exported.value(), 2);
        const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
        QVERIFY2(!unzip.isEmpty(), "unzip is needed to check the archive (scripts/install-deps.sh installs it)");
        QProcess check;
        check.start(unzip, {QStringLiteral("-t"), zip});
        QVERIFY(check.waitForFinished());
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        QProcess manifest;
        manifest.start(unzip, {QStringLiteral("-p"), zip, QStringLiteral("manifest.json")});
        QVERIFY(manifest.waitForFinished());
        const QJsonObject m = QJsonDocument::fromJson(manifest.readAllStandardOutput()).object();
        QCOMPARE(m.value(QLatin1String("collection")).toString(), QStringLiteral("Doors"));
        const QJsonArray items = m.value(QLatin1String("generations")).toArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("prompt")).toString(), QStringLiteral("a red door"));
        QCOMPARE(items.at(0).toObject().value(QLatin1String("label")).toString(), QStringLiteral("offline preview — not AI"));

        // An animation and a 3D model keep what they are in the archive.
        GenerationRequest moving;
        moving.brandId = QStringLiteral("brand-q");
        moving.provider = QStringLiteral("offline");
        moving.type = QStringLiteral("animation");
        moving.model = QStringLiteral("offline-animation");
        moving.prompt = QStringLiteral("a spinning door");
        moving.width = 128;
        moving.height = 128;
        GenerationRequest solid = moving;
        solid.type = QStringLiteral("3d");
        solid.model = QStringLiteral("offline-3d");
        auto anim = GenerationService::enqueue(db, moving);
        auto model = GenerationService::enqueue(db, solid);
        QVERIFY(anim && model);
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {anim->id, model->id}));
        QCOMPARE(StudioLibrary::addToCollection(db, c->id, {anim->id, model->id}).value(), 2);
        QCOMPARE(StudioLibrary::exportCollection(db, c->id, zip).value(), 4);
        QProcess names;
        names.start(unzip, {QStringLiteral("-Z1"), zip});
        QVERIFY(names.waitForFinished());
        const QString listed = QString::fromUtf8(names.readAllStandardOutput());
        QVERIFY2(listed.contains(QStringLiteral("-%1.gif").arg(anim->id.left(8))), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("-%1.glb").arg(model->id.left(8))), qPrintable(listed));
        QCOMPARE(StudioLibrary::removeFromCollection(db, c->id, {anim->id, model->id}).value(), 2);

        QCOMPARE(StudioLibrary::removeFromCollection(db, c->id, {a.id}).value(), 1);
        QCOMPARE(StudioLibrary::collectionItems(db, c->id)->size(), 1);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestStudioLibrary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_studiolibrary.moc"
