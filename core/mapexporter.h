// PNG export of a map view: the CLI's --export and the window's export and frame export use it.
#pragma once

#include "pngwriter.h"

namespace atlas {

class MapRenderer;
class MapViewport;
struct RenderOptions;

// Renders in bands straight into the PNG, so memory stays near one band (about 8 MB at 4K)
// whatever the size; the file appears only when complete.
WriteResult exportMapPng(MapRenderer &renderer, const MapViewport &viewport, const RenderOptions &options,
                         const QString &path);

} // namespace atlas
