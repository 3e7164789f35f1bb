#include "studiofixture.h"

#include "ai/generation.h"
#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"

#include <QElapsedTimer>
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
    const QString yes = SqlDialect::of(db.value()).isSqlite() ? QStringLiteral("1") : QStringLiteral("true");
    for (const QString &sql :
         {QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-q', 'brand-q', 'Queue', 'fashion')"),
          QStringLiteral("INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active) "
                         "VALUES ('m1', 'dall-e-3', 'openai', '2d', 0.04, 12, 88, %1)")
              .arg(yes),
          QStringLiteral("INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active) "
                         "VALUES ('m2', 'offline-preview', 'offline', '2d', 0, 1, 0, %1)")
              .arg(yes)})
        if (!q.exec(sql))
            qFatal("%s", qPrintable(q.lastError().text()));
    return db.value();
}

bool StudioFixture::runUntilFinished(const DatabaseUrl &url, const QStringList &ids, int timeoutMs)
{
    auto db = Database::open(url);
    if (!db)
        return false;
    GenerationQueue::Options options;
    options.url = url;
    options.pollMs = 50;
    GenerationQueue queue(options);
    queue.start();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        bool all = true;
        for (const QString &id : ids) {
            auto g = GenerationService::get(db.value(), id);
            all = all && g && g->isFinished();
        }
        if (all)
            return true;
        QTest::qWait(30);
    }
    return false;
}

} // namespace Atelier::Testing
