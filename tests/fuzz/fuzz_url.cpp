// Database URLs and funnel windows: text from the command line, settings and the environment.
#include "analytics/funnelservice.h"
#include "core/databaseurl.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto url = Atelier::DatabaseUrl::parse(text);
    if (url.ok()) {
        // What parses must print and parse again to the same place, never showing the password.
        const auto again = Atelier::DatabaseUrl::parse(url->toString());
        if (!again.ok() || again->toString() != url->toString())
            __builtin_trap();
        // What is shown names the same place without the password.
        const auto shown = Atelier::DatabaseUrl::parse(url->displayString());
        if (!shown.ok() || !shown->password.isEmpty() || shown->user != url->user || shown->host != url->host
            || shown->database != url->database || shown->path != url->path)
            __builtin_trap();
    }
    (void)Atelier::FunnelService::parseWindow(text);
    return 0;
}
