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
    const double finestMetresPerPixel =
        detail == MapDetail::Fine ? kFinestMetresPerPixel : kMetresPerDegree / kFineDetailPixelsPerDegree;
    return 0.5 * finestMetresPerPixel;
}

} // namespace atlas
