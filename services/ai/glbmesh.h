#pragma once

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector3D>

#include <variant>

class QImage;

namespace Atelier {

/// A triangle mesh as a 3D result carries it: the first primitive of a binary glTF 2.0 (GLB) file, read with every
/// offset and count checked (the bytes come from a provider), written for the offline renderer, and drawn as the
/// preview image people see in place of the model.
struct GlbMesh final
{
    Q_DECLARE_TR_FUNCTIONS(GlbMesh)
public:
    QList<QVector3D> positions;
    QList<quint32> indices; // three per triangle
    QColor color = QColor(180, 180, 190);

    /// A GLB file: one mesh, one primitive with POSITION (with its bounds) and 32-bit indices, one material.
    QByteArray write() const;
    /// The first primitive of the first mesh of a GLB file, or why it cannot be read.
    static std::variant<GlbMesh, QString> read(const QByteArray &glb);
    /// The mesh seen from the front and a little above, flat-shaded, fitted to a square of \a size pixels.
    QImage render(int size) const;
    /// Whether \a bytes start like a GLB file.
    static bool looksLikeGlb(const QByteArray &bytes);
};

} // namespace Atelier
