#include "queuemodel.h"

#include "ai/gallerymodel.h"
#include "ai/providersettings.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace Atelier {

namespace {

bool isActive(const Generation &g)
{
    return g.status == QLatin1String("pending") || g.status == QLatin1String("processing");
}

bool isWaitingToRetry(const Generation &g)
{
    return g.status == QLatin1String("pending") && g.attempts > 0;
}

/// Running first, then waiting (as the queue takes them: next attempt, then age), then finished, newest first.
bool before(const Generation &a, const Generation &b)
{
    auto rank = [](const Generation &g) { return g.status == QLatin1String("processing") ? 0 : g.status == QLatin1String("pending") ? 1 : 2; };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    if (rank(a) == 1 && a.nextAttemptAt != b.nextAttemptAt)
        return a.nextAttemptAt < b.nextAttemptAt;
    if (rank(a) == 2) {
        const QDateTime ea = a.completedAt.isValid() ? a.completedAt : a.createdAt;
        const QDateTime eb = b.completedAt.isValid() ? b.completedAt : b.createdAt;
        if (ea != eb)
            return ea > eb;
        return a.id < b.id;
    }
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id;
}

/// What the table shows of a job changed (a refresh that changes nothing repaints nothing).
bool sameShown(const Generation &a, const Generation &b)
{
    return a.status == b.status && a.attempts == b.attempts && a.maxAttempts == b.maxAttempts && a.error == b.error
           && a.errorCode == b.errorCode && a.nextAttemptAt == b.nextAttemptAt && a.completedAt == b.completedAt && a.durationMs == b.durationMs
           && a.credits == b.credits && a.cached == b.cached && a.prompt == b.prompt && a.model == b.model;
}

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QueueModel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QueueModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return QueueModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

bool mentions(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QueueModel::QueueModel(QObject *parent) : QAbstractTableModel(parent) {}
QueueModel::~QueueModel() = default;

void QueueModel::setRows(const QList<Generation> &given)
{
    QList<Generation> rows;
    rows.reserve(given.size());
    QHash<QString, int> wanted;
    for (const Generation &g : given)
        if (!wanted.contains(g.id)) {
            wanted.insert(g.id, 0);
            rows.append(g);
        }
    std::stable_sort(rows.begin(), rows.end(), before);

    // Rows that went (deleted, or older than what the view keeps).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(m_rows.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_progress.remove(m_rows.at(i).id);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Then, place by place: the same job stays, a job further down moves up, a new one is inserted.
    for (int i = 0; i < rows.size(); ++i) {
        const Generation &g = rows.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == g.id) {
            const bool changed = !sameShown(m_rows.at(i), g);
            m_rows[i] = g; // always the fresh one (GenerationRole); the views are told only when what they show changed
            if (changed)
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j)
            if (m_rows.at(j).id == g.id) {
                from = j;
                break;
            }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = g;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, g);
            endInsertRows();
        }
    }
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Generation &g) { return g.id == it.key(); });
        if (row == m_rows.cend() || row->status != QLatin1String("processing"))
            it = m_progress.erase(it);
        else
            ++it;
    }
    reindex();
}

void QueueModel::update(const Generation &generation)
{
    QList<Generation> rows = m_rows;
    if (const int row = rowOf(generation.id); row >= 0)
        rows[row] = generation;
    else
        rows.append(generation);
    setRows(rows);
}

void QueueModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    QList<Generation> rows = m_rows;
    rows.removeAt(row);
    setRows(rows);
}

void QueueModel::setProgress(const QString &id, double share)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).status != QLatin1String("processing") || !std::isfinite(share))
        return;
    m_progress.insert(id, std::clamp(share, 0.0, 1.0));
    emit dataChanged(index(row, ProgressColumn), index(row, ProgressColumn));
}

void QueueModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (isWaitingToRetry(m_rows.at(i)))
            emit dataChanged(index(i, NextAttemptColumn), index(i, NextAttemptColumn));
}

void QueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void QueueModel::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

int QueueModel::rowOf(const QString &id) const
{
    return m_index.value(id, -1);
}

int QueueModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), isActive));
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::statusText(const Generation &g)
{
    if (isWaitingToRetry(g))
        return tr("Waiting to retry");
    if (g.status == QLatin1String("completed") && g.cached)
        return tr("Completed (from the cache)");
    return GalleryModel::statusText(g.status);
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Generation &g = m_rows.at(index.row());
    const bool processing = g.status == QLatin1String("processing");
    switch (role) {
    case IdRole:
        return g.id;
    case GenerationRole:
        return QVariant::fromValue(g);
    case StatusRole:
        return g.status;
    case RawErrorRole:
        return g.error;
    case ErrorCodeRole:
        return errorCodeName(g.errorCode);
    case ProgressRole:
        if (processing && m_progress.contains(g.id))
            return m_progress.value(g.id);
        if (g.status == QLatin1String("completed"))
            return 1.0;
        return {};
    case BusyRole:
        return processing && !m_progress.contains(g.id);
    case Qt::TextAlignmentRole:
        if (index.column() == CreditsColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case TypeColumn:
        return GalleryModel::typeText(g.type);
    case PromptColumn:
        if (tip && !g.negativePrompt.isEmpty())
            return tr("%1\nAvoiding: %2").arg(g.prompt, g.negativePrompt);
        return tip ? g.prompt : g.prompt.simplified();
    case ModelColumn:
        return tr("%1 / %2").arg(ProviderSettings::displayName(g.provider), g.model);
    case StatusColumn:
        return statusText(g);
    case ProgressColumn:
        if (processing && m_progress.contains(g.id))
            return tr("%1 %").arg(std::lround(m_progress.value(g.id) * 100));
        if (processing)
            return role == Qt::DisplayRole ? QString() : tr("Working; the provider does not say how far it is.");
        return g.status == QLatin1String("completed") && role != Qt::DisplayRole ? tr("Done") : QString();
    case AttemptsColumn:
        if (g.attempts <= 0)
            return tr("not started");
        return tr("attempt %1 of %2").arg(g.attempts).arg(std::max(g.attempts, g.maxAttempts));
    case NextAttemptColumn: {
        if (!isWaitingToRetry(g) || !g.nextAttemptAt.isValid())
            return QString();
        if (tip)
            return tr("The next attempt is due at %1.").arg(when(g.nextAttemptAt));
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(g.nextAttemptAt);
        if (seconds <= 0)
            return tr("due now");
        if (seconds < 60)
            return tr("in %n s", nullptr, int(seconds));
        if (seconds < 3600)
            return tr("in %n min", nullptr, int((seconds + 59) / 60));
        return when(g.nextAttemptAt);
    }
    case QueuedColumn:
        return when(g.createdAt);
    case DurationColumn:
        return g.durationMs ? durationText(*g.durationMs) : QString();
    case CreditsColumn:
        if (g.credits > 0 && (g.status == QLatin1String("failed") || g.status == QLatin1String("canceled")))
            return tip ? tr("%n credit(s), given back", nullptr, g.credits) : tr("%1, refunded").arg(g.credits);
        if (g.credits > 0 && isActive(g) && tip)
            return tr("%n credit(s) held until the job finishes", nullptr, g.credits);
        return QString::number(g.credits);
    case ErrorColumn:
        if (g.error.isEmpty() || g.status == QLatin1String("completed"))
            return QString();
        return tip ? g.error : explain(g.errorCode, g.error, g.status == QLatin1String("pending"));
    default:
        break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case PromptColumn:
        return tr("Prompt");
    case ModelColumn:
        return tr("Provider / model");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next attempt");
    case QueuedColumn:
        return tr("Queued at");
    case DurationColumn:
        return tr("Duration");
    case CreditsColumn:
        return tr("Credits");
    case ErrorColumn:
        return tr("Problem");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(GenerationRole, "generation");
    names.insert(StatusRole, "status");
    names.insert(ProgressRole, "progress");
    names.insert(BusyRole, "busy");
    names.insert(RawErrorRole, "rawError");
    names.insert(ErrorCodeRole, "errorCode");
    return names;
}

ErrorCode QueueModel::codeOfText(const QString &error)
{
    const QString raw = error.trimmed();
    if (raw.isEmpty())
        return ErrorCode::Unspecified;
    // The engine's sentence comes first; a provider's own words may follow as "(OpenAI says: …)" and must not
    // decide the verdict (a refused request whose details mention a network would read as a network failure).
    QString head = raw;
    if (const qsizetype says = raw.indexOf(QLatin1String(" says: ")); says > 0)
        if (const qsizetype open = raw.lastIndexOf(QLatin1Char('('), says); open > 0)
            head = raw.left(open).trimmed();
    static const QRegularExpression httpCode(QStringLiteral("\\bHTTP\\s*(\\d{3})\\b"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = httpCode.match(head);
    const int status = m.hasMatch() ? m.captured(1).toInt() : 0;

    auto classify = [status](const QString &text) {
        if (mentions(text, {"stopped before it finished"}))
            return ErrorCode::Lapsed;
        if (mentions(text, {"credits used this month"}))
            return ErrorCode::QuotaExceeded;
        if (mentions(text, {"filtered the request", "content rules", "content_policy", "content policy", "content filter", "unsafe",
                            "safety", "nsfw", "moderation"}))
            return ErrorCode::Unsafe;
        if (mentions(text, {"no credits left", "insufficient_quota", "billing", "quota exceeded", "out of credits"}) || status == 402)
            return ErrorCode::NoCredits;
        if (mentions(text, {"needs an api key", "has no api key", "cannot be decrypted", "no api key"}))
            return ErrorCode::NoKey;
        if (mentions(text, {"refused the api key", "invalid key", "invalid api key", "invalid_api_key", "incorrect api key",
                            "unauthorized", "unauthorised"})
            || status == 401 || status == 403)
            return ErrorCode::KeyRefused;
        if (mentions(text, {"rate limit", "rate-limit", "ratelimit", "too many requests"}) || status == 429)
            return ErrorCode::RateLimited;
        if (mentions(text, {"did not answer in time", "timed out", "timeout", "time out"}))
            return ErrorCode::Timeout;
        if (mentions(text, {"could not be reached", "network", "connection refused", "host not found", "unreachable",
                            "connection closed", "remote host closed"}))
            return ErrorCode::Network;
        if (mentions(text, {"makes images, not", "not animations", "not 3d models"}))
            return ErrorCode::WrongKind;
        if (mentions(text, {"made from an image"}))
            return ErrorCode::NoSource;
        if (mentions(text, {"base url"}))
            return ErrorCode::BadAddress;
        if (mentions(text, {"pixels a side"}))
            return ErrorCode::BadSize;
        if (mentions(text, {"cannot be read", "not an image", "still image where an animation", "not png, jpeg or webp"}))
            return ErrorCode::Unreadable;
        if (mentions(text, {"cancelled", "canceled"}))
            return ErrorCode::Cancelled;
        if (mentions(text, {"server error", "prediction failed", "service unavailable", "bad gateway"}) || (status >= 500 && status < 600))
            return ErrorCode::ServerError;
        if (mentions(text, {"refused the request", "is not a model", "bad request"}) || (status >= 400 && status < 500))
            return ErrorCode::BadRequest;
        return ErrorCode::Unspecified;
    };
    ErrorCode code = classify(head);
    if (code == ErrorCode::Unspecified && head != raw)
        code = classify(raw);
    return code;
}

QString QueueModel::explain(const QString &error, bool willRetry)
{
    return explain(ErrorCode::Unspecified, error, willRetry);
}

QString QueueModel::explain(ErrorCode code, const QString &error, bool willRetry)
{
    const QString raw = error.trimmed();
    if (code == ErrorCode::Unspecified) {
        if (raw.isEmpty())
            return {};
        code = codeOfText(raw); // a row stored before codes were kept: its English words are all there is
    }

    switch (code) {
    case ErrorCode::Lapsed:
        return tr("The desktop running this job closed before it finished and no attempts were left: retry the job.");
    case ErrorCode::QuotaExceeded:
        return tr("Your monthly credits for this brand are used up: ask an administrator for more.");
    case ErrorCode::Unsafe:
        return tr("The provider rejected the prompt as unsafe: reword it.");
    case ErrorCode::NoCredits:
        return tr("The account at the provider has no credits left: top it up with the provider.");
    case ErrorCode::NoKey:
        return tr("No usable API key is set for this provider: enter it in Providers.");
    case ErrorCode::KeyRefused:
        return tr("The API key was refused: check it in Providers.");
    case ErrorCode::RateLimited:
        return willRetry ? tr("The provider is limiting how fast we call it; the job will retry automatically.")
                         : tr("The provider kept limiting how fast we call it and the attempts ran out: retry the job later.");
    case ErrorCode::Timeout:
        return willRetry ? tr("The provider did not answer in time; the job will retry automatically.")
                         : tr("The provider did not answer in time: retry the job later, or allow it longer in Providers.");
    case ErrorCode::Network:
        return willRetry ? tr("The provider could not be reached; the job will retry automatically.")
                         : tr("The provider could not be reached: check the network and the provider's address in Providers.");
    case ErrorCode::WrongKind:
        return tr("This provider cannot make this kind of result: choose another model.");
    case ErrorCode::NoSource:
        return tr("A 3D model is made from an image: choose a completed image to start from.");
    case ErrorCode::BadAddress:
        return tr("The provider's address is not a web address: correct it in Providers.");
    case ErrorCode::BadSize:
        return tr("The size asked for is not possible: choose 64 to 4096 pixels a side.");
    case ErrorCode::Unreadable:
        return tr("The provider's answer could not be used: retry the job, or try another model.");
    case ErrorCode::Cancelled:
        return tr("The job was cancelled.");
    case ErrorCode::ServerError:
        return willRetry ? tr("The provider had a problem on its side; the job will retry automatically.")
                         : tr("The provider kept failing on its side and the attempts ran out: retry the job later.");
    case ErrorCode::BadRequest:
        return tr("The provider refused the request as it was made: check the model and its settings.");
    case ErrorCode::Unspecified:
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::PermissionDenied:
    case ErrorCode::Conflict:
    case ErrorCode::Corrupt:
    case ErrorCode::Database:
        break;
    }
    // Not a failure we have advice for: the engine's own sentence, on one line.
    return raw.simplified();
}

} // namespace Atelier
