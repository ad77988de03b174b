#include "countryshapesreader.h"

#include "countrycodes.h"
#include "gdalerrorcollector.h"
#include "shapefilecheck.h"

#include <QHash>
#include <QSet>

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

QStringList fieldNamesOf(OGRFeatureDefn &definition)
{
    QStringList out;
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        out << QString::fromUtf8(definition.GetFieldDefn(i)->GetNameRef()).toUpper();
    return out;
}

QString layerName(OGRLayer &layer)
{
    return QString::fromUtf8(layer.GetName());
}

bool isPolygonLayer(OGRLayer &layer)
{
    const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
    return type == wkbPolygon || type == wkbMultiPolygon || type == wkbUnknown || type == wkbGeometryCollection
           || type == wkbMultiSurface || type == wkbCurvePolygon;
}

QList<OGRLayer *> polygonLayers(GDALDataset &dataset)
{
    QList<OGRLayer *> out;
    for (OGRLayer *layer : dataset.GetLayers())
        if (isPolygonLayer(*layer))
            out << layer;
    return out;
}

// How much a layer's name says "admin-0 countries": 0 says nothing.
int adminZeroRank(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("countries") || n == QLatin1String("admin_0") || n == QLatin1String("admin0"))
        return 4;
    if (n.contains(QLatin1String("admin_0_countries")) || n.contains(QLatin1String("admin0_countries")))
        return 3;
    if (n.contains(QLatin1String("admin_0")) || n.contains(QLatin1String("admin0")) || n.contains(QLatin1String("adm0")))
        return 2;
    if (n.contains(QLatin1String("countries")) || n.contains(QLatin1String("country")))
        return 1;
    return 0;
}

// Attributes of every feature, geometry left unread.
QList<FeatureAttributes> attributesOfLayer(OGRLayer &layer)
{
    QList<FeatureAttributes> out;
    const char *ignored[] = {"OGR_GEOMETRY", nullptr};
    layer.SetIgnoredFields(ignored);
    layer.ResetReading();
    while (OGRFeatureUniquePtr feature{layer.GetNextFeature()})
        out << attributesOf(*feature);
    layer.SetIgnoredFields(nullptr);
    layer.ResetReading();
    return out;
}

// Rings in the spherical convention jump from +180 to -180 where they cross the antimeridian:
// make them continuous. Rings about a pole (a net turn round the globe) stay as they are.
bool jumpsAcrossAntimeridian(const QPolygonF &ring)
{
    for (qsizetype i = 1; i < ring.size(); ++i)
        if (std::abs(ring[i].x() - ring[i - 1].x()) > 180)
            return true;
    return false;
}

QPolygonF unwrapped(const QPolygonF &ring, bool &changed)
{
    if (!jumpsAcrossAntimeridian(ring))
        return ring;  // nearly every ring: no copy
    QPolygonF out;
    out.reserve(ring.size());
    double shift = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (i > 0) {
            const double step = ring[i].x() - ring[i - 1].x();
            if (step > 180)
                shift -= 360;
            else if (step < -180)
                shift += 360;
        }
        out << QPointF(ring[i].x() + shift, ring[i].y());
    }
    if (std::abs(shift) > 1e-9 || out == ring)
        return ring;
    changed = true;
    return out;
}

// Sutherland-Hodgman against the half-plane x <= limit (keepBelow) or x >= limit.
QPolygonF clipX(const QPolygonF &ring, double limit, bool keepBelow)
{
    QPolygonF out;
    const auto inside = [&](const QPointF &p) { return keepBelow ? p.x() <= limit : p.x() >= limit; };
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % ring.size()];
        if (inside(a))
            out << a;
        if (inside(a) != inside(b) && a.x() != b.x()) {
            const double t = (limit - a.x()) / (b.x() - a.x());
            out << QPointF(limit, a.y() + t * (b.y() - a.y()));
        }
    }
    if (!out.isEmpty() && out.first() != out.last())
        out << out.first();
    return out;
}

// A polygon unwrapped past +/-180, cut at the antimeridian into the parts on either side.
void cutAtAntimeridian(const GeoPolygon &polygon, QList<GeoPolygon> &out)
{
    for (const double shift : {0.0, 360.0, -360.0}) {
        GeoPolygon part;
        for (const QPolygonF &ring : polygon) {
            const QPolygonF clipped = clipX(clipX(ring.translated(shift, 0), 180, true), -180, false);
            if (clipped.size() >= 4)
                part << clipped;
            else if (part.isEmpty())
                break;  // no exterior on this side
        }
        if (!part.isEmpty())
            out << part;
    }
}

QList<GeoPolygon> withAntimeridianCut(const QList<GeoPolygon> &polygons)
{
    QList<GeoPolygon> out;
    for (const GeoPolygon &polygon : polygons) {
        bool changed = false;
        GeoPolygon rings;
        for (const QPolygonF &ring : polygon)
            rings << unwrapped(ring, changed);
        if (changed)
            cutAtAntimeridian(rings, out);
        else
            out << polygon;
    }
    return out;
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

// `path` through the common drivers first, else (GeoPackage, KML, ...) through every driver. What
// GDAL said on a first try that failed is not the user's concern; on success it goes to `messages`.
GDALDatasetUniquePtr openVector(const QString &path, GdalErrorCollector &messages)
{
    const QByteArray name = path.toUtf8();
    {
        GdalErrorCollector firstTry;
        GDALDatasetUniquePtr dataset(GDALDataset::Open(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
        if (dataset || !pathExists(path)) {
            for (const QString &e : firstTry.errors())
                messages.add(true, e);
            for (const QString &w : firstTry.warnings())
                messages.add(false, w);
            return dataset;
        }
    }
    ensureAllGdalDriversRegistered();
    return GDALDatasetUniquePtr(GDALDataset::Open(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

class ShapesReader {
public:
    ShapesReader(const QString &path, const MapReadOptions &options) : m_path(path), m_options(options)
    {
        m_result.value.source = path;
    }

    Result<CountryShapes> read()
    {
        ensureGdalRegistered();
        m_isShapefile = m_path.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive);
        if (m_isShapefile && !checkFiles())
            return std::move(m_result);
        GdalErrorCollector gdalMessages;
        // Never rebuild a missing .shx behind the user's back (GDAL would write it beside the map).
        const CPLConfigOptionSetter noRestore("SHAPE_RESTORE_SHX", "NO", true);
        GDALDatasetUniquePtr dataset = openVector(m_path, gdalMessages);
        if (!dataset) {
            fail(0, pathExists(m_path) ? QStringLiteral("not a readable vector map (%1)").arg(gdalMessages.lastError())
                                       : QStringLiteral("map file does not exist"));
            return std::move(m_result);
        }
        OGRLayer *layer = chooseLayer(*dataset);
        if (!layer)
            return std::move(m_result);
        const QList<FeatureAttributes> attributes = attributesOfLayer(*layer);
        m_keys = detectLayerKeys(fieldNamesOf(*layer->GetLayerDefn()), attributes, m_options.extraNames);
        if (m_keys.isEmpty()) {
            fail(0, QStringLiteral("no country code column (expected one of %1, or a name column: %2)")
                        .arg(codeFieldNames().join(QStringLiteral(", ")), nameFieldNames().join(QStringLiteral(", "))));
            return std::move(m_result);
        }
        if (m_isShapefile && m_hasPrj && !layer->GetSpatialRef()) {
            fail(0, QStringLiteral("its .prj is not a coordinate system GDAL understands (%1)").arg(gdalMessages.lastError()));
            return std::move(m_result);
        }
        m_hasCrs = layer->GetSpatialRef() != nullptr;
        if (!m_hasCrs && !m_isShapefile)  // a shapefile without .prj is reported by checkShapefile()
            m_result.warnings.append({m_path, 0, {}, QStringLiteral("the map names no coordinate system; its coordinates "
                                                                    "are taken as WGS84 longitude/latitude")});
        m_result.value.layer = layerName(*layer);
        m_result.value.keyColumn = m_keys.primary;
        m_result.value.featureCount = int(attributes.size());
        readLayer(*layer);
        reportGdal(gdalMessages.errors(), m_result.errors);
        reportGdal(gdalMessages.warnings(), m_result.warnings);
        const CountryShapes &shapes = m_result.value;
        if (m_result.ok() && shapes.countries.isEmpty() && !shapes.unmatchedNames.isEmpty())
            m_result.errors.append({m_path, 0, shapes.keyColumn,
                                    QStringLiteral("none of the %1 features matched a state by the key column %2 "
                                                   "(layer '%3'); not drawn. Unmatched: %4")
                                        .arg(shapes.featureCount)
                                        .arg(shapes.keyColumn, shapes.layer,
                                             shapes.unmatchedNames.mid(0, 5).join(QStringLiteral(", ")))});
        else if (m_result.ok() && shapes.countries.isEmpty())
            fail(0, QStringLiteral("no country polygons could be read"));
        return std::move(m_result);
    }

private:
    // The layer to draw; null after an error.
    OGRLayer *chooseLayer(GDALDataset &dataset)
    {
        const QList<OGRLayer *> layers = polygonLayers(dataset);
        QStringList names;
        for (OGRLayer *l : layers)
            names << layerName(*l);
        if (!m_options.layer.isEmpty()) {
            for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive})
                for (OGRLayer *l : layers)
                    if (layerName(*l).compare(m_options.layer, cs) == 0)
                        return l;
            fail(0, QStringLiteral("--layer: no polygon layer '%1' in this map (it has: %2)")
                        .arg(m_options.layer, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
            return nullptr;
        }
        if (layers.isEmpty()) {
            fail(0, QStringLiteral("no polygon layer in this map"));
            return nullptr;
        }
        if (layers.size() == 1)
            return layers.first();
        OGRLayer *best = nullptr;
        int bestRank = 0;
        for (OGRLayer *l : layers)
            if (const int rank = adminZeroRank(layerName(*l)); rank > bestRank) {
                best = l;
                bestRank = rank;
            }
        QString why = QStringLiteral("its name");
        if (!best) {  // no telling name: the layer whose features match the most states
            int bestMatches = -1;
            for (OGRLayer *l : layers) {
                const QList<FeatureAttributes> attributes = attributesOfLayer(*l);
                const LayerKeys keys = detectLayerKeys(fieldNamesOf(*l->GetLayerDefn()), attributes, m_options.extraNames);
                QSet<QString> codes;
                for (const FeatureAttributes &a : attributes)
                    codes.insert(resolveFeatureKey(a, keys, m_options.extraNames).code);
                codes.remove(QString());
                if (int(codes.size()) > bestMatches) {
                    best = l;
                    bestMatches = int(codes.size());
                }
            }
            why = QStringLiteral("its features match the most countries");
        }
        m_result.warnings.append({m_path, 0, {}, QStringLiteral("the map has %1 polygon layers (%2): drawing '%3' (%4); "
                                                                "choose another with --layer")
                                                     .arg(layers.size()).arg(names.join(QStringLiteral(", ")), layerName(*best), why)});
        return best;
    }

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
            const FeatureKey key = resolveFeatureKey(attributes, m_keys, m_options.extraNames);
            const QString name = nameOf(attributes);
            const QString label = key.code.isEmpty() ? name : key.code;
            OGRGeometry *geometry = feature->GetGeometryRef();
            if (key.code.isEmpty() && !key.noData) {
                m_result.value.unmatchedNames << (name.isEmpty() ? QStringLiteral("#%1").arg(fid) : name);
                warn(fid, QStringLiteral("no usable country code (%1: '%2'); skipped")
                              .arg(m_keys.primary, attributes.value(m_keys.primary, name)));
                continue;
            }
            if (!geometry || geometry->IsEmpty()) {
                warn(fid, QStringLiteral("%1 has no geometry; skipped").arg(label));
                continue;
            }
            if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
                warn(fid, QStringLiteral("%1 could not be reprojected to lon/lat; skipped").arg(label));
                continue;
            }
            addFeature(key.code, name, *geometry, byCode, fid);
        }
    }

    void addFeature(const QString &code, const QString &name, const OGRGeometry &geometry, QHash<QString, int> &byCode,
                    GIntBig fid)
    {
        QList<GeoPolygon> polygons;
        collectPolygons(geometry, polygons);
        const QString label = code.isEmpty() ? name : code;
        if (polygons.isEmpty()) {
            warn(fid, QStringLiteral("%1 has no polygon; skipped").arg(label));
            return;
        }
        // Never draw a wrong map: NaN from overwritten bytes, or metres read as degrees.
        if (!allLonLat(polygons)) {
            const QString why = m_isShapefile && !m_hasPrj ? QStringLiteral(" (the map has no .prj)")
                                : !m_hasCrs            ? QStringLiteral(" (the map names no coordinate system)")
                                                       : QString();
            warn(fid, QStringLiteral("%1 has coordinates that are not lon/lat degrees%2; skipped").arg(label, why));
            return;
        }
        polygons = withAntimeridianCut(polygons);
        QList<CountryShape> &countries = m_result.value.countries;
        if (code.isEmpty()) {  // no data by design: kept apart, never merged
            countries.append({code, name, polygons});
            return;
        }
        const int existing = byCode.value(code, -1);
        if (existing >= 0) {
            countries[existing].polygons += polygons;
            return;
        }
        byCode.insert(code, int(countries.size()));
        countries.append({code, name, polygons});
    }

    QString nameOf(const FeatureAttributes &attributes) const
    {
        for (const QString &field : m_keys.names)
            if (const QString name = attributes.value(field).trimmed(); !name.isEmpty())
                return name;
        return attributes.value(QStringLiteral("NAME"));
    }

    QString m_path;
    MapReadOptions m_options;
    LayerKeys m_keys;
    bool m_isShapefile = false;
    bool m_hasPrj = true;  // only shapefiles can say otherwise
    bool m_hasCrs = true;
    int m_featureWarnings = 0;
    Result<CountryShapes> m_result;
};

} // namespace

Result<CountryShapes> readCountryShapes(const QString &path, const MapReadOptions &options)
{
    return ShapesReader(path, options).read();
}

} // namespace atlas
