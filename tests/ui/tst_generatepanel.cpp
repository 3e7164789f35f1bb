#include "ai/generatepanel.h"
#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/promptservice.h"
#include "collaboration/resources.h"
#include "core/sqldialect.h"
#include "core/theme.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"
#include "studiofixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Atelier;
using namespace Atelier::Testing;

/// The Generate panel of the AI Studio: models with prices, templates, seeds and counts, the cost against the
/// quota, validation, reuse, Optimize and suggestions; everything queued goes through the real engine (nothing
/// runs the queue here, so no provider is called).
class TestGeneratePanel final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    static StudioContext contextOf(const DatabaseUrl &url)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        return {url, QStringLiteral("brand-q"), QStringLiteral("brand-q"), today.addDays(-30), today.addDays(1)};
    }

    /// A panel on \a url, shown, with its models, templates and credits loaded.
    static std::unique_ptr<GeneratePanel> openPanel(const DatabaseUrl &url)
    {
        auto panel = std::make_unique<GeneratePanel>();
        panel->resize(360, 900);
        panel->show();
        QSignalSpy loaded(panel.get(), &GeneratePanel::loaded);
        panel->setContext(contextOf(url));
        if (!loaded.wait(20000))
            qFatal("the panel did not load");
        return panel;
    }

    template<typename T>
    static T *child(GeneratePanel &panel, const char *name)
    {
        auto *w = panel.findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void choose(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

    static QStringList itemTexts(QComboBox *box)
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts.append(box->itemText(i));
        return texts;
    }

    /// Runs Generate and returns the ids it queued (none when it refused or failed).
    static QStringList generate(GeneratePanel &panel)
    {
        QSignalSpy finished(&panel, &GeneratePanel::generateFinished);
        QSignalSpy queued(&panel, &GeneratePanel::generationsQueued);
        panel.generate();
        if (finished.isEmpty() && !finished.wait(20000))
            qFatal("Generate did not finish");
        return queued.isEmpty() ? QStringList() : queued.first().first().toStringList();
    }

    static void useOffline(GeneratePanel &panel, const QString &type = QStringLiteral("2d"))
    {
        choose(child<QComboBox>(panel, "type"), type);
        choose(child<QComboBox>(panel, "provider"), QStringLiteral("offline"));
    }

    /// With ATELIER_SCREENSHOT_DIR set, the panel as it looks now, once its layout has settled.
    static void shoot(GeneratePanel &panel, const char *name)
    {
        const QString folder = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QVERIFY(waitSettled(&panel));
        QVERIFY(panel.grab().save(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png")));
    }

    static qint64 seedOf(const Generation &g) { return g.parameters.value(QLatin1String("seed")).toVariant().toLongLong(); }

    static void pastGeneration(const QSqlDatabase &db, const QString &id, const QString &prompt, double quality)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, provider, parameters, status, credits, cost_cents, "
                                 "quality, user_id, brand_id, created_at) VALUES (?, '2d', ?, 'offline-preview', 'offline', '{}', "
                                 "'completed', 0, 0, ?, ?, 'brand-q', ?)"));
        q.addBindValue(id);
        q.addBindValue(prompt);
        q.addBindValue(quality);
        q.addBindValue(Collaboration::currentUserId(db).value());
        q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc().addDays(-1)));
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void listsModelsWithPrices_data() { ScratchDatabase::addDialectRows(); }
    void listsModelsWithPrices()
    {
        ATELIER_SCRATCH(scratch);
        StudioFixture::prepare(scratch.url());
        auto panel = openPanel(scratch.url());
        auto *type = child<QComboBox>(*panel, "type");
        auto *provider = child<QComboBox>(*panel, "provider");
        auto *model = child<QComboBox>(*panel, "model");
        QCOMPARE(type->currentData().toString(), QStringLiteral("2d"));
        QVERIFY(itemTexts(provider).contains(QStringLiteral("OpenAI")));
        QVERIFY(itemTexts(provider).contains(QStringLiteral("Offline preview")));
        choose(provider, QStringLiteral("openai"));
        QVERIFY2(itemTexts(model).contains(QStringLiteral("dall-e-3 — 4 credit(s) · ~12 s")), qPrintable(itemTexts(model).join(u'|')));
        for (const QString &text : itemTexts(model))
            QVERIFY2(text.contains(QStringLiteral(" s")), qPrintable(text)); // every model with its price and time
        QVERIFY(!child<QSpinBox>(*panel, "steps")->isVisibleTo(panel.get())); // OpenAI takes no steps
        choose(provider, QStringLiteral("automatic1111"));
        QVERIFY(child<QSpinBox>(*panel, "steps")->isVisibleTo(panel.get()));
        choose(provider, QStringLiteral("offline"));
        QCOMPARE(itemTexts(model), QStringList{QStringLiteral("offline-preview — free · ~1 s")});
        QVERIFY(!child<QLineEdit>(*panel, "source")->isVisibleTo(panel.get()));

        // 3D: its own providers and models, and the picture it starts from.
        choose(type, QStringLiteral("3d"));
        QVERIFY(itemTexts(provider).contains(QStringLiteral("Stability AI")));
        QVERIFY(!itemTexts(provider).contains(QStringLiteral("OpenAI")));
        QCOMPARE(provider->currentData().toString(), QStringLiteral("offline")); // the chosen provider kept where it can be
        QCOMPARE(model->currentData().toString(), QStringLiteral("offline-3d"));
        QVERIFY(child<QLineEdit>(*panel, "source")->isVisibleTo(panel.get()));
        QVERIFY(!child<QComboBox>(*panel, "template")->isEnabled()); // templates make images
        choose(type, QStringLiteral("animation"));
        QCOMPARE(itemTexts(model), QStringList{QStringLiteral("offline-animation — free · ~1 s")});
        choose(type, QStringLiteral("2d"));
        choose(provider, QStringLiteral("openai"));
        QCOMPARE(model->currentData().toString(), QStringLiteral("dall-e-3"));
        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("a linen dress on a wooden hanger, morning light"));
        shoot(*panel, "ai-generate-panel");
    }

    void templateFillsVariables_data() { ScratchDatabase::addDialectRows(); }
    void templateFillsVariables()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        PromptTemplate t;
        t.name = QStringLiteral("Product shot");
        t.category = QStringLiteral("catalogue");
        t.prompt = QStringLiteral("{product} on {surface}, studio light");
        t.brandId = QStringLiteral("brand-q");
        auto saved = PromptService::saveTemplate(db, t);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

        auto panel = openPanel(scratch.url());
        useOffline(*panel);
        auto *prompt = child<QPlainTextEdit>(*panel, "prompt");
        prompt->setPlainText(QStringLiteral("my own words"));
        auto *picker = child<QComboBox>(*panel, "template");
        QCOMPARE(picker->itemText(0), QStringLiteral("No template"));
        choose(picker, saved->id);
        QVERIFY(prompt->isReadOnly());
        QCOMPARE(prompt->toPlainText(), t.prompt);
        auto *product = child<QLineEdit>(*panel, "variable_product");
        auto *surface = child<QLineEdit>(*panel, "variable_surface");
        QVERIFY(product->isVisibleTo(panel.get()));
        product->setText(QStringLiteral("a stoneware vase"));

        // A variable left empty: said, and nothing queued.
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("The template \"Product shot\" needs a value for: surface."));
        surface->setText(QStringLiteral("an oak table"));
        QCOMPARE(child<QLabel>(*panel, "templatePreview")->text(),
                 QStringLiteral("Will be sent as: a stoneware vase on an oak table, studio light"));
        shoot(*panel, "ai-generate-template");

        const QStringList ids = generate(*panel);
        QCOMPARE(ids.size(), 1);
        auto g = GenerationService::get(db, ids.first());
        QVERIFY(g.ok());
        QCOMPARE(g->prompt, QStringLiteral("a stoneware vase on an oak table, studio light"));
        QCOMPARE(g->type, QStringLiteral("template"));
        QCOMPARE(g->parameters.value(QLatin1String("template")).toString(), saved->id);
        QCOMPARE(panel->messageText(), QStringLiteral("Queued 1 generation(s)."));

        // Remixed elsewhere: the same template and values again.
        auto other = openPanel(scratch.url());
        other->reuse(g.value(), GeneratePanel::Reuse::Everything);
        QCOMPARE(child<QComboBox>(*other, "template")->currentData().toString(), saved->id);
        QCOMPARE(child<QLineEdit>(*other, "variable_surface")->text(), QStringLiteral("an oak table"));
        QCOMPARE(child<QComboBox>(*other, "model")->currentData().toString(), QStringLiteral("offline-preview"));

        // Back to no template: the words typed before are back, editable.
        picker->setCurrentIndex(0);
        QVERIFY(!prompt->isReadOnly());
        QCOMPARE(prompt->toPlainText(), QStringLiteral("my own words"));
        QCOMPARE(panel->findChild<QLineEdit *>(QStringLiteral("variable_product")), nullptr);
    }

    void countAndSeed_data() { ScratchDatabase::addDialectRows(); }
    void countAndSeed()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        auto panel = openPanel(scratch.url());
        useOffline(*panel);
        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("a ceramic vase on a linen cloth"));
        child<QCheckBox>(*panel, "randomSeed")->setChecked(false);
        QVERIFY(child<QSpinBox>(*panel, "seed")->isEnabled());
        child<QSpinBox>(*panel, "seed")->setValue(7);
        child<QSpinBox>(*panel, "count")->setValue(3);
        // A preset chosen from the keyboard sets both sides; sides typed in pick the preset they make.
        auto *size = child<QComboBox>(*panel, "size");
        QCOMPARE(size->currentText(), QStringLiteral("1024 × 1024"));
        size->setFocus();
        QTest::keyClick(size, Qt::Key_Up);
        QCOMPARE(size->currentText(), QStringLiteral("768 × 768"));
        QCOMPARE(child<QSpinBox>(*panel, "width")->value(), 768);
        QCOMPARE(child<QSpinBox>(*panel, "height")->value(), 768);
        child<QSpinBox>(*panel, "width")->setValue(512);
        QCOMPARE(size->currentText(), QStringLiteral("Custom"));
        child<QSpinBox>(*panel, "height")->setValue(512);
        QCOMPARE(size->currentText(), QStringLiteral("512 × 512"));

        // Ctrl+Return from the prompt queues them, as the button does.
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        QSignalSpy queued(panel.get(), &GeneratePanel::generationsQueued);
        QSignalSpy finished(panel.get(), &GeneratePanel::generateFinished);
        child<QPlainTextEdit>(*panel, "prompt")->setFocus();
        QTest::keyClick(child<QPlainTextEdit>(*panel, "prompt"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(queued.size(), 1);
        const QStringList ids = queued.first().first().toStringList();
        QCOMPARE(ids.size(), 3);
        QCOMPARE(child<QPlainTextEdit>(*panel, "prompt")->toPlainText(), QStringLiteral("a ceramic vase on a linen cloth")); // no new line typed
        auto rows = GenerationService::byIds(db, ids);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QList<qint64> seeds;
        for (const Generation &g : rows.value()) {
            seeds.append(seedOf(g));
            QCOMPARE(g.parameters.value(QLatin1String("width")).toInt(), 512);
            QCOMPARE(g.provider, QStringLiteral("offline"));
        }
        QCOMPARE(seeds, (QList<qint64>{7, 8, 9}));

        // Random: no seed asked, the engine picks one for each.
        child<QCheckBox>(*panel, "randomSeed")->setChecked(true);
        child<QSpinBox>(*panel, "count")->setValue(2);
        const QStringList random = generate(*panel);
        QCOMPARE(random.size(), 2);
        auto two = GenerationService::byIds(db, random);
        QVERIFY(two.ok());
        QVERIFY(two->at(0).parameters.contains(QLatin1String("seed")));
    }

    void estimateAgainstQuota_data() { ScratchDatabase::addDialectRows(); }
    void estimateAgainstQuota()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        const QString me = Collaboration::currentUserId(db).value();
        auto panel = openPanel(scratch.url());
        choose(child<QComboBox>(*panel, "provider"), QStringLiteral("openai"));
        choose(child<QComboBox>(*panel, "model"), QStringLiteral("dall-e-3"));
        child<QSpinBox>(*panel, "count")->setValue(4);
        QCOMPARE(panel->estimateText(), QStringLiteral("No quota set: 16 credit(s)"));
        QVERIFY(panel->canGenerate());

        QVERIFY(GenerationService::setQuota(db, me, QStringLiteral("brand-q"), 100).ok());
        panel->refreshCredits();
        QTRY_COMPARE_WITH_TIMEOUT(panel->estimateText(), QStringLiteral("4 × 4 = 16 credit(s) · 100 of 100 left this month"), 20000);
        QVERIFY(panel->canGenerate());

        QVERIFY(GenerationService::setQuota(db, me, QStringLiteral("brand-q"), 10).ok());
        panel->refreshCredits();
        const QString over = QStringLiteral("4 × 4 = 16 credit(s), more than the 10 of 10 left this month: lower the count or choose a cheaper model.");
        QTRY_COMPARE_WITH_TIMEOUT(panel->estimateText(), over, 20000);
        QVERIFY(!panel->canGenerate());
        QCOMPARE(child<QLabel>(*panel, "estimate")->palette().color(QPalette::WindowText), Theme::toneColour(Theme::Tone::Error));
        QCOMPARE(child<QPushButton>(*panel, "generate")->toolTip(), over);
        shoot(*panel, "ai-generate-over-quota");
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), over);
        child<QSpinBox>(*panel, "count")->setValue(2);
        QCOMPARE(panel->estimateText(), QStringLiteral("4 × 2 = 8 credit(s) · 10 of 10 left this month"));
        QVERIFY(panel->canGenerate());

        // The quota lowered elsewhere after the panel read it: the service refuses the two, and queues neither.
        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("a linen dress"));
        child<QSpinBox>(*panel, "count")->setValue(2);
        QVERIFY(GenerationService::setQuota(db, me, QStringLiteral("brand-q"), 4).ok());
        GalleryFilter brand;
        brand.brandId = QStringLiteral("brand-q");
        const qint64 before = GenerationService::count(db, brand).value();
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("2 generation(s) of dall-e-3 need 8 credits, more than the 4 of 4 left this month: "
                                                      "nothing was queued. Lower the count or choose a cheaper model."));
        QCOMPARE(GenerationService::count(db, brand).value(), before);
        // The quota line follows what the service read.
        QTRY_COMPARE_WITH_TIMEOUT(panel->estimateText(),
                                  QStringLiteral("4 × 2 = 8 credit(s), more than the 4 of 4 left this month: lower the count or choose a cheaper model."),
                                  20000);
        child<QSpinBox>(*panel, "count")->setValue(1);
        const QStringList ids = generate(*panel);
        QCOMPARE(ids.size(), 1);
        QCOMPARE(GenerationService::get(db, ids.first())->status, QStringLiteral("pending"));
        QVERIFY(GenerationService::cancel(db, ids.first()).ok()); // nothing will run it
    }

    void refusesWhatCannotBeQueued_data() { ScratchDatabase::addDialectRows(); }
    void refusesWhatCannotBeQueued()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        auto panel = openPanel(scratch.url());
        useOffline(*panel);
        QSignalSpy queued(panel.get(), &GeneratePanel::generationsQueued);
        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("   "));
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("The prompt is empty: say what to generate."));

        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("a vase"));
        child<QSpinBox>(*panel, "width")->setValue(5000);
        QCOMPARE(child<QComboBox>(*panel, "size")->currentText(), QStringLiteral("Custom"));
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("The size 5000 × 1024 is outside 64–4096 pixels a side."));
        child<QSpinBox>(*panel, "width")->setValue(1024);
        QCOMPARE(child<QComboBox>(*panel, "size")->currentText(), QStringLiteral("1024 × 1024"));

        // Stability's 3D starts from a picture.
        choose(child<QComboBox>(*panel, "type"), QStringLiteral("3d"));
        choose(child<QComboBox>(*panel, "provider"), QStringLiteral("stability"));
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("Stability AI makes a 3D model from a picture: give the id of a completed image "
                                                      "generation in \"From generation\"."));
        // A source the engine does not accept: its own words.
        child<QLineEdit>(*panel, "source")->setText(QStringLiteral("no-such-generation"));
        QVERIFY(generate(*panel).isEmpty());
        QCOMPARE(panel->messageText(), QStringLiteral("There is no generation no-such-generation (or it is not yours to see)."));

        QCOMPARE(queued.size(), 0);
        auto all = GenerationService::list(db, QStringLiteral("brand-q"));
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void reuseRoundTrips_data() { ScratchDatabase::addDialectRows(); }
    void reuseRoundTrips()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        auto panel = openPanel(scratch.url());
        useOffline(*panel);
        child<QPlainTextEdit>(*panel, "prompt")->setPlainText(QStringLiteral("a linen dress on a hanger"));
        child<QPlainTextEdit>(*panel, "negativePrompt")->setPlainText(QStringLiteral("text, watermark"));
        child<QSpinBox>(*panel, "width")->setValue(768);
        child<QSpinBox>(*panel, "height")->setValue(1024);
        child<QCheckBox>(*panel, "randomSeed")->setChecked(false);
        child<QSpinBox>(*panel, "seed")->setValue(42);
        const QStringList first = generate(*panel);
        QCOMPARE(first.size(), 1);
        const Generation original = GenerationService::get(db, first.first()).value();

        // Everything, asked before the models arrived: applied once they do.
        GeneratePanel other;
        other.resize(360, 900);
        other.show();
        QSignalSpy loaded(&other, &GeneratePanel::loaded);
        other.setContext(contextOf(scratch.url()));
        other.reuse(original, GeneratePanel::Reuse::Everything);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(child<QComboBox>(other, "type")->currentData().toString(), QStringLiteral("2d"));
        QCOMPARE(child<QComboBox>(other, "provider")->currentData().toString(), QStringLiteral("offline"));
        QCOMPARE(child<QComboBox>(other, "model")->currentData().toString(), QStringLiteral("offline-preview"));
        QCOMPARE(child<QPlainTextEdit>(other, "prompt")->toPlainText(), original.prompt);
        QCOMPARE(child<QPlainTextEdit>(other, "negativePrompt")->toPlainText(), QStringLiteral("text, watermark"));
        QCOMPARE(child<QSpinBox>(other, "width")->value(), 768);
        QCOMPARE(child<QSpinBox>(other, "height")->value(), 1024);
        QCOMPARE(child<QSpinBox>(other, "seed")->value(), 42);
        QVERIFY(!child<QCheckBox>(other, "randomSeed")->isChecked());
        const QStringList again = generate(other);
        QCOMPARE(again.size(), 1);
        const Generation remix = GenerationService::get(db, again.first()).value();
        QCOMPARE(remix.type, original.type);
        QCOMPARE(remix.provider, original.provider);
        QCOMPARE(remix.model, original.model);
        QCOMPARE(remix.prompt, original.prompt);
        QCOMPARE(remix.negativePrompt, original.negativePrompt);
        QCOMPARE(remix.parameters, original.parameters);

        // A generation of another provider, with steps: they come back too, and the steps are shown for it.
        Generation a1111;
        a1111.id = QStringLiteral("g-a1111");
        a1111.type = QStringLiteral("2d");
        a1111.provider = QStringLiteral("automatic1111");
        a1111.model = QStringLiteral("a1111-local");
        a1111.prompt = QStringLiteral("a wool coat, overhead");
        a1111.parameters = QJsonObject{{QStringLiteral("steps"), 30}, {QStringLiteral("seed"), 5}, {QStringLiteral("width"), 1792},
                                       {QStringLiteral("height"), 1024}};
        other.reuse(a1111, GeneratePanel::Reuse::Everything);
        QCOMPARE(child<QComboBox>(other, "provider")->currentData().toString(), QStringLiteral("automatic1111"));
        QCOMPARE(child<QSpinBox>(other, "steps")->value(), 30);
        QVERIFY(child<QSpinBox>(other, "steps")->isVisibleTo(&other));
        QCOMPARE(child<QComboBox>(other, "size")->currentText(), QStringLiteral("1792 × 1024"));
        QCOMPARE(child<QPlainTextEdit>(other, "negativePrompt")->toPlainText(), QString());

        // Prompt alone, seed alone.
        child<QCheckBox>(other, "randomSeed")->setChecked(true);
        other.reuse(original, GeneratePanel::Reuse::Prompt);
        QCOMPARE(child<QPlainTextEdit>(other, "prompt")->toPlainText(), original.prompt);
        QCOMPARE(child<QComboBox>(other, "provider")->currentData().toString(), QStringLiteral("automatic1111"));
        QVERIFY(child<QCheckBox>(other, "randomSeed")->isChecked());
        other.reuse(original, GeneratePanel::Reuse::Seed);
        QVERIFY(!child<QCheckBox>(other, "randomSeed")->isChecked());
        QCOMPARE(child<QSpinBox>(other, "seed")->value(), 42);
        // A 3D model from it: the picture it starts from.
        other.reuse(original, GeneratePanel::Reuse::Source);
        QCOMPARE(child<QComboBox>(other, "type")->currentData().toString(), QStringLiteral("3d"));
        QCOMPARE(child<QLineEdit>(other, "source")->text(), original.id);
    }

    void optimizeShowsChanges_data() { ScratchDatabase::addDialectRows(); }
    void optimizeShowsChanges()
    {
        ATELIER_SCRATCH(scratch);
        StudioFixture::prepare(scratch.url());
        auto panel = openPanel(scratch.url());
        auto *prompt = child<QPlainTextEdit>(*panel, "prompt");
        auto *negative = child<QPlainTextEdit>(*panel, "negativePrompt");
        prompt->setPlainText(QStringLiteral("a linen dress, a linen dress, no text"));
        negative->setPlainText(QStringLiteral("blurry"));
        QSignalSpy optimized(panel.get(), &GeneratePanel::optimized);
        QTest::mouseClick(child<QPushButton>(*panel, "optimize"), Qt::LeftButton);
        QVERIFY(optimized.wait(20000));
        const QStringList changes = panel->optimizedChanges();
        QVERIFY2(changes.contains(QStringLiteral("removed the repeated \"a linen dress\"")), qPrintable(changes.join(u'|')));
        QVERIFY(changes.contains(QStringLiteral("moved \"no text\" to the negative prompt")));
        QVERIFY(changes.contains(QStringLiteral("added lighting")));
        const QString shown = child<QLabel>(*panel, "optimizedText")->text();
        QVERIFY2(shown.contains(QStringLiteral("• removed the repeated \"a linen dress\"")), qPrintable(shown));
        QVERIFY(child<QPushButton>(*panel, "useOptimized")->isVisibleTo(panel.get()));
        QCOMPARE(prompt->toPlainText(), QStringLiteral("a linen dress, a linen dress, no text")); // nothing changes until asked
        shoot(*panel, "ai-generate-optimized");
        QTest::mouseClick(child<QPushButton>(*panel, "useOptimized"), Qt::LeftButton);
        QCOMPARE(prompt->toPlainText(), QStringLiteral("a linen dress, soft natural lighting, highly detailed, balanced composition"));
        QCOMPARE(negative->toPlainText(), QStringLiteral("blurry, text"));
        QVERIFY(!child<QLabel>(*panel, "optimizedText")->isVisibleTo(panel.get()));

        // An empty prompt: said, nothing asked.
        prompt->clear();
        panel->optimize();
        QCOMPARE(panel->messageText(), QStringLiteral("The prompt is empty: there is nothing to optimise."));
    }

    void suggestsSimilarPrompts_data() { ScratchDatabase::addDialectRows(); }
    void suggestsSimilarPrompts()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        pastGeneration(db, QStringLiteral("past-1"), QStringLiteral("a linen dress on a wooden hanger, morning light"), 80);
        pastGeneration(db, QStringLiteral("past-2"), QStringLiteral("a steel watch on black slate"), 90);
        auto panel = openPanel(scratch.url());
        auto *prompt = child<QPlainTextEdit>(*panel, "prompt");
        QSignalSpy shown(panel.get(), &GeneratePanel::suggestionsShown);
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("linen dress hanger"));
        QVERIFY(shown.wait(20000));
        // Asked once, after the typing stopped: the answer shown, no ask waits for a pause in the typing (the panel's
        // timer is off), so no other answer can follow.
        const QList<QTimer *> timers = panel->findChildren<QTimer *>(Qt::FindDirectChildrenOnly);
        QVERIFY(!timers.isEmpty());
        QVERIFY(std::none_of(timers.begin(), timers.end(), [](const QTimer *t) { return t->isActive(); }));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(panel->suggestionTexts(), QStringList{QStringLiteral("a linen dress on a wooden hanger, morning light")});
        auto *list = child<QListWidget>(*panel, "suggestions");
        QVERIFY(list->isVisibleTo(panel.get()));
        shoot(*panel, "ai-generate-suggestions");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QCOMPARE(prompt->toPlainText(), QStringLiteral("a linen dress on a wooden hanger, morning light"));
    }
};

QTEST_MAIN(TestGeneratePanel)
#include "tst_generatepanel.moc"
