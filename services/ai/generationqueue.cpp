#include "ai/generationqueue.h"

#include "ai/assetstore.h"
#include "ai/brandpolicy.h"
#include "ai/generationservice.h"
#include "ai/glbmesh.h"
#include "ai/providers/imageprovider.h"
#include "ai/providersettings.h"
#include "ai/qualityscore.h"
#include "core/canceltoken.h"
#include "core/database.h"
#include "security/ratelimiter.h"
#include "security/watermark.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostInfo>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Atelier {

struct GenerationQueue::State
{
    struct Provider
    {
        ProviderConfig config;
        std::shared_ptr<RateLimiter> limiter;
        int running = 0;
        qint64 pausedUntilMs = 0; // after a Retry-After
    };
    struct Job
    {
        QString provider;
        std::shared_ptr<CancelToken> token;
        bool lost = false; // cancelled or taken over elsewhere: leave the row alone
    };

    Options options;
    QString worker;
    GenerationQueue *owner = nullptr;
    std::mutex mutex;
    std::condition_variable wakeUp;
    bool stopping = false;
    bool woken = false;
    bool running = false;
    QHash<QString, Provider> providers;
    QHash<QString, Job> jobs;
    std::unique_ptr<QThreadPool> pool; // its threads keep their connections until stop() ends them
    std::thread dispatcher;

    static qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

    void notify()
    {
        {
            std::lock_guard lock(mutex);
            woken = true;
        }
        wakeUp.notify_all();
    }

    void changed(const QString &id, const QString &status)
    {
        emit owner->generationChanged(id, status);
    }

    void dispatch();
    void run(const Generation &job, const std::shared_ptr<CancelToken> &token);
    void handle(const QSqlDatabase &db, const Generation &job, const ProviderAnswer &answer, qint64 elapsedMs);
    qint64 backoffMs(int attempt) const
    {
        const double ceiling = std::min(double(options.backoffMaxMs), double(options.backoffBaseMs) * std::pow(2.0, std::max(0, attempt - 1)));
        return qint64(ceiling * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble())); // jitter: half to all of it
    }
};

GenerationQueue::GenerationQueue(Options options, QObject *parent) : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->options = std::move(options);
    m_state->owner = this;
    m_state->worker = QStringLiteral("%1:%2:%3")
                          .arg(QHostInfo::localHostName())
                          .arg(QCoreApplication::applicationPid())
                          .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

GenerationQueue::~GenerationQueue()
{
    stop();
}

QString GenerationQueue::worker() const
{
    return m_state->worker;
}

bool GenerationQueue::isRunning() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->running;
}

void GenerationQueue::start()
{
    State &s = *m_state;
    if (s.running)
        return;
    auto configs = ProviderSettings::list();
    if (!configs) {
        emit problem(configs.error().message);
        return;
    }
    int threads = 0;
    s.providers.clear();
    for (const ProviderConfig &c : configs.value()) {
        if (!s.options.providers.isEmpty() && !s.options.providers.contains(c.name))
            continue;
        State::Provider p;
        p.config = c;
        p.limiter = std::make_shared<RateLimiter>(c.perMinute / 60.0, double(c.burst));
        threads += c.concurrency;
        s.providers.insert(c.name, std::move(p));
    }
    s.pool = std::make_unique<QThreadPool>();
    s.pool->setMaxThreadCount(std::clamp(threads, 1, 128));
    s.stopping = false;
    s.running = true;
    s.dispatcher = std::thread([state = m_state] { state->dispatch(); });
}

void GenerationQueue::stop()
{
    State &s = *m_state;
    {
        std::lock_guard lock(s.mutex);
        if (!s.running)
            return;
        s.stopping = true;
        for (const State::Job &job : std::as_const(s.jobs))
            job.token->cancel();
    }
    s.wakeUp.notify_all();
    if (s.dispatcher.joinable())
        s.dispatcher.join();
    s.pool->waitForDone();
    s.pool.reset();
    std::lock_guard lock(s.mutex);
    s.running = false;
}

void GenerationQueue::wake()
{
    m_state->notify();
}

bool GenerationQueue::cancel(const QString &id, QString *error)
{
    auto db = Database::open(m_state->options.url);
    if (!db) {
        if (error)
            *error = db.error().message;
        return false;
    }
    auto done = GenerationService::cancel(db.value(), id);
    if (!done) {
        if (error)
            *error = done.error().message;
        return false;
    }
    if (done.value())
        interrupt(id);
    return done.value();
}

void GenerationQueue::interrupt(const QString &id)
{
    {
        std::lock_guard lock(m_state->mutex);
        auto it = m_state->jobs.find(id);
        if (it != m_state->jobs.end()) {
            it->lost = true;
            it->token->cancel();
        }
    }
    emit generationChanged(id, QStringLiteral("canceled"));
}

void GenerationQueue::State::dispatch()
{
    const qint64 renewEvery = std::max<qint64>(1000, options.leaseMs / 3);
    qint64 lastRenew = 0, lastRecover = 0, lastLostCheck = 0;
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (stopping)
                break;
        }
        qint64 waitMs = options.pollMs;
        auto opened = Database::open(options.url);
        if (!opened) {
            emit owner->problem(opened.error().message);
            waitMs = 2000;
        } else {
            const QSqlDatabase &db = opened.value();
            const qint64 now = nowMs();
            QStringList held;
            {
                std::lock_guard lock(mutex);
                for (auto it = jobs.cbegin(); it != jobs.cend(); ++it)
                    if (!it->lost)
                        held.append(it.key());
            }
            if (now - lastRecover >= renewEvery) {
                lastRecover = now;
                if (auto r = GenerationService::recoverLapsed(db); !r)
                    emit owner->problem(r.error().message);
            }
            if (!held.isEmpty() && now - lastRenew >= renewEvery) {
                lastRenew = now;
                if (auto r = GenerationService::renewLeases(db, worker, held, options.leaseMs); !r)
                    emit owner->problem(r.error().message);
            }
            if (!held.isEmpty() && now - lastLostCheck >= 1000) {
                lastLostCheck = now;
                // Cancelled from another desktop (or taken over): stop the call now rather than at its end.
                if (auto gone = GenerationService::lost(db, worker, held)) {
                    std::lock_guard lock(mutex);
                    for (const QString &id : gone.value()) {
                        auto it = jobs.find(id);
                        if (it != jobs.end()) {
                            it->lost = true;
                            it->token->cancel();
                        }
                    }
                }
            }
            QStringList open;
            int freeSlots = 0;
            {
                std::lock_guard lock(mutex);
                for (auto it = providers.cbegin(); it != providers.cend(); ++it) {
                    if (it->running < it->config.concurrency && now >= it->pausedUntilMs) {
                        open.append(it.key());
                        freeSlots += it->config.concurrency - it->running;
                    } else if (now < it->pausedUntilMs) {
                        waitMs = std::min(waitMs, std::max<qint64>(10, it->pausedUntilMs - now));
                    }
                }
            }
            auto due = GenerationService::due(db, open, freeSlots * 2);
            if (!due) {
                emit owner->problem(due.error().message);
            } else {
                for (const Generation &g : due.value()) {
                    std::shared_ptr<CancelToken> token;
                    {
                        std::lock_guard lock(mutex);
                        if (stopping)
                            break;
                        Provider &p = providers[g.provider];
                        if (p.running >= p.config.concurrency)
                            continue;
                        const auto wait = p.limiter->acquire(g.provider).count();
                        if (wait > 0) {
                            waitMs = std::min<qint64>(waitMs, wait);
                            continue;
                        }
                        ++p.running;
                        token = CancelToken::create();
                        jobs.insert(g.id, Job{g.provider, token, false});
                    }
                    auto claimed = GenerationService::claim(db, g.id, worker, options.leaseMs);
                    if (!claimed || !claimed.value()) {
                        std::lock_guard lock(mutex);
                        --providers[g.provider].running;
                        jobs.remove(g.id);
                        if (!claimed)
                            emit owner->problem(claimed.error().message);
                        continue;
                    }
                    changed(g.id, QStringLiteral("processing"));
                    Generation job = g;
                    ++job.attempts;
                    pool->start([this, job, token] { run(job, token); });
                }
            }
        }
        std::unique_lock lock(mutex);
        wakeUp.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(1, waitMs)), [this] { return stopping || woken; });
        woken = false;
    }
    Database::closeThreadConnections();
}

void GenerationQueue::State::run(const Generation &job, const std::shared_ptr<CancelToken> &token)
{
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Database::open(options.url);
        ProviderAnswer answer = ProviderError{ProviderError::Kind::Network, opened ? QString() : opened.error().message, 0, -1,
                                              ErrorCode::Database};
        if (opened) {
            auto client = ProviderSettings::client(job.provider);
            if (!client) {
                // No client: most often no usable key on this desktop; a settings file that cannot be read says so.
                const ErrorCode code = client.error().code == ErrorCode::Unspecified ? ErrorCode::NoKey : client.error().code;
                answer = ProviderError{ProviderError::Kind::InvalidKey, client.error().message, 0, -1, code};
            } else {
                ImageRequest request;
                request.model = job.model;
                request.prompt = job.prompt;
                request.negativePrompt = job.negativePrompt;
                QJsonObject extras = job.parameters;
                if (extras.contains(QLatin1String("seed")))
                    request.seed = qint64(extras.value(QLatin1String("seed")).toVariant().toLongLong());
                request.width = extras.value(QLatin1String("width")).toInt(1024);
                request.height = extras.value(QLatin1String("height")).toInt(1024);
                request.kind = job.type == QLatin1String("template") ? QStringLiteral("2d") : job.type;
                const QString source = extras.value(QLatin1String("source")).toString();
                if (!source.isEmpty() && request.kind == QLatin1String("3d")) {
                    auto from = GenerationService::get(opened.value(), source);
                    auto bytes = from ? AssetStore::get(opened.value(), from->brandId, from->resultSha256) : Result<QByteArray>(from.error());
                    if (bytes)
                        request.sourceImage = bytes.value();
                }
                for (const char *own : {"seed", "width", "height", "result", "source", "versionOf", "template", "variables"})
                    extras.remove(QLatin1String(own));
                request.parameters = extras;
                request.progress = [this, id = job.id](double share) { emit owner->generationProgress(id, share); };
                request.resumeJobId = job.providerJobId;
                const QSqlDatabase db = opened.value();
                request.jobStarted = [this, db, id = job.id](const QString &jobId) {
                    if (auto s = GenerationService::setProviderJob(db, id, worker, jobId); !s)
                        emit owner->problem(s.error().message);
                };
                answer = client.value()->generate(request, token.get());
            }
            handle(opened.value(), job, answer, timer.elapsed());
        }
    }
    {
        std::lock_guard lock(mutex);
        --providers[job.provider].running;
        jobs.remove(job.id);
    }
    notify();
}

void GenerationQueue::State::handle(const QSqlDatabase &db, const Generation &job, const ProviderAnswer &answer, qint64 elapsedMs)
{
    bool lost = false, stoppingNow = false;
    {
        std::lock_guard lock(mutex);
        lost = jobs.value(job.id).lost;
        stoppingNow = stopping;
    }
    if (lost)
        return; // cancelled or taken over: that outcome stands
    if (const auto *error = std::get_if<ProviderError>(&answer)) {
        if (error->kind == ProviderError::Kind::Cancelled || stoppingNow) {
            if (auto r = GenerationService::release(db, job.id, worker); !r)
                emit owner->problem(r.error().message);
            else if (r.value())
                changed(job.id, QStringLiteral("pending"));
            return;
        }
        if (error->isTransient() && job.attempts < job.maxAttempts) {
            qint64 delay = backoffMs(job.attempts);
            if (error->retryAfterMs >= 0) {
                delay = std::max(delay, error->retryAfterMs);
                std::lock_guard lock(mutex); // the provider said to wait: every job of it waits
                providers[job.provider].pausedUntilMs = std::max(providers[job.provider].pausedUntilMs, nowMs() + error->retryAfterMs);
            }
            if (auto r = GenerationService::retryLater(db, job.id, worker, error->toError(), delay); !r)
                emit owner->problem(r.error().message);
            else if (r.value())
                changed(job.id, QStringLiteral("pending"));
            return;
        }
        if (auto r = GenerationService::fail(db, job.id, worker, error->toError(), elapsedMs); !r)
            emit owner->problem(r.error().message);
        else if (r.value())
            changed(job.id, QStringLiteral("failed"));
        return;
    }
    const ImageResult &result = std::get<ImageResult>(answer);
    const QByteArray bytes = result.images.value(0);
    auto failWith = [&](const Error &error) {
        if (auto r = GenerationService::fail(db, job.id, worker, error, elapsedMs); !r)
            emit owner->problem(r.error().message);
        else if (r.value())
            changed(job.id, QStringLiteral("failed"));
    };
    QImage image;
    QJsonObject metadata = result.metadata;
    if (result.mimeType == QLatin1String("model/gltf-binary")) {
        // A 3D model: kept as it came, with a preview drawn from its mesh.
        auto mesh = GlbMesh::read(bytes);
        if (const auto *why = std::get_if<QString>(&mesh)) {
            failWith(Error{GenerationQueue::tr("%1 answered with a 3D model that cannot be read: %2.").arg(ProviderSettings::displayName(job.provider), *why),
                           {}, ErrorCode::Unreadable});
            return;
        }
        const GlbMesh &m = std::get<GlbMesh>(mesh);
        image = m.render(512);
        if (job.provider == QLatin1String("offline")) { // never mistaken for an AI's work, here either
            QPainter painter(&image);
            QFont font = painter.font();
            font.setPixelSize(18);
            painter.setFont(font);
            painter.setPen(QColor(60, 60, 70));
            painter.drawText(image.rect().adjusted(0, 0, 0, -14), Qt::AlignHCenter | Qt::AlignBottom, OfflineRenderer::label());
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        auto preview = AssetStore::put(db, job.brandId, png, QStringLiteral("image/png"));
        if (!preview) {
            failWith(preview.error());
            return;
        }
        metadata.insert(QStringLiteral("preview"), preview->sha256);
        metadata.insert(QStringLiteral("vertices"), m.positions.size());
        metadata.insert(QStringLiteral("triangles"), m.indices.size() / 3);
    } else {
        // An animation's first frame stands for it (thumbnail, quality); the file keeps every frame.
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        if (job.type == QLatin1String("animation")) {
            if (reader.imageCount() < 2 && !reader.supportsAnimation()) {
                failWith(Error{GenerationQueue::tr("%1 answered with a still image where an animation was asked.")
                                   .arg(ProviderSettings::displayName(job.provider)),
                               {}, ErrorCode::Unreadable});
                return;
            }
            metadata.insert(QStringLiteral("frames"), reader.imageCount());
        }
        image = reader.read();
    }
    if (image.isNull()) {
        failWith(Error{GenerationQueue::tr("%1 answered with something that is not an image.").arg(ProviderSettings::displayName(job.provider)),
                       {}, ErrorCode::Unreadable});
        return;
    }
    // The brand's policy marks a still image before it is kept, so no unmarked copy is stored.
    QByteArray kept = bytes;
    QString keptType = result.mimeType;
    if (job.type == QLatin1String("2d") || job.type == QLatin1String("template")) {
        auto policy = BrandPolicy::get(db, job.brandId);
        if (!policy) {
            emit owner->problem(policy.error().message);
            return; // left processing: the lease lapses and the job is tried again
        }
        QString kind = policy->watermark;
        if (kind == QLatin1String("invisible") && (image.width() < 256 || image.height() < 256))
            kind = QStringLiteral("metadata"); // too small to carry the invisible mark
        if (kind != QLatin1String("none")) {
            const QString text = policy->watermarkText.isEmpty() ? GenerationQueue::tr("AI-generated") : policy->watermarkText;
            auto marked = Watermarks::mark(db, kind, image, keptType == QLatin1String("image/jpeg"), QStringLiteral("ai_generation"), job.id,
                                           job.brandId, text);
            if (!marked) {
                failWith(marked.error());
                return;
            }
            kept = marked->bytes;
            metadata.insert(QStringLiteral("watermark"), QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), marked->id}});
            if (keptType != QLatin1String("image/jpeg"))
                keptType = QStringLiteral("image/png");
        }
    }
    auto stored = AssetStore::put(db, job.brandId, kept, keptType);
    if (!stored) {
        failWith(stored.error());
        return;
    }
    auto thumb = AssetStore::put(db, job.brandId, AssetStore::thumbnail(image), QStringLiteral("image/png"));
    if (!thumb) {
        failWith(thumb.error());
        return;
    }
    const double quality = QualityScore::automatic(QualityScore::measure(image));
    metadata.insert(QStringLiteral("autoQuality"), quality); // what a rating is blended with later
    auto done = GenerationService::complete(db, job.id, worker, stored.value(), thumb.value(), quality, elapsedMs, metadata);
    if (!done)
        emit owner->problem(done.error().message);
    else if (done.value())
        changed(job.id, QStringLiteral("completed"));
}

} // namespace Atelier
