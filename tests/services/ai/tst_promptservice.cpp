#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/promptservice.h"
#include "ai/providersettings.h"
#include "collaboration/resources.h"
#include "core/sqldialect.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using namespace Atelier::Testing;

/// Prompt templates, optimisation (rules, history, a chat model on loopback), suggestions and history.
class TestPromptService final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    /// A completed generation written directly, as past work of the brand.
    static void past(const QSqlDatabase &db, const QString &id, const QString &prompt, double quality, int rating = 0, int daysAgo = 1)
    {
        const SqlDialect d = SqlDialect::of(db);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, provider, parameters, status, credits, cost_cents, "
                                 "quality, rating, user_id, brand_id, created_at) VALUES (?, '2d', ?, 'dall-e-3', 'openai', '{}', "
                                 "'completed', 4, 4, ?, ?, ?, 'brand-q', ?)"));
        q.addBindValue(id);
        q.addBindValue(prompt);
        q.addBindValue(quality);
        q.addBindValue(rating > 0 ? QVariant(rating) : QVariant());
        q.addBindValue(Collaboration::currentUserId(db).value());
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc().addDays(-daysAgo)));
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }

private slots:
    void initTestCase() { StudioFixture::isolateDesktop(m_home.path()); }

    void variablesAndFilling()
    {
        QCOMPARE(PromptService::variablesOf(QStringLiteral("{product} on {surface}, {product} again, {not a var}")),
                 (QStringList{QStringLiteral("product"), QStringLiteral("surface")}));
        auto filled = PromptService::fill(QStringLiteral("{product} on {surface}"),
                                          {{QStringLiteral("product"), QStringLiteral("a vase")}, {QStringLiteral("surface"), QStringLiteral(" oak ")}});
        QCOMPARE(filled.value(), QStringLiteral("a vase on oak"));
        auto missing = PromptService::fill(QStringLiteral("{product} on {surface}"), {{QStringLiteral("product"), QStringLiteral("a vase")}});
        QCOMPARE(missing.error().message, QStringLiteral("The template needs a value for: surface."));
        auto unknown = PromptService::fill(QStringLiteral("{product}"), {{QStringLiteral("product"), QStringLiteral("x")},
                                                                          {QStringLiteral("colour"), QStringLiteral("red")}});
        QCOMPARE(unknown.error().message, QStringLiteral("The template has no variable named colour; its variables are: product."));
    }

    void rules()
    {
        const OptimizedPrompt o = PromptService::optimizeByRules(QStringLiteral("  a linen dress ,  a linen dress, no text,   studio light "));
        QCOMPARE(o.prompt, QStringLiteral("a linen dress, studio light, highly detailed, balanced composition"));
        QCOMPARE(o.negativePrompt, QStringLiteral("text"));
        QCOMPARE(o.source, QStringLiteral("rules"));
        QVERIFY(o.changes.contains(QStringLiteral("removed the repeated \"a linen dress\"")));
        QVERIFY(o.changes.contains(QStringLiteral("moved \"no text\" to the negative prompt")));
    }

    void templatesKeepTheirFiguresCurrent_data() { ScratchDatabase::addDialectRows(); }
    void templatesKeepTheirFiguresCurrent()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        PromptTemplate t;
        t.name = QStringLiteral("Product on marble");
        t.category = QStringLiteral("product");
        t.prompt = QStringLiteral("{product} on white marble, {style} photography");
        t.brandId = QStringLiteral("brand-q");
        auto saved = PromptService::saveTemplate(db, t);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->variables, (QStringList{QStringLiteral("product"), QStringLiteral("style")}));
        QCOMPARE(PromptService::templates(db, QStringLiteral("brand-q"), QStringLiteral("product"))->size(), 1);
        QCOMPARE(PromptService::templates(db, QStringLiteral("brand-q"), QStringLiteral("logo"))->size(), 0);

        GenerationRequest r;
        r.brandId = QStringLiteral("brand-q");
        r.provider = QStringLiteral("offline");
        r.model = QStringLiteral("offline-preview");
        r.width = 256;
        r.height = 256;
        QVERIFY(!PromptService::applyTemplate(db, saved->id, {{QStringLiteral("product"), QStringLiteral("a serum")}}, r));
        QVERIFY(PromptService::applyTemplate(db, saved->id, {{QStringLiteral("product"), QStringLiteral("a serum")},
                                                             {QStringLiteral("style"), QStringLiteral("editorial")}}, r));
        QCOMPARE(r.type, QStringLiteral("template"));
        QCOMPARE(r.prompt, QStringLiteral("a serum on white marble, editorial photography"));
        auto g = GenerationService::enqueue(db, r);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QVERIFY(StudioFixture::runUntilFinished(scratch.url(), {g->id}));
        QCOMPARE(GenerationService::get(db, g->id)->status, QStringLiteral("completed"));
        auto after = PromptService::templates(db, QStringLiteral("brand-q")).value().first();
        QCOMPARE(after.usageCount, 1);
        QCOMPARE(after.successRate, 1.0);

        // Renaming keeps the figures; a template of another brand is not offered.
        PromptTemplate renamed = after;
        renamed.name = QStringLiteral("Marble");
        QCOMPARE(PromptService::saveTemplate(db, renamed)->usageCount, 1);
        QCOMPARE(PromptService::templates(db, QStringLiteral("other-brand"))->size(), 0);
    }

    /// A damaged variables column (invalid text on SQLite; jsonb of the wrong type on PostgreSQL) is an error naming the
    /// template, in the listing and when the template is applied.
    void damagedTemplateNamesTheRow_data() { ScratchDatabase::addDialectRows(); }
    void damagedTemplateNamesTheRow()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        PromptTemplate t;
        t.name = QStringLiteral("Damaged");
        t.category = QStringLiteral("product");
        t.prompt = QStringLiteral("{product} on slate");
        t.brandId = QStringLiteral("brand-q");
        auto saved = PromptService::saveTemplate(db, t);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE ai_prompt_templates SET variables = %1 WHERE id = '%2'")
                           .arg(dialect == QLatin1String("sqlite") ? QStringLiteral("'[\"product\"'") : QStringLiteral("'{}'"), saved->id)));
        const auto listed = PromptService::templates(db, QStringLiteral("brand-q"));
        QVERIFY(!listed.ok());
        QVERIFY2(listed.error().message.contains(saved->id) && listed.error().message.contains(QLatin1String("variables")),
                 qPrintable(listed.error().message));
        GenerationRequest r;
        r.brandId = QStringLiteral("brand-q");
        const auto applied = PromptService::applyTemplate(db, saved->id, {{QStringLiteral("product"), QStringLiteral("a serum")}}, r);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message.contains(saved->id), qPrintable(applied.error().message));
    }

    void historySuggestionsAndChat_data() { ScratchDatabase::addDialectRows(); }
    void historySuggestionsAndChat()
    {
        ATELIER_SCRATCH(scratch);
        QSqlDatabase db = StudioFixture::prepare(scratch.url());
        past(db, QStringLiteral("g1"), QStringLiteral("leather sneaker, pastel backdrop, soft shadows"), 92, 5, 3);
        past(db, QStringLiteral("g2"), QStringLiteral("leather boot, pastel backdrop, soft shadows"), 88, 4, 2);
        past(db, QStringLiteral("g3"), QStringLiteral("leather sneaker on grass"), 40, 0, 1);
        past(db, QStringLiteral("g4"), QStringLiteral("100% cotton shirt"), 75, 0, 1);

        auto history = PromptService::history(db, QStringLiteral("brand-q"), QStringLiteral("SNEAKER"));
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().prompt, QStringLiteral("leather sneaker on grass"));
        QCOMPARE(PromptService::history(db, QStringLiteral("brand-q"), QStringLiteral("100%"))->size(), 1);
        QCOMPARE(PromptService::history(db, QStringLiteral("brand-q"), QStringLiteral("%"))->size(), 1); // % is a character, not a wildcard

        auto suggestions = PromptService::suggestions(db, QStringLiteral("brand-q"), QStringLiteral("a leather sneaker"));
        QVERIFY(suggestions);
        QVERIFY(suggestions->size() >= 2);
        QCOMPARE(suggestions->first().generationId, QStringLiteral("g3")); // closest in words
        QVERIFY(suggestions->first().similarity > suggestions->at(1).similarity);

        // The brand's best-rated history adds what keeps coming back in it.
        auto optimized = PromptService::optimize(db, QStringLiteral("brand-q"), QStringLiteral("canvas tote bag, studio light, sharp, close-up"));
        QVERIFY(optimized);
        QCOMPARE(optimized->source, QStringLiteral("history"));
        QVERIFY2(optimized->prompt.contains(QLatin1String("pastel backdrop")), qPrintable(optimized->prompt));

        // With a chat model set for OpenAI, its chat-completions endpoint rewrites the prompt.
        FakeProvider chat;
        const QString completions = QStringLiteral("/v1/chat/completions");
        chat.answer("POST", completions,
                    FakeAnswer::json({{QStringLiteral("choices"),
                                       QJsonArray{QJsonObject{{QStringLiteral("message"),
                                                               QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                           {QStringLiteral("content"), QStringLiteral("a canvas tote, crisp studio light")}}}}}}}));
        ProviderConfig c = ProviderSettings::config(QStringLiteral("openai")).value();
        c.baseUrl = chat.base();
        c.chatModel = QStringLiteral("gpt-4o-mini");
        QVERIFY(ProviderSettings::save(c, QStringLiteral("sk-chat")));
        auto rewritten = PromptService::optimize(db, QStringLiteral("brand-q"), QStringLiteral("canvas tote bag"));
        QVERIFY(rewritten);
        QCOMPARE(rewritten->source, QStringLiteral("chat"));
        QCOMPARE(rewritten->prompt, QStringLiteral("a canvas tote, crisp studio light"));
        QCOMPARE(chat.count(), 1);
        const FakeRequest asked = chat.last("POST", completions);
        QCOMPARE(asked.json().value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(asked.json().value(QLatin1String("messages")).toArray().size(), 2);
        QCOMPARE(asked.header("Authorization"), QByteArray("Bearer sk-chat"));
        c.chatModel.clear();
        QVERIFY(ProviderSettings::save(c));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("Atelier"));
    TestPromptService test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_promptservice.moc"
