#pragma once

#include "core/result.h"

class QSqlDatabase;
class QByteArray;
#include <QString>

namespace Atelier::Testing {

/// Loads a hand-made events file into a migrated database: tab-separated brand id, event type, user id,
/// session id, ISO time (UTC) and JSON properties; "-" is NULL; lines starting with # are comments.
/// Brands named in the file are created (slug = id). Goes through the product's bulk loader.
Status loadEvents(const QSqlDatabase &db, const QString &path);
/// The same from text built by the test itself.
Status loadEventText(const QSqlDatabase &db, const QByteArray &text, const QString &origin = QStringLiteral("events"));

} // namespace Atelier::Testing
