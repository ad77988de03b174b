// What the raster layers draw of a country for one view: only the polygons whose bounding boxes
// meet it, in pixels, with vertices closer than half a pixel to the last one kept dropped. Zoomed
// into the Balkans at 1920x1080, the countries that meet the view hold 122k of 1:10m's vertices
// and the polygons that do 48k (1:10m's vertices are about a pixel apart there, so half a pixel
// drops few); in the world view most of 1:50m's vertices fall within half a pixel of the last.
#pragma once

#include "projectedmap.h"

#include <QPainterPath>
#include <QRectF>
#include <QTransform>

namespace atlas {

// A new path of `country`'s polygons that meet `visibleWorld` (metres), mapped through `toPixel`
// (a scale and a translation), thinned to half a pixel; empty when none meets it. A new path
// for each caller: QPainterPath fills caches when drawn, so threads must never draw a shared one.
QPainterPath pixelPathInView(const ProjectedCountry &country, const QRectF &visibleWorld, const QTransform &toPixel);

} // namespace atlas
