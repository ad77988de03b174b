#include "labelanchors.h"

#include "projectedmap.h"

#include <geos_c.h>

#include <cmath>
#include <memory>

namespace atlas {
namespace {

// One GEOS context for a computation, its handle freed on every path.
class GeosContext {
public:
    GeosContext() : m_handle(GEOS_init_r()) {}
    ~GeosContext() { GEOS_finish_r(m_handle); }
    GeosContext(const GeosContext &) = delete;
    GeosContext &operator=(const GeosContext &) = delete;
    GEOSContextHandle_t handle() const { return m_handle; }

private:
    GEOSContextHandle_t m_handle;
};

struct GeometryDeleter {
    GEOSContextHandle_t handle;
    void operator()(GEOSGeometry *g) const { GEOSGeom_destroy_r(handle, g); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

// A closed GEOS ring from a polygon ring (closed here if the map left it open); null when degenerate.
GEOSGeometry *linearRing(GEOSContextHandle_t h, const QPolygonF &ring)
{
    QVector<double> xy;
    xy.reserve(2 * (ring.size() + 1));
    for (const QPointF &p : ring)
        xy << p.x() << p.y();
    if (!ring.isEmpty() && ring.first() != ring.last())
        xy << ring.first().x() << ring.first().y();
    if (xy.size() < 8)
        return nullptr;
    GEOSCoordSequence *seq = GEOSCoordSeq_copyFromBuffer_r(h, xy.constData(), unsigned(xy.size() / 2), 0, 0);
    return seq ? GEOSGeom_createLinearRing_r(h, seq) : nullptr;
}

// Exterior then holes, as ProjectedCountry::rings holds them; null when the exterior is degenerate.
GeometryPtr polygon(GEOSContextHandle_t h, const QList<QPolygonF> &rings)
{
    GEOSGeometry *shell = linearRing(h, rings.first());
    if (!shell)
        return GeometryPtr(nullptr, {h});
    std::vector<GEOSGeometry *> holes;
    for (qsizetype i = 1; i < rings.size(); ++i)
        if (GEOSGeometry *hole = linearRing(h, rings[i]))
            holes.push_back(hole);
    return GeometryPtr(GEOSGeom_createPolygon_r(h, shell, holes.data(), unsigned(holes.size())), {h});
}

double ringArea(const QPolygonF &ring)
{
    double sum = 0.0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i)
        sum += ring[i].x() * ring[(i + 1) % n].y() - ring[(i + 1) % n].x() * ring[i].y();
    return std::abs(sum) / 2.0;
}

int largestPolygon(const ProjectedCountry &country)
{
    int best = -1;
    double bestArea = 0.0;
    for (int i = 0; i < country.rings.size(); ++i) {
        const double a = ringArea(country.rings[i].first());
        if (a > bestArea) {
            bestArea = a;
            best = i;
        }
    }
    return best;
}

// GEOS answers with a line from the centre to the nearest boundary point.
LabelAnchor inscribedCircle(GEOSContextHandle_t h, const ProjectedCountry &country, int part)
{
    const GeometryPtr shape = polygon(h, country.rings[part]);
    if (!shape)
        return {};
    const QRectF box = country.polygonBounds[part];
    // A 250th of the polygon's size: the circle found is at most that much smaller than the best,
    // a pixel or two wherever the name can fit; a thousandth costs half as much again.
    const double tolerance = std::max(box.width(), box.height()) / 250.0;
    const GeometryPtr line(GEOSMaximumInscribedCircle_r(h, shape.get(), tolerance), {h});
    const GEOSCoordSequence *seq = line ? GEOSGeom_getCoordSeq_r(h, line.get()) : nullptr;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    if (!seq || !GEOSCoordSeq_getXY_r(h, seq, 0, &x0, &y0) || !GEOSCoordSeq_getXY_r(h, seq, 1, &x1, &y1))
        return {};
    return {QPointF(x0, y0), std::hypot(x1 - x0, y1 - y0), part};
}

} // namespace

QVector<LabelAnchor> computeLabelAnchors(const ProjectedMap &map)
{
    const GeosContext context;
    QVector<LabelAnchor> out(map.countries().size());
    for (int i = 0; i < map.countries().size(); ++i) {
        const ProjectedCountry &country = map.countries()[i];
        const int part = largestPolygon(country);
        if (part >= 0)
            out[i] = inscribedCircle(context.handle(), country, part);
    }
    return out;
}

} // namespace atlas
