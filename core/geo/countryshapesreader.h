// Reads country outlines from any OGR vector source (the shipped shapefile or --map PATH).
#pragma once

#include "countryshapes.h"
#include "problem.h"

namespace atlas {

// Opens `path` with GDAL/OGR, takes the first layer with polygons, reprojects it to WGS84 lon/lat
// when it is in another CRS, and keys each feature by ISO alpha-3 (see countrycodes.h).
// Features sharing a code are merged. Null or unusable geometries (no polygon, a ring of fewer
// than four points, NaN or coordinates outside lon/lat) are skipped with a warning naming the feature.
//
// Shapefiles are checked first (shapefilecheck.h): a missing or empty .shx or .dbf is an error,
// although GDAL would open the map without attributes or, with SHAPE_RESTORE_SHX=YES, rebuild the
// index by itself (the option is forced off here: it guesses, and writes beside the user's map).
// A missing .prj is a warning and the coordinates are taken as WGS84 lon/lat; a .prj GDAL cannot
// read is an error. Any GDAL error while reading fails the load; GDAL warnings become warnings.
Result<CountryShapes> readCountryShapes(const QString &path);

} // namespace atlas
