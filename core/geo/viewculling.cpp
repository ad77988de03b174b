#include "viewculling.h"

namespace atlas {
namespace {

constexpr double kMinStepPx = 0.5;

// `ring` in pixels into `out`, points closer than half a pixel to the last one kept dropped; the
// closing point always stays. A ring smaller than that (a rock at this scale) keeps every point.
void thinnedInPixels(const QPolygonF &ring, const QTransform &toPixel, QPolygonF &out)
{
    out.clear();
    const double sx = toPixel.m11(), sy = toPixel.m22(), dx = toPixel.dx(), dy = toPixel.dy();
    const qsizetype n = ring.size();
    QPointF last;
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p(ring[i].x() * sx + dx, ring[i].y() * sy + dy);
        const double ex = p.x() - last.x(), ey = p.y() - last.y();
        if (i == 0 || i + 1 == n || ex * ex + ey * ey >= kMinStepPx * kMinStepPx) {
            out << p;
            last = p;
        }
    }
    if (out.size() < 4 && n >= 4)
        out = toPixel.map(ring);
}

} // namespace

QPainterPath pixelPathInView(const ProjectedCountry &country, const QRectF &visibleWorld, const QTransform &toPixel)
{
    Q_ASSERT(toPixel.type() <= QTransform::TxScale);  // MapViewport::worldToPixel and a band's offset
    QPainterPath out;
    if (!country.bounds.intersects(visibleWorld))
        return out;
    out.setFillRule(Qt::OddEvenFill);
    QPolygonF buffer;
    for (qsizetype i = 0; i < country.polygonBounds.size(); ++i) {
        if (!country.polygonBounds[i].intersects(visibleWorld))
            continue;
        for (const QPolygonF &ring : country.rings[i]) {
            thinnedInPixels(ring, toPixel, buffer);
            out.addPolygon(buffer);
            out.closeSubpath();
        }
    }
    return out;
}

} // namespace atlas
