#include "exportsettings.h"

namespace atlas {

MapViewport exportViewport(const MapViewport &view, const QSize &size)
{
    const double widthRatio = double(view.pixels().width()) / size.width();
    return MapViewport(view.centre(), view.metresPerPixel() * widthRatio, size);
}

RenderOptions exportOptions(const RenderOptions &view, const ExportSettings &settings)
{
    RenderOptions out = view;
    out.hoveredFeature = -1;
    out.legend = settings.legend;
    out.title = settings.title;
    out.sourceLine = settings.sourceLine;
    return out;
}

} // namespace atlas
