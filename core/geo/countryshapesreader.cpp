#include "countryshapesreader.h"

#include "countrycodes.h"
#include "gdalerrorcollector.h"
#include "shapefilecheck.h"

#include <QHash>

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace atlas {
namespace {

// Natural Earth puts a few vertices a hair beyond the date line in floating point.
constexpr double kDegreeSlack = 1e-6;

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

bool isLonLat(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 180 + kDegreeSlack
           && std::abs(p.y()) <= 90 + kDegreeSlack;
}

bool allLonLat(const QList<GeoPolygon> &polygons)
{
    for (const GeoPolygon &polygon : polygons)
        for (const QPolygonF &ring : polygon)
            if (!std::all_of(ring.begin(), ring.end(), isLonLat))
                return false;
    return true;
}

bool pathExists(const QString &path)
{
    VSIStatBufL stat;
    return VSIStatExL(path.toUtf8().constData(), &stat, VSI_STAT_EXISTS_FLAG) == 0;
}

class ShapesReader {
public:
    explicit ShapesReader(const QString &path) : m_path(path) { m_result.value.source = path; }

    Result<CountryShapes> read()
    {
        ensureGdalRegistered();
        if (m_path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive) && !checkFiles())
            return std::move(m_result);
        GdalErrorCollector gdalMessages;
        // Never rebuild a missing .shx behind the user's back (GDAL would write it beside the map).
        const CPLConfigOptionSetter noRestore("SHAPE_RESTORE_SHX", "NO", true);
        GDALDatasetUniquePtr dataset(GDALDataset::Open(m_path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (!dataset) {
            fail(0, pathExists(m_path) ? QStringLiteral("not a readable vector map (%1)").arg(gdalMessages.lastError())
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
        if (m_hasPrj && !layer->GetSpatialRef()) {
            fail(0, QStringLiteral("its .prj is not a coordinate system GDAL understands (%1)").arg(gdalMessages.lastError()));
            return std::move(m_result);
        }
        readLayer(*layer);
        reportGdal(gdalMessages.errors(), m_result.errors);
        reportGdal(gdalMessages.warnings(), m_result.warnings);
        if (m_result.ok() && m_result.value.countries.isEmpty())
            fail(0, QStringLiteral("no country polygons could be read"));
        return std::move(m_result);
    }

private:
    // A shapefile's companion files and header lengths, before GDAL reads it in part.
    bool checkFiles()
    {
        ShapefileCheck check = checkShapefile(m_path);
        m_result.errors += check.errors;
        m_result.warnings += check.warnings;
        m_hasPrj = check.hasPrj;
        return check.errors.isEmpty();
    }

    // A damaged file can make GDAL complain once per feature: keep the list readable.
    void reportGdal(const QStringList &messages, QList<Problem> &out) const
    {
        constexpr int shown = 20;
        for (qsizetype i = 0; i < messages.size() && i < shown; ++i)
            out.append({m_path, 0, {}, QStringLiteral("GDAL: %1").arg(messages.at(i))});
        if (messages.size() > shown)
            out.append({m_path, 0, {}, QStringLiteral("GDAL: %1 more messages not shown").arg(messages.size() - shown)});
    }

    void fail(int feature, const QString &message)
    {
        m_result.errors.append({m_path, 0, feature ? QStringLiteral("feature %1").arg(feature) : QString(), message});
    }
    void warn(GIntBig feature, const QString &message)
    {
        constexpr int shown = 50;  // a map in the wrong units warns for every feature
        if (++m_featureWarnings <= shown)
            m_result.warnings.append({m_path, 0, QStringLiteral("feature %1").arg(feature), message});
        else if (m_featureWarnings == shown + 1)
            m_result.warnings.append({m_path, 0, {}, QStringLiteral("further skipped features not listed")});
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
        // Never draw a wrong map: NaN from overwritten bytes, or metres read as degrees.
        if (!allLonLat(polygons)) {
            warn(fid, QStringLiteral("%1 has coordinates that are not lon/lat degrees%2; skipped")
                          .arg(code, m_hasPrj ? QString() : QStringLiteral(" (the map has no .prj)")));
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
    bool m_hasPrj = true;  // only shapefiles can say otherwise
    int m_featureWarnings = 0;
    Result<CountryShapes> m_result;
};

} // namespace

Result<CountryShapes> readCountryShapes(const QString &path)
{
    return ShapesReader(path).read();
}

} // namespace atlas
