#include "mapprojection.h"

#include "gdalerrorcollector.h"

#include <QLineF>

#include <ogr_spatialref.h>

#include <vector>

namespace atlas {
namespace {

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *t) const { OGRCoordinateTransformation::DestroyCT(t); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

const char *projDefinition(ProjectionKind kind)
{
    switch (kind) {
    case ProjectionKind::EqualEarth: return "EPSG:8857";   // WGS 84 / Equal Earth Greenwich
    case ProjectionKind::Robinson: return "ESRI:54030";    // World Robinson
    case ProjectionKind::PlateCarree: return "EPSG:4087";  // WGS 84 / World Equidistant Cylindrical
    }
    return "EPSG:8857";
}

// Points along the edges of a lon/lat box, so curved edges keep their shape once projected.
QPolygonF sampledBox(const QRectF &box, int steps)
{
    QPolygonF ring;
    const auto edge = [&](QPointF a, QPointF b) {
        for (int i = 0; i < steps; ++i)
            ring << a + (b - a) * (double(i) / steps);
    };
    const QPointF bl(box.left(), box.top()), br(box.right(), box.top());
    const QPointF tr(box.right(), box.bottom()), tl(box.left(), box.bottom());
    edge(bl, br);
    edge(br, tr);
    edge(tr, tl);
    edge(tl, bl);
    ring << bl;
    return ring;
}

} // namespace

struct MapProjection::Impl {
    TransformPtr forward;
    TransformPtr inverse;  // created on first use
};

QString projectionWord(ProjectionKind kind)
{
    switch (kind) {
    case ProjectionKind::EqualEarth: return QStringLiteral("equal-earth");
    case ProjectionKind::Robinson: return QStringLiteral("robinson");
    case ProjectionKind::PlateCarree: return QStringLiteral("plate-carree");
    }
    return {};
}

std::optional<ProjectionKind> projectionFromWord(const QString &word)
{
    for (ProjectionKind k : {ProjectionKind::EqualEarth, ProjectionKind::Robinson, ProjectionKind::PlateCarree})
        if (projectionWord(k) == word)
            return k;
    return std::nullopt;
}

MapProjection::MapProjection(ProjectionKind kind) : m_kind(kind), m_impl(std::make_unique<Impl>())
{
    ensureGdalRegistered();
    OGRSpatialReference lonLat;
    lonLat.SetWellKnownGeogCS("WGS84");
    lonLat.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // x = lon, y = lat
    OGRSpatialReference planar;
    planar.SetFromUserInput(projDefinition(kind));
    planar.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_impl->forward.reset(OGRCreateCoordinateTransformation(&lonLat, &planar));
}

MapProjection::MapProjection(const MapProjection &other) : m_kind(other.m_kind), m_impl(std::make_unique<Impl>())
{
    // Cloning skips the PROJ database search that creating a transformation costs.
    if (other.m_impl->forward)
        m_impl->forward.reset(other.m_impl->forward->Clone());
}

MapProjection::~MapProjection() = default;

bool MapProjection::forward(QPolygonF &points) const
{
    if (!m_impl->forward || points.isEmpty())
        return points.isEmpty();
    std::vector<double> x(points.size()), y(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        x[i] = points[i].x();
        y[i] = points[i].y();
    }
    const bool ok = m_impl->forward->Transform(int(points.size()), x.data(), y.data());
    for (qsizetype i = 0; i < points.size(); ++i)
        points[i] = QPointF(x[i], y[i]);
    return ok;
}

std::optional<QPointF> MapProjection::forward(const QPointF &lonLat) const
{
    double x = lonLat.x(), y = lonLat.y();
    if (!m_impl->forward || !m_impl->forward->Transform(1, &x, &y))
        return std::nullopt;
    return QPointF(x, y);
}

std::optional<QPointF> MapProjection::inverse(const QPointF &metres) const
{
    double x = metres.x(), y = metres.y();
    GdalErrorCollector quiet;  // points off the globe are expected here, not errors
    if (!m_impl->inverse && m_impl->forward)  // made on first use: exports never need it
        m_impl->inverse.reset(m_impl->forward->GetInverse());
    if (!m_impl->inverse || !m_impl->inverse->Transform(1, &x, &y))
        return std::nullopt;
    if (x < -180.0 - 1e-6 || x > 180.0 + 1e-6 || y < -90.0 - 1e-6 || y > 90.0 + 1e-6)
        return std::nullopt;
    // PROJ answers for some points off the globe too; only a round trip proves the point is on it.
    const auto again = forward(QPointF(x, y));
    if (!again || QLineF(*again, metres).length() > 1.0)
        return std::nullopt;
    return QPointF(x, y);
}

QPainterPath MapProjection::globeOutline() const
{
    QPolygonF ring = sampledBox(QRectF(-180, -90, 360, 180), 180);
    forward(ring);
    QPainterPath path;
    path.addPolygon(ring);
    path.closeSubpath();
    return path;
}

QRectF MapProjection::boundsOf(const QRectF &lonLatBox) const
{
    QPolygonF ring = sampledBox(lonLatBox, 32);
    forward(ring);
    return ring.boundingRect();
}

} // namespace atlas
