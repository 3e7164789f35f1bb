#include "ai/promptservice.h"
#include "ai/providersettings.h"
#include "ai/trainingservice.h"
#include "ai/providersview.h"
#include "ai/templatesview.h"
#include "ai/trainingview.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"
#include "studiofixture.h"
#include "testimages.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

constexpr int kWait = 20000;
const QString kBrand = QStringLiteral("brand-q");
const QString kTrainer = QStringLiteral("ostris/flux-dev-lora-trainer:d995297071a44dcb72244e6c19462111649ec86a9646c32df56daa7f14801944");

StudioContext contextOf(const ScratchDatabase &scratch)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return {scratch.url(), kBrand, kBrand, today.addDays(-30), today.addDays(1)};
}

/// The widget of \a root named \a accessibleName for assistive technologies: found the way a screen reader would.
template<typename W>
W *named(QWidget *root, const QString &accessibleName)
{
    const QList<W *> all = root->findChildren<W *>();
    for (W *w : all)
        if (w->accessibleName() == accessibleName)
            return w;
    qFatal("no widget named \"%s\"", qPrintable(accessibleName));
    return nullptr;
}

/// Every text the view shows: labels, fields, and the cells of its tables.
QString everythingShown(QWidget *root)
{
    QStringList texts;
    for (QLabel *l : root->findChildren<QLabel *>())
        texts.append(l->text());
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        texts.append(e->text() + e->displayText());
    for (QTableView *t : root->findChildren<QTableView *>())
        for (int r = 0; r < t->model()->rowCount(); ++r)
            for (int c = 0; c < t->model()->columnCount(); ++c)
                texts.append(t->model()->index(r, c).data().toString() + t->model()->index(r, c).data(Qt::ToolTipRole).toString());
    return texts.join(QLatin1Char('\n'));
}

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

QString writeImage(const QString &path, const QImage &image, const char *format, int quality = -1)
{
    if (!image.save(path, format, quality))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void screenshot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QVERIFY(waitSettled(&widget)); // widgets added to a shown layout appear on a later turn of the event loop
    QVERIFY(widget.grab().save(folder + QLatin1Char('/') + name));
}

} // namespace

/// The AI Studio's settings tabs, offscreen: prompt templates edited and tried, training datasets checked and models
/// trained against a loopback Replicate, provider settings saved (keys never shown) and tested against a loopback OpenAI.
class TestStudioSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Provider settings, key file and asset cache in a folder of the test's own, before anything reads them.
        StudioFixture::isolateDesktop(m_home.path());
    }

    void templates_data() { ScratchDatabase::addDialectRows(); }
    void templates()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        PromptTemplate existing;
        existing.name = QStringLiteral("Flat lay");
        existing.category = QStringLiteral("Social");
        existing.prompt = QStringLiteral("flat lay of {item} on linen");
        existing.brandId = kBrand;
        QVERIFY(PromptService::saveTemplate(db, existing));

        TemplatesView view;
        QAbstractItemModelTester allTester(view.templateModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester shownTester(view.shownModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1300, 800);
        view.show();
        QSignalSpy loaded(&view, &StudioView::loaded);
        QSignalSpy saved(&view, &TemplatesView::saved);
        view.setContext(contextOf(scratch));
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view.templateModel()->rowCount(), 1);
        QCOMPARE(view.templateModel()->index(0, 0).data().toString(), QStringLiteral("Flat lay"));
        QCOMPARE(view.templateModel()->index(0, 2).data().toString(), QStringLiteral("{item}"));

        // Typed as a person would: the variables show as the prompt is written.
        view.newTemplate();
        auto *name = named<QLineEdit>(&view, QStringLiteral("Template name"));
        auto *category = named<QComboBox>(&view, QStringLiteral("Template category"));
        auto *prompt = named<QPlainTextEdit>(&view, QStringLiteral("Template prompt"));
        category->setCurrentText(QStringLiteral("Product"));
        QTest::keyClicks(prompt, QStringLiteral("{product} on a {surface}, {product} in soft light"));
        QCOMPARE(view.editorVariables(), (QStringList{QStringLiteral("product"), QStringLiteral("surface")}));
        QCOMPARE(named<QLabel>(&view, QStringLiteral("Variables found in the prompt"))->text(), QStringLiteral("{product}, {surface}"));

        // No name: refused in words, nothing written.
        view.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QCOMPARE(view.editorError(), QStringLiteral("The template needs a name."));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_prompt_templates")), 1);
        // Braces that are no variable: refused, naming them.
        QTest::keyClicks(name, QStringLiteral("Hero shot"));
        prompt->setPlainText(QStringLiteral("{product} on a {surface}, {2 products} in soft light"));
        view.save();
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(view.editorError().contains(QLatin1String("\"{2 products}\" in the prompt is not a variable")), qPrintable(view.editorError()));
        prompt->setPlainText(QStringLiteral("{product} on a {surface, {product} in soft light"));
        view.save();
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(view.editorError().contains(QLatin1String("3 \"{\" and 2 \"}\"")), qPrintable(view.editorError()));
        // No category.
        prompt->setPlainText(QStringLiteral("{product} on a {surface}, {product} in soft light"));
        category->setCurrentText(QString());
        view.save();
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(view.editorError().contains(QLatin1String("category")), qPrintable(view.editorError()));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_prompt_templates")), 1);
        category->setCurrentText(QStringLiteral("Product"));

        // Try it: each variable missing is named; filled, the prompt a generation would get.
        QCOMPARE(view.tryError(), QStringLiteral("The template needs a value for: product, surface."));
        QVERIFY(view.tryPreview().isEmpty());
        QVERIFY(view.setTryValue(QStringLiteral("product"), QStringLiteral("a red sneaker")));
        QCOMPARE(view.tryError(), QStringLiteral("The template needs a value for: surface."));
        QTest::keyClicks(named<QLineEdit>(&view, QStringLiteral("Value of {surface}")), QStringLiteral("white marble"));
        QCOMPARE(view.tryError(), QString());
        QCOMPARE(view.tryPreview(), QStringLiteral("a red sneaker on a white marble, a red sneaker in soft light"));
        QVERIFY(!view.setTryValue(QStringLiteral("colour"), QStringLiteral("red")));

        // Saved with the Save button: in the database, read back through the service, and in the table.
        QTest::mouseClick(named<QPushButton>(&view, QStringLiteral("Save the template")), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QVERIFY(view.editorError().isEmpty());
        auto stored = PromptService::templates(db, kBrand, QStringLiteral("Product"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const PromptTemplate hero = stored->first();
        QCOMPARE(hero.name, QStringLiteral("Hero shot"));
        QCOMPARE(hero.prompt, QStringLiteral("{product} on a {surface}, {product} in soft light"));
        QCOMPARE(hero.variables, (QStringList{QStringLiteral("product"), QStringLiteral("surface")}));
        QCOMPARE(hero.brandId, kBrand);
        QCOMPARE(view.editedId(), hero.id);
        QTRY_COMPARE_WITH_TIMEOUT(view.templateModel()->rowCount(), 2, kWait);
        QVERIFY2(view.statusText().contains(QLatin1String("2 template(s).")), qPrintable(view.statusText()));

        // Edited: the same row changes, no new one.
        prompt->setPlainText(QStringLiteral("{product} on {surface}, {angle} view"));
        QCOMPARE(view.editorVariables(), (QStringList{QStringLiteral("product"), QStringLiteral("surface"), QStringLiteral("angle")}));
        QCOMPARE(view.tryError(), QStringLiteral("The template needs a value for: angle.")); // the values typed are kept
        view.save();
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        auto edited = PromptService::templates(db, kBrand);
        QVERIFY(edited);
        QCOMPARE(edited->size(), 2);
        const auto it = std::find_if(edited->cbegin(), edited->cend(), [&](const PromptTemplate &t) { return t.id == hero.id; });
        QVERIFY(it != edited->cend());
        QCOMPARE(it->prompt, QStringLiteral("{product} on {surface}, {angle} view"));
        QCOMPARE(it->variables.size(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(view.templateModel()->index(1, 2).data().toString().contains(QLatin1String("{angle}"))
                                     || view.templateModel()->index(0, 2).data().toString().contains(QLatin1String("{angle}")),
                                 kWait);

        // A row chosen in the table comes into the editor.
        auto *table = named<QTableView>(&view, QStringLiteral("Prompt templates"));
        view.setCategoryFilter(QStringLiteral("Social"));
        QCOMPARE(view.shownModel()->rowCount(), 1);
        table->setCurrentIndex(view.shownModel()->index(0, 0));
        QCOMPARE(name->text(), QStringLiteral("Flat lay"));
        QCOMPARE(view.editedId(), PromptService::templates(db, kBrand, QStringLiteral("Social"))->first().id);
        QCOMPARE(view.tryError(), QStringLiteral("The template needs a value for: item."));
        // The filters: category, then words.
        view.setCategoryFilter(QString());
        QCOMPARE(view.shownModel()->rowCount(), 2);
        view.setSearch(QStringLiteral("LINEN"));
        QCOMPARE(view.shownModel()->rowCount(), 1);
        QCOMPARE(view.shownModel()->index(0, 0).data().toString(), QStringLiteral("Flat lay"));
        view.setSearch(QStringLiteral("angle hero"));
        QCOMPARE(view.shownModel()->rowCount(), 1);
        QCOMPARE(view.shownModel()->index(0, 0).data().toString(), QStringLiteral("Hero shot"));
        view.setSearch(QStringLiteral("nothing like this"));
        QCOMPARE(view.shownModel()->rowCount(), 0);
        view.setSearch(QString());
        QVERIFY(view.setTryValue(QStringLiteral("item"), QStringLiteral("a leather bag")));
        QCOMPARE(view.tryPreview(), QStringLiteral("flat lay of a leather bag on linen"));
        if (dialect == QLatin1String("sqlite"))
            screenshot(view, QStringLiteral("ai-templates.png"));
    }

    void training_data() { ScratchDatabase::addDialectRows(); }
    void training()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active) "
                                       "VALUES ('trainer', 'ostris/flux-dev-lora-trainer', 'replicate', '2d', 0.025, 14, 80, %1)")
                            .arg(SqlDialect::of(db).isSqlite() ? QStringLiteral("1") : QStringLiteral("true"))),
                 qPrintable(q.lastError().text()));
        FakeProvider fake;
        QVERIFY(StudioFixture::useProvider(QStringLiteral("replicate"), fake.base(), QStringLiteral("r8-view-test")));

        QTemporaryDir files;
        QVERIFY(files.isValid());
        const QStringList paths = {writeImage(files.filePath(QStringLiteral("good1.png")), picture(1, 640, 640), "PNG"),
                                   writeImage(files.filePath(QStringLiteral("good2.png")), picture(2, 800, 600), "PNG"),
                                   writeImage(files.filePath(QStringLiteral("small.png")), picture(3, 300, 200), "PNG"),
                                   writeImage(files.filePath(QStringLiteral("again.jpg")), picture(1, 700, 700), "JPEG", 80)};

        TrainingView view;
        QAbstractItemModelTester datasetTester(view.datasetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester imageTester(view.imageModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester modelTester(view.customModelModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1300, 850);
        view.show();
        view.setPollInterval(60000); // asked by hand below, then by the timer
        QSignalSpy loaded(&view, &StudioView::loaded);
        view.setContext(contextOf(scratch));
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view.datasetModel()->rowCount(), 0);
        QCOMPARE(view.customModelModel()->rowCount(), 0);
        QVERIFY(!named<QPushButton>(&view, QStringLiteral("Train a model on the selected dataset"))->isEnabled());

        // A dataset without a name: refused in words, nothing written.
        QSignalSpy created(&view, &TrainingView::datasetCreated);
        view.createDataset(QStringLiteral("  "), {}, paths);
        QVERIFY(created.wait(kWait));
        QCOMPARE(created.takeFirst().first().toBool(), false);
        QVERIFY2(view.statusText().contains(QLatin1String("needs a name")), qPrintable(view.statusText()));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_training_datasets")), 0);

        // From files: each image's verdict, in words.
        view.createDataset(QStringLiteral("Brand style"), {}, paths);
        QVERIFY(created.wait(kWait));
        QCOMPARE(created.takeFirst().first().toBool(), true);
        QVERIFY2(view.statusText().contains(QLatin1String("2 of 4 images accepted")), qPrintable(view.statusText()));
        QCOMPARE(view.datasetModel()->rowCount(), 1);
        const QString datasetId = view.selectedDatasetId();
        QVERIFY(!datasetId.isEmpty());
        QAbstractItemModel *images = view.imageModel();
        QCOMPARE(images->rowCount(), 4);
        QCOMPARE(images->index(0, 1).data().toString(), QStringLiteral("good1.png"));
        QCOMPARE(images->index(0, 2).data().toString(), QStringLiteral("640 × 640"));
        QCOMPARE(images->index(0, 3).data().toString(), QStringLiteral("Accepted"));
        QVERIFY(!images->index(0, 4).data().toString().isEmpty()); // its quality
        QCOMPARE(images->index(1, 3).data().toString(), QStringLiteral("Accepted"));
        const QString small = images->index(2, 3).data().toString();
        QVERIFY2(small.startsWith(QLatin1String("Refused: ")) && small.contains(QStringLiteral("300×200 pixels; at least 512×512")), qPrintable(small));
        const QString duplicate = images->index(3, 3).data().toString();
        QVERIFY2(duplicate.contains(QLatin1String("again.jpg")) && duplicate.contains(QLatin1String("near-duplicate of good1.png")),
                 qPrintable(duplicate));
        QCOMPARE(view.datasetModel()->index(0, 1).data().toString(), QStringLiteral("2 of 4"));
        QCOMPARE(view.datasetModel()->index(0, 3).data().toString(), QStringLiteral("Ready"));
        auto recorded = TrainingService::datasets(db, kBrand);
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 1);
        QCOMPARE(recorded->first().validated, 2);
        QCOMPARE(recorded->first().total, 4);
        // The read after it keeps it chosen, with its verdicts.
        QTRY_VERIFY_WITH_TIMEOUT(!view.statusText().contains(QLatin1String("Loading")), kWait);
        QCOMPARE(view.selectedDatasetId(), datasetId);
        QCOMPARE(view.imageModel()->rowCount(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(named<QPushButton>(&view, QStringLiteral("Train a model on the selected dataset"))->isEnabled(), kWait);

        // Bad names are refused before Replicate is called.
        QSignalSpy started(&view, &TrainingView::trainingStarted);
        view.train(datasetId, QStringLiteral("ostris/flux-dev-lora-trainer"), QStringLiteral("acme/brand-style"), 1000);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.takeFirst().first().toBool(), false);
        QVERIFY2(view.statusText().contains(QLatin1String("owner/name:version")), qPrintable(view.statusText()));
        view.train(datasetId, kTrainer, QStringLiteral("acme"), 1000);
        QCOMPARE(started.takeFirst().first().toBool(), false);
        QCOMPARE(fake.count("POST", ReplicateRoutes::createTraining), 0);
        // Replicate refuses the key: said in words, nothing recorded.
        fake.answer("POST", ReplicateRoutes::createTraining, {401, R"({"detail":"Invalid token."})"});
        view.train(datasetId, kTrainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY(started.wait(kWait));
        QCOMPARE(started.takeFirst().first().toBool(), false);
        QVERIFY2(view.statusText().contains(QLatin1String("refused the API key")), qPrintable(view.statusText()));
        QCOMPARE(countOf(db, QStringLiteral("SELECT count(*) FROM ai_custom_models")), 0);

        // Started: followed while it trains (a server error on the way said, not fatal), then ready.
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trn1"), QStringLiteral("starting"))});
        fake.script("GET", ReplicateRoutes::training,
                    {{500, R"({"detail":"Internal server error"})"},
                     {200, ProviderAnswers::replicateTraining(QStringLiteral("trn1"), QStringLiteral("processing"))},
                     {200, ProviderAnswers::replicateTrained(QStringLiteral("trn1"))}});
        view.train(datasetId, kTrainer, QStringLiteral("acme/brand-style"), 800, QStringLiteral("ACME"));
        QVERIFY(started.wait(kWait));
        QCOMPARE(started.takeFirst().first().toBool(), true);
        QCOMPARE(fake.count("POST", ReplicateRoutes::createTraining), 2);
        const QJsonObject input = fake.last("POST", ReplicateRoutes::createTraining).json().value(QLatin1String("input")).toObject();
        QCOMPARE(input.value(QLatin1String("steps")).toInt(), 800);
        QCOMPARE(input.value(QLatin1String("trigger_word")).toString(), QStringLiteral("ACME"));
        QCOMPARE(view.customModelModel()->rowCount(), 1);
        QCOMPARE(view.customModelModel()->index(0, 0).data().toString(), QStringLiteral("acme/brand-style"));
        QCOMPARE(view.customModelModel()->index(0, 1).data().toString(), kTrainer);
        QCOMPARE(view.customModelModel()->index(0, 2).data().toString(), QStringLiteral("Brand style"));
        QCOMPARE(view.customModelModel()->index(0, 3).data().toString(), QStringLiteral("Training"));
        QVERIFY(view.isFollowingTraining());
        auto *progress = view.findChild<QProgressBar *>();
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->maximum(), 0); // busy
        QVERIFY2(view.trainingText().contains(QLatin1String("Training acme/brand-style at Replicate")), qPrintable(view.trainingText()));
        const QString modelId = TrainingService::customModels(db, kBrand)->first().id;
        QVERIFY(view.selectCustomModel(modelId));
        QTRY_VERIFY_WITH_TIMEOUT(named<QPushButton>(&view, QStringLiteral("Cancel the training of the selected model"))->isEnabled(), kWait);

        QSignalSpy polled(&view, &TrainingView::trainingPolled);
        QSignalSpy ended(&view, &TrainingView::trainingEnded);
        view.pollNow();
        QVERIFY(polled.wait(kWait));
        QVERIFY2(view.trainingText().contains(QLatin1String("Replicate could not be asked"))
                     && view.trainingText().contains(QLatin1String("server error (HTTP 500)")),
                 qPrintable(view.trainingText()));
        QVERIFY(view.isFollowingTraining());
        view.pollNow();
        QVERIFY(polled.wait(kWait));
        QVERIFY(!view.trainingText().contains(QLatin1String("could not be asked")));
        QCOMPARE(view.customModelModel()->index(0, 3).data().toString(), QStringLiteral("Training"));
        QVERIFY(ended.isEmpty());
        view.pollNow();
        QVERIFY(polled.wait(kWait));
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).toString(), modelId);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("ready"));
        QVERIFY(!view.isFollowingTraining());
        QVERIFY(!progress->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QLatin1String("acme/brand-style is trained: generations can use it as "
                                                                          "acme/brand-style:0f1e2d3c4b5a")),
                                 kWait);
        QTRY_COMPARE_WITH_TIMEOUT(view.customModelModel()->index(0, 3).data().toString(), QStringLiteral("Ready"), kWait);
        QCOMPARE(view.customModelModel()->index(0, 5).data().toString(), QStringLiteral("acme/brand-style:0f1e2d3c4b5a"));
        QVERIFY(!view.customModelModel()->index(0, 4).data().toString().isEmpty()); // trained at
        QTRY_COMPARE_WITH_TIMEOUT(view.datasetModel()->index(0, 3).data().toString(), QStringLiteral("Ready"), kWait);
        QCOMPARE(TrainingService::customModel(db, modelId)->status, QStringLiteral("ready"));

        // Trained again, followed by the timer this time: Replicate says it failed, and why.
        view.setPollInterval(50);
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trn2"), QStringLiteral("starting"))});
        fake.script("GET", ReplicateRoutes::training,
                    {{200, ProviderAnswers::replicateTraining(QStringLiteral("trn2"), QStringLiteral("processing"))},
                     {200, ProviderAnswers::replicateTraining(QStringLiteral("trn2"), QStringLiteral("failed"), QJsonValue::Null,
                                                              QStringLiteral("CUDA out of memory"))}});
        ended.clear();
        view.train(datasetId, kTrainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY(started.wait(kWait));
        QCOMPARE(started.takeFirst().first().toBool(), true);
        QVERIFY(view.isFollowingTraining());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, kWait);
        QCOMPARE(ended.first().at(1).toString(), QStringLiteral("failed"));
        QVERIFY(!view.isFollowingTraining());
        QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QLatin1String("The training of acme/brand-style failed"))
                                     && view.statusText().contains(QLatin1String("CUDA out of memory")),
                                 kWait);
        const QString failedId = ended.first().at(0).toString();
        QTRY_VERIFY_WITH_TIMEOUT(view.customModelModel()->rowCount() == 2, kWait);
        int failedRow = -1;
        for (int r = 0; r < view.customModelModel()->rowCount(); ++r)
            if (view.customModelModel()->index(r, 0).data(Qt::UserRole).toString() == failedId)
                failedRow = r;
        QVERIFY(failedRow >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.customModelModel()->index(failedRow, 3).data().toString(), QStringLiteral("Failed"), kWait);
        QVERIFY2(view.customModelModel()->index(failedRow, 6).data().toString().contains(QLatin1String("CUDA out of memory")),
                 qPrintable(view.customModelModel()->index(failedRow, 6).data().toString()));
        QVERIFY(view.customModelModel()->index(failedRow, 5).data().toString().isEmpty());

        // Cancelled from the view.
        view.setPollInterval(60000);
        fake.answer("POST", ReplicateRoutes::createTraining, {201, ProviderAnswers::replicateTraining(QStringLiteral("trn3"), QStringLiteral("starting"))});
        fake.answer("POST", ReplicateRoutes::cancelTraining, {200, ProviderAnswers::replicateTraining(QStringLiteral("trn3"), QStringLiteral("canceled"))});
        QTRY_VERIFY_WITH_TIMEOUT(view.datasetModel()->index(0, 3).data().toString() == QStringLiteral("Ready"), kWait);
        view.train(datasetId, kTrainer, QStringLiteral("acme/brand-style"), 1000);
        QVERIFY(started.wait(kWait));
        QCOMPARE(started.takeFirst().first().toBool(), true);
        QVERIFY(view.isFollowingTraining());
        QTRY_COMPARE_WITH_TIMEOUT(view.datasetModel()->index(0, 3).data().toString(), QStringLiteral("Training"), kWait);
        QString trainingId;
        const auto models = TrainingService::customModels(db, kBrand);
        QVERIFY(models);
        for (const CustomModel &m : models.value())
            if (m.status == QLatin1String("training"))
                trainingId = m.id;
        QVERIFY(!trainingId.isEmpty());
        QSignalSpy cancelled(&view, &TrainingView::trainingCancelled);
        view.cancelTraining(trainingId);
        QVERIFY(cancelled.wait(kWait));
        QCOMPARE(cancelled.first().first().toBool(), true);
        QCOMPARE(fake.last().method, QByteArray("POST"));
        QCOMPARE(fake.last().path, QStringLiteral("/v1/trainings/trn3/cancel"));
        QVERIFY(!view.isFollowingTraining());
        QVERIFY2(view.statusText().contains(QLatin1String("was cancelled")), qPrintable(view.statusText()));
        QCOMPARE(TrainingService::customModel(db, trainingId)->status, QStringLiteral("failed"));
        QTRY_COMPARE_WITH_TIMEOUT(view.datasetModel()->index(0, 3).data().toString(), QStringLiteral("Ready"), kWait);
        // Cancelling what no longer trains: refused in words.
        cancelled.clear();
        view.cancelTraining(trainingId);
        QVERIFY(cancelled.wait(kWait));
        QCOMPARE(cancelled.first().first().toBool(), false);
        QVERIFY2(view.statusText().contains(QLatin1String("is not training")), qPrintable(view.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!view.statusText().contains(QLatin1String("Loading")), kWait);
        if (dialect == QLatin1String("sqlite"))
            screenshot(view, QStringLiteral("ai-training.png"));
    }

    void providers()
    {
        FakeProvider fake; // OpenAI's list of models: the key decides
        fake.route("GET", QStringLiteral("/v1/models"), [](const FakeRequest &r) {
            return r.header("Authorization") == "Bearer sk-good"
                       ? FakeAnswer{200, R"({"object":"list","data":[{"id":"dall-e-3","object":"model"}]})"}
                       : FakeAnswer{401, R"({"error":{"message":"Incorrect API key provided.","type":"invalid_request_error"}})"};
        });
        ProvidersView view;
        QAbstractItemModelTester tester(view.providerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 700);
        view.show();
        QSignalSpy loaded(&view, &StudioView::loaded);
        QSignalSpy saved(&view, &ProvidersView::saved);
        QSignalSpy tested(&view, &ProvidersView::tested);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        view.setContext({DatabaseUrl(), kBrand, kBrand, today.addDays(-30), today.addDays(1)});
        QVERIFY(loaded.wait(kWait));
        QCOMPARE(view.providerModel()->rowCount(), ProviderSettings::names().size());
        QVERIFY(view.selectProvider(QStringLiteral("openai")));
        QCOMPARE(view.selectedProvider(), QStringLiteral("openai"));
        QCOMPARE(view.apiKeyField()->echoMode(), QLineEdit::Password);
        QCOMPARE(view.keyStatus(), QStringLiteral("No key."));
        QCOMPARE(view.baseUrlField()->text(), ProviderSettings::defaultBaseUrl(QStringLiteral("openai")));

        // A base URL that is no http(s) address: said as it is typed, refused on Save, nothing written.
        view.baseUrlField()->setText(QStringLiteral("ftp://files.example.com"));
        QVERIFY(named<QLabel>(&view, QStringLiteral("Base URL problem"))->isVisible());
        view.save();
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(view.formError().contains(QLatin1String("is not an address starting with https:// or http://")), qPrintable(view.formError()));
        QCOMPARE(ProviderSettings::config(QStringLiteral("openai"))->baseUrl, ProviderSettings::defaultBaseUrl(QStringLiteral("openai")));
        view.baseUrlField()->setText(QStringLiteral("https://"));
        view.save();
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(view.formError().contains(QLatin1String("names no host")), qPrintable(view.formError()));
        QCOMPARE(ProviderSettings::config(QStringLiteral("openai"))->baseUrl, ProviderSettings::defaultBaseUrl(QStringLiteral("openai")));
        view.baseUrlField()->setText(fake.base());
        QVERIFY(!named<QLabel>(&view, QStringLiteral("Base URL problem"))->isVisible());

        // Saved through the form, the key typed and then gone from sight.
        QTest::keyClicks(view.apiKeyField(), QStringLiteral("sk-good"));
        QCOMPARE(view.apiKeyField()->displayText().contains(QLatin1String("sk-good")), false);
        view.concurrencyField()->setValue(3);
        view.perMinuteField()->setValue(30);
        view.burstField()->setValue(2);
        view.attemptsField()->setValue(5);
        view.timeoutField()->setValue(7);
        view.chatModelField()->clear();
        QTest::keyClicks(view.chatModelField(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(view.isModified());
        QTest::mouseClick(named<QPushButton>(&view, QStringLiteral("Save the provider's settings")), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(view.keyStatus().startsWith(QLatin1String("A key is stored (encrypted)")), true, kWait);
        QVERIFY(view.apiKeyField()->text().isEmpty());
        QVERIFY(!view.isModified());
        auto openai = ProviderSettings::config(QStringLiteral("openai"));
        QVERIFY(openai);
        QCOMPARE(openai->baseUrl, fake.base());
        QVERIFY(openai->hasKey);
        QCOMPARE(openai->concurrency, 3);
        QCOMPARE(openai->perMinute, 30.0);
        QCOMPARE(openai->burst, 2);
        QCOMPARE(openai->maxAttempts, 5);
        QCOMPARE(openai->timeoutSeconds, 7);
        QCOMPARE(openai->chatModel, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(ProviderSettings::apiKey(QStringLiteral("openai")).value(), QStringLiteral("sk-good"));
        QFile file(ProviderSettings::path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sk-good")); // encrypted
        QVERIFY(!everythingShown(&view).contains(QLatin1String("sk-good")));
        const int row = view.providerModel()->match(view.providerModel()->index(0, 0), Qt::UserRole, QStringLiteral("openai")).first().row();
        QCOMPARE(view.providerModel()->index(row, 1).data().toString(), QStringLiteral("Stored (encrypted)"));
        QCOMPARE(view.providerModel()->index(row, 2).data().toString(), fake.base());

        // Test connection: the loopback OpenAI knows the key.
        QTest::mouseClick(named<QPushButton>(&view, QStringLiteral("Test the saved settings with a call that costs nothing")), Qt::LeftButton);
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(view.testAnswer().contains(QLatin1String("accepted the key")), qPrintable(view.testAnswer()));
        QCOMPARE(fake.last().method, QByteArray("GET"));
        QCOMPARE(fake.last().path, QStringLiteral("/v1/models"));
        QCOMPARE(fake.last().header("Authorization"), QByteArray("Bearer sk-good"));

        // Another key, refused by the provider: the error in words.
        QTest::keyClicks(view.apiKeyField(), QStringLiteral("sk-revoked"));
        view.save();
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isModified(), kWait);
        view.testConnection();
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        QVERIFY2(view.testAnswer().contains(QLatin1String("OpenAI refused the API key (HTTP 401)"))
                     && view.testAnswer().contains(QLatin1String("Incorrect API key provided")),
                 qPrintable(view.testAnswer()));
        QVERIFY(!everythingShown(&view).contains(QLatin1String("sk-revoked")));

        // An empty key field keeps the stored key; "Remove the stored key" removes it.
        view.concurrencyField()->setValue(5);
        view.save();
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QCOMPARE(ProviderSettings::apiKey(QStringLiteral("openai")).value(), QStringLiteral("sk-revoked"));
        QCOMPARE(ProviderSettings::config(QStringLiteral("openai"))->concurrency, 5);
        QTRY_VERIFY_WITH_TIMEOUT(view.removeKeyBox()->isEnabled(), kWait);
        view.removeKeyBox()->setChecked(true);
        QVERIFY(!view.apiKeyField()->isEnabled());
        view.save();
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(view.keyStatus(), QStringLiteral("No key."), kWait);
        QCOMPARE(ProviderSettings::apiKey(QStringLiteral("openai")).value(), QString());
        view.testConnection();
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.takeFirst().first().toBool(), false);
        QVERIFY2(view.testAnswer().contains(QLatin1String("has no API key")), qPrintable(view.testAnswer()));

        // The offline renderer: no key, no address, no chat model; its test needs no network.
        QVERIFY(view.selectProvider(QStringLiteral("offline")));
        QVERIFY(!view.apiKeyField()->isEnabled());
        QVERIFY(!view.baseUrlField()->isEnabled());
        QVERIFY(!view.chatModelField()->isEnabled());
        QVERIFY(!view.removeKeyBox()->isEnabled());
        view.concurrencyField()->setValue(2);
        view.save();
        QVERIFY(saved.wait(kWait));
        QCOMPARE(saved.takeFirst().first().toBool(), true);
        QCOMPARE(ProviderSettings::config(QStringLiteral("offline"))->concurrency, 2);
        view.testConnection();
        QVERIFY(tested.wait(kWait));
        QCOMPARE(tested.takeFirst().first().toBool(), true);
        QVERIFY2(view.testAnswer().contains(QLatin1String("needs no network")), qPrintable(view.testAnswer()));
        // Only OpenAI takes a chat model.
        QVERIFY(view.selectProvider(QStringLiteral("stability")));
        QVERIFY(!view.chatModelField()->isEnabled());
        QVERIFY(view.apiKeyField()->isEnabled());
        QVERIFY(view.selectProvider(QStringLiteral("openai")));
        screenshot(view, QStringLiteral("ai-providers.png"));
    }
};

QTEST_MAIN(TestStudioSettings)
#include "tst_studiosettings.moc"
