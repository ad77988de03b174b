#include "countryshapesreader.h"

#include "countrycodes.h"
#include "gdalerrorcollector.h"

#include <QFileInfo>
#include <QHash>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace atlas {
namespace {

struct TransformDeleter {
    void operator()(OGRCoordinateTransformation *t) const { OGRCoordinateTransformation::DestroyCT(t); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

QPolygonF toPolygon(const OGRLinearRing &ring)
{
    QPolygonF out;
    out.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        out << QPointF(ring.getX(i), ring.getY(i));
    return out;
}

void appendPolygon(const OGRPolygon &polygon, QList<GeoPolygon> &out)
{
    const OGRLinearRing *exterior = polygon.getExteriorRing();
    if (!exterior || exterior->getNumPoints() < 4)
        return;
    GeoPolygon rings{toPolygon(*exterior)};
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        rings << toPolygon(*polygon.getInteriorRing(i));
    out << rings;
}

// Polygons of a geometry, looking inside multi-polygons and collections.
void collectPolygons(const OGRGeometry &geometry, QList<GeoPolygon> &out)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        appendPolygon(*geometry.toPolygon(), out);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            collectPolygons(*part, out);
    } else if (type == wkbCurvePolygon || type == wkbMultiSurface) {
        std::unique_ptr<OGRGeometry> linear(geometry.getLinearGeometry());
        if (linear)
            collectPolygons(*linear, out);
    }
}

FeatureAttributes attributesOf(OGRFeature &feature)
{
    FeatureAttributes out;
    for (int i = 0; i < feature.GetFieldCount(); ++i)
        if (feature.IsFieldSetAndNotNull(i))
            out.insert(QString::fromUtf8(feature.GetFieldDefnRef(i)->GetNameRef()).toUpper(),
                       QString::fromUtf8(feature.GetFieldAsString(i)));
    return out;
}

bool hasCodeField(OGRFeatureDefn &definition)
{
    for (int i = 0; i < definition.GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(definition.GetFieldDefn(i)->GetNameRef()).toUpper();
        if (codeFieldNames().contains(name) || name == QLatin1String("NAME"))
            return true;
    }
    return false;
}

OGRLayer *firstPolygonLayer(GDALDataset &dataset)
{
    for (OGRLayer *layer : dataset.GetLayers()) {
        const OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
        if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbUnknown || type == wkbGeometryCollection
            || type == wkbMultiSurface || type == wkbCurvePolygon)
            return layer;
    }
    return nullptr;
}

// A transform to WGS84 lon/lat, or null when the layer already is (or says nothing).
TransformPtr toLonLat(OGRLayer &layer)
{
    const OGRSpatialReference *source = layer.GetSpatialRef();
    if (!source || (source->IsGeographic() && source->GetSemiMajor() > 6378136 && source->GetSemiMajor() < 6378138))
        return nullptr;
    OGRSpatialReference target;
    target.SetWellKnownGeogCS("WGS84");
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference from(*source);
    from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return TransformPtr(OGRCreateCoordinateTransformation(&from, &target));
}

class ShapesReader {
public:
    explicit ShapesReader(const QString &path) : m_path(path) { m_result.value.source = path; }

    Result<CountryShapes> read()
    {
        ensureGdalRegistered();
        GdalErrorCollector gdalMessages;
        GDALDatasetUniquePtr dataset(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!dataset) {
            fail(0, QFileInfo::exists(m_path) ? QStringLiteral("not a readable vector map (%1)").arg(gdalMessages.lastError())
                                              : QStringLiteral("map file does not exist"));
            return std::move(m_result);
        }
        OGRLayer *layer = firstPolygonLayer(*dataset);
        if (!layer) {
            fail(0, QStringLiteral("no polygon layer in this map"));
            return std::move(m_result);
        }
        if (!hasCodeField(*layer->GetLayerDefn())) {
            fail(0, QStringLiteral("no country code column (expected one of %1, or NAME)")
                        .arg(codeFieldNames().join(QStringLiteral(", "))));
            return std::move(m_result);
        }
        readLayer(*layer);
        for (const QString &message : gdalMessages.errors())
            fail(0, QStringLiteral("GDAL: %1").arg(message));
        if (m_result.ok() && m_result.value.countries.isEmpty())
            fail(0, QStringLiteral("no country polygons could be read"));
        return std::move(m_result);
    }

private:
    void fail(int feature, const QString &message)
    {
        m_result.errors.append({m_path, 0, feature ? QStringLiteral("feature %1").arg(feature) : QString(), message});
    }
    void warn(GIntBig feature, const QString &message)
    {
        m_result.warnings.append({m_path, 0, QStringLiteral("feature %1").arg(feature), message});
    }

    void readLayer(OGRLayer &layer)
    {
        TransformPtr transform = toLonLat(layer);
        QHash<QString, int> byCode;
        layer.ResetReading();
        while (OGRFeatureUniquePtr feature{layer.GetNextFeature()}) {
            const GIntBig fid = feature->GetFID();
            const FeatureAttributes attributes = attributesOf(*feature);
            const QString code = resolveFeatureCode(attributes);
            OGRGeometry *geometry = feature->GetGeometryRef();
            if (code.isEmpty()) {
                warn(fid, QStringLiteral("no usable country code (%1); skipped").arg(attributes.value(QStringLiteral("NAME"))));
                continue;
            }
            if (!geometry || geometry->IsEmpty()) {
                warn(fid, QStringLiteral("%1 has no geometry; skipped").arg(code));
                continue;
            }
            if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
                warn(fid, QStringLiteral("%1 could not be reprojected to lon/lat; skipped").arg(code));
                continue;
            }
            addFeature(code, attributes.value(QStringLiteral("NAME")), *geometry, byCode, fid);
        }
    }

    void addFeature(const QString &code, const QString &name, const OGRGeometry &geometry, QHash<QString, int> &byCode,
                    GIntBig fid)
    {
        QList<GeoPolygon> polygons;
        collectPolygons(geometry, polygons);
        if (polygons.isEmpty()) {
            warn(fid, QStringLiteral("%1 has no polygon; skipped").arg(code));
            return;
        }
        QList<CountryShape> &countries = m_result.value.countries;
        const int existing = byCode.value(code, -1);
        if (existing >= 0) {
            countries[existing].polygons += polygons;
            return;
        }
        byCode.insert(code, int(countries.size()));
        countries.append({code, name, polygons});
    }

    QString m_path;
    Result<CountryShapes> m_result;
};

} // namespace

Result<CountryShapes> readCountryShapes(const QString &path)
{
    return ShapesReader(path).read();
}

} // namespace atlas
