#include "mapdetail.h"

namespace atlas {
namespace {
constexpr double kMetresPerDegree = 111319.49;  // WGS84 equator
}

double pixelsPerDegree(const MapViewport &viewport)
{
    return viewport.isValid() ? kMetresPerDegree / viewport.metresPerPixel() : 0.0;
}

MapDetail detailFor(const MapViewport &viewport, bool fineAvailable)
{
    return fineAvailable && pixelsPerDegree(viewport) >= kFineDetailPixelsPerDegree ? MapDetail::Fine
                                                                                     : MapDetail::Standard;
}

double vertexSpacingFor(MapDetail detail)
{
    return detail == MapDetail::Fine ? 0.5 * kFinestMetresPerPixel : 0.0;
}

} // namespace atlas
