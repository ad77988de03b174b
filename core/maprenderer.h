// The one map painter: the window, PNG/SVG export, the CLI and the tests all draw through it,
// so an export shows exactly what the window shows. Not thread-safe (it caches raster layers).
#pragma once

#include "countrystatelink.h"
#include "maplayercache.h"
#include "mapviewport.h"
#include "renderoptions.h"

#include <QImage>
#include <QPainter>

#include <functional>

namespace atlas {

class ProjectedMap;
class RecognitionTimeline;

class MapRenderer {
public:
    // Both must outlive the renderer.
    MapRenderer(const ProjectedMap &map, const RecognitionTimeline &timeline);

    // Paints map and annotations into the painter's device area (0,0)-(viewport.pixels()).
    // Raster devices (QImage, widgets) use the cached id layers, so a new date only recolours;
    // other devices (SVG, PDF) get vector paths.
    void render(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    QImage renderImage(const MapViewport &viewport, const RenderOptions &options);

    // The same picture as renderImage, handed over in bands of `bandHeight` rows, top to bottom, so a
    // huge export never exists whole in memory. `sink` returns false to stop (a write failed).
    using BandSink = std::function<bool(const QImage &band)>;
    bool renderBands(const MapViewport &viewport, const RenderOptions &options, int bandHeight, const BandSink &sink);

    // Only the map pixels (no annotations); reuses geometry layers when the viewport is unchanged.
    const QImage &composeMap(const MapViewport &viewport, const RenderOptions &options);

    const CountryStateLink &link() const { return m_link; }
    QColor featureColour(int feature, const QDate &date, const MapTheme &theme) const;
    const MapLayerCache &layers() const { return m_layers; }
    const ProjectedMap &map() const { return m_map; }

private:
    void buildColourTables(const RenderOptions &options);
    void paintVector(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void paintHighlights(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void paintOverlays(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void paintOverlays(QImage &target, const QPoint &origin, const MapViewport &viewport, const RenderOptions &options);

    const ProjectedMap &m_map;
    const RecognitionTimeline &m_timeline;
    CountryStateLink m_link;
    MapLayerCache m_layers;
    QVector<QRgb> m_fill;
    QVector<QRgb> m_stripe;
    QImage m_frame;  // reused between frames: no page faults per date step
};

// Border width in pixels for an image of this size under a theme.
double borderWidthFor(const QSize &pixels, const MapTheme &theme);

} // namespace atlas
