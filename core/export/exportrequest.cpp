#include "exportrequest.h"

#include "mapannotations.h"
#include "regionpresets.h"

#include <algorithm>

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
    o.changesSince = request.changesSince;
    o.stateNames = request.stateNames;
    return o;
}

ExportRequest fittedToFrame(const ExportRequest &request, const RecognitionTimeline &timeline)
{
    if (request.area.isEmpty())
        return request;
    ExportRequest r = request;
    const QSize px = request.viewport.pixels();
    const QRectF frame = annotationMapFrame(px, timeline, renderOptions(request));
    r.viewport = request.areaByWidth
                     ? MapViewport::centredIn(request.area.center(), request.area.width() / std::max(1.0, frame.width()), px, frame)
                     : MapViewport::fitInto(request.area, px, frame);
    return r;
}

ExportRequest regionExportRequest(const ProjectedMap &map, const RegionPreset &region, const QSize &size)
{
    ExportRequest r;
    r.area = regionWorldArea(region, map);
    r.viewport = MapViewport::fit(r.area, size);
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
    r.stateNames = viewOptions.stateNames;
    const QRectF frame = viewOptions.mapFrame.isNull() ? QRectF(QPointF(0, 0), QSizeF(view.pixels())) : viewOptions.mapFrame;
    r.area = QRectF(view.toWorld(frame.bottomLeft()), view.toWorld(frame.topRight())).normalized();
    r.areaByWidth = true;
    return r;
}

} // namespace atlas
