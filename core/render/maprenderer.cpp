#include "maprenderer.h"

#include "atlasdocument.h"
#include "mapannotations.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"

#include <QPaintEngine>

#include <algorithm>

namespace atlas {

double borderWidthFor(const QSize &pixels, const MapTheme &theme)
{
    return std::max(0.5, theme.borderWidthPx * std::min(pixels.height(), pixels.width()) / 1080.0);
}

MapRenderer::MapRenderer(std::shared_ptr<const AtlasDocument> document, std::shared_ptr<const ProjectedMap> map)
    : m_document(std::move(document)), m_map(std::move(map)), m_timeline(m_document->timeline()),
      m_link(m_document->link(m_map->detail()))
{
}

MapRenderer::~MapRenderer() = default;

QColor MapRenderer::featureColour(int featureIndex, const QDate &date, const MapTheme &theme) const
{
    const int state = m_link.stateIndexOf.value(featureIndex, -1);
    return state < 0 ? theme.noData : theme.statusColour(m_timeline.status(state, date));
}

void MapRenderer::buildColourTables(const RenderOptions &o)
{
    const int n = int(m_map->countries().size()) + MapLayerCache::kFirstFeatureId;
    m_fill.resize(n);
    m_stripe.resize(n);
    m_fill[MapLayerCache::kOutsideId] = m_stripe[MapLayerCache::kOutsideId] = o.theme.background.rgb();
    m_fill[MapLayerCache::kSeaId] = m_stripe[MapLayerCache::kSeaId] = o.theme.sea.rgb();
    for (int i = 0; i < m_map->countries().size(); ++i) {
        const int state = m_link.stateIndexOf[i];
        const Status s = state < 0 ? Status::DoesNotRecognize : m_timeline.status(state, o.date);
        const QRgb fill = state < 0 ? o.theme.noData.rgb() : o.theme.statusColour(s).rgb();
        m_fill[MapLayerCache::kFirstFeatureId + i] = fill;
        m_stripe[MapLayerCache::kFirstFeatureId + i] = (state >= 0 && s == Status::WithdrawalClaimed) ? o.theme.hatch.rgb() : fill;
    }
}

const QImage &MapRenderer::composeMap(const MapViewport &viewport, const RenderOptions &options)
{
    m_layers.ensure(*m_map, viewport, m_link.markerRules, borderWidthFor(viewport.pixels(), options.theme));
    buildColourTables(options);
    m_layers.compose(m_frame, m_fill, m_stripe, options.theme.border.rgb());
    return m_frame;
}

void MapRenderer::paintHighlights(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const auto outline = [&](const QString &code, const QColor &colour, double width) {
        const int feature = code.isEmpty() ? -1 : m_map->indexOf(code);
        if (feature < 0)
            return;
        QPen pen(colour, width);
        pen.setCosmetic(true);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.setTransform(viewport.worldToPixel());
        painter.drawPath(m_map->countries()[feature].path);
        painter.resetTransform();
        for (const MarkerCircle &m : m_layers.markers())
            if (m.featureIndex == feature)
                painter.drawEllipse(m.centre, m.radius + width / 2, m.radius + width / 2);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double base = borderWidthFor(viewport.pixels(), options.theme);
    outline(options.hoveredCode, options.theme.text, base * 2.5);
    outline(options.selectedCode, QColor(0xD6, 0x27, 0x28), base * 4);
    painter.restore();
}

void MapRenderer::paintVector(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const MapTheme &t = options.theme;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.pixels())), t.background);
    painter.setTransform(viewport.worldToPixel());
    QPen pen(t.border, borderWidthFor(viewport.pixels(), t));
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.setBrush(t.sea);
    painter.drawPath(m_map->globe());
    const QList<MarkerCircle> markers = markerCircles(*m_map, viewport, m_link.markerRules);
    for (int i = 0; i < m_map->countries().size(); ++i) {
        painter.setBrush(featureColour(i, options.date, t));
        painter.drawPath(m_map->countries()[i].path);
        const int state = m_link.stateIndexOf[i];
        if (state >= 0 && m_timeline.status(state, options.date) == Status::WithdrawalClaimed) {
            painter.setBrush(QBrush(t.hatch, Qt::BDiagPattern));
            painter.drawPath(m_map->countries()[i].path);
        }
    }
    painter.resetTransform();
    for (const MarkerCircle &m : markers) {
        painter.setBrush(featureColour(m.featureIndex, options.date, t));
        painter.drawEllipse(m.centre, m.radius, m.radius);
    }
    painter.restore();
}

void MapRenderer::render(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster) {
        painter.drawImage(QPointF(0, 0), composeMap(viewport, options));
    } else {
        m_layers.ensure(*m_map, viewport, m_link.markerRules, borderWidthFor(viewport.pixels(), options.theme));
        paintVector(painter, viewport, options);
    }
    paintOverlays(painter, viewport, options);
}

// Highlights, then annotations: the same on every device, whole images and bands alike.
void MapRenderer::paintOverlays(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    paintHighlights(painter, viewport, options);
    paintAnnotations(painter, viewport.pixels(), m_timeline, options);
}

// Overlays onto an image that shows the viewport from `origin` on.
void MapRenderer::paintOverlays(QImage &target, const QPoint &origin, const MapViewport &viewport,
                                const RenderOptions &options)
{
    QPainter painter(&target);
    painter.translate(-origin);
    paintOverlays(painter, viewport, options);
}

QImage MapRenderer::renderImage(const MapViewport &viewport, const RenderOptions &options)
{
    composeMap(viewport, options);
    QImage image = std::move(m_frame);  // hand the buffer over instead of copying 33 MB at 4K
    m_frame = QImage();
    paintOverlays(image, QPoint(0, 0), viewport, options);
    return image;
}

bool MapRenderer::renderBands(const MapViewport &viewport, const RenderOptions &options, int bandHeight,
                              const BandSink &sink)
{
    const double border = borderWidthFor(viewport.pixels(), options.theme);
    buildColourTables(options);
    QImage band;
    bool ok = true;
    for (int top = 0; ok && top < viewport.pixels().height(); top += bandHeight) {
        const QRect region(0, top, viewport.pixels().width(), std::min(bandHeight, viewport.pixels().height() - top));
        m_layers.ensure(*m_map, viewport, m_link.markerRules, border, region);
        m_layers.compose(band, m_fill, m_stripe, options.theme.border.rgb());
        paintOverlays(band, region.topLeft(), viewport, options);
        ok = sink(band);
    }
    return ok;
}

} // namespace atlas
