// Finds the map feature under a point: marker circles first, then polygons (bounding-box prefilter).
// Used by the window for hover and click; unit-tested in core.
#pragma once

#include "maplayercache.h"
#include "mapviewport.h"

#include <QVector>

namespace atlas {

class ProjectedMap;

class HitTester {
public:
    // `markerRules` as in CountryStateLink: which features may be drawn as circles.
    HitTester(const ProjectedMap &map, const QVector<MarkerRule> &markerRules);

    // Feature index under `pixel` in `viewport`, or -1 for sea and outside.
    int featureAt(const MapViewport &viewport, const QPointF &pixel) const;
    // Feature whose polygons contain a world point (metres), or -1.
    int featureAtWorld(const QPointF &world) const;

private:
    const ProjectedMap &m_map;
    QVector<MarkerRule> m_markerRules;
};

} // namespace atlas
