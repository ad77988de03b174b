#include "hittester.h"

#include "countrystatelink.h"
#include "mapmarkers.h"
#include "projectedmap.h"

namespace atlas {

HitTester::HitTester(const ProjectedMap &map, const CountryStateLink &link) : m_map(map), m_link(link) {}

MapHit HitTester::hitAt(const MapViewport &viewport, const QPointF &pixel) const
{
    const int feature = featureIndexAt(viewport, pixel);
    if (feature < 0)
        return {};
    const ProjectedCountry &c = m_map.countries()[feature];
    return {c.code, c.name, m_link.stateIndexOf.value(feature, -1), m_link.isStateItself.value(feature, false)};
}

int HitTester::featureIndexAt(const MapViewport &viewport, const QPointF &pixel) const
{
    // Circles sit on top of the map, so they win; a little slack makes tiny ones easy to hit,
    // and where circles overlap the nearest centre wins.
    int hit = -1;
    double best = 0.0;
    for (const MarkerCircle &m : markerCircles(m_map, viewport, m_link.markerRules)) {
        const QPointF d = m.centre - pixel;
        const double distance2 = d.x() * d.x() + d.y() * d.y();
        const double reach2 = (m.radius + 2.0) * (m.radius + 2.0);
        if (distance2 <= reach2 && (hit < 0 || distance2 <= best)) {
            best = distance2;
            hit = m.featureIndex;
        }
    }
    return hit >= 0 ? hit : featureIndexAtWorld(viewport.toWorld(pixel));
}

int HitTester::featureIndexAtWorld(const QPointF &world) const
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
