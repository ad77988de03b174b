#include "projectedmap.h"

#include <cmath>
#include <thread>

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

// Drops vertices closer than `spacing` to the last one kept; a ring keeps at least four points.
void thin(QPolygonF &ring, double spacing)
{
    if (spacing <= 0 || ring.size() <= 4)
        return;
    const double limit = spacing * spacing;
    QPolygonF out;
    out.reserve(ring.size());
    out << ring.first();
    for (qsizetype i = 1; i + 1 < ring.size(); ++i) {
        const QPointF d = ring[i] - out.last();
        if (d.x() * d.x() + d.y() * d.y() >= limit)
            out << ring[i];
    }
    out << ring.last();
    if (out.size() >= 4)
        ring = std::move(out);
}

ProjectedCountry project(const CountryShape &shape, const MapProjection &projection, double spacing)
{
    ProjectedCountry out{shape.code, shape.name, {}, {}, {}, {}, 0.0, {}};
    out.path.setFillRule(Qt::OddEvenFill);
    double largest = -1.0;
    for (const GeoPolygon &polygon : shape.polygons) {
        QList<QPolygonF> rings;
        for (QPolygonF ring : polygon) {
            projection.forward(ring);
            thin(ring, spacing);
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

ProjectedMap::ProjectedMap(const CountryShapes &shapes, ProjectionKind kind, MapDetail detail, double spacing)
    : m_projection(kind), m_detail(detail)
{
    // Two halves on two threads, each with its own PROJ transform (they are not thread-safe).
    const qsizetype n = shapes.countries.size(), half = n / 2;
    QList<ProjectedCountry> second(n - half);
    std::thread worker([&] {
        const MapProjection own(m_projection);
        for (qsizetype i = half; i < n; ++i)
            second[i - half] = project(shapes.countries[i], own, spacing);
    });
    m_countries.reserve(n);
    for (qsizetype i = 0; i < half; ++i)
        m_countries << project(shapes.countries[i], m_projection, spacing);
    worker.join();
    m_countries << second;
    m_globe = m_projection.globeOutline();
    m_globeOutline = m_projection.globeOutline();
}

int ProjectedMap::indexOf(const QString &code) const
{
    for (int i = 0; i < m_countries.size(); ++i)
        if (m_countries[i].code == code)
            return i;
    return -1;
}

const QVector<LabelAnchor> &ProjectedMap::labelAnchors() const
{
    std::call_once(m_anchors->once, [this] { m_anchors->anchors = computeLabelAnchors(*this); });
    return m_anchors->anchors;
}

} // namespace atlas
