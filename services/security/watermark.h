#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Atelier {

/// A watermark found in a file, and what it names.
struct WatermarkFound final
{
    QString kind; // visible (from its metadata twin), invisible, metadata
    QString watermarkId;
    QString resourceType;
    QString resourceId;
};

/// An image marked and its watermark's row id.
struct MarkedImage final
{
    QString id;
    QByteArray bytes; // PNG or JPEG
};

/// Watermarks (Watermark model): visible text, an invisible payload, and metadata (PNG text chunks, JPEG
/// XMP) that name the watermark row and so the resource, with the IPTC digital-source type of AI media.
///
/// The invisible mark survives JPEG at quality 75 and downscaling to 50%: a 32-bit code and a 16-bit CRC are
/// spread over a 48 × 48 grid of smooth bumps in the luminance (each cell a raised-cosine bump of ±5 levels,
/// its sign set by the bit and a fixed pseudo-random chip). Cells are placed relative to the image's size, so
/// resizing keeps them; reading subtracts each cell's neighbourhood to cancel the picture itself, then
/// correlates. An image without the mark fails the CRC and is not reported.
class Watermarks final
{
    Q_DECLARE_TR_FUNCTIONS(Watermarks)
public:
    static QStringList kinds(); // visible, invisible, metadata
    static const char *aiSourceType(); // IPTC digital source type of AI-made media

    static QImage embedInvisible(const QImage &image, quint32 code);
    static std::optional<quint32> extractInvisible(const QImage &image);
    /// \a position: top-left, top-right, bottom-left, bottom-right or center; \a opacity 0…1.
    static QImage drawVisible(const QImage &image, const QString &text, const QString &position, double opacity);
    /// Peak signal-to-noise ratio in dB between two images of the same size (infinity when equal).
    static double psnr(const QImage &a, const QImage &b);

    /// Marks \a image with a watermark of \a kind for the resource, records it in `watermarks` (inside the caller's
    /// transaction, if any) and returns the marked image encoded (PNG, or JPEG with \a jpeg).
    static Result<MarkedImage> mark(const QSqlDatabase &db, const QString &kind, const QImage &image, bool jpeg,
                                    const QString &resourceType, const QString &resourceId, const QString &brandId,
                                    const QString &text = {}, const QString &position = QStringLiteral("bottom-right"),
                                    double opacity = 0.35);
    /// Records a watermark of \a kind for the resource in `watermarks` and writes the marked copy of \a input
    /// to \a output (PNG or JPEG by its suffix). Returns the watermark's id.
    static Result<QString> apply(const QSqlDatabase &db, const QString &kind, const QString &input, const QString &output,
                                 const QString &resourceType, const QString &resourceId, const QString &text = {},
                                 const QString &position = QStringLiteral("bottom-right"), double opacity = 0.35);
    /// Every watermark of this database that \a path carries.
    static Result<QList<WatermarkFound>> detect(const QSqlDatabase &db, const QString &path);
};

} // namespace Atelier
