#include "maplayercache.h"

#include "projectedmap.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

// RGB16 (5-6-5) colour whose stored pixel value is exactly `id`.
QColor idColour(int id)
{
    const int r5 = (id >> 11) & 0x1F, g6 = (id >> 5) & 0x3F, b5 = id & 0x1F;
    return QColor((r5 << 3) | (r5 >> 2), (g6 << 2) | (g6 >> 4), (b5 << 3) | (b5 >> 2));
}

inline QRgb blend(QRgb under, QRgb over, uint alpha)
{
    const uint inv = 255 - alpha;
    const uint r = (qRed(over) * alpha + qRed(under) * inv + 127) / 255;
    const uint g = (qGreen(over) * alpha + qGreen(under) * inv + 127) / 255;
    const uint b = (qBlue(over) * alpha + qBlue(under) * inv + 127) / 255;
    return qRgb(int(r), int(g), int(b));
}

} // namespace

double markerRadiusPx(const QSize &pixels)
{
    return std::clamp(std::min(pixels.width(), pixels.height()) / 200.0, 3.0, 14.0);
}

bool drawnAsMarker(double areaPx, MarkerRule rule, double radiusPx)
{
    switch (rule) {
    case MarkerRule::Never: return false;
    case MarkerRule::WhenTiny: return areaPx < radiusPx * radiusPx;
    case MarkerRule::WhenSmall: return areaPx < M_PI * radiusPx * radiusPx;
    }
    return false;
}

QList<MarkerCircle> markerCircles(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &rules)
{
    QList<MarkerCircle> out;
    const double radius = markerRadiusPx(viewport.pixels());
    const double pxPerMetre2 = 1.0 / (viewport.metresPerPixel() * viewport.metresPerPixel());
    const QTransform toPixel = viewport.worldToPixel();
    const QRectF screen = QRectF(QPointF(0, 0), QSizeF(viewport.pixels())).adjusted(-radius, -radius, radius, radius);
    for (int i = 0; i < map.countries().size(); ++i) {
        const ProjectedCountry &c = map.countries()[i];
        if (!drawnAsMarker(c.area * pxPerMetre2, rules.value(i, MarkerRule::Never), radius))
            continue;
        const QPointF centre = toPixel.map(c.anchor);
        if (screen.contains(centre))
            out.append({i, centre, radius});
    }
    return out;
}

void MapLayerCache::ensure(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &markerRules,
                           double borderWidthPx)
{
    if (viewport == m_viewport && &map == m_map && markerRules == m_markerRules && borderWidthPx == m_borderWidth)
        return;
    m_viewport = viewport;
    m_map = &map;
    m_markerRules = markerRules;
    m_borderWidth = borderWidthPx;
    m_markers = markerCircles(map, viewport, markerRules);
    paintIds(map);
    paintBorders(map, borderWidthPx);
}

void MapLayerCache::paintIds(const ProjectedMap &map)
{
    if (m_ids.size() != m_viewport.pixels())
        m_ids = QImage(m_viewport.pixels(), QImage::Format_RGB16);
    m_ids.fill(idColour(kOutsideId));
    QPainter p(&m_ids);
    p.setRenderHint(QPainter::Antialiasing, false);  // ids must never blend
    p.setPen(Qt::NoPen);
    p.setTransform(m_viewport.worldToPixel());
    p.setBrush(idColour(kSeaId));
    p.drawPath(map.globe());
    const QRectF visible = m_viewport.visibleWorld();
    for (int i = 0; i < map.countries().size(); ++i) {
        const ProjectedCountry &c = map.countries()[i];
        if (!c.bounds.intersects(visible))
            continue;
        p.setBrush(idColour(kFirstFeatureId + i));
        p.drawPath(c.path);
    }
    p.resetTransform();
    for (const MarkerCircle &m : std::as_const(m_markers)) {
        p.setBrush(idColour(kFirstFeatureId + m.feature));
        p.drawEllipse(m.centre, m.radius, m.radius);
    }
}

void MapLayerCache::paintBorders(const ProjectedMap &map, double borderWidthPx)
{
    if (m_border.size() != m_viewport.pixels())
        m_border = QImage(m_viewport.pixels(), QImage::Format_Alpha8);
    m_border.fill(Qt::transparent);
    QPainter p(&m_border);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const QTransform toPixel = m_viewport.worldToPixel();
    QPen pen(Qt::black, borderWidthPx);
    pen.setCosmetic(true);  // width in pixels whatever the zoom
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    p.setTransform(toPixel);
    const QRectF visible = m_viewport.visibleWorld();
    for (const ProjectedCountry &c : map.countries())
        if (c.bounds.intersects(visible))
            p.drawPath(c.path);
    p.drawPath(map.globe());
    p.resetTransform();
    // A circle hides the outlines beneath it, as its fill does in the id layer.
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.setCompositionMode(QPainter::CompositionMode_Clear);
    for (const MarkerCircle &m : std::as_const(m_markers))
        p.drawEllipse(m.centre, m.radius, m.radius);
    p.setCompositionMode(QPainter::CompositionMode_SourceOver);
    p.setBrush(Qt::NoBrush);
    pen.setWidthF(std::max(1.0, borderWidthPx * 1.6));
    p.setPen(pen);
    for (const MarkerCircle &m : std::as_const(m_markers))
        p.drawEllipse(m.centre, m.radius, m.radius);
}

void MapLayerCache::compose(QImage &out, const QVector<QRgb> &fill, const QVector<QRgb> &stripe, QRgb border) const
{
    const int w = m_ids.width(), h = m_ids.height();
    if (out.size() != m_ids.size() || out.format() != QImage::Format_RGB32)
        out = QImage(m_ids.size(), QImage::Format_RGB32);
    const int maxId = int(std::min(fill.size(), stripe.size())) - 1;
    for (int y = 0; y < h; ++y) {
        const auto *ids = reinterpret_cast<const quint16 *>(m_ids.constScanLine(y));
        const uchar *cover = m_border.constScanLine(y);
        auto *dst = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int id = std::min<int>(ids[x], maxId);
            // Diagonal stripes, 3 px on in every 8: the hatch for withdrawal claims.
            const QRgb c = ((x + y) & 7) < 3 ? stripe[id] : fill[id];
            const uint a = cover[x];
            dst[x] = a ? blend(c, border, a) : c;
        }
    }
}

int MapLayerCache::featureAt(const QPoint &pixel) const
{
    if (!QRect(QPoint(0, 0), m_ids.size()).contains(pixel))
        return -1;
    const int id = reinterpret_cast<const quint16 *>(m_ids.constScanLine(pixel.y()))[pixel.x()];
    return id >= kFirstFeatureId ? id - kFirstFeatureId : -1;
}

} // namespace atlas
