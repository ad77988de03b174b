// Raster layers of the map geometry for one viewport, so a date change only recolours pixels.
// Owned by MapRenderer. Memory: 2 bytes (feature id) + 1 byte (border coverage) per pixel of the
// region rasterised, which is the whole viewport for the window and one band of it for big exports.
#pragma once

#include "mapviewport.h"

#include <QImage>
#include <QRect>
#include <QVector>

namespace atlas {

class ProjectedMap;

// When a feature is drawn as a circle instead of (on top of) its too-small outline.
enum class MarkerRule : quint8 {
    Never,      // territories: coloured like their sovereign, never a marker of their own
    WhenTiny,   // states: when smaller than a few pixels (Nauru, Monaco, Luxembourg at world scale)
    WhenSmall,  // Kosovo, the subject of the map: whenever smaller than its circle
};

struct MarkerCircle {
    int feature = -1;
    QPointF centre;  // pixels of the full viewport
    double radius = 0.0;
};

class MapLayerCache {
public:
    // Id 0 is outside the globe, 1 the sea, 2 + i feature i.
    static constexpr int kOutsideId = 0;
    static constexpr int kSeaId = 1;
    static constexpr int kFirstFeatureId = 2;

    // Rasterises `region` (viewport pixels; null = all of it) unless that is what is cached already.
    void ensure(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &markerRules,
                double borderWidthPx, const QRect &region = QRect());
    void invalidate() { m_viewport = MapViewport(); }
    void release();  // frees the layers' memory after a one-off export

    // Writes one pixel per layer pixel into `out` (RGB32, region size): fill[id], or stripe[id] on the
    // hatch phase, then the border colour blended by coverage. Cost is linear in pixels, no geometry.
    void compose(QImage &out, const QVector<QRgb> &fill, const QVector<QRgb> &stripe, QRgb border) const;

    int featureAt(const QPoint &pixel) const;  // viewport pixel; -1 outside any feature or the region
    const QList<MarkerCircle> &markers() const { return m_markers; }  // all of the viewport's circles
    const MapViewport &viewport() const { return m_viewport; }
    QRect region() const { return m_region; }

private:
    void paintIds(const ProjectedMap &map);
    void paintBorders(const ProjectedMap &map, double borderWidthPx);
    QTransform regionTransform() const;  // world metres to region pixels

    MapViewport m_viewport;
    QRect m_region;
    const ProjectedMap *m_map = nullptr;
    QVector<MarkerRule> m_markerRules;
    double m_borderWidth = 0.0;
    QImage m_ids;     // RGB16: the 16-bit pixel value is the id
    QImage m_border;  // Alpha8: coverage of borders and marker outlines
    QList<MarkerCircle> m_markers;
};

// Marker circles for features too small to see at this scale. Radius grows with the image size.
double markerRadiusPx(const QSize &pixels);
bool drawnAsMarker(double areaPx, MarkerRule rule, double radiusPx);
QList<MarkerCircle> markerCircles(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &rules);

} // namespace atlas
