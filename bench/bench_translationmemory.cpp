// The translation memory on the repository's own translations: every finished French and Spanish translation
// (and, to reach 5,000 and more, the same again under a second context with a changed word) is remembered, then the
// suggestions for a sample of the sources, each changed by one word, are timed (docs/benchmarks.md).
//   bench_translationmemory [translations folder] [samples]
#include "i18n/translationmemory.h"
#include "i18n/tsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace Atelier;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QDir folder(args.value(1, QStringLiteral(ATELIER_SOURCE_DIR "/translations")));
    const int samples = args.value(2, QStringLiteral("300")).toInt();

    TranslationMemory memory;
    QStringList sources;
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name)) {
        const Result<TsFile> file = TsFile::read(folder.filePath(name));
        if (!file) {
            std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
            return 1;
        }
        for (const TsMessage &message : file->messages) {
            if (message.state != TsMessage::State::Finished || message.translations.value(0).isEmpty())
                continue;
            memory.add(message.source, message.translations.value(0), message.context);
            // A second, slightly different copy: the size of a memory with a few more languages or releases.
            memory.add(message.source + QStringLiteral(" again"), message.translations.value(0),
                       message.context + QStringLiteral("Copy"));
            sources.append(message.source);
        }
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    sources.removeDuplicates();
    std::printf("memory: %d entries from %s, loaded in %.1f ms\n", memory.size(), qPrintable(folder.path()), loadMs);

    QList<double> times;
    qsizetype found = 0;
    const qsizetype step = std::max<qsizetype>(1, sources.size() / std::max(1, samples));
    for (qsizetype i = 0; i < sources.size() && times.size() < samples; i += step) {
        QString query = sources.at(i);
        const qsizetype space = query.indexOf(u' ');
        query = space > 0 ? QStringLiteral("Some") + query.mid(space) : query + u's'; // one word changed
        timer.restart();
        found += memory.suggest(query).size();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const auto at = [&times](double q) { return times.isEmpty() ? 0.0 : times.at(qsizetype(q * double(times.size() - 1))); };
    std::printf("suggest (max 5, minimum 0.6), %lld queries: median %.2f ms, p95 %.2f ms, max %.2f ms; %.1f suggestions "
                "a query\n",
                qlonglong(times.size()), at(0.5), at(0.95), at(1.0), times.isEmpty() ? 0.0 : double(found) / double(times.size()));
    return 0;
}
