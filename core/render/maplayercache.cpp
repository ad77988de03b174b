#include "maplayercache.h"

#include "projectedmap.h"
#include "viewculling.h"

#include <QPainter>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>

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

void MapLayerCache::ensure(const ProjectedMap &map, const MapViewport &viewport, const QVector<MarkerRule> &markerRules,
                           double borderWidthPx, const QRect &region)
{
    const QRect wanted = region.isNull() ? QRect(QPoint(0, 0), viewport.pixels()) : region;
    if (viewport == m_viewport && wanted == m_region && &map == m_map && markerRules == m_markerRules
        && borderWidthPx == m_borderWidth)
        return;
    m_viewport = viewport;
    m_region = wanted;
    m_map = &map;
    m_markerRules = markerRules;
    m_borderWidth = borderWidthPx;
    m_markers = markerCircles(map, viewport, markerRules);
    // The two layers are independent; on two cores painting them side by side halves the wait.
    // They must not draw the same QPainterPath objects: a path builds caches when drawn.
    std::thread borders([&] { paintBorders(map, borderWidthPx); });
    paintIds(map);
    borders.join();
}

QTransform MapLayerCache::regionTransform() const
{
    return m_viewport.worldToPixel() * QTransform::fromTranslate(-m_region.left(), -m_region.top());
}

void MapLayerCache::paintIds(const ProjectedMap &map)
{
    if (m_ids.size() != m_region.size())
        m_ids = QImage(m_region.size(), QImage::Format_RGB16);
    m_ids.fill(idColour(kOutsideId));
    QPainter p(&m_ids);
    p.setRenderHint(QPainter::Antialiasing, false);  // ids must never blend
    p.setPen(Qt::NoPen);
    const QTransform toRegion = regionTransform();
    p.setTransform(toRegion);
    p.setBrush(idColour(kSeaId));
    p.drawPath(map.globe());
    p.resetTransform();
    const QRectF visible = toRegion.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(m_region.size())));
    for (int i = 0; i < map.countries().size(); ++i) {
        const QPainterPath part = pixelPathInView(map.countries()[i], visible, toRegion);
        if (part.isEmpty())
            continue;
        p.setBrush(idColour(kFirstFeatureId + i));
        p.drawPath(part);
    }
    p.translate(-m_region.topLeft());
    for (const MarkerCircle &m : std::as_const(m_markers)) {
        p.setBrush(idColour(kFirstFeatureId + m.featureIndex));
        p.drawEllipse(m.centre, m.radius, m.radius);
    }
}

void MapLayerCache::paintBorders(const ProjectedMap &map, double borderWidthPx)
{
    if (m_border.size() != m_region.size())
        m_border = QImage(m_region.size(), QImage::Format_Alpha8);
    m_border.fill(Qt::transparent);
    QPainter p(&m_border);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    const QTransform toPixel = regionTransform();
    // At most 1 px: Qt strokes thin cosmetic pens with its fast line rasteriser, but wider ones
    // through the general stroker, 20x slower on 99k vertices (300 ms at 4K).
    QPen pen(Qt::black, std::min(1.0, borderWidthPx));
    pen.setCosmetic(true);  // width in pixels whatever the zoom
    pen.setJoinStyle(Qt::BevelJoin);
    p.setPen(pen);
    const QRectF visible = toPixel.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(m_region.size())));
    for (const ProjectedCountry &c : map.countries())
        if (const QPainterPath part = pixelPathInView(c, visible, toPixel); !part.isEmpty())
            p.drawPath(part);
    p.setTransform(toPixel);
    p.drawPath(map.globeOutline());  // not map.globe(): paintIds draws that one at the same time
    p.resetTransform();
    p.translate(-m_region.topLeft());
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

void MapLayerCache::compose(QImage &out, const QVector<QRgb> &fill, const QVector<QRgb> &stripe, QRgb border,
                            const QRect &frame) const
{
    const int h = m_ids.height();
    if (out.size() != m_ids.size() || out.format() != QImage::Format_RGB32)
        out = QImage(m_ids.size(), QImage::Format_RGB32);
    const int first = frame.isNull() ? 0 : std::clamp(frame.top() - m_region.top(), 0, h);
    const int last = frame.isNull() ? h : std::clamp(frame.bottom() + 1 - m_region.top(), 0, h);
    // Memory-bound and row-independent: on two cores, half the rows each halves a date step.
    uchar *bits = out.bits();  // detached once here, not per row from two threads
    const qsizetype stride = out.bytesPerLine();
    const int middle = first + (last - first) / 2;
    std::thread lower([&] { composeRows(bits, stride, fill, stripe, border, middle, last); });
    composeRows(bits, stride, fill, stripe, border, first, middle);
    lower.join();
}

void MapLayerCache::composeRows(uchar *bits, qsizetype stride, const QVector<QRgb> &fill, const QVector<QRgb> &stripe,
                                QRgb border, int first, int last) const
{
    const int w = m_ids.width();
    const int maxId = int(std::min(fill.size(), stripe.size())) - 1;
    for (int y = first; y < last; ++y) {
        const auto *ids = reinterpret_cast<const quint16 *>(m_ids.constScanLine(y));
        const uchar *cover = m_border.constScanLine(y);
        auto *dst = reinterpret_cast<QRgb *>(bits + y * stride);
        const int phase = m_region.left() + m_region.top() + y;  // stripes continue across bands
        // Diagonal stripes, 3 px on in every 8: the hatch for withdrawal claims. The colour table
        // of each of the 8 columns of the pattern, so the inner loop only looks up.
        const QRgb *table[8];
        for (int k = 0; k < 8; ++k)
            table[k] = ((k + phase) & 7) < 3 ? stripe.constData() : fill.constData();
        int x = 0;
        for (; x + 8 <= w; x += 8) {
            std::uint64_t covered;  // eight border coverages at once: most runs have no border
            std::memcpy(&covered, cover + x, sizeof covered);
            // Spelled out apart from the bordered pixels below: this branch-free loop is the one the
            // compiler vectorises (one loop for both, with the test inside, took the 4K step from 7 to 13 ms).
            if (covered == 0) {
                for (int k = 0; k < 8; ++k)
                    dst[x + k] = table[(x + k) & 7][std::min<int>(ids[x + k], maxId)];
                continue;
            }
            for (int k = x; k < x + 8; ++k) {
                const QRgb c = table[k & 7][std::min<int>(ids[k], maxId)];
                dst[k] = cover[k] ? blend(c, border, cover[k]) : c;
            }
        }
        for (; x < w; ++x) {
            const QRgb c = table[x & 7][std::min<int>(ids[x], maxId)];
            dst[x] = cover[x] ? blend(c, border, cover[x]) : c;
        }
    }
}

} // namespace atlas
