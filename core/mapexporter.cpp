#include "mapexporter.h"

#include "maprenderer.h"

namespace atlas {

namespace {
constexpr int kBandRows = 256;  // 4 MB of RGB32 at 4K: small, yet few enough bands to stay fast
}

WriteResult exportMapPng(MapRenderer &renderer, const MapViewport &viewport, const RenderOptions &options,
                         const QString &path)
{
    PngStreamWriter writer(path, viewport.pixels());
    if (!writer.error().isEmpty())
        return {false, writer.error()};
    renderer.renderBands(viewport, options, kBandRows, [&](const QImage &band) { return writer.writeRows(band); });
    return writer.finish();
}

} // namespace atlas
