// Where each map feature's name goes: the pole of inaccessibility of its largest polygon (the
// centre of the biggest circle inside it, GEOS MaximumInscribedCircle) on the projected plane.
// Computed once per ProjectedMap (ProjectedMap::labelAnchors), never per viewport or date; the
// label placement (core/render/labelplacement.h) picks per viewport which names fit there.
#pragma once

#include <QPointF>
#include <QVector>

namespace atlas {

class ProjectedMap;

struct LabelAnchor {
    QPointF centre;      // metres on the plane, inside the polygon
    double radius = 0;   // metres: distance from centre to the polygon's nearest edge; 0 = no anchor
    int polygon = -1;    // index into ProjectedCountry::rings: the largest polygon (by area)
};

// One anchor per feature index of `map`. Thread-safe: reads the map's rings only.
QVector<LabelAnchor> computeLabelAnchors(const ProjectedMap &map);

} // namespace atlas
