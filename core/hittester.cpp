#include "hittester.h"

#include "maplayercache.h"
#include "projectedmap.h"

namespace atlas {

HitTester::HitTester(const ProjectedMap &map, const QVector<MarkerRule> &markerRules)
    : m_map(map), m_markerRules(markerRules)
{
}

int HitTester::featureAt(const MapViewport &viewport, const QPointF &pixel) const
{
    // Circles sit on top of the map, so they win; a little slack makes tiny ones easy to hit,
    // and where circles overlap the nearest centre wins.
    const QTransform toPixel = viewport.worldToPixel();
    const double radius = markerRadiusPx(viewport.pixels());
    const double pxPerMetre2 = 1.0 / (viewport.metresPerPixel() * viewport.metresPerPixel());
    double best = (radius + 2.0) * (radius + 2.0);
    int hit = -1;
    for (int i = 0; i < m_map.countries().size(); ++i) {
        const ProjectedCountry &c = m_map.countries()[i];
        if (!drawnAsMarker(c.area * pxPerMetre2, m_markerRules.value(i, MarkerRule::Never), radius))
            continue;
        const QPointF d = toPixel.map(c.anchor) - pixel;
        const double distance2 = d.x() * d.x() + d.y() * d.y();
        if (distance2 <= best) {
            best = distance2;
            hit = i;
        }
    }
    return hit >= 0 ? hit : featureAtWorld(viewport.toWorld(pixel));
}

int HitTester::featureAtWorld(const QPointF &world) const
{
    for (int i = 0; i < m_map.countries().size(); ++i) {
        const ProjectedCountry &c = m_map.countries()[i];
        if (!c.bounds.contains(world))
            continue;
        for (int p = 0; p < c.rings.size(); ++p) {
            if (!c.polygonBounds[p].contains(world))
                continue;
            bool inside = false;
            for (const QPolygonF &ring : c.rings[p])
                inside ^= ring.containsPoint(world, Qt::OddEvenFill);
            if (inside)
                return i;
        }
    }
    return -1;
}

} // namespace atlas
