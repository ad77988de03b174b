// SVG output written by hand (QXmlStreamWriter) in page pixels, the same layout as the PNG: one
// <path> per map feature with id = its ISO code and class = its status word (no_data for land that
// is no state), fills and the withdrawal hatch in a <style> block and a <pattern>, borders as
// strokes, microstate marker circles, and the annotations as <text> in <g> groups. Written into a
// QSaveFile: the file appears only when complete.
#pragma once

#include "pngwriter.h"  // WriteResult

#include <QString>

namespace atlas {

class AtlasDocument;
class ProjectedMap;
struct ExportRequest;
struct ExportMetadata;

WriteResult writeSvg(const AtlasDocument &document, const ProjectedMap &map, const ExportRequest &request,
                     const ExportMetadata &metadata, const QString &path);

} // namespace atlas
