// The one map painter: the window, PNG export, the CLI and the tests all draw through it, so an
// export shows exactly what the window shows. Raster devices (images, widgets) get cached id
// layers, so a new date only recolours; other paint devices get vector paths (nothing writes a
// vector file yet). Not thread-safe: it owns its raster layers. Whoever draws owns a renderer:
// the map view one for the window's life, each export a short-lived one of its own.
#pragma once

#include "countrystatelink.h"
#include "labellayer.h"
#include "maplayercache.h"
#include "mapviewport.h"
#include "renderoptions.h"

#include <QImage>
#include <QPainter>

#include <functional>
#include <memory>

namespace atlas {

class AtlasDocument;
class ProjectedMap;
class RecognitionTimeline;

class MapRenderer {
public:
    // `map` must be a projection of `document`'s shapes at some level (AtlasDocument::projectedMap);
    // the renderer colours it through the document's link for that level.
    MapRenderer(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map);
    ~MapRenderer();
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    // Paints map and annotations into the painter's device area (0,0)-(viewport.pixels()).
    void render(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    QImage renderImage(const MapViewport &viewport, const RenderOptions &options);

    // The same picture as renderImage, handed over in bands of `bandHeight` rows, top to bottom, so a
    // huge export never exists whole in memory. `sink` returns false to stop (a write failed).
    using BandSink = std::function<bool(const QImage &band)>;
    bool renderBands(const MapViewport &viewport, const RenderOptions &options, int bandHeight, const BandSink &sink);

    // Only the map pixels (no annotations); reuses geometry layers when the viewport is unchanged.
    const QImage &composeMap(const MapViewport &viewport, const RenderOptions &options);

    QColor featureColour(int featureIndex, const QDate &date, const MapTheme &theme) const;
    // True when the options' counting rule counts the feature's state otherwise than its status
    // says (counted but not `recognizes`, or the reverse): those get the theme's rule mark.
    bool countedOtherwise(int featureIndex, const RenderOptions &options) const;
    const MapLayerCache &layers() const { return m_layers; }
    const LabelLayer &labelLayer() const { return m_labels; }
    // What names the map shows for these options (empty unless options.labels), as render() draws them.
    const QList<MapLabel> &labels(const MapViewport &viewport, const RenderOptions &options);
    const ProjectedMap &map() const { return *m_map; }
    const std::shared_ptr<const ProjectedMap> &sharedMap() const { return m_map; }
    const AtlasDocument &document() const { return *m_document; }

private:
    void buildColourTables(const RenderOptions &options);
    void paintVector(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void paintHighlights(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void paintRuleMarks(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    void outlineFeature(QPainter &painter, const MapViewport &viewport, int feature, const QPen &pen);
    void paintOverlays(QPainter &painter, const MapViewport &viewport, const RenderOptions &options);
    LabelInputs labelInputs(const RenderOptions &options) const;
    void paintOverlays(QImage &target, const QPoint &origin, const MapViewport &viewport, const RenderOptions &options);

    std::shared_ptr<const AtlasDocument> m_document;
    std::shared_ptr<const ProjectedMap> m_map;
    const RecognitionTimeline &m_timeline;  // the document's
    const CountryStateLink &m_link;          // the document's
    MapLayerCache m_layers;
    LabelLayer m_labels;
    QVector<QRgb> m_fill;
    QVector<QRgb> m_stripe;
    QImage m_frame;  // reused between frames: no page faults per date step
};

// Border width in pixels for an image of this size under a theme.
double borderWidthFor(const QSize &pixels, const MapTheme &theme);

} // namespace atlas
