// The GLB reader on any bytes (a 3D result comes from a provider): it reads a mesh or says why not, and a mesh it
// reads can be drawn. Seeds: a valid file written by GlbMesh itself.
#include "ai/glbmesh.h"

#include <QByteArray>
#include <QImage>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto read = Atelier::GlbMesh::read(bytes);
    if (const auto *mesh = std::get_if<Atelier::GlbMesh>(&read); mesh && mesh->indices.size() < 30000)
        (void)mesh->render(32);
    return 0;
}
