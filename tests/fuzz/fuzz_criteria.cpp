// Segment criteria and annotation positions: JSON typed by people or sent by other programs.
#include "analytics/segmentservice.h"
#include "collaboration/comments.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject())
        return 0;
    // Every answer is a verdict with a message; none may crash, hang or read out of bounds.
    const auto verdict = Atelier::SegmentService::validate(document.object());
    if (!verdict.ok() && verdict.error().message.isEmpty())
        __builtin_trap();
    (void)Atelier::CommentService::checkPosition(document.object());
    return 0;
}
