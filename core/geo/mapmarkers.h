// Circles for map features too small to see at a scale (Nauru, Monaco, Kosovo at world scale).
// Geometry only: the layer cache draws them, the hit tester hits them, so both agree on where they are.
#pragma once

#include "mapviewport.h"

#include <QList>
#include <QPointF>
#include <QVector>

namespace atlas {

class ProjectedMap;

// When a feature is drawn as a circle instead of (on top of) its too-small outline.
enum class MarkerRule : quint8 {
    Never,      // territories: coloured like their sovereign, never a marker of their own
    WhenTiny,   // states: when smaller than a few pixels (Nauru, Monaco, Luxembourg at world scale)
    WhenSmall,  // the subject of the map (Kosovo): whenever smaller than its circle
};

struct MarkerCircle {
    int featureIndex = -1;  // index into ProjectedMap::countries()
    QPointF centre;         // pixels of the full viewport
    double radius = 0.0;    // pixels
};

// Radius in pixels: grows with the image so a 4K export shows the same circles as 1080p.
double markerRadiusPx(const QSize &pixels);
bool drawnAsMarker(double areaPx, MarkerRule rule, double radiusPx);
// The circles whose centres lie on screen (or within one radius of it); `rules` per feature.
QList<MarkerCircle> markerCircles(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &rules);

} // namespace atlas
