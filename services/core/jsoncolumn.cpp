#include "core/jsoncolumn.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <optional>

namespace Atelier {

namespace {

/// The parsed document, or the error naming the row; nullopt for a NULL that means "empty".
Result<std::optional<QJsonDocument>> parse(const QVariant &value, const QString &table, const QString &column, const QString &rowId,
                                           JsonNull null)
{
    if (value.isNull()) {
        if (null == JsonNull::Empty)
            return std::optional<QJsonDocument>();
        return Error{JsonColumn::tr("%1 %2: %3 is missing (NULL).").arg(table, rowId, column), {}};
    }
    const QByteArray text = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
    QJsonParseError parsed{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return Error{JsonColumn::tr("%1 %2: %3 is not valid JSON (%4 at character %5).")
                         .arg(table, rowId, column, parsed.errorString())
                         .arg(parsed.offset),
                     QString::fromUtf8(text.left(200))};
    return std::optional<QJsonDocument>(doc);
}

} // namespace

Result<QJsonObject> JsonColumn::object(const QVariant &value, const QString &table, const QString &column, const QString &rowId, JsonNull null)
{
    auto doc = parse(value, table, column, rowId, null);
    if (!doc)
        return doc.error();
    if (!doc.value())
        return QJsonObject();
    if (!doc.value()->isObject())
        return Error{tr("%1 %2: %3 is not a JSON object.").arg(table, rowId, column), value.toString().left(200)};
    return doc.value()->object();
}

Result<QJsonArray> JsonColumn::array(const QVariant &value, const QString &table, const QString &column, const QString &rowId, JsonNull null)
{
    auto doc = parse(value, table, column, rowId, null);
    if (!doc)
        return doc.error();
    if (!doc.value())
        return QJsonArray();
    if (!doc.value()->isArray())
        return Error{tr("%1 %2: %3 is not a JSON array.").arg(table, rowId, column), value.toString().left(200)};
    return doc.value()->array();
}

} // namespace Atelier
