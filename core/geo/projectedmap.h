// Country outlines projected once into planar metres, ready to paint and hit-test. Immutable once
// built: one per set of shapes and projection, shared (shared_ptr<const ProjectedMap>) by whoever
// draws it; a view swaps in another one to change projection. A date change never touches it.
#pragma once

#include "countryshapes.h"
#include "labelanchors.h"
#include "mapdetail.h"
#include "mapprojection.h"

#include <QPainterPath>
#include <QRectF>

#include <memory>
#include <mutex>

namespace atlas {

struct ProjectedCountry {
    QString code;
    QString name;
    // All polygons, metres, odd-even fill. QPainterPath fills lazy caches when drawn, so two
    // threads drawing one path corrupt it (seen as a hang in Qt's stroker): a map shared between
    // threads is drawn through paths of its own (viewculling.h, QTransform::map), never this one.
    QPainterPath path;
    QList<QList<QPolygonF>> rings;  // per polygon: exterior then holes (hit-testing, culled drawing)
    QList<QRectF> polygonBounds;    // bounding box per polygon
    QRectF bounds;
    double area = 0.0;              // square metres on the plane (true area under Equal Earth)
    QPointF anchor;                 // centre of the largest polygon: where a marker circle goes
};

class ProjectedMap {
public:
    // `detail` tags which set of shapes this is (its link is the document's link(detail));
    // vertices closer than `vertexSpacing` metres to the previous one kept are dropped (0: none;
    // AtlasDocument passes vertexSpacingFor(detail) for the shipped map's levels).
    ProjectedMap(const CountryShapes &shapes, ProjectionKind kind, MapDetail detail = MapDetail::Standard,
                 double vertexSpacing = 0.0);

    ProjectionKind projectionKind() const { return m_projection.kind(); }
    MapDetail detail() const { return m_detail; }
    // The projection that made the map; PROJ transforms are not thread-safe: one thread at a time.
    const MapProjection &projection() const { return m_projection; }
    const QList<ProjectedCountry> &countries() const { return m_countries; }
    int indexOf(const QString &code) const;
    const QPainterPath &globe() const { return m_globe; }
    const QPainterPath &globeOutline() const { return m_globeOutline; }  // own copy, see ProjectedCountry::path
    QRectF worldBounds() const { return m_globe.boundingRect(); }
    // Where each feature's name goes (labelanchors.h), per feature index: computed on the first
    // call (GEOS, tens of milliseconds at 1:10m), once for the map's life; safe from any thread.
    const QVector<LabelAnchor> &labelAnchors() const;

private:
    MapProjection m_projection;
    MapDetail m_detail = MapDetail::Standard;
    QList<ProjectedCountry> m_countries;
    QPainterPath m_globe;
    QPainterPath m_globeOutline;
    struct LazyAnchors {
        std::once_flag once;
        QVector<LabelAnchor> anchors;
    };
    std::unique_ptr<LazyAnchors> m_anchors = std::make_unique<LazyAnchors>();
};

} // namespace atlas
