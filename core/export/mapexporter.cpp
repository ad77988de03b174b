#include "mapexporter.h"

#include "maprenderer.h"

#include <future>

namespace atlas {
namespace {
// 8 MB of RGB32 at 4K: small beside the 33 MB of a whole frame, yet few enough bands that
// geometry crossing several of them is not painted too often.
constexpr int kBandRows = 540;
}

MapExporter::MapExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map)
    : m_renderer(std::make_unique<MapRenderer>(std::move(document), std::move(map)))
{
}

MapExporter::~MapExporter() = default;

QImage MapExporter::renderImage(const ExportRequest &request)
{
    return m_renderer->renderImage(request.viewport, renderOptions(request));
}

WriteResult MapExporter::writePng(const ExportRequest &request, const QString &path)
{
    PngStreamWriter writer(path, request.viewport.pixels());
    if (!writer.error().isEmpty())
        return {false, writer.error()};
    // Encode band k on a second thread while band k + 1 renders. The band handed over is a shallow
    // copy: the renderer's next compose detaches and writes a new buffer.
    std::future<bool> encoding;
    const auto previousOk = [&encoding] { return !encoding.valid() || encoding.get(); };
    const bool rendered = m_renderer->renderBands(request.viewport, renderOptions(request), kBandRows, [&](const QImage &band) {
        if (!previousOk())
            return false;
        encoding = std::async(std::launch::async, [&writer, band] { return writer.writeRows(band); });
        return true;
    });
    const bool encoded = previousOk();
    if (!rendered && encoded)
        writer.cancel();
    return writer.finish();
}

} // namespace atlas
