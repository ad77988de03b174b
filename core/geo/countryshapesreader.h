// Reads country outlines from any OGR vector source (the shipped shapefile or --map PATH).
#pragma once

#include "countryshapes.h"
#include "problem.h"

#include <QHash>

namespace atlas {

struct MapReadOptions {
    QString layer;  // the layer to draw (--layer); empty: the only polygon layer, else the admin-0 one
    // foldName(name) -> ISO alpha-3 in English and the UI languages (state_names.csv); may be null.
    const QHash<QString, QString> *extraNames = nullptr;
};

// Opens `path` with GDAL/OGR, takes the polygon layer (with several: `options.layer`, else the one
// named like Natural Earth's admin-0 layer, else the one whose features match most states, named in
// a warning), reprojects it to WGS84 lon/lat
// when it is in another CRS, and keys each feature by ISO alpha-3 (see countrycodes.h). A source
// with no CRS at all (TopoJSON, GeoJSON without crs) is taken as WGS84 lon/lat with a warning.
// Rings in the spherical convention (jumping from +180 to -180) are unwrapped and cut at the
// antimeridian. Features with no key are skipped and listed in `unmatchedNames`; the known
// key-less areas (Spratly Is., Cyprus U.N. Buffer Zone...) are kept with an empty code (no data).
// Features sharing a code are merged. Null or unusable geometries (no polygon, a ring of fewer
// than four points, NaN or coordinates outside lon/lat) are skipped with a warning naming the feature.
//
// Shapefiles are checked first (shapefilecheck.h): a missing or empty .shx or .dbf is an error,
// although GDAL would open the map without attributes or, with SHAPE_RESTORE_SHX=YES, rebuild the
// index by itself (the option is forced off here: it guesses, and writes beside the user's map).
// A missing .prj is a warning and the coordinates are taken as WGS84 lon/lat; a .prj GDAL cannot
// read is an error. Any GDAL error while reading fails the load; GDAL warnings become warnings.
Result<CountryShapes> readCountryShapes(const QString &path, const MapReadOptions &options = {});

} // namespace atlas
