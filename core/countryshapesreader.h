// Reads country outlines from any OGR vector source (the shipped shapefile or --map PATH).
#pragma once

#include "countryshapes.h"
#include "problem.h"

namespace atlas {

// Opens `path` with GDAL/OGR, takes the first layer with polygons, reprojects it to WGS84 lon/lat
// when it is in another CRS, and keys each feature by ISO alpha-3 (see countrycodes.h).
// Features sharing a code are merged. Null or unusable geometries are skipped with a warning.
Result<CountryShapes> readCountryShapes(const QString &path);

} // namespace atlas
