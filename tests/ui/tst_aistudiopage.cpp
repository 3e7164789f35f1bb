#include "ai/aistudiopage.h"
#include "ai/detailview.h"
#include "ai/gallerymodel.h"
#include "ai/galleryview.h"
#include "ai/generation.h"
#include "ai/generatepanel.h"
#include "ai/generationservice.h"
#include "ai/imageviewer.h"
#include "ai/collectionsview.h"
#include "ai/studiolibrary.h"
#include "ai/studioworkspace.h"
#include "ai/thumbnailcache.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/daterangeselector.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"
#include "studiofixture.h"

#include "collaboration/comments.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Atelier;
using namespace Atelier::Testing;

/// The AI Studio page offscreen, on demo data: the gallery pages through the generations with their thumbnails,
/// filters and acts on a selection; the detail view shows an image, an animation and a 3D model, versions side by
/// side and reuses a generation; collections are shared and exported.
class TestAiStudioPage final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static bool fill(const DatabaseUrl &url, int generationsPerBrand, qint64 events = 3000)
    {
        return Testing::fillDemo(url, events, 60, generationsPerBrand);
    }

    static AiStudioPage *open(MainWindow &window)
    {
        window.resize(1360, 900);
        window.show();
        window.activateWindow(); // shortcuts (Esc) work in the active window
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !window.isLoadingSession() && window.brands()->rowCount() >= 12; }, 20000))
            return nullptr;
        if (!window.selectBrand(QStringLiteral("linea-home")) || !window.showPage(QStringLiteral("ai-studio")))
            return nullptr;
        return qobject_cast<AiStudioPage *>(window.page(QStringLiteral("ai-studio")));
    }

    static QString brandId(const QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM brands WHERE slug = 'linea-home'"));
        return q.next() ? q.value(0).toString() : QString();
    }

    static Generation offline(const QSqlDatabase &db, const QString &brand, const QString &type, const QString &prompt)
    {
        GenerationRequest r;
        r.brandId = brand;
        r.provider = QStringLiteral("offline");
        r.type = type;
        r.model = type == QLatin1String("3d") ? QStringLiteral("offline-3d")
                  : type == QLatin1String("animation") ? QStringLiteral("offline-animation")
                                                       : QStringLiteral("offline-preview");
        r.prompt = prompt;
        r.seed = 3;
        r.width = 256;
        r.height = 256;
        auto g = GenerationService::enqueue(db, r);
        if (!g)
            qFatal("%s", qPrintable(g.error().message));
        return g.value();
    }

    /// Waits until everything \a window shows has arrived (a condition, never a time): settled (settledwidgets.h), no
    /// gallery on screen fetching a page, no thumbnail loading or waiting. A grab first paints the window, which asks
    /// for the thumbnails it shows.
    static bool waitDrawn(QWidget &window)
    {
        if (!waitSettled(&window))
            return false;
        (void)window.grab();
        return QTest::qWaitFor(
            [&window] {
                const QList<GalleryView *> galleries = window.findChildren<GalleryView *>();
                const QList<ThumbnailCache *> caches = window.findChildren<ThumbnailCache *>();
                return std::none_of(galleries.begin(), galleries.end(), [](const GalleryView *g) { return g->isVisible() && g->model()->isFetching(); })
                       && std::none_of(caches.begin(), caches.end(), [](const ThumbnailCache *c) { return c->loading() > 0 || c->waiting() > 0; });
            },
            20000);
    }

private slots:
    void initTestCase()
    {
        StudioFixture::isolateDesktop(m_home.path());
        qputenv("ATELIER_NO_DESKTOP_OPEN", "1");
    }

    void galleryBrowsesFiltersAndActs_data() { ScratchDatabase::addDialectRows(); }
    void galleryBrowsesFiltersAndActs()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url(), 300)); // more than a page of the gallery
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        QCOMPARE(page->currentView()->viewName(), QStringLiteral("studio"));
        QCOMPARE(AiStudioPage::viewNames().size(), page->tabs()->count());
        // Only the workspace is built with the page; the other tabs have their titles, their views come on first show.
        for (const QString &name : AiStudioPage::viewNames())
            QCOMPARE(page->isBuilt(name), name == QLatin1String("studio"));
        QCOMPARE(page->tabs()->tabText(1), QStringLiteral("Queue"));
        QCOMPARE(page->tabs()->tabText(5), QStringLiteral("Training"));
        // Their titles follow the language with the views' own translations.
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QTRY_COMPARE(page->tabs()->tabText(1), QString::fromUtf8("File d’attente"));
        QCOMPARE(page->tabs()->tabText(5), QString::fromUtf8("Entraînement"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(page->tabs()->tabText(1), QStringLiteral("Queue"));
        // A tab is named as its view before the view is built (accessibility audits list the tabs first).
        const QStringList tabNames = [page] {
            QStringList names;
            for (int i = 0; i < page->tabs()->count(); ++i)
                names.append(page->tabs()->widget(i)->objectName());
            return names;
        }();
        for (int i = 1; i < tabNames.size(); ++i)
            QCOMPARE(page->view(AiStudioPage::viewNames().at(i))->objectName(), tabNames.at(i));
        GalleryView *gallery = page->workspace()->gallery();
        QAbstractItemModelTester tester(gallery->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(gallery->model()->total() >= 0, 20000);

        GalleryFilter all;
        all.brandId = brand;
        const qint64 total = GenerationService::count(db.value(), all).value();
        QCOMPARE(gallery->model()->total(), total);
        QCOMPARE(gallery->model()->rowCount(), GalleryModel::pageSize); // one page, until scrolled
        QVERIFY2(gallery->statusText().contains(QString::number(total)), qPrintable(gallery->statusText()));
        // Scrolling to the end pages the rest in.
        QTRY_VERIFY_WITH_TIMEOUT(!gallery->model()->isFetching(), 10000);
        // Each time the list reaches the bottom the next page comes; the bottom moves down as it does.
        QVERIFY(QTest::qWaitFor(
            [&] {
                gallery->list()->scrollToBottom();
                return qint64(gallery->model()->rowCount()) == total;
            },
            20000));
        QCOMPARE(qint64(gallery->model()->rowCount()), total);
        // The thumbnails on screen arrive, off the GUI thread, within the memory budget.
        gallery->list()->scrollToTop();
        const QString firstSha = gallery->model()->index(0).data(GalleryModel::ThumbnailRole).toString();
        QVERIFY(!firstSha.isEmpty() || gallery->model()->index(0).data(GalleryModel::StatusRole).toString() == QLatin1String("failed"));
        QTRY_VERIFY_WITH_TIMEOUT(gallery->thumbnails()->bytesHeld() > 0, 10000);
        QVERIFY(gallery->thumbnails()->bytesHeld() <= gallery->thumbnails()->budget());

        // A search in prompts, any case, agrees with the service.
        GalleryFilter search = gallery->filter();
        search.search = QStringLiteral("CERAMIC");
        QSignalSpy loaded(gallery, &GalleryView::loaded);
        gallery->applyFilter(search);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        search.brandId = brand;
        const qint64 vases = GenerationService::count(db.value(), search).value();
        QVERIFY(vases > 0);
        QCOMPARE(gallery->model()->total(), vases);
        for (int i = 0; i < gallery->model()->rowCount(); ++i)
            QVERIFY(gallery->model()->index(i).data().toString().contains(QLatin1String("ceramic"), Qt::CaseInsensitive));

        // Star and rate two completed ones; add them to a new collection; compare them.
        GalleryFilter completed = gallery->filter();
        completed.statuses = {QStringLiteral("completed")};
        loaded.clear();
        gallery->applyFilter(completed);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QVERIFY(gallery->model()->rowCount() >= 2);
        const QStringList two = {gallery->model()->index(0).data(GalleryModel::IdRole).toString(),
                                 gallery->model()->index(1).data(GalleryModel::IdRole).toString()};
        gallery->select(two);
        QCOMPARE(gallery->selectedIds(), two);
        gallery->starSelected(true);
        QTRY_VERIFY_WITH_TIMEOUT(GenerationService::get(db.value(), two.at(1))->starred, 10000);
        QTRY_VERIFY(gallery->model()->index(1).data(GalleryModel::StarredRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(gallery->statusText().startsWith(QLatin1String("Starred")), 10000);
        gallery->rateSelected(4);
        QTRY_VERIFY_WITH_TIMEOUT(gallery->statusText().startsWith(QLatin1String("Rated")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db.value(), two.at(0))->rating.value_or(0), 4, 10000);
        QTRY_COMPARE(gallery->model()->index(0).data(GalleryModel::RatingRole).toInt(), 4);
        gallery->createCollectionWithSelected(QStringLiteral("Shortlist"));
        QTRY_VERIFY2_WITH_TIMEOUT(gallery->statusText().contains(QLatin1String("Shortlist")), qPrintable(gallery->statusText()), 10000);
        auto collections = StudioLibrary::collections(db.value(), brand);
        QVERIFY(collections);
        QString shortlist;
        for (const Collection &c : collections.value())
            if (c.name == QLatin1String("Shortlist"))
                shortlist = c.id;
        QVERIFY(!shortlist.isEmpty());
        QCOMPARE(StudioLibrary::collectionItems(db.value(), shortlist)->size(), 2);
        gallery->compareSelected();
        auto *compare = gallery->findChild<QDialog *>(QStringLiteral("compareDialog"));
        QVERIFY(compare);
        auto *comparison = compare->findChild<ComparisonView *>();
        QCOMPARE(comparison->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(comparison->viewer(0)->hasImage() && comparison->viewer(1)->hasImage(), 10000);
        compare->close();

        // Export the selection as a zip, checked by unzip.
        QTemporaryDir out;
        QSignalSpy exported(gallery, &GalleryView::exported);
        gallery->exportSelected(out.filePath(QStringLiteral("pick.zip")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QCOMPARE(exported.first().first().toInt(), 2);
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), out.filePath(QStringLiteral("pick.zip"))});
        QVERIFY(unzip.waitForFinished(10000));
        QCOMPARE(unzip.exitCode(), 0);

        // Delete one: gone from the gallery and the database.
        gallery->select({two.at(0)});
        gallery->deleteSelected();
        QTRY_VERIFY_WITH_TIMEOUT(gallery->model()->rowOf(two.at(0)) < 0, 10000);
        QVERIFY(!GenerationService::get(db.value(), two.at(0)));
        QCOMPARE(StudioLibrary::collectionItems(db.value(), shortlist)->size(), 1);
    }

    void detailShowsReusesAndVersions_data() { ScratchDatabase::addDialectRows(); }
    void detailShowsReusesAndVersions()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url(), 4));
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        const Generation still = offline(db.value(), brand, QStringLiteral("2d"), QStringLiteral("a linen chair in morning light"));
        const Generation moving = offline(db.value(), brand, QStringLiteral("animation"), QStringLiteral("a spinning vase"));
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        // The console's own queue makes them; the gallery follows.
        GalleryView *gallery = page->workspace()->gallery();
        QTRY_VERIFY_WITH_TIMEOUT(GenerationService::get(db.value(), still.id)->status == QLatin1String("completed")
                                     && GenerationService::get(db.value(), moving.id)->status == QLatin1String("completed"),
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(gallery->model()->rowOf(still.id) >= 0
                                     && gallery->model()->generation(gallery->model()->rowOf(still.id)).status == QLatin1String("completed"),
                                 10000);

        DetailView *detail = page->workspace()->detail();
        QSignalSpy loaded(detail, &DetailView::loaded);
        emit gallery->openGeneration(still.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QCOMPARE(detail->generationId(), still.id);
        QVERIFY(detail->isVisible());
        QVERIFY(detail->viewer()->hasImage());
        QCOMPARE(detail->viewer()->imageSize(), QSize(256, 256));
        QVERIFY2(detail->metadataText().contains(QLatin1String("a linen chair in morning light")), qPrintable(detail->metadataText()));
        QVERIFY(detail->metadataText().contains(QLatin1String("offline-preview")));
        QVERIFY(detail->metadataText().contains(QLatin1String("Seed: 3")));
        // Zoom and pan by keyboard.
        detail->viewer()->setFocus();
        const double fitted = detail->viewer()->zoom();
        QTest::keyClick(detail->viewer(), Qt::Key_Plus);
        QVERIFY(detail->viewer()->zoom() > fitted);
        QTest::keyClick(detail->viewer(), Qt::Key_1);
        QCOMPARE(detail->viewer()->zoom(), 1.0);
        QTest::keyClick(detail->viewer(), Qt::Key_0);

        // Reuse: the detail hands the generation to the generate panel.
        QSignalSpy reused(detail, &DetailView::reuse);
        detail->findChild<QPushButton *>(); // the buttons exist
        for (QPushButton *b : detail->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Remix"))
                b->click();
        QCOMPARE(reused.count(), 1);
        QCOMPARE(reused.first().first().value<Generation>().id, still.id);
        QCOMPARE(reused.first().at(1).value<GeneratePanel::Reuse>(), GeneratePanel::Reuse::Everything);

        // A new version from this one: queued, made by the console's queue, then on the timeline, compared side by side.
        QCOMPARE(detail->versions()->count(), 1);
        QSignalSpy queued(detail, &DetailView::generationsQueued);
        detail->newVersion(QStringLiteral("a linen chair in evening light"));
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
        const QString v2 = queued.first().first().toStringList().first();
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db.value(), v2)->status, QStringLiteral("completed"), 30000);
        detail->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(detail->versions()->count(), 2, 10000);
        QSignalSpy compared(detail->comparison(), &ComparisonView::loaded);
        detail->compareWithVersion(1);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10000);
        QCOMPARE(detail->comparison()->count(), 2);
        QVERIFY(detail->comparison()->viewer(0)->hasImage() && detail->comparison()->viewer(1)->hasImage());
        detail->showSingle();

        // Stars and ratings from the detail.
        detail->rate(5);
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db.value(), still.id)->rating.value_or(0), 5, 10000);

        // An animation plays.
        loaded.clear();
        page->workspace()->showGeneration(moving.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && detail->viewer()->hasImage(), 10000);
        QVERIFY(detail->viewer()->isAnimated());

        // Back to the gallery with Esc.
        QTest::keyClick(detail, Qt::Key_Escape);
        QTRY_VERIFY(gallery->isVisible());
    }

    void detailAnnotatesTheImage_data() { ScratchDatabase::addDialectRows(); }
    void detailAnnotatesTheImage()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url(), 2));
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        const Generation still = offline(db.value(), brand, QStringLiteral("2d"), QStringLiteral("a stone bench in a garden"));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {still.id}));
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->studioContext().brandId.isEmpty(), 10000);
        DetailView *detail = page->workspace()->detail();
        QSignalSpy loaded(detail, &DetailView::loaded);
        QSignalSpy notes(detail, &DetailView::annotationsLoaded);
        page->workspace()->showGeneration(still.id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && notes.count() >= 1, 10000);
        // The comments panel discusses the generation shown.
        QCOMPARE(page->commentResource(), (QStringList{QStringLiteral("ai_generation"), still.id}));
        QCOMPARE(detail->annotationList()->count(), 0);

        // Drawn with the mouse in annotating mode: the area chosen, in 0…1 of the image, then the text asked for.
        detail->setAnnotating(true);
        QVERIFY(detail->viewer()->isAnnotating());
        detail->viewer()->setZoom(1.0);
        detail->viewer()->centerOn(128, 128);
        QSignalSpy chosen(detail->viewer(), &ImageViewer::areaChosen);
        QTimer::singleShot(300, this, [] { // the dialog that asks for the text: a kind and words, then OK
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QComboBox *>()->setCurrentIndex(2); // issue
            dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("The logo is cut off here"));
            dialog->accept();
        });
        QWidget *surface = detail->viewer()->viewport();
        const QPoint centre = detail->viewer()->mapFromScene(QPointF(128, 128));
        QTest::mousePress(surface, Qt::LeftButton, {}, centre - QPoint(40, 30));
        QTest::mouseMove(surface, centre + QPoint(10, 10));
        QTest::mouseRelease(surface, Qt::LeftButton, {}, centre + QPoint(40, 30));
        QCOMPARE(chosen.count(), 1);
        const QRectF area = chosen.first().first().toRectF();
        QVERIFY2(qAbs(area.width() - 80.0 / 256) < 0.02 && qAbs(area.height() - 60.0 / 256) < 0.02,
                 qPrintable(QStringLiteral("%1 %2").arg(area.width()).arg(area.height())));
        QVERIFY(qAbs(area.x() + area.width() / 2 - 0.5) < 0.02);
        QTRY_COMPARE_WITH_TIMEOUT(detail->annotationList()->count(), 1, 10000);
        QCOMPARE(detail->viewer()->markCount(), 1);
        auto stored = CommentService::annotations(db.value(), {QStringLiteral("ai_generation"), still.id});
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().type, QStringLiteral("issue"));
        QCOMPARE(stored->first().content, QStringLiteral("The logo is cut off here"));
        QVERIFY(qAbs(stored->first().position.value(QLatin1String("width")).toDouble() - area.width()) < 1e-9);

        // From the keyboard: what is on screen (here, the whole image fitted) with Enter.
        detail->viewer()->fit();
        QTimer::singleShot(300, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Warmer light overall?"));
                dialog->findChild<QComboBox *>()->setCurrentIndex(1); // suggestion
                dialog->accept();
            }
        });
        QTest::keyClick(detail->viewer(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(detail->annotationList()->count(), 2, 10000);
        QCOMPARE(detail->viewer()->markCount(), 2);
        QVERIFY(detail->annotationList()->item(1)->text().contains(QLatin1String("Warmer light overall?")));

        // An area outside the image is refused in words, and nothing is added.
        notes.clear();
        detail->addAnnotation(QRectF(0.8, 0.8, 0.5, 0.5), QStringLiteral("comment"), QStringLiteral("off the edge"));
        QTRY_VERIFY_WITH_TIMEOUT(notes.count() >= 1, 10000);
        QCOMPARE(CommentService::annotations(db.value(), {QStringLiteral("ai_generation"), still.id})->size(), 2);

        // Another console's annotation arrives by itself on PostgreSQL (LISTEN/NOTIFY), on its own connection.
        if (!scratch.url().isSqlite()) {
            QThread other;
            other.start();
            bool added = false;
            QObject worker;
            worker.moveToThread(&other);
            QMetaObject::invokeMethod(&worker, [&] {
                auto second = Database::open(scratch.url());
                added = second && CommentService::annotate(second.value(), {QStringLiteral("ai_generation"), still.id}, QStringLiteral("comment"),
                                                           QJsonObject{{QStringLiteral("x"), 0.1}, {QStringLiteral("y"), 0.1},
                                                                       {QStringLiteral("width"), 0.2}, {QStringLiteral("height"), 0.2}},
                                                           QStringLiteral("From another console"))
                                     .ok();
                Database::closeThreadConnections();
            }, Qt::BlockingQueuedConnection);
            other.quit();
            other.wait();
            QVERIFY(added);
            QTRY_COMPARE_WITH_TIMEOUT(detail->annotationList()->count(), 3, 2000);
        }
    }

    void detailOpensA3dModel()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url(), 2));
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        const Generation source = offline(db.value(), brand, QStringLiteral("2d"), QStringLiteral("a stool"));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {source.id}));
        GenerationRequest r;
        r.brandId = brand;
        r.provider = QStringLiteral("offline");
        r.type = QStringLiteral("3d");
        r.model = QStringLiteral("offline-3d");
        r.prompt = QStringLiteral("a stool");
        r.parameters.insert(QStringLiteral("source"), source.id);
        auto model = GenerationService::enqueue(db.value(), r);
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {model->id}));
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->studioContext().brandId.isEmpty(), 10000);
        DetailView *detail = page->workspace()->detail();
        QSignalSpy loaded(detail, &DetailView::loaded);
        page->workspace()->showGeneration(model->id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        QVERIFY(detail->viewer()->hasImage()); // its preview
        QCOMPARE(detail->viewer()->imageSize(), QSize(512, 512));
        QSignalSpy opened(detail, &DetailView::modelOpened);
        detail->openModel();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        const QString path = opened.first().first().toString();
        QVERIFY(path.endsWith(QLatin1String(".glb")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("glTF"));
    }

    void collectionsShareAndExport_data() { ScratchDatabase::addDialectRows(); }
    void collectionsShareAndExport()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url(), 12));
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        // The tab's view is built when the tab is first shown, named as the view (the accessibility audit's report).
        QVERIFY(!page->isBuilt(QStringLiteral("collections")));
        QVERIFY(page->showView(QStringLiteral("collections")));
        auto *view = qobject_cast<CollectionsView *>(page->currentView());
        QVERIFY(view);
        QVERIFY(page->isBuilt(QStringLiteral("collections")));
        QCOMPARE(page->view(QStringLiteral("collections")), view);
        QCOMPARE(page->tabs()->currentWidget()->objectName(), view->objectName());
        QVERIFY(view->isVisible());
        QSignalSpy loaded(view, &StudioView::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 10000);
        const auto collections = StudioLibrary::collections(db.value(), brand).value();
        QCOMPARE(view->list()->count(), collections.size());
        QCOMPARE(view->currentCollection(), collections.first().id);
        // The comments panel discusses the collection shown.
        QCOMPARE(page->commentResource(), (QStringList{QStringLiteral("ai_collection"), collections.first().id}));
        QTRY_COMPARE_WITH_TIMEOUT(view->gallery()->model()->total(), qint64(collections.first().count), 10000);

        loaded.clear();
        view->createCollection(QStringLiteral("Autumn picks"), QStringLiteral("For the newsletter"));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && view->list()->count() == collections.size() + 1, 10000);
        QVERIFY(view->list()->currentItem()->text().startsWith(QLatin1String("Autumn picks")));
        QTRY_COMPARE_WITH_TIMEOUT(view->gallery()->model()->total(), qint64(0), 10000);

        QSignalSpy shared(view, &CollectionsView::shared);
        view->share(QStringLiteral("ben"), QStringLiteral("comment"));
        QTRY_COMPARE_WITH_TIMEOUT(shared.count(), 1, 10000);
        QVERIFY2(shared.first().first().toBool(), qPrintable(view->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(view->list()->currentItem()->text().contains(QLatin1String("shared")), 10000);
        view->share(QStringLiteral("nobody-here"), QStringLiteral("view"));
        QTRY_COMPARE_WITH_TIMEOUT(shared.count(), 2, 10000);
        QVERIFY(!shared.last().first().toBool());
        QVERIFY(!view->statusText().isEmpty());

        view->selectCollection(collections.first().id);
        QTemporaryDir out;
        QSignalSpy exported(view, &CollectionsView::exported);
        view->exportTo(out.filePath(QStringLiteral("campaign.zip")));
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 10000);
        QVERIFY(exported.first().first().toInt() > 0);
        view->exportTo(out.filePath(QStringLiteral("campaign.txt"))); // not a zip: refused, nothing written
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 10000);
        QCOMPARE(exported.last().first().toInt(), -1);
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("campaign.txt"))));
    }

    /// The pictures of docs/screenshots/ai-studio-*.png: every view on the demo data. Only with ATELIER_SCREENSHOT_DIR set.
    void screenshots()
    {
        const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("Set ATELIER_SCREENSHOT_DIR to take the screenshots of docs/screenshots.");
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url(), 40, 20000));
        auto db = Database::open(scratch.url());
        const QString brand = brandId(db.value());
        // Today's work: a few offline results (an image, its new version, an animation) and a job whose provider has no key.
        const Generation chair = offline(db.value(), brand, QStringLiteral("2d"), QStringLiteral("linen armchair by a window, morning light, editorial"));
        offline(db.value(), brand, QStringLiteral("animation"), QStringLiteral("ceramic vase turning slowly, studio light"));
        GenerationRequest keyless;
        keyless.brandId = brand;
        keyless.provider = QStringLiteral("openai");
        keyless.model = QStringLiteral("dall-e-3");
        keyless.prompt = QStringLiteral("oak dining table, top view, soft shadows");
        QVERIFY(GenerationService::enqueue(db.value(), keyless));
        QVERIFY(GenerationService::setQuota(db.value(), QStringLiteral("user_ana"), brand, 500));
        MainWindow window(scratch.url());
        AiStudioPage *page = open(window);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(GenerationService::get(db.value(), chair.id)->status == QLatin1String("completed"), 30000);
        auto version = StudioLibrary::createVersion(db.value(), chair.id, QStringLiteral("linen armchair by a window, evening light, editorial"), {});
        QVERIFY(version);
        QTRY_VERIFY_WITH_TIMEOUT(GenerationService::get(db.value(), version->id)->status == QLatin1String("completed"), 30000);
        auto take = [&](const QString &file) {
            QVERIFY(waitDrawn(window));
            QVERIFY(window.grab().save(shots + QStringLiteral("/ai-studio-") + file + QStringLiteral(".png")));
        };

        GalleryView *gallery = page->workspace()->gallery();
        gallery->reload();
        QTRY_VERIFY_WITH_TIMEOUT(gallery->model()->rowCount() > 20, 20000);
        gallery->select({gallery->model()->index(3).data(GalleryModel::IdRole).toString(), gallery->model()->index(5).data(GalleryModel::IdRole).toString()});
        QCOMPARE(gallery->selectedIds().size(), 2);
        take(QStringLiteral("gallery"));

        // Two annotations on the new version, as a reviewer leaves them.
        QVERIFY(CommentService::annotate(db.value(), {QStringLiteral("ai_generation"), version->id}, QStringLiteral("issue"),
                                         QJsonObject{{QStringLiteral("x"), 0.55}, {QStringLiteral("y"), 0.08}, {QStringLiteral("width"), 0.38},
                                                     {QStringLiteral("height"), 0.3}},
                                         QStringLiteral("This shape hides the headline area")));
        QVERIFY(CommentService::annotate(db.value(), {QStringLiteral("ai_generation"), version->id}, QStringLiteral("suggestion"),
                                         QJsonObject{{QStringLiteral("x"), 0.1}, {QStringLiteral("y"), 0.55}, {QStringLiteral("width"), 0.35},
                                                     {QStringLiteral("height"), 0.35}},
                                         QStringLiteral("Warmer light on the armchair?")));
        DetailView *detail = page->workspace()->detail();
        QSignalSpy loaded(detail, &DetailView::loaded);
        QSignalSpy notes(detail, &DetailView::annotationsLoaded);
        page->workspace()->showGeneration(version->id);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1 && detail->versions()->count() == 2 && notes.count() >= 1, 20000);
        take(QStringLiteral("detail"));
        QSignalSpy compared(detail->comparison(), &ComparisonView::loaded);
        detail->compareWithVersion(0);
        QTRY_VERIFY_WITH_TIMEOUT(compared.count() >= 1, 20000);
        take(QStringLiteral("versions"));
        detail->showSingle();
        page->workspace()->showGallery();

        const QStringList views = {QStringLiteral("queue"), QStringLiteral("collections"), QStringLiteral("models"), QStringLiteral("templates"),
                                   QStringLiteral("training"), QStringLiteral("credits"), QStringLiteral("cache"), QStringLiteral("providers")};
        for (const QString &name : views) {
            StudioView *view = page->view(name);
            QSignalSpy ready(view, &StudioView::loaded);
            QVERIFY(page->showView(name));
            QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 20000);
            take(name);
        }
    }
};

QTEST_MAIN(TestAiStudioPage)
#include "tst_aistudiopage.moc"
