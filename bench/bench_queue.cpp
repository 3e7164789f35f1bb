// 1,000 queued generations against a loopback provider that takes a fixed time per image, at concurrency 4:
// the throughput the queue reaches against the provider's own bound (concurrency / latency), and the memory
// of the process as the jobs go through. Usage: bench_queue [--jobs N] [--latency-ms L] [--concurrency C]
// [--pg-url postgresql://…] (without it, a SQLite file in a temporary folder).
#include "residentmemory.h"
#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/providersettings.h"
#include "core/database.h"
#include "core/databaseurl.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Atelier;

namespace {

QByteArray answerBody()
{
    QImage image(256, 256, QImage::Format_RGB32);
    for (int y = 0; y < 256; ++y)
        for (int x = 0; x < 256; ++x)
            image.setPixel(x, y, qRgb(x, y, (x ^ y) & 0xff));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("b64_json"), QString::fromLatin1(png.toBase64())}}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("AtelierBench"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("jobs"), QStringLiteral("Jobs."), QStringLiteral("n"), QStringLiteral("1000")},
                       {QStringLiteral("latency-ms"), QStringLiteral("Provider time per image."), QStringLiteral("ms"), QStringLiteral("50")},
                       {QStringLiteral("concurrency"), QStringLiteral("Jobs at once."), QStringLiteral("n"), QStringLiteral("4")},
                       {QStringLiteral("pg-url"), QStringLiteral("PostgreSQL server (admin URL)."), QStringLiteral("url")}});
    parser.process(app);
    const int jobs = parser.value(QStringLiteral("jobs")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    const int concurrency = parser.value(QStringLiteral("concurrency")).toInt();

    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    qputenv("ATELIER_KEY_STORE", "file");
    if (parser.isSet(QStringLiteral("pg-url")))
        qputenv("ATELIER_TEST_PG_URL", parser.value(QStringLiteral("pg-url")).toUtf8());
    Testing::ScratchDatabase scratch(parser.isSet(QStringLiteral("pg-url")) ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    if (!scratch.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(scratch.problem()));
        return 1;
    }
    auto db = Database::open(scratch.url());
    if (!db || !Migrator::migrate(db.value()))
        return 1;
    QSqlQuery q(db.value());
    q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b', 'b', 'Bench', 'fashion')"));
    q.exec(QStringLiteral("INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active) "
                          "VALUES ('m', 'dall-e-3', 'openai', '2d', 0.04, 12, 88, %1)")
               .arg(SqlDialect::of(db.value()).isSqlite() ? QStringLiteral("1") : QStringLiteral("true")));

    // The provider: every answer after `latency` ms, as many at once as asked.
    const QByteArray body = answerBody();
    QHttpServer server;
    int served = 0, atOnce = 0, mostAtOnce = 0;
    server.route(QStringLiteral("/v1/images/generations"), [&](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        mostAtOnce = std::max(mostAtOnce, ++atOnce);
        QTimer::singleShot(latency, &server, [&, held] {
            --atOnce;
            ++served;
            held->write(body, "application/json");
        });
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    ProviderConfig c = ProviderSettings::config(QStringLiteral("openai")).value();
    c.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    c.concurrency = concurrency;
    c.perMinute = 100000;
    c.burst = 1000;
    if (!ProviderSettings::save(c, QStringLiteral("sk-bench"))) {
        std::fprintf(stderr, "cannot save the provider settings\n");
        return 1;
    }

    QElapsedTimer enqueueTimer;
    enqueueTimer.start();
    for (int i = 0; i < jobs; ++i) {
        GenerationRequest r;
        r.brandId = QStringLiteral("b");
        r.provider = QStringLiteral("openai");
        r.model = QStringLiteral("dall-e-3");
        r.prompt = QStringLiteral("bench image %1").arg(i);
        r.seed = i;
        if (auto g = GenerationService::enqueue(db.value(), r); !g) {
            std::fprintf(stderr, "%s\n", qPrintable(g.error().message));
            return 1;
        }
    }
    const double enqueueMs = double(enqueueTimer.nsecsElapsed()) / 1e6;

    GenerationQueue::Options options;
    options.url = scratch.url();
    options.providers = {QStringLiteral("openai")};
    GenerationQueue queue(options);
    const long rssStart = Bench::rssKiB();
    QList<std::pair<int, long>> samples;
    QElapsedTimer run;
    run.start();
    queue.start();
    QEventLoop loop;
    QTimer poll;
    int completed = 0, next = jobs / 4;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        QSqlQuery count(db.value());
        count.exec(QStringLiteral("SELECT count(*) FROM ai_generations WHERE status IN ('completed', 'failed')"));
        count.next();
        completed = count.value(0).toInt();
        while (completed >= next && next <= jobs) {
            samples.append({next, Bench::rssKiB()});
            next += jobs / 4;
        }
        if (completed >= jobs)
            loop.quit();
    });
    poll.start(20);
    loop.exec();
    const double seconds = double(run.nsecsElapsed()) / 1e9;
    queue.stop();
    QSqlQuery failed(db.value());
    failed.exec(QStringLiteral("SELECT count(*) FROM ai_generations WHERE status <> 'completed'"));
    failed.next();

    const double bound = concurrency * 1000.0 / latency;
    std::printf("database                 %s\n", qPrintable(SqlDialect::of(db.value()).isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    std::printf("jobs                     %d (not completed: %d)\n", jobs, failed.value(0).toInt());
    std::printf("enqueue                  %.1f ms total, %.2f ms a job\n", enqueueMs, enqueueMs / jobs);
    std::printf("provider                 %d ms an image, %d at once (most seen at once: %d)\n", latency, concurrency, mostAtOnce);
    std::printf("run                      %.2f s, %.1f jobs/s; the provider's bound is %.1f jobs/s (%.0f%%)\n", seconds, jobs / seconds,
                bound, 100 * (jobs / seconds) / bound);
    std::printf("RSS at start             %ld KiB\n", rssStart);
    for (const auto &[done, rss] : samples)
        std::printf("RSS after %4d done      %ld KiB\n", done, rss);
    return 0;
}
