// Level of detail of the shipped map: 1:50m for the world, 1:10m once the view is zoomed in far
// enough that 1:50m's vertices would show. Decided here, in core, from the viewport alone, so the
// window and every export draw the same level for the same view. A --map file has one level.
#pragma once

#include "mapviewport.h"

namespace atlas {

enum class MapDetail { Standard, Fine };  // Natural Earth 1:50m, 1:10m

// Scale from which the 1:10m layer is drawn, in pixels per degree of longitude at the equator.
// The world at screen sizes (1920x1080: ~6, 3840x2160: ~12) stays 1:50m; Europe (~30) and the
// Balkans (~120) at 1920x1080 draw 1:10m.
constexpr double kFineDetailPixelsPerDegree = 16.0;
// The closest zoom the window allows (MapView); the 1:10m layer is thinned for it.
constexpr double kFinestMetresPerPixel = 150.0;

double pixelsPerDegree(const MapViewport &viewport);
MapDetail detailFor(const MapViewport &viewport, bool fineAvailable);
// Vertices closer than this (metres on the plane) are dropped when projecting a level of the
// shipped map: half a pixel at the finest scale the level is drawn at (1:50m: just short of
// kFineDetailPixelsPerDegree, about 3.5 km; 1:10m: kFinestMetresPerPixel, 75 m). A --map file
// has no levels and is projected as it is (spacing 0).
double vertexSpacingFor(MapDetail detail);

} // namespace atlas
