#include "studiofixture.h"

#include "ai/generation.h"
#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/providersettings.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Atelier::Testing {

void StudioFixture::isolateDesktop(const QString &folder)
{
    qputenv("XDG_CONFIG_HOME", (folder + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (folder + QStringLiteral("/cache")).toUtf8());
    qputenv("ATELIER_KEY_STORE", "file");
}

QSqlDatabase StudioFixture::prepare(const DatabaseUrl &url)
{
    auto db = Database::open(url);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (auto m = Migrator::migrate(db.value()); !m)
        qFatal("%s", qPrintable(m.error().message));
    QSqlQuery q(db.value());
    // The models come from the catalogue of migration 0009: dall-e-3 (4 credits), offline-preview and offline-3d.
    if (!q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-q', 'brand-q', 'Queue', 'fashion')")))
        qFatal("%s", qPrintable(q.lastError().text()));
    return db.value();
}

GenerationQueue::Options StudioFixture::queueOptions(const DatabaseUrl &url)
{
    GenerationQueue::Options o;
    o.url = url;
    o.pollMs = 50;
    o.backoffBaseMs = 100;
    o.backoffMaxMs = 400;
    return o;
}

bool StudioFixture::runUntilFinished(const DatabaseUrl &url, const QStringList &ids, int timeoutMs)
{
    auto db = Database::open(url);
    if (!db)
        return false;
    GenerationQueue queue(queueOptions(url));
    queue.start();
    return QTest::qWaitFor(
        [&] {
            for (const QString &id : ids) {
                auto g = GenerationService::get(db.value(), id);
                if (!g || !g->isFinished())
                    return false;
            }
            return true;
        },
        timeoutMs);
}

bool StudioFixture::useProvider(const QString &provider, const QString &base, const std::optional<QString> &apiKey, int attempts,
                                int timeoutSeconds)
{
    auto config = ProviderSettings::config(provider);
    if (!config) {
        qWarning("useProvider(%s): %s", qPrintable(provider), qPrintable(config.error().message));
        return false;
    }
    ProviderConfig c = config.value();
    c.baseUrl = base;
    c.maxAttempts = attempts;
    c.timeoutSeconds = timeoutSeconds;
    c.perMinute = 6000;
    c.burst = 50;
    if (auto saved = ProviderSettings::save(c, apiKey); !saved) {
        qWarning("useProvider(%s): %s", qPrintable(provider), qPrintable(saved.error().message));
        return false;
    }
    return true;
}

bool StudioFixture::setQueuedAt(const QSqlDatabase &db, const QString &id, const QDateTime &at)
{
    const QVariant when = SqlDialect::of(db).timeValue(at);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET created_at = ?, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        qWarning("setQueuedAt(%s): %s", qPrintable(id), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace Atelier::Testing
