// The export pipeline's one entry point for map images: an ExportRequest in, a PNG, SVG or PDF
// file (or an image for the clipboard) out. Owns a renderer of its own for as long as it lives, so exporting
// never touches the window's raster layers; a frame series reuses one exporter for every frame.
// Used by the command line (--export), the window (File > Export, Copy Map) and FrameExporter.
#pragma once

#include "exportformat.h"
#include "exportmetadata.h"
#include "exportrequest.h"
#include "pngwriter.h"

#include <QImage>

#include <memory>

namespace atlas {

class AtlasDocument;
class MapRenderer;
class ProjectedMap;

class MapExporter {
public:
    // `map` must be a projection of `document`'s shapes.
    MapExporter(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map);
    ~MapExporter();
    MapExporter(const MapExporter &) = delete;
    MapExporter &operator=(const MapExporter &) = delete;

    // Renders in bands straight into the PNG, so memory stays near one band (about 8 MB at 4K)
    // whatever the size; the file appears only when complete.
    WriteResult writePng(const ExportRequest &request, const QString &path);
    // Page-pixel SVG (svgwriter.h) and an A4 landscape PDF with the map fitted, text as text.
    WriteResult writeSvg(const ExportRequest &request, const QString &path);
    WriteResult writePdf(const ExportRequest &request, const QString &path);
    // The format the path's extension names (exportFormatForPath); an unknown one is an error.
    WriteResult write(const ExportRequest &request, const QString &path);
    WriteResult write(const ExportRequest &request, const QString &path, ExportFormat format);
    ExportMetadata metadata(const ExportRequest &request) const;
    QImage renderImage(const ExportRequest &request);

    // The request as every output draws it: its area fitted into the map frame (fittedToFrame).
    ExportRequest framed(const ExportRequest &request) const;

private:
    std::unique_ptr<MapRenderer> m_renderer;
};

} // namespace atlas
