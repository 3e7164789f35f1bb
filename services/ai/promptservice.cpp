#include "ai/promptservice.h"

#include "ai/generation.h"
#include "ai/providers/httpcall.h"
#include "ai/providersettings.h"
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace Atelier {

namespace {

QString jsonText(const QJsonValue &v)
{
    return v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                       : QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{3,}"));
    QSet<QString> words;
    auto it = word.globalMatch(text.toLower());
    while (it.hasNext())
        words.insert(it.next().captured(0));
    return words;
}

QStringList phrasesOf(const QString &prompt)
{
    QStringList phrases;
    for (const QString &part : prompt.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString p = part.simplified(); !p.isEmpty())
            phrases.append(p);
    return phrases;
}

bool mentionsAny(const QString &lower, std::initializer_list<const char *> terms)
{
    for (const char *t : terms)
        if (lower.contains(QLatin1String(t)))
            return true;
    return false;
}

Result<PromptTemplate> templateFrom(const QSqlQuery &q, const SqlDialect &d)
{
    PromptTemplate t;
    t.id = q.value(0).toString();
    auto variables = JsonColumn::array(q.value(4), QStringLiteral("ai_prompt_templates"), QStringLiteral("variables"), t.id);
    if (!variables)
        return variables.error();
    t.name = q.value(1).toString();
    t.category = q.value(2).toString();
    t.prompt = q.value(3).toString();
    for (const QJsonValue &v : variables.value())
        t.variables.append(v.toString());
    t.successRate = q.value(5).value<double>();
    t.usageCount = q.value(6).toInt();
    t.brandId = q.value(7).toString();
    t.createdAt = d.toDateTime(q.value(8));
    return t;
}

const char *const kTemplateColumns = "id, name, category, prompt, variables, success_rate, usage_count, brand_id, created_at";

} // namespace

QStringList PromptService::variablesOf(const QString &prompt)
{
    static const QRegularExpression variable(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]{0,63})\\}"));
    QStringList names;
    auto it = variable.globalMatch(prompt);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<QString> PromptService::fill(const QString &prompt, const QHash<QString, QString> &values)
{
    const QStringList names = variablesOf(prompt);
    QStringList missing, unknown;
    for (const QString &n : names)
        if (values.value(n).trimmed().isEmpty())
            missing.append(n);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!names.contains(it.key()))
            unknown.append(it.key());
    if (!missing.isEmpty())
        return Error{tr("The template needs a value for: %1.").arg(missing.join(QLatin1String(", "))), {}};
    if (!unknown.isEmpty()) {
        unknown.sort();
        return Error{tr("The template has no variable named %1; its variables are: %2.")
                         .arg(unknown.join(QLatin1String(", ")), names.join(QLatin1String(", "))),
                     {}};
    }
    QString filled = prompt;
    for (const QString &n : names)
        filled.replace(QLatin1Char('{') + n + QLatin1Char('}'), values.value(n).simplified());
    return filled;
}

Result<QList<PromptTemplate>> PromptService::templates(const QSqlDatabase &db, const QString &brandId, const QString &category)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_prompt_templates WHERE (brand_id = ? OR brand_id IS NULL)%2 ORDER BY category, name")
                  .arg(QLatin1String(kTemplateColumns), category.isEmpty() ? QString() : QStringLiteral(" AND category = ?")));
    q.addBindValue(brandId);
    if (!category.isEmpty())
        q.addBindValue(category);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the prompt templates"));
    QList<PromptTemplate> list;
    const SqlDialect d = SqlDialect::of(db);
    while (q.next()) {
        auto t = templateFrom(q, d);
        if (!t)
            return t.error();
        list.append(t.value());
    }
    return list;
}

Result<PromptTemplate> PromptService::saveTemplate(const QSqlDatabase &db, const PromptTemplate &t)
{
    if (t.name.trimmed().isEmpty() || t.name.size() > 200)
        return Error{tr("A template needs a name of 1 to 200 characters."), {}};
    if (t.category.trimmed().isEmpty() || t.category.size() > 100)
        return Error{tr("A template needs a category of 1 to 100 characters."), {}};
    if (t.prompt.trimmed().isEmpty() || t.prompt.size() > 4000)
        return Error{tr("A template needs a prompt of 1 to 4000 characters."), {}};
    const SqlDialect d = SqlDialect::of(db);
    QJsonArray variables;
    for (const QString &v : variablesOf(t.prompt))
        variables.append(v);
    const QString json = d.jsonParameter();
    QSqlQuery q(db);
    QString id = t.id;
    if (id.isEmpty()) {
        auto me = Collaboration::currentUserId(db);
        if (!me)
            return me.error();
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("INSERT INTO ai_prompt_templates (id, name, category, prompt, variables, user_id, brand_id, created_at) "
                                 "VALUES (?, ?, ?, ?, %1, ?, ?, ?)")
                      .arg(json));
        q.addBindValue(id);
        q.addBindValue(t.name.trimmed());
        q.addBindValue(t.category.trimmed());
        q.addBindValue(t.prompt);
        q.addBindValue(jsonText(variables));
        q.addBindValue(me.value());
        q.addBindValue(t.brandId.isEmpty() ? QVariant() : QVariant(t.brandId));
        q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
    } else {
        q.prepare(QStringLiteral("UPDATE ai_prompt_templates SET name = ?, category = ?, prompt = ?, variables = %1 WHERE id = ?").arg(json));
        q.addBindValue(t.name.trimmed());
        q.addBindValue(t.category.trimmed());
        q.addBindValue(t.prompt);
        q.addBindValue(jsonText(variables));
        q.addBindValue(id);
    }
    if (!q.exec())
        return Database::queryError(q, tr("Saving a prompt template"));
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no prompt template %1 (or it is not yours to change).").arg(id), {}};
    q.prepare(QStringLiteral("SELECT %1 FROM ai_prompt_templates WHERE id = ?").arg(QLatin1String(kTemplateColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the prompt templates"));
    return templateFrom(q, d);
}

Status PromptService::applyTemplate(const QSqlDatabase &db, const QString &templateId, const QHash<QString, QString> &values,
                                    GenerationRequest &request)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_prompt_templates WHERE id = ? AND (brand_id = ? OR brand_id IS NULL)")
                  .arg(QLatin1String(kTemplateColumns)));
    q.addBindValue(templateId);
    q.addBindValue(request.brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the prompt templates"));
    if (!q.next())
        return Error{tr("There is no prompt template %1 for this brand.").arg(templateId), {}};
    auto read = templateFrom(q, SqlDialect::of(db));
    if (!read)
        return read.error();
    const PromptTemplate &t = read.value();
    auto filled = fill(t.prompt, values);
    if (!filled)
        return Error{tr("Template \"%1\": %2").arg(t.name, filled.error().message), {}};
    request.type = QStringLiteral("template");
    request.prompt = filled.value();
    QJsonObject vars;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        vars.insert(it.key(), it.value());
    request.parameters.insert(QStringLiteral("template"), t.id);
    request.parameters.insert(QStringLiteral("variables"), vars);
    return Done{};
}

OptimizedPrompt PromptService::optimizeByRules(const QString &prompt)
{
    OptimizedPrompt o;
    o.source = QStringLiteral("rules");
    QStringList kept, negatives;
    QSet<QString> seen;
    static const QRegularExpression negation(QStringLiteral("^(no|without)\\s+(.+)$"), QRegularExpression::CaseInsensitiveOption);
    for (const QString &phrase : phrasesOf(prompt)) {
        const QString key = phrase.toLower();
        if (seen.contains(key)) {
            o.changes.append(tr("removed the repeated \"%1\"").arg(phrase));
            continue;
        }
        seen.insert(key);
        if (const auto m = negation.match(phrase); m.hasMatch()) {
            negatives.append(m.captured(2));
            o.changes.append(tr("moved \"%1\" to the negative prompt").arg(phrase));
            continue;
        }
        kept.append(phrase);
    }
    const QString lower = kept.join(QLatin1String(", ")).toLower();
    if (!kept.isEmpty()) {
        if (!mentionsAny(lower, {"light", "golden hour", "sunlit", "backlit", "shadow", "studio"})) {
            kept.append(QStringLiteral("soft natural lighting"));
            o.changes.append(tr("added lighting"));
        }
        if (!mentionsAny(lower, {"detail", "sharp", "4k", "8k", "high resolution", "crisp"})) {
            kept.append(QStringLiteral("highly detailed"));
            o.changes.append(tr("added a level of detail"));
        }
        if (!mentionsAny(lower, {"composition", "close-up", "close up", "wide shot", "centered", "framing", "portrait", "overhead", "flat lay"})) {
            kept.append(QStringLiteral("balanced composition"));
            o.changes.append(tr("added a composition"));
        }
    }
    o.prompt = kept.join(QLatin1String(", ")).left(2000);
    o.negativePrompt = negatives.join(QLatin1String(", "));
    if (o.prompt != prompt.simplified() && o.changes.isEmpty())
        o.changes.append(tr("tidied spaces and commas"));
    return o;
}

Result<OptimizedPrompt> PromptService::optimize(const QSqlDatabase &db, const QString &brandId, const QString &prompt)
{
    if (prompt.trimmed().isEmpty())
        return Error{tr("The prompt is empty: there is nothing to optimise."), {}};
    OptimizedPrompt o = optimizeByRules(prompt);

    // The brand's best-rated generations: phrases that keep coming back in them, missing here.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT prompt FROM ai_generations WHERE brand_id = ? AND status = 'completed' "
                             "AND (rating >= 4 OR (rating IS NULL AND quality >= 70)) "
                             "ORDER BY coalesce(rating * 20, quality) DESC, created_at DESC LIMIT 50"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the brand's best prompts"));
    QHash<QString, int> counts;
    QHash<QString, QString> spelled;
    while (q.next()) {
        QSet<QString> once;
        // The first phrase names the subject (that prompt's, not this one's); the ones after it describe the look.
        for (const QString &phrase : phrasesOf(q.value(0).toString()).mid(1)) {
            const QString key = phrase.toLower();
            if (phrase.size() > 40 || once.contains(key))
                continue;
            once.insert(key);
            ++counts[key];
            spelled.insert(key, phrase);
        }
    }
    const QString have = o.prompt.toLower();
    QList<std::pair<int, QString>> frequent;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() >= 2 && !have.contains(it.key()))
            frequent.append({it.value(), it.key()});
    std::sort(frequent.begin(), frequent.end(), [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
    for (qsizetype i = 0; i < std::min<qsizetype>(2, frequent.size()); ++i) {
        o.prompt += QStringLiteral(", ") + spelled.value(frequent.at(i).second);
        o.changes.append(tr("added \"%1\", found in %2 of the brand's best-rated generations")
                             .arg(spelled.value(frequent.at(i).second))
                             .arg(frequent.at(i).first));
        o.source = QStringLiteral("history");
    }

    // A chat model rewrites it, when OpenAI has one set on this desktop.
    auto openai = ProviderSettings::config(QStringLiteral("openai"));
    if (!openai || openai->chatModel.isEmpty())
        return o;
    auto key = ProviderSettings::apiKey(QStringLiteral("openai"));
    if (!key || key->isEmpty()) {
        o.changes.append(tr("the chat model was not asked: OpenAI has no API key on this desktop"));
        return o;
    }
    QNetworkRequest request(QUrl(openai->baseUrl + QStringLiteral("/v1/chat/completions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + key->toUtf8());
    const QJsonObject body{
        {QStringLiteral("model"), openai->chatModel},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), QStringLiteral("You improve prompts for an image generation model. Answer with the "
                                                                           "improved prompt only: one line, comma-separated phrases, no quotes.")}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), o.prompt}}}}};
    const HttpAnswer answer = HttpCall::post(request, QJsonDocument(body).toJson(QJsonDocument::Compact), openai->timeoutSeconds * 1000);
    if (answer.status != 200) {
        o.changes.append(tr("the chat model was not used: %1").arg(HttpCall::errorOf(QStringLiteral("OpenAI"), answer).message));
        return o;
    }
    const QJsonValue content = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("choices")).toArray().at(0).toObject()
                                   .value(QLatin1String("message")).toObject().value(QLatin1String("content"));
    const QString rewritten = content.toString().simplified();
    if (!content.isString() || rewritten.isEmpty()) {
        o.changes.append(tr("the chat model was not used: its answer held no prompt"));
        return o;
    }
    o.prompt = rewritten.left(2000);
    o.source = QStringLiteral("chat");
    o.changes.append(tr("rewritten by %1").arg(openai->chatModel));
    return o;
}

Result<QList<PromptSuggestion>> PromptService::suggestions(const QSqlDatabase &db, const QString &brandId, const QString &prompt, int limit)
{
    const QSet<QString> mine = wordsOf(prompt);
    QList<PromptSuggestion> found;
    if (mine.isEmpty())
        return found;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, prompt, model, coalesce(quality, 0) FROM ai_generations WHERE brand_id = ? AND status = 'completed' "
                             "ORDER BY created_at DESC LIMIT 5000"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading past prompts"));
    const QString own = prompt.simplified().toLower();
    QHash<QString, PromptSuggestion> best; // one per distinct prompt: its best result
    while (q.next()) {
        const QString text = q.value(1).toString();
        const QString key = text.simplified().toLower();
        if (key == own)
            continue;
        const QSet<QString> theirs = wordsOf(text);
        const qsizetype common = QSet<QString>(mine).intersect(theirs).size();
        const double similarity = double(common) / double(QSet<QString>(mine).unite(theirs).size());
        if (similarity < 0.2)
            continue;
        const double quality = q.value(3).value<double>();
        auto it = best.find(key);
        if (it == best.end() || it->quality < quality)
            best.insert(key, PromptSuggestion{text, q.value(0).toString(), q.value(2).toString(), similarity, quality});
    }
    found = best.values();
    // Ranked by how close and how good: similarity weighted by quality (half weight at 0, full at 100).
    std::sort(found.begin(), found.end(), [](const PromptSuggestion &a, const PromptSuggestion &b) {
        const double sa = a.similarity * (0.5 + a.quality / 200), sb = b.similarity * (0.5 + b.quality / 200);
        return sa != sb ? sa > sb : a.prompt < b.prompt;
    });
    if (found.size() > limit)
        found.resize(std::max(0, limit));
    return found;
}

Result<QList<PromptHistoryEntry>> PromptService::history(const QSqlDatabase &db, const QString &brandId, const QString &search, int limit)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT g.prompt, count(*), avg(g.quality), max(g.created_at), "
                             "(SELECT m.model FROM ai_generations m WHERE m.brand_id = g.brand_id AND m.prompt = g.prompt "
                             "ORDER BY m.created_at DESC LIMIT 1) "
                             "FROM ai_generations g WHERE g.brand_id = ?%1 GROUP BY g.brand_id, g.prompt ORDER BY max(g.created_at) DESC LIMIT ?")
                  .arg(search.isEmpty() ? QString() : QStringLiteral(" AND lower(g.prompt) LIKE ? ESCAPE '!'")));
    q.addBindValue(brandId);
    if (!search.isEmpty()) {
        QString pattern = search.toLower();
        pattern.replace(QLatin1String("!"), QLatin1String("!!")).replace(QLatin1String("%"), QLatin1String("!%")).replace(QLatin1String("_"), QLatin1String("!_"));
        q.addBindValue(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the prompt history"));
    QList<PromptHistoryEntry> list;
    while (q.next()) {
        PromptHistoryEntry e;
        e.prompt = q.value(0).toString();
        e.uses = q.value(1).toInt();
        if (!q.isNull(2))
            e.meanQuality = q.value(2).value<double>();
        e.lastUsed = d.toDateTime(q.value(3));
        e.lastModel = q.value(4).toString();
        list.append(e);
    }
    return list;
}

} // namespace Atelier
