// An imported training image on any bytes (people pick files from anywhere): TrainingService::inspect gives a
// verdict, never a crash; an accepted image is a decodable PNG, JPEG or WebP of at least 512 × 512 with a quality
// in 0…100, a refused one says why. Seeds: small PNG and JPEG files, one big enough to be accepted.
#include "ai/trainingservice.h"

#include <QByteArray>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The image format plugins (JPEG, WebP) are found through the application's library paths.
    static int argc = 1;
    static char name[] = "fuzz_dataset";
    static char *argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Atelier::TrainingImage image = Atelier::TrainingService::inspect(bytes, QStringLiteral("fuzzed.png"));
    if (image.accepted) {
        if (image.width < Atelier::TrainingService::kMinimumSide || image.height < Atelier::TrainingService::kMinimumSide
            || image.quality < 0 || image.quality > 100 || image.mimeType.isEmpty())
            std::abort();
    } else if (image.reason.isEmpty()) {
        std::abort(); // refused without a word
    }
    return 0;
}
