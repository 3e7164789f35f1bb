// Provider answers: bytes from a network peer. The first byte picks the HTTP status and which reader sees
// the rest (OpenAI's Images API or AUTOMATIC1111's txt2img); a Retry-After header comes from the tail.
#include "ai/providers/httpcall.h"
#include "ai/providers/imageprovider.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {200, 200, 200, 201, 400, 401, 402, 403, 404, 422, 429, 500, 502, 503, 0, 302};
    Atelier::HttpAnswer answer;
    answer.status = statuses[data[0] & 15];
    answer.body = QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    answer.headers.insert("retry-after", answer.body.right(12));
    const auto check = [](const Atelier::ProviderAnswer &a) {
        if (std::holds_alternative<Atelier::ImageResult>(a)) {
            // Whatever is accepted is a list of real image files.
            const auto &images = std::get<Atelier::ImageResult>(a).images;
            if (images.isEmpty())
                __builtin_trap();
            for (const QByteArray &image : images)
                if (!Atelier::ImageProvider::looksLikeImage(image))
                    __builtin_trap();
        } else if (std::get<Atelier::ProviderError>(a).message.isEmpty()) {
            __builtin_trap(); // every refusal says why
        }
    };
    if (data[0] & 128) {
        const auto p = Atelier::ReplicateProvider::parsePrediction(answer);
        if (std::holds_alternative<Atelier::ProviderError>(p) && std::get<Atelier::ProviderError>(p).message.isEmpty())
            __builtin_trap();
    } else if (data[0] & 64) {
        answer.headers.insert("finish-reason", answer.body.left(16));
        answer.headers.insert("seed", answer.body.mid(16, 24));
        check(Atelier::StabilityProvider::parseAnswer(answer));
    } else if (data[0] & 16) {
        check(Atelier::Automatic1111Provider::parseAnswer(answer));
    } else {
        // Image URLs are "fetched" from the same bytes: a second answer, as a hostile server would send.
        check(Atelier::OpenAiProvider::parseAnswer(answer, [&](const QUrl &) {
            Atelier::HttpAnswer image;
            image.status = (data[0] & 32) ? 200 : 404;
            image.body = answer.body.right(64);
            return image;
        }));
    }
    (void)Atelier::HttpCall::retryAfterMs(answer.body.left(40));
    return 0;
}
