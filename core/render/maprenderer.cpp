#include "maprenderer.h"

#include "atlasdocument.h"
#include "mapannotations.h"
#include "projectedmap.h"
#include "recognitiontimeline.h"
#include "timelinechange.h"

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

QRectF MapRenderer::mapFrame(const QSize &pixels, const RenderOptions &options) const
{
    return mapFrameFor(pixels, m_timeline, options);
}

const QImage &MapRenderer::composeMap(const MapViewport &viewport, const RenderOptions &options)
{
    composeRows(viewport, options, QRect(), m_frame);
    return m_frame;
}

// The map's pixels in the rows of `rows` only (null: all): the annotation bands cover the others.
void MapRenderer::composeRows(const MapViewport &viewport, const RenderOptions &options, const QRect &rows, QImage &out)
{
    m_layers.ensure(*m_map, viewport, m_link.markerRules, borderWidthFor(viewport.pixels(), options.theme));
    buildColourTables(options);
    m_layers.compose(out, m_fill, m_stripe, options.theme.border.rgb(), rows);
}

// The painter's own image when the map can be composed straight into it: a whole RGB32 image of
// the viewport's size, untransformed and unshared. Saves copying the frame (33 MB at 4K) per step.
QImage *MapRenderer::directTarget(QPainter &painter, const MapViewport &viewport)
{
    QPaintDevice *device = painter.device();
    if (!device || device->devType() != QInternal::Image)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    const bool fits = image->format() == QImage::Format_RGB32 && image->size() == viewport.pixels()
                      && image->isDetached() && image->devicePixelRatio() == 1.0 && painter.transform().isIdentity()
                      && !painter.hasClipping();
    return fits ? image : nullptr;
}

bool MapRenderer::countedOtherwise(int featureIndex, const RenderOptions &options) const
{
    const int state = m_link.stateIndexOf.value(featureIndex, -1);
    if (state < 0 || options.counting == CountingRule::Net)
        return false;
    const bool recognizes = m_timeline.status(state, options.date) == Status::Recognizes;
    return m_timeline.counting().counted(options.counting, state, options.date) != recognizes;
}

// The feature's outline, and its marker circle where it has one (small islands). In image pixels
// under the painter's own transform: a band of a big export is painted translated, a PDF page scaled.
void MapRenderer::outlineFeature(QPainter &painter, const MapViewport &viewport, int feature, const QPen &pen)
{
    painter.setPen(pen);
    painter.drawPath(viewport.worldToPixel().map(m_map->countries()[feature].path));
    // Vector devices build no raster layers, so their circles are computed here.
    const QList<MarkerCircle> circles =
        m_layers.viewport() == viewport ? m_layers.markers() : markerCircles(*m_map, viewport, m_link.markerRules);
    const double grow = pen.widthF() / 2;
    for (const MarkerCircle &m : circles)
        if (m.featureIndex == feature)
            painter.drawEllipse(m.centre, m.radius + grow, m.radius + grow);
}

// Dots over the fill and an outline, so the states that make the difference between the rule's
// count and the status colours stand out without changing those colours.
void MapRenderer::paintRuleMarks(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    if (options.counting == CountingRule::Net)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(options.theme.ruleMark, borderWidthFor(viewport.pixels(), options.theme) * 3);  // pixels
    pen.setJoinStyle(Qt::RoundJoin);
    for (int i = 0; i < m_map->countries().size(); ++i) {
        if (!countedOtherwise(i, options))
            continue;
        painter.setBrush(QBrush(options.theme.ruleMark, Qt::Dense6Pattern));
        outlineFeature(painter, viewport, i, pen);
    }
    painter.restore();
}

// What changed in the last step, outlined in the theme's change colour, under the selection.
void MapRenderer::paintChanges(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const QList<int> changed = timelineChange(m_timeline, options.changesSince, options.date).changedStates;
    if (changed.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(options.theme.change, borderWidthFor(viewport.pixels(), options.theme) * 4);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setBrush(Qt::NoBrush);
    for (int i = 0; i < m_map->countries().size(); ++i)
        if (changed.contains(m_link.stateIndexOf.value(i, -1)))
            outlineFeature(painter, viewport, i, pen);
    painter.restore();
}

void MapRenderer::paintHighlights(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const auto outline = [&](const QString &code, const QColor &colour, double width) {
        const int feature = code.isEmpty() ? -1 : m_map->indexOf(code);
        if (feature < 0)
            return;
        QPen pen(colour, width);
        pen.setJoinStyle(Qt::RoundJoin);
        painter.setBrush(Qt::NoBrush);
        outlineFeature(painter, viewport, feature, pen);
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const double base = borderWidthFor(viewport.pixels(), options.theme);
    for (const QString &code : options.emphasisCodes)
        outline(code, options.theme.text, base * 3.5);
    outline(options.hoveredCode, options.theme.text, base * 2.5);
    outline(options.selectedCode, QColor(0xD6, 0x27, 0x28), base * 4);
    painter.restore();
}

namespace {

// A world path in image pixels, points closer than `tolerance` pixels to the last one kept dropped:
// at the world scale most of the 50m outline's points fall within a pixel, and every point a PDF
// holds costs writing and viewing time.
QPainterPath pixelPath(const QPainterPath &world, const QTransform &toPixel, double tolerance)
{
    QPainterPath out;
    out.setFillRule(world.fillRule());
    QPointF last;
    const double t2 = tolerance * tolerance;
    for (int i = 0; i < world.elementCount(); ++i) {
        const QPainterPath::Element e = world.elementAt(i);
        const QPointF p = toPixel.map(QPointF(e.x, e.y));
        if (e.type == QPainterPath::MoveToElement) {
            out.moveTo(p);
        } else {
            const QPointF d = p - last;
            const bool ringEnd = i + 1 == world.elementCount() || world.elementAt(i + 1).type == QPainterPath::MoveToElement;
            if (!ringEnd && d.x() * d.x() + d.y() * d.y() < t2)
                continue;
            out.lineTo(p);
        }
        last = p;
    }
    return out;
}

} // namespace

// Vector devices (PDF, printers): paths in image pixels on top of whatever transform the caller
// set (the PDF writer fits the page), borders as strokes, the hatch as real stripes.
void MapRenderer::paintVector(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    constexpr double kTolerancePx = 0.25;
    const MapTheme &t = options.theme;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform toPixel = viewport.worldToPixel();
    const double border = borderWidthFor(viewport.pixels(), t);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(viewport.pixels())), t.background);
    QPen pen(t.border, border);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(t.sea);
    painter.drawPath(pixelPath(m_map->globe(), toPixel, kTolerancePx));
    const QRectF visible = viewport.visibleWorld();
    for (int i = 0; i < m_map->countries().size(); ++i) {
        const ProjectedCountry &country = m_map->countries()[i];
        if (!country.bounds.intersects(visible))
            continue;
        const QPainterPath path = pixelPath(country.path, toPixel, kTolerancePx);
        painter.setBrush(featureColour(i, options.date, t));
        const int state = m_link.stateIndexOf[i];
        if (state >= 0 && m_timeline.status(state, options.date) == Status::WithdrawalClaimed) {
            painter.setPen(Qt::NoPen);
            painter.drawPath(path);
            paintHatch(painter, path, t.hatch);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawPath(path);
    }
    for (const MarkerCircle &m : markerCircles(*m_map, viewport, m_link.markerRules)) {
        painter.setBrush(featureColour(m.featureIndex, options.date, t));
        painter.drawEllipse(m.centre, m.radius, m.radius);
    }
    painter.restore();
}

void MapRenderer::render(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster) {
        const QRect rows = mapFrame(viewport.pixels(), options).toAlignedRect();
        if (QImage *target = directTarget(painter, viewport)) {
            composeRows(viewport, options, rows, *target);
        } else {
            composeRows(viewport, options, rows, m_frame);
            painter.drawImage(QPointF(0, 0), m_frame);
        }
    } else {
        paintVector(painter, viewport, options);  // no raster layers: only their marker circles are needed
    }
    paintOverlays(painter, viewport, options);
}

LabelInputs MapRenderer::labelInputs(const RenderOptions &options) const
{
    return {*m_map, m_link, m_document->dataset(), m_document->stateNames(), StateNames::languageOf(options.locale)};
}

const QList<MapLabel> &MapRenderer::labels(const MapViewport &viewport, const RenderOptions &options)
{
    static const QList<MapLabel> none;
    return options.labels ? m_labels.placed(labelInputs(options), m_timeline, viewport, options) : none;
}

// The margins outside the map frame and the annotations in them: cached pixels on raster
// devices, painted afresh on vector ones.
void MapRenderer::paintBands(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    const QSize px = viewport.pixels();
    const QRectF frame = mapFrame(px, options);
    const QList<AnnotationGroup> groups = annotationLayout(px, m_timeline, options);
    const QPaintEngine *engine = painter.paintEngine();
    if (engine && engine->type() == QPaintEngine::Raster) {
        m_annotations.paint(painter, px, frame, groups, options.theme);
        return;
    }
    paintMapMargins(painter, px, frame, options.theme);
    for (const AnnotationGroup &g : groups)
        paintAnnotationGroup(painter, g, options.theme);
}

// Rule marks, changes, highlights, names, then the bands: the same on every device, whole images and bands alike.
void MapRenderer::paintOverlays(QPainter &painter, const MapViewport &viewport, const RenderOptions &options)
{
    paintRuleMarks(painter, viewport, options);
    paintChanges(painter, viewport, options);
    paintHighlights(painter, viewport, options);
    if (options.labels) {
        const QPaintEngine *engine = painter.paintEngine();
        m_labels.paint(painter, labelInputs(options), m_timeline, viewport, options,
                       engine && engine->type() == QPaintEngine::Raster);
    }
    paintBands(painter, viewport, options);
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
    composeRows(viewport, options, mapFrame(viewport.pixels(), options).toAlignedRect(), m_frame);
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
        m_layers.compose(band, m_fill, m_stripe, options.theme.border.rgb(),
                         mapFrame(viewport.pixels(), options).toAlignedRect());
        paintOverlays(band, region.topLeft(), viewport, options);
        ok = sink(band);
    }
    return ok;
}

} // namespace atlas
