#include "translationstore.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "i18n/tsfile.h"
#include "security/audittrail.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier {

namespace {

const QChar kUnit(0x1F);

QString composite(const QString &context, const QString &source, const QString &disambiguation)
{
    return context + kUnit + source + kUnit + disambiguation;
}

bool isCurrent(const TsMessage &m)
{
    return m.state == TsMessage::State::Finished || m.state == TsMessage::State::Unfinished;
}

bool allEmpty(const QStringList &forms)
{
    return std::all_of(forms.begin(), forms.end(), [](const QString &f) { return f.isEmpty(); });
}

QString encodeForms(const QStringList &forms, bool numerus)
{
    if (!numerus)
        return forms.value(0);
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(forms)).toJson(QJsonDocument::Compact));
}

QStringList decodeForms(const QString &value, bool numerus)
{
    if (!numerus)
        return {value};
    QStringList forms;
    for (const QJsonValue &v : QJsonDocument::fromJson(value.toUtf8()).array())
        forms.append(v.toString());
    return forms;
}

/// "the message “Save” (context MainWindow)", for sentences naming one.
QString named(const QString &context, const QString &source)
{
    QString shortSource = source.simplified();
    if (shortSource.size() > 60)
        shortSource = shortSource.left(57) + QStringLiteral("…");
    return TranslationStore::tr("“%1” (context %2)").arg(shortSource, context);
}

Status knownLanguage(const QString &language)
{
    if (TranslationStore::languages().contains(language))
        return Done{};
    return Error{TranslationStore::tr("Unknown language “%1”; the languages are: %2.")
                     .arg(language, TranslationStore::languages().join(QLatin1String(", "))),
                 {}, ErrorCode::InvalidInput};
}

/// An empty text as '' (a null QString binds as NULL).
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString newId()
{
    return QStringLiteral("tr_") + QUuid::createUuid().toString(QUuid::Id128);
}

struct Row
{
    QString id;
    TranslationState state = TranslationState::WaitingForReview;
};

/// The row of a message in a language, locked until the transaction ends when the person may change it. (On
/// PostgreSQL FOR UPDATE skips the rows one may not update, such as an approved text for a translator: it is read
/// without the lock first, so that the caller refuses it by name.)
Result<std::optional<Row>> lockedRow(const QSqlDatabase &db, const QString &key, const QString &language)
{
    std::optional<Row> row;
    for (const QString &lock : {QString(), SqlDialect::of(db).lockRows()}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, state FROM translations WHERE key = ? AND language = ?") + lock);
        q.addBindValue(key);
        q.addBindValue(language);
        if (!q.exec())
            return Database::queryError(q, TranslationStore::tr("Reading a translation"));
        if (q.next())
            row = Row{q.value(0).toString(), TranslationStore::stateFromName(q.value(1).toString()).value_or(TranslationState::WaitingForReview)};
        if (!row || !lock.isEmpty() || SqlDialect::of(db).lockRows().isEmpty())
            break;
    }
    return row;
}

const TsMessage *findByKey(const TsFile &file, const QString &key)
{
    for (const TsMessage &m : file.messages)
        if (isCurrent(m) && TranslationStore::messageKey(m.context, m.source, m.comment) == key)
            return &m;
    return nullptr;
}

Status audit(const QSqlDatabase &db, const QString &action, const QString &id, const QString &language, const QString &context,
             const QString &source, const QString &state)
{
    if (!SqlDialect::of(db).isSqlite())
        return Done{}; // PostgreSQL's trigger audits every change of the table (migration 0019), psql's too
    return AuditTrail::recordWithin(db, action, QStringLiteral("translation"), id, {},
                                    QJsonObject{{QStringLiteral("language"), language}, {QStringLiteral("context"), context},
                                                {QStringLiteral("source"), source.left(200)}, {QStringLiteral("state"), state}});
}

/// Writes one message's change inside the caller's transaction; no check but the row's lock and the database's own.
Status write(const QSqlDatabase &db, const QString &me, const QString &language, const TsMessage &m, const QStringList &forms,
             TranslationState state, const TranslationStanding &standing)
{
    const QString key = TranslationStore::messageKey(m.context, m.source, m.comment);
    auto row = lockedRow(db, key, language);
    if (!row)
        return row.error();
    if (row->has_value() && row->value().state == TranslationState::Approved && !standing.reviewer)
        return Error{TranslationStore::tr("The translation of %1 into %2 is approved: only a reviewer (an admin) changes it.")
                         .arg(named(m.context, m.source), language),
                     {}, ErrorCode::PermissionDenied};
    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant now = dialect.timeValue(QDateTime::currentDateTimeUtc());
    const QVariant reviewer = state == TranslationState::Approved ? QVariant(me) : QVariant(QMetaType(QMetaType::QString));
    QSqlQuery q(db);
    QString id;
    if (row->has_value()) {
        id = row->value().id;
        q.prepare(QStringLiteral("UPDATE translations SET value = ?, numerus = ?, state = ?, updated_by = ?, reviewed_by = ?, "
                                 "updated_at = ? WHERE id = ?"));
        q.addBindValue(encodeForms(forms, m.numerus));
        q.addBindValue(m.numerus);
        q.addBindValue(TranslationStore::stateName(state));
        q.addBindValue(me);
        q.addBindValue(reviewer);
        q.addBindValue(now);
        q.addBindValue(id);
    } else {
        id = newId();
        q.prepare(QStringLiteral("INSERT INTO translations (id, key, language, value, context, source, disambiguation, numerus, "
                                 "state, updated_by, reviewed_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(id), QVariant(key), QVariant(language), QVariant(encodeForms(forms, m.numerus)),
                                  QVariant(nonNull(m.context)), QVariant(nonNull(m.source)), QVariant(nonNull(m.comment)), QVariant(m.numerus),
                                  QVariant(TranslationStore::stateName(state)), QVariant(me), reviewer, now, now})
            q.addBindValue(v);
    }
    if (!q.exec())
        return Database::queryError(q, TranslationStore::tr("Saving the translation of %1").arg(named(m.context, m.source)));
    return audit(db, row->has_value() ? QStringLiteral("edit") : QStringLiteral("create"), id, language, m.context, m.source,
                 TranslationStore::stateName(state));
}

} // namespace

QStringList TranslationMessage::shown() const
{
    if (hasRow && state == TranslationState::Approved)
        return stored;
    return compiledFinished ? compiled : QStringList{};
}

bool TranslationMessage::hasError() const
{
    return std::any_of(warnings.begin(), warnings.end(), [](const TranslationWarning &w) { return w.error; });
}

QString TranslationOverrides::lookupKey(const QString &context, const QString &source, const QString &disambiguation)
{
    return composite(context, source, disambiguation);
}

QStringList TranslationStore::languages()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n/ts")).entryList({QStringLiteral("atelier_*.ts")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        codes.append(f.mid(8, f.size() - 11));
    return codes;
}

QString TranslationStore::stateName(TranslationState state)
{
    switch (state) {
    case TranslationState::Untranslated: return QStringLiteral("untranslated");
    case TranslationState::NeedsEditing: return QStringLiteral("needs_editing");
    case TranslationState::WaitingForReview: return QStringLiteral("waiting_for_review");
    case TranslationState::Approved: return QStringLiteral("approved");
    }
    return {};
}

std::optional<TranslationState> TranslationStore::stateFromName(const QString &name)
{
    for (TranslationState s : {TranslationState::Untranslated, TranslationState::NeedsEditing, TranslationState::WaitingForReview,
                               TranslationState::Approved})
        if (stateName(s) == name)
            return s;
    return std::nullopt;
}

QString TranslationStore::stateTitle(TranslationState state)
{
    switch (state) {
    case TranslationState::Untranslated: return tr("Untranslated");
    case TranslationState::NeedsEditing: return tr("Needs editing");
    case TranslationState::WaitingForReview: return tr("Waiting for review");
    case TranslationState::Approved: return tr("Approved");
    }
    return {};
}

QString TranslationStore::messageKey(const QString &context, const QString &source, const QString &disambiguation)
{
    return QStringLiteral("ts:")
        + QString::fromLatin1(QCryptographicHash::hash(composite(context, source, disambiguation).toUtf8(), QCryptographicHash::Sha1).toHex());
}

int TranslationStore::numerusCount(const QString &)
{
    return 2; // en, fr, es, de, it, pt: one and other
}

int TranslationStore::numerusForm(const QString &language, int n)
{
    if (language == QLatin1String("fr") || language == QLatin1String("pt"))
        return n > 1 ? 1 : 0; // 0 and 1 are singular in French
    return n == 1 ? 0 : 1;
}

Result<TsFile> TranslationStore::compiled(const QString &language)
{
    if (auto s = knownLanguage(language); !s)
        return s.error();
    static QMutex mutex;
    static QHash<QString, TsFile> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(language); it != cache.constEnd())
        return it.value();
    const QString path = QStringLiteral(":/i18n/ts/atelier_%1.ts").arg(language);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The translations of “%1” are not in this program.").arg(language), file.errorString(), ErrorCode::NotFound};
    auto ts = TsFile::parse(file.readAll(), QStringLiteral("atelier_%1.ts").arg(language));
    if (!ts)
        return ts.error();
    cache.insert(language, ts.value());
    return ts;
}

Result<QList<TranslationMessage>> TranslationStore::list(const QSqlDatabase &db, const QString &language)
{
    auto ts = compiled(language);
    if (!ts)
        return ts.error();
    QList<TranslationMessage> messages;
    QHash<QString, qsizetype> index;
    for (const TsMessage &m : ts->messages) {
        if (!isCurrent(m))
            continue;
        TranslationMessage t;
        t.context = m.context;
        t.source = m.source;
        t.disambiguation = m.comment;
        t.key = messageKey(m.context, m.source, m.comment);
        t.note = m.extraComment;
        for (const TsLocation &l : m.locations) {
            QString file = l.file;
            while (file.startsWith(QLatin1String("../")))
                file = file.mid(3);
            t.locations.append(l.line > 0 ? QStringLiteral("%1:%2").arg(file).arg(l.line) : file);
        }
        t.numerus = m.numerus;
        t.compiled = allEmpty(m.translations) ? QStringList{} : m.translations;
        t.compiledFinished = m.state == TsMessage::State::Finished && !t.compiled.isEmpty();
        t.state = t.compiledFinished ? TranslationState::Approved
                  : t.compiled.isEmpty() ? TranslationState::Untranslated : TranslationState::NeedsEditing;
        index.insert(composite(m.context, m.source, m.comment), messages.size());
        messages.append(t);
    }
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.id, coalesce(t.context, ''), t.source, t.disambiguation, t.numerus, t.value, t.state, %1, "
                             "coalesce(u.username, t.updated_by), coalesce(r.username, t.reviewed_by) FROM translations t "
                             "LEFT JOIN users u ON u.id = t.updated_by LEFT JOIN users r ON r.id = t.reviewed_by "
                             "WHERE t.language = ? AND t.source IS NOT NULL")
                  .arg(dialect.epochMilliseconds(QStringLiteral("t.updated_at"))));
    q.addBindValue(language);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the translations into %1").arg(language));
    while (q.next()) {
        const auto it = index.constFind(composite(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
        if (it == index.constEnd())
            continue; // a message the sources no longer have
        TranslationMessage &t = messages[it.value()];
        t.hasRow = true;
        t.id = q.value(0).toString();
        t.stored = decodeForms(q.value(5).toString(), t.numerus);
        t.state = stateFromName(q.value(6).toString()).value_or(TranslationState::WaitingForReview);
        t.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        t.updatedBy = q.value(8).toString();
        t.reviewedBy = q.value(9).toString();
    }
    for (TranslationMessage &t : messages) {
        const StringRole role = TranslationChecks::guessRole(t.context, t.source);
        for (const QString &form : t.text())
            if (!form.isEmpty())
                t.warnings.append(TranslationChecks::check(t.source, form, language, role));
    }
    return messages;
}

Result<TranslationStanding> TranslationStore::standing(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).isSqlite())
        return TranslationStanding{true, true}; // the local person administers their file
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT public.atelier_translation_rank()")) || !q.next())
        return Database::queryError(q, tr("Finding whether you may change translations"));
    const int rank = q.value(0).toInt();
    return TranslationStanding{rank >= 3, rank >= 4};
}

Status TranslationStore::set(const QSqlDatabase &db, const QString &language, const QString &context, const QString &source,
                             const QString &disambiguation, const QStringList &forms, std::optional<TranslationState> state)
{
    auto ts = compiled(language);
    if (!ts)
        return ts.error();
    const TsMessage *m = findByKey(ts.value(), messageKey(context, source, disambiguation));
    if (!m)
        return Error{tr("There is no message %1 in the console to translate.").arg(named(context, source)), {}, ErrorCode::NotFound};
    const int expected = m->numerus ? numerusCount(language) : 1;
    if (forms.size() != expected)
        return Error{tr("The translation of %1 needs %n form(s).", nullptr, expected).arg(named(context, source)), {},
                     ErrorCode::InvalidInput};
    if (allEmpty(forms))
        return Error{tr("The translation of %1 is empty: revert it to show the compiled text again.").arg(named(context, source)),
                     {}, ErrorCode::InvalidInput};
    const StringRole role = TranslationChecks::guessRole(context, source);
    for (const QString &form : forms)
        for (const TranslationWarning &w : TranslationChecks::check(source, form, language, role))
            if (w.error)
                return Error{tr("The translation of %1 would break: %2").arg(named(context, source), w.message), {}, ErrorCode::InvalidInput};
    auto standing = TranslationStore::standing(db);
    if (!standing)
        return standing.error();
    if (!standing->translator)
        return Error{tr("Only editors and admins of a brand change translations."), {}, ErrorCode::PermissionDenied};
    const TranslationState target = state.value_or(standing->reviewer ? TranslationState::Approved : TranslationState::WaitingForReview);
    if (target == TranslationState::Approved && !standing->reviewer)
        return Error{tr("Only a reviewer (an admin of a brand) approves a translation."), {}, ErrorCode::PermissionDenied};
    if (target == TranslationState::Untranslated)
        return Error{tr("A stored translation cannot be untranslated: revert it instead."), {}, ErrorCode::InvalidInput};
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    WriteTransaction tx(db);
    if (auto s = tx.begin(tr("Saving a translation")); !s)
        return s;
    if (auto s = write(db, me.value(), language, *m, forms, target, standing.value()); !s)
        return s;
    return tx.commit(tr("Saving a translation"));
}

namespace {

/// The message \a key names and what the person may do with it, for approve() and revert().
struct Target
{
    TsMessage message;
    TranslationStanding standing;
};

Result<Target> target(const QSqlDatabase &db, const QString &language, const QString &key)
{
    auto ts = TranslationStore::compiled(language);
    if (!ts)
        return ts.error();
    const TsMessage *m = findByKey(ts.value(), key);
    if (!m)
        return Error{TranslationStore::tr("There is no message “%1” in the console.").arg(key), {}, ErrorCode::NotFound};
    auto standing = TranslationStore::standing(db);
    if (!standing)
        return standing.error();
    return Target{*m, standing.value()};
}

} // namespace

Status TranslationStore::approve(const QSqlDatabase &db, const QString &language, const QString &key)
{
    auto t = target(db, language, key);
    if (!t)
        return t.error();
    const TsMessage *m = &t->message;
    if (!t->standing.reviewer)
        return Error{tr("Only a reviewer (an admin of a brand) approves a translation."), {}, ErrorCode::PermissionDenied};
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    WriteTransaction tx(db);
    if (auto s = tx.begin(tr("Approving a translation")); !s)
        return s;
    auto row = lockedRow(db, key, language);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{tr("The translation of %1 into %2 has no change to approve: it is the compiled one.").arg(named(m->context, m->source), language),
                     {}, ErrorCode::NotFound};
    if (row->value().state == TranslationState::Approved)
        return Done{};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE translations SET state = 'approved', reviewed_by = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(me.value());
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(row->value().id);
    if (!q.exec())
        return Database::queryError(q, tr("Approving the translation of %1").arg(named(m->context, m->source)));
    if (auto s = audit(db, QStringLiteral("edit"), row->value().id, language, m->context, m->source, QStringLiteral("approved")); !s)
        return s;
    return tx.commit(tr("Approving a translation"));
}

Status TranslationStore::revert(const QSqlDatabase &db, const QString &language, const QString &key)
{
    auto t = target(db, language, key);
    if (!t)
        return t.error();
    const TsMessage *m = &t->message;
    const TranslationStanding *standing = &t->standing;
    if (!standing->translator)
        return Error{tr("Only editors and admins of a brand change translations."), {}, ErrorCode::PermissionDenied};
    WriteTransaction tx(db);
    if (auto s = tx.begin(tr("Reverting a translation")); !s)
        return s;
    auto row = lockedRow(db, key, language);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error{tr("The translation of %1 into %2 has no change to revert.").arg(named(m->context, m->source), language), {},
                     ErrorCode::NotFound};
    if (row->value().state == TranslationState::Approved && !standing->reviewer)
        return Error{tr("The translation of %1 into %2 is approved: only a reviewer (an admin) changes it.").arg(named(m->context, m->source), language),
                     {}, ErrorCode::PermissionDenied};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM translations WHERE id = ?"));
    q.addBindValue(row->value().id);
    if (!q.exec())
        return Database::queryError(q, tr("Reverting the translation of %1").arg(named(m->context, m->source)));
    if (auto s = audit(db, QStringLiteral("delete"), row->value().id, language, m->context, m->source, {}); !s)
        return s;
    return tx.commit(tr("Reverting a translation"));
}

Result<TranslationOverrides> TranslationStore::overrides(const QSqlDatabase &db, const QString &language)
{
    TranslationOverrides o;
    o.language = language;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(context, ''), source, disambiguation, numerus, value, key FROM translations "
                             "WHERE language = ? AND state = 'approved' AND source IS NOT NULL"));
    q.addBindValue(language);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the translations into %1").arg(language));
    while (q.next()) {
        // Reviewers approve a message by its key (the .ts message it names); a row whose context or source says another
        // message (written so with psql) would change that other one: it applies to nothing.
        if (messageKey(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()) != q.value(5).toString())
            continue;
        const QStringList forms = decodeForms(q.value(4).toString(), q.value(3).toBool());
        if (!allEmpty(forms))
            o.texts.insert(composite(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()), forms);
    }
    return o;
}

QList<TranslationSuggestion> TranslationStore::suggest(const QList<TranslationMessage> &messages, const QString &key, int max)
{
    TranslationMemory memory;
    QString source;
    for (const TranslationMessage &m : messages) {
        if (m.key == key) {
            source = m.source;
            continue;
        }
        const QStringList text = m.text();
        if (!text.isEmpty() && !text.first().isEmpty())
            memory.add(m.source, text.first(), m.context);
    }
    return source.isEmpty() ? QList<TranslationSuggestion>{} : memory.suggest(source, max);
}

Result<QList<TranslationLanguageStatus>> TranslationStore::status(const QSqlDatabase &db)
{
    QList<TranslationLanguageStatus> all;
    for (const QString &language : languages()) {
        auto messages = list(db, language);
        if (!messages)
            return messages.error();
        TranslationLanguageStatus s;
        s.language = language;
        for (const TranslationMessage &m : messages.value()) {
            ++s.total;
            if (!m.shown().isEmpty())
                ++s.translated;
            s.approved += m.state == TranslationState::Approved;
            s.waiting += m.state == TranslationState::WaitingForReview;
            s.needsEditing += m.state == TranslationState::NeedsEditing;
            s.warnings += !m.warnings.isEmpty();
            s.errors += m.hasError();
            s.changed += m.hasRow;
        }
        all.append(s);
    }
    return all;
}

Result<TsFile> TranslationStore::exportTs(const QSqlDatabase &db, const QString &language)
{
    auto ts = compiled(language);
    if (!ts)
        return ts.error();
    auto messages = list(db, language);
    if (!messages)
        return messages.error();
    QHash<QString, const TranslationMessage *> changed;
    for (const TranslationMessage &m : messages.value())
        if (m.hasRow)
            changed.insert(composite(m.context, m.source, m.disambiguation), &m);
    TsFile file = ts.value();
    for (TsMessage &m : file.messages) {
        if (!isCurrent(m))
            continue;
        const TranslationMessage *t = changed.value(composite(m.context, m.source, m.comment));
        if (!t)
            continue;
        m.translations = t->stored;
        m.state = t->state == TranslationState::NeedsEditing ? TsMessage::State::Unfinished : TsMessage::State::Finished;
        m.extras.removeIf([](const QPair<QString, QString> &e) { return e.first == QLatin1String("atelier-state"); });
        if (t->state == TranslationState::WaitingForReview) // finished for Linguist, not yet for the console
            m.extras.append({QStringLiteral("atelier-state"), stateName(t->state)});
    }
    return file;
}

Result<TranslationImportReport> TranslationStore::importTs(const QSqlDatabase &db, const TsFile &file, const QString &languageAsked)
{
    TranslationImportReport report;
    report.language = languageAsked.isEmpty() ? file.language.left(2).toLower() : languageAsked;
    if (report.language.isEmpty())
        return Error{tr("The file names no language: give one (--language)."), {}, ErrorCode::InvalidInput};
    if (auto s = knownLanguage(report.language); !s)
        return s.error();
    auto messages = list(db, report.language);
    if (!messages)
        return messages.error();
    auto ts = compiled(report.language);
    if (!ts)
        return ts.error();
    QHash<QString, const TranslationMessage *> known;
    for (const TranslationMessage &m : messages.value())
        known.insert(composite(m.context, m.source, m.disambiguation), &m);
    QHash<QString, const TsMessage *> compiledMessages;
    for (const TsMessage &m : ts->messages)
        if (isCurrent(m))
            compiledMessages.insert(composite(m.context, m.source, m.comment), &m);
    auto standing = TranslationStore::standing(db);
    if (!standing)
        return standing.error();
    if (!standing->translator)
        return Error{tr("Only editors and admins of a brand change translations."), {}, ErrorCode::PermissionDenied};

    struct Change { const TsMessage *message; QStringList forms; TranslationState state; bool added; };
    QList<Change> changes;
    for (const TsMessage &m : file.messages) {
        if (!isCurrent(m)) {
            ++report.skipped; // vanished and obsolete messages are Linguist's history, not the console's
            continue;
        }
        const QString where = named(m.context, m.source);
        const TranslationMessage *now = known.value(composite(m.context, m.source, m.comment));
        if (!now) {
            report.refused.append(tr("%1: the console has no such message.").arg(where));
            continue;
        }
        if (allEmpty(m.translations)) {
            ++report.unchanged; // untranslated in the file: nothing to take
            continue;
        }
        if (m.numerus != now->numerus || m.translations.size() != (now->numerus ? numerusCount(report.language) : 1)) {
            report.refused.append(tr("%1: %n form(s) expected.", nullptr, now->numerus ? numerusCount(report.language) : 1).arg(where));
            continue;
        }
        TranslationState state = TranslationState::NeedsEditing;
        if (m.state == TsMessage::State::Finished) {
            bool waiting = !standing->reviewer;
            for (const auto &e : m.extras)
                if (e.first == QLatin1String("atelier-state") && e.second == QLatin1String("waiting_for_review"))
                    waiting = true;
            state = waiting ? TranslationState::WaitingForReview : TranslationState::Approved;
        }
        const bool sameText = m.translations == now->text();
        if (sameText && (now->state == state || (!now->hasRow && state == TranslationState::Approved))) {
            ++report.unchanged;
            continue;
        }
        QString broken;
        const StringRole role = TranslationChecks::guessRole(m.context, m.source);
        for (const QString &form : m.translations)
            for (const TranslationWarning &w : TranslationChecks::check(m.source, form, report.language, role))
                if (w.error && broken.isEmpty())
                    broken = w.message;
        if (!broken.isEmpty()) {
            report.refused.append(tr("%1: %2").arg(where, broken));
            continue;
        }
        if (now->hasRow && now->state == TranslationState::Approved && !standing->reviewer) {
            report.refused.append(tr("%1: approved, only a reviewer (an admin) changes it.").arg(where));
            continue;
        }
        changes.append({compiledMessages.value(composite(m.context, m.source, m.comment)), m.translations, state, !now->hasRow});
    }
    if (!report.refused.isEmpty())
        return report;
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    WriteTransaction tx(db);
    if (auto s = tx.begin(tr("Importing translations")); !s)
        return s.error();
    for (const Change &c : changes) {
        if (auto s = write(db, me.value(), report.language, *c.message, c.forms, c.state, standing.value()); !s)
            return s.error();
        (c.added ? report.added : report.changed)++;
    }
    if (auto s = tx.commit(tr("Importing translations")); !s)
        return s.error();
    return report;
}

} // namespace Atelier
