#include "ai/gallerymodel.h"
#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/studiolibrary.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

/// The gallery's model (paging as the view scrolls) and the queries behind it: every filter and order on both
/// databases, and deleting generations without touching the credits ledger.
class TestGalleryModel final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static Generation make(int i)
    {
        Generation g;
        g.id = QStringLiteral("g%1").arg(i, 3, 10, QLatin1Char('0'));
        g.prompt = QStringLiteral("prompt %1").arg(i);
        g.status = QStringLiteral("completed");
        g.type = QStringLiteral("2d");
        return g;
    }

    static QStringList ids(const Result<QList<Generation>> &rows)
    {
        QStringList out;
        if (rows)
            for (const Generation &g : rows.value())
                out.append(g.prompt);
        return out;
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void pagesAsTheViewScrolls()
    {
        GalleryModel model;
        QSignalSpy asked(&model, &GalleryModel::fetchRequested);
        // The tester fetches too, as a view would; either way one request goes out, and only one.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.last().first().toInt(), 0);
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QList<Generation> page;
        for (int i = 0; i < GalleryModel::pageSize; ++i)
            page.append(make(i));
        model.appendPage(page, GalleryModel::pageSize + 2);
        QCOMPARE(model.rowCount(), GalleryModel::pageSize);
        QCOMPARE(model.total(), GalleryModel::pageSize + 2);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(asked.last().first().toInt(), GalleryModel::pageSize);
        // A row already held (it moved down a page when a newer one arrived) is not shown twice.
        model.appendPage({make(5), make(500), make(501)}, GalleryModel::pageSize + 2);
        QCOMPARE(model.rowCount(), GalleryModel::pageSize + 2);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowOf(QStringLiteral("g501")), GalleryModel::pageSize + 1);

        QCOMPARE(model.index(3).data(GalleryModel::IdRole).toString(), QStringLiteral("g003"));
        QCOMPARE(model.index(3).data(Qt::DisplayRole).toString(), QStringLiteral("prompt 3"));
        QCOMPARE(model.index(3).data(GalleryModel::ProgressRole).value<double>(), -1.0);
        QCOMPARE(model.index(3).data(GalleryModel::RatingRole).toInt(), 0);
        QVERIFY(!model.index(3).data(Qt::AccessibleTextRole).toString().isEmpty());

        Generation changed = make(3);
        changed.starred = true;
        changed.rating = 4;
        changed.status = QStringLiteral("processing");
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        model.update(changed);
        QCOMPARE(dataChanged.count(), 1);
        QVERIFY(model.index(3).data(GalleryModel::StarredRole).toBool());
        QCOMPARE(model.index(3).data(GalleryModel::RatingRole).toInt(), 4);
        model.setProgress(QStringLiteral("g003"), 0.5);
        QCOMPARE(model.index(3).data(GalleryModel::ProgressRole).value<double>(), 0.5);

        model.removeIds({QStringLiteral("g003"), QStringLiteral("g000"), QStringLiteral("nope")});
        QCOMPARE(model.rowCount(), GalleryModel::pageSize);
        QCOMPARE(model.rowOf(QStringLiteral("g004")), 2); // the index follows the rows that moved up
        QCOMPARE(model.index(2).data(GalleryModel::IdRole).toString(), QStringLiteral("g004"));
        QCOMPARE(model.total(), GalleryModel::pageSize);

        model.reset();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}) || model.isFetching());
    }

    void filtersAndOrders_data() { ScratchDatabase::addDialectRows(); }
    void filtersAndOrders()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        // Four made by the offline renderer through the real queue: three images and an animation.
        QStringList made;
        const QStringList prompts = {QStringLiteral("Red Teapot on oak"), QStringLiteral("blue teapot, 100% wool"),
                                     QStringLiteral("a green vase"), QStringLiteral("looping teapot steam")};
        const QDateTime madeFrom = QDateTime::currentDateTimeUtc().addSecs(-prompts.size());
        for (int i = 0; i < prompts.size(); ++i) {
            GenerationRequest r;
            r.brandId = QStringLiteral("brand-q");
            r.provider = QStringLiteral("offline");
            r.type = i == 3 ? QStringLiteral("animation") : QStringLiteral("2d");
            r.model = i == 3 ? QStringLiteral("offline-animation") : QStringLiteral("offline-preview");
            r.prompt = prompts.at(i);
            r.seed = 10 + i;
            r.width = 256;
            r.height = 256;
            auto g = GenerationService::enqueue(db, r);
            QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
            made.append(g->id);
            QVERIFY(StudioFixture::setQueuedAt(db, g->id, madeFrom.addSecs(i))); // a second apart, for the orders
        }
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), made));
        QVERIFY(StudioLibrary::rate(db, made.at(0), 5));
        QVERIFY(StudioLibrary::rate(db, made.at(1), 2));
        QVERIFY(StudioLibrary::star(db, made.at(2), true));
        auto collection = StudioLibrary::createCollection(db, QStringLiteral("brand-q"), QStringLiteral("Teapots"));
        QVERIFY(collection);
        QCOMPARE(StudioLibrary::addToCollection(db, collection->id, {made.at(0), made.at(3)}).value(), 2);

        GalleryFilter all;
        all.brandId = QStringLiteral("brand-q");
        QCOMPARE(GenerationService::count(db, all).value(), 4);
        QCOMPARE(ids(GenerationService::search(db, all, 0, 10)),
                 (QStringList{prompts.at(3), prompts.at(2), prompts.at(1), prompts.at(0)})); // newest first
        // Pages: offset and limit.
        QCOMPARE(ids(GenerationService::search(db, all, 1, 2)), (QStringList{prompts.at(2), prompts.at(1)}));
        GalleryFilter f = all;
        f.sort = GalleryFilter::Sort::Oldest;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 1)), QStringList{prompts.at(0)});
        f.sort = GalleryFilter::Sort::BestRated;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 2)), (QStringList{prompts.at(0), prompts.at(1)})); // unrated ones last

        f = all;
        f.types = {QStringLiteral("animation")};
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), QStringList{prompts.at(3)});
        f = all;
        f.search = QStringLiteral("TEAPOT"); // any case
        QCOMPARE(GenerationService::count(db, f).value(), 3);
        f.search = QStringLiteral("100%"); // % is a character, not a wildcard
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), QStringList{prompts.at(1)});
        f.search = QStringLiteral("_");
        QCOMPARE(GenerationService::count(db, f).value(), 0);
        f = all;
        f.minRating = 4;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), QStringList{prompts.at(0)});
        f = all;
        f.starredOnly = true;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), QStringList{prompts.at(2)});
        f = all;
        f.collectionId = collection->id;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), (QStringList{prompts.at(3), prompts.at(0)}));
        f = all;
        f.model = QStringLiteral("offline-animation");
        QCOMPARE(GenerationService::count(db, f).value(), 1);
        f = all;
        f.statuses = {QStringLiteral("pending"), QStringLiteral("processing")};
        QCOMPARE(GenerationService::count(db, f).value(), 0);
        f = all;
        const QDate today = QDateTime::currentDateTimeUtc().date();
        f.from = today.addDays(-1);
        f.to = today.addDays(1);
        QCOMPARE(GenerationService::count(db, f).value(), 4);
        f.from = today.addDays(1);
        f.to = today.addDays(2);
        QCOMPARE(GenerationService::count(db, f).value(), 0);
        f = all;
        f.brandId = QStringLiteral("another-brand");
        QCOMPARE(GenerationService::count(db, f).value(), 0);
        QVERIFY(!GenerationService::search(db, GalleryFilter{}, 0, 10)); // a brand is needed
        QCOMPARE(GenerationService::modelsUsed(db, QStringLiteral("brand-q")).value(),
                 (QStringList{QStringLiteral("offline-animation"), QStringLiteral("offline-preview")}));

        // Delete: a queued job is refused and nothing goes; finished ones go with their versions and collection
        // entries, and the credits ledger keeps its rows.
        GenerationRequest queued;
        queued.brandId = QStringLiteral("brand-q");
        queued.provider = QStringLiteral("offline");
        queued.model = QStringLiteral("offline-preview");
        queued.prompt = QStringLiteral("still waiting");
        auto waiting = GenerationService::enqueue(db, queued);
        QVERIFY(waiting);
        auto refused = GenerationService::remove(db, {made.at(0), waiting->id});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(waiting->id), qPrintable(refused.error().message));
        QCOMPARE(GenerationService::count(db, all).value(), 5);
        QSqlQuery ledger(db);
        QVERIFY(ledger.exec(QStringLiteral("SELECT COUNT(*) FROM ai_costs")) && ledger.next());
        const int costs = ledger.value(0).toInt();
        auto removed = GenerationService::remove(db, {made.at(0), made.at(0), made.at(1)});
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        QCOMPARE(removed.value(), 2);
        QCOMPARE(GenerationService::count(db, all).value(), 3);
        f = all;
        f.collectionId = collection->id;
        QCOMPARE(ids(GenerationService::search(db, f, 0, 10)), QStringList{prompts.at(3)});
        QVERIFY(ledger.exec(QStringLiteral("SELECT COUNT(*) FROM ai_costs")) && ledger.next());
        QCOMPARE(ledger.value(0).toInt(), costs);
        QVERIFY(!GenerationService::remove(db, {QStringLiteral("no-such-generation")}));
        QVERIFY(GenerationService::cancel(db, waiting->id).value());
    }
};

QTEST_MAIN(TestGalleryModel)
#include "tst_gallerymodel.moc"
