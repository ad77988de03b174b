#include "exportrequest.h"

#include "regionpresets.h"

namespace atlas {

RenderOptions renderOptions(const ExportRequest &request)
{
    RenderOptions o;
    o.date = request.date;
    o.theme = request.theme;
    o.legend = request.legend;
    o.title = request.title;
    o.sourceLine = request.sourceLine;
    o.labels = request.labels;
    o.titleText = request.titleText;
    o.locale = request.locale;
    o.selectedCode = request.selectedCode;
    o.emphasisCodes = request.emphasisCodes;
    o.counting = request.counting;
    return o;
}

ExportRequest regionExportRequest(const ProjectedMap &map, const RegionPreset &region, const QSize &size)
{
    ExportRequest r;
    r.viewport = MapViewport::fit(regionWorldArea(region, map), size);
    return r;
}

ExportRequest viewExportRequest(const MapViewport &view, const RenderOptions &viewOptions, const ExportSettings &settings)
{
    ExportRequest r;
    r.viewport = exportViewport(view, settings.size);
    r.date = viewOptions.date;
    r.theme = viewOptions.theme;
    r.legend = settings.legend;
    r.title = settings.title;
    r.sourceLine = settings.sourceLine;
    r.labels = viewOptions.labels;  // what the view shows
    r.selectedCode = viewOptions.selectedCode;
    r.emphasisCodes = viewOptions.emphasisCodes;
    r.titleText = viewOptions.titleText;
    r.locale = viewOptions.locale;
    r.counting = viewOptions.counting;
    return r;
}

} // namespace atlas
