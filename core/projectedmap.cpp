#include "projectedmap.h"

#include <cmath>

namespace atlas {
namespace {

double signedArea(const QPolygonF &ring)
{
    double sum = 0.0;
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % n];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2.0;
}

QPointF centroid(const QPolygonF &ring)
{
    double cx = 0.0, cy = 0.0;
    const double a = signedArea(ring);
    if (std::abs(a) < 1e-9)
        return ring.boundingRect().center();
    for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
        const QPointF &p = ring[i];
        const QPointF &q = ring[(i + 1) % n];
        const double cross = p.x() * q.y() - q.x() * p.y();
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    return {cx / (6.0 * a), cy / (6.0 * a)};
}

ProjectedCountry project(const CountryShape &shape, const MapProjection &projection)
{
    ProjectedCountry out{shape.code, shape.name, {}, {}, {}, {}, 0.0, {}};
    out.path.setFillRule(Qt::OddEvenFill);
    double largest = -1.0;
    for (const GeoPolygon &polygon : shape.polygons) {
        QList<QPolygonF> rings;
        for (QPolygonF ring : polygon) {
            projection.forward(ring);
            out.path.addPolygon(ring);
            out.path.closeSubpath();
            rings << ring;
        }
        const double exteriorArea = std::abs(signedArea(rings.first()));
        double area = exteriorArea;
        for (qsizetype i = 1; i < rings.size(); ++i)
            area -= std::abs(signedArea(rings[i]));
        out.area += area;
        if (exteriorArea > largest) {
            largest = exteriorArea;
            out.anchor = centroid(rings.first());
        }
        out.polygonBounds << rings.first().boundingRect();
        out.rings << rings;
    }
    out.bounds = out.path.boundingRect();
    return out;
}

} // namespace

ProjectedMap::ProjectedMap(const CountryShapes &shapes, ProjectionKind kind) : m_projection(kind)
{
    m_countries.reserve(shapes.countries.size());
    for (const CountryShape &shape : shapes.countries)
        m_countries << project(shape, m_projection);
    m_globe = m_projection.globeOutline();
}

int ProjectedMap::indexOf(const QString &code) const
{
    for (int i = 0; i < m_countries.size(); ++i)
        if (m_countries[i].code == code)
            return i;
    return -1;
}

} // namespace atlas
