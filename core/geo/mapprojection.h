// A map projection from lon/lat degrees to planar metres, backed by PROJ (through OGR).
// Not thread-safe: use one instance per thread.
#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <memory>
#include <optional>

namespace atlas {

enum class ProjectionKind { EqualEarth, Robinson, PlateCarree };

QString projectionWord(ProjectionKind kind);  // "equal-earth", "robinson", "plate-carree"
std::optional<ProjectionKind> projectionFromWord(const QString &word);

class MapProjection {
public:
    explicit MapProjection(ProjectionKind kind);
    ~MapProjection();
    MapProjection(const MapProjection &other);  // an independent copy, e.g. for another thread
    MapProjection &operator=(const MapProjection &) = delete;

    ProjectionKind kind() const { return m_kind; }

    // In place, x = lon and y = lat in, metres out. Returns false if PROJ failed for any point.
    bool forward(QPolygonF &points) const;
    std::optional<QPointF> forward(const QPointF &lonLat) const;
    std::optional<QPointF> inverse(const QPointF &metres) const;

    // The outline of the whole globe (lon -180..180, lat -90..90) in metres, for the sea fill.
    QPainterPath globeOutline() const;
    // Bounds in metres of a lon/lat box, sampled along its edges (curved in most projections).
    QRectF boundsOf(const QRectF &lonLatBox) const;

private:
    struct Impl;
    ProjectionKind m_kind;
    std::unique_ptr<Impl> m_impl;
};

} // namespace atlas
