#include "mapmarkers.h"

#include "projectedmap.h"

#include <algorithm>
#include <cmath>

namespace atlas {

double markerRadiusPx(const QSize &pixels)
{
    return std::clamp(std::min(pixels.width(), pixels.height()) / 200.0, 3.0, 14.0);
}

bool drawnAsMarker(double areaPx, MarkerRule rule, double radiusPx)
{
    switch (rule) {
    case MarkerRule::Never: return false;
    case MarkerRule::WhenTiny: return areaPx < radiusPx * radiusPx;
    case MarkerRule::WhenSmall: return areaPx < M_PI * radiusPx * radiusPx;
    }
    return false;
}

QList<MarkerCircle> markerCircles(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &rules)
{
    QList<MarkerCircle> out;
    const double radius = markerRadiusPx(viewport.pixels());
    const double pxPerMetre2 = 1.0 / (viewport.metresPerPixel() * viewport.metresPerPixel());
    const QTransform toPixel = viewport.worldToPixel();
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.pixels())).adjusted(-radius, -radius, radius, radius);
    for (int i = 0; i < map.countries().size(); ++i) {
        const ProjectedCountry &c = map.countries()[i];
        if (!drawnAsMarker(c.area * pxPerMetre2, rules.value(i, MarkerRule::Never), radius))
            continue;
        const QPointF centre = toPixel.map(c.anchor);
        if (screen.contains(centre))
            out.append({i, centre, radius});
    }
    return out;
}

} // namespace atlas
