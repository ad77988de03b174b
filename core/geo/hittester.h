// Finds what lies under a point of the map: marker circles first (the same circles the renderer
// draws, from mapmarkers.h), then polygons with a bounding-box prefilter. Used by the window for
// hover and click; unit-tested in core. Results name the place by code and the state by index,
// never by feature index, so they stay valid when the view swaps in another projection or detail.
#pragma once

#include "mapviewport.h"

#include <QString>

namespace atlas {

class ProjectedMap;
struct CountryStateLink;

struct MapHit {
    QString placeCode;    // ISO code of the feature under the point (a territory's own, e.g. GRL); empty: sea
    QString placeName;    // as the map source spells it
    int stateIndex = -1;  // the dataset state colouring it (DNK for Greenland); -1 for no-data land
    bool isStateItself = false;  // false for a territory drawn in its sovereign's colour

    bool isLand() const { return !placeCode.isEmpty(); }
};

class HitTester {
public:
    // Both must outlive the tester (the map view owns all three together).
    HitTester(const ProjectedMap &map, const CountryStateLink &link);

    MapHit hitAt(const MapViewport &viewport, const QPointF &pixel) const;
    // Feature index whose polygons contain a world point (metres), or -1. Internal to geo and tests.
    int featureIndexAtWorld(const QPointF &world) const;

private:
    int featureIndexAt(const MapViewport &viewport, const QPointF &pixel) const;

    const ProjectedMap &m_map;
    const CountryStateLink &m_link;
};

} // namespace atlas
