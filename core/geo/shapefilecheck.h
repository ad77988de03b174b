// Checks the files of an ESRI shapefile before GDAL reads it, so that a truncated download or a
// missing companion file is refused in plain words instead of read in part. Internal to core:
// countryshapesreader.cpp calls it for every path ending in .shp.
#pragma once

#include "problem.h"

namespace atlas {

struct ShapefileCheck {
    QList<Problem> errors;    // any error: do not open the map
    QList<Problem> warnings;  // the map can be read; tell the user anyway
    bool hasPrj = false;      // a non-empty .prj is present
};

// Errors: a missing or empty .shx or .dbf (GDAL would rebuild a missing index or read a map
// without attributes), a header length that does not match the file size (truncated or damaged),
// index and table disagreeing on the number of shapes. Warning: no .prj, so the caller assumes
// WGS84 lon/lat. Paths may be GDAL virtual paths (/vsimem/...), as the fuzzer uses.
ShapefileCheck checkShapefile(const QString &shpPath);

} // namespace atlas
