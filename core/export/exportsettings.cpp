#include "exportsettings.h"

namespace atlas {

MapViewport exportViewport(const MapViewport &view, const QSize &size)
{
    const double widthRatio = double(view.pixels().width()) / size.width();
    return MapViewport(view.centre(), view.metresPerPixel() * widthRatio, size);
}

} // namespace atlas
