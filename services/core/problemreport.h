#pragma once

#include "databaseurl.h"

#include <QString>

namespace Atelier {

/// What a problem report needs to start with (Help ▸ Report a problem): Atelier's and Qt's versions, the
/// operating system, the kind and version of the database and its schema version. Plain English lines with stable
/// keys (they are read by the people who fix the problem, in any language); never the URL, a user or a password.
namespace ProblemReport {
/// Opens \a url (never creating it) to read the server's and the schema's versions; a database that does not answer
/// is described as such, with its error, so the report is still written. Runs off the GUI thread.
QString describe(const DatabaseUrl &url, const QString &language);
} // namespace ProblemReport

} // namespace Atelier
