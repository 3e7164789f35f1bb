#pragma once

#include "ai/generationqueue.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Atelier {
struct DatabaseUrl;
}

namespace Atelier::Testing {

/// The AI Studio's test fixture: a migrated database (with its catalogue of models: dall-e-3 at 4 credits,
/// offline-preview, offline-3d …) and brand "brand-q"; this desktop's files (provider settings, key file, result cache) kept
/// in a temporary folder of the test's own.
class StudioFixture final
{
public:
    /// Points XDG_CONFIG_HOME and XDG_CACHE_HOME at \a folder, key file store. Call before anything reads them.
    static void isolateDesktop(const QString &folder);
    static QSqlDatabase prepare(const DatabaseUrl &url);
    /// A queue on \a url for tests: it looks for work every 50 ms and retries after 100 to 400 ms.
    static GenerationQueue::Options queueOptions(const DatabaseUrl &url);
    /// Runs a queue on \a url until every one of \a ids has finished (or \a timeoutMs passed); true when all did.
    static bool runUntilFinished(const DatabaseUrl &url, const QStringList &ids, int timeoutMs = 20000);
    /// Points this desktop's \a provider at \a base (a FakeProvider or a SilentServer on loopback) with \a apiKey (none: the
    /// stored one stays), \a attempts per job, \a timeoutSeconds per call and a rate no test reaches. False (with a
    /// warning) when the settings were refused.
    static bool useProvider(const QString &provider, const QString &base, const std::optional<QString> &apiKey, int attempts = 3,
                            int timeoutSeconds = 5);
    /// Sets when generation \a id was queued and is first due to \a at: tests order jobs by explicit times, never by
    /// the milliseconds that pass between two enqueues. False (with a warning) when the row could not be changed.
    static bool setQueuedAt(const QSqlDatabase &db, const QString &id, const QDateTime &at);
};

} // namespace Atelier::Testing
