// Raster layers of the map geometry for one viewport, so a date change only recolours pixels.
// Owned by MapRenderer. Memory: 2 bytes (feature id) + 1 byte (border coverage) per pixel of the
// region rasterised, which is the whole viewport for the window and one band of it for big exports.
#pragma once

#include "mapmarkers.h"
#include "mapviewport.h"

#include <QImage>
#include <QRect>
#include <QVector>

namespace atlas {

class ProjectedMap;

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

    // Writes one pixel per layer pixel into `out` (RGB32, region size): fill[id], or stripe[id] on the
    // hatch phase, then the border colour blended by coverage. Cost is linear in pixels, no geometry.
    void compose(QImage &out, const QVector<QRgb> &fill, const QVector<QRgb> &stripe, QRgb border) const;

    const QList<MarkerCircle> &markers() const { return m_markers; }  // all of the viewport's circles
    const MapViewport &viewport() const { return m_viewport; }
    QRect region() const { return m_region; }

private:
    void paintIds(const ProjectedMap &map);
    void paintBorders(const ProjectedMap &map, double borderWidthPx);
    QTransform regionTransform() const;  // world metres to region pixels
    void composeRows(uchar *bits, qsizetype stride, int from, int to, int width, int maxId,
                     const QVector<QRgb> &fill, const QVector<QRgb> &stripe, QRgb border) const;

    MapViewport m_viewport;
    QRect m_region;
    const ProjectedMap *m_map = nullptr;
    QVector<MarkerRule> m_markerRules;
    double m_borderWidth = 0.0;
    QImage m_ids;     // RGB16: the 16-bit pixel value is the id
    QImage m_border;  // Alpha8: coverage of borders and marker outlines
    QList<MarkerCircle> m_markers;
};

} // namespace atlas
