#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace Atelier {

/// What a NULL in a JSON column means: an empty object/array (a nullable column where NULL is "nothing"),
/// or damage (a column that must always hold a value).
enum class JsonNull { Empty, Damaged };

/// The one way to read a JSON column: the parse is checked, and a damaged value is an error naming the row and the column
/// ("ai_generations gen_1: parameters is not valid JSON (…)."). A value of the wrong JSON type (an array where an object is
/// expected) is damage too.
class JsonColumn final
{
    Q_DECLARE_TR_FUNCTIONS(JsonColumn)

public:
    static Result<QJsonObject> object(const QVariant &value, const QString &table, const QString &column, const QString &rowId,
                                      JsonNull null = JsonNull::Empty);
    static Result<QJsonArray> array(const QVariant &value, const QString &table, const QString &column, const QString &rowId,
                                    JsonNull null = JsonNull::Empty);
};

} // namespace Atelier
