#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Atelier {

struct GenerationRequest;

struct PromptTemplate final
{
    QString id;
    QString name;
    QString category;
    QString prompt; // with {variables}
    QStringList variables;
    double successRate = 0; // completed ÷ finished generations made from it
    int usageCount = 0;
    QString brandId; // empty: every brand's
    QDateTime createdAt;
};

struct OptimizedPrompt final
{
    QString prompt;
    QString negativePrompt;
    QStringList changes; // what was done, in words
    QString source;      // rules, history, chat
};

struct PromptSuggestion final
{
    QString prompt;
    QString generationId;
    QString model;
    double similarity = 0; // word overlap (Jaccard), 0 … 1
    double quality = 0;
};

struct PromptHistoryEntry final
{
    QString prompt;
    int uses = 0;
    std::optional<double> meanQuality;
    QDateTime lastUsed;
    QString lastModel;
};

/// Prompts: templates with {variables}, their filling, optimisation (rules, the brand's best-rated history and, when
/// OpenAI has a chat model set, its chat-completions endpoint), suggestions from similar past prompts, and history.
class PromptService final
{
    Q_DECLARE_TR_FUNCTIONS(PromptService)
public:
    /// The {names} in a prompt, in order of first appearance.
    static QStringList variablesOf(const QString &prompt);
    /// The prompt with its variables filled; a missing or unknown variable is refused, by name.
    static Result<QString> fill(const QString &prompt, const QHash<QString, QString> &values);
    static Result<QList<PromptTemplate>> templates(const QSqlDatabase &db, const QString &brandId, const QString &category = {});
    /// Creates (no id) or updates a template; its variables are read from the prompt.
    static Result<PromptTemplate> saveTemplate(const QSqlDatabase &db, const PromptTemplate &t);
    /// Turns \a request into a "template" generation: the template's prompt filled with \a values.
    static Status applyTemplate(const QSqlDatabase &db, const QString &templateId, const QHash<QString, QString> &values,
                                GenerationRequest &request);
    static Result<OptimizedPrompt> optimize(const QSqlDatabase &db, const QString &brandId, const QString &prompt);
    /// The rules alone, no database: spaces, repeats, "no …" moved to the negative prompt, missing quality terms.
    static OptimizedPrompt optimizeByRules(const QString &prompt);
    static Result<QList<PromptSuggestion>> suggestions(const QSqlDatabase &db, const QString &brandId, const QString &prompt, int limit = 5);
    /// Distinct prompts of the brand, most recent first, containing \a search (any case) when given.
    static Result<QList<PromptHistoryEntry>> history(const QSqlDatabase &db, const QString &brandId, const QString &search = {}, int limit = 50);
};

} // namespace Atelier
