// libFuzzer target: the map loader (shapefile checks, GDAL/OGR, geometry conversion) on the
// Balkans fixture with one of its files replaced by arbitrary bytes, all in GDAL's /vsimem/.
// See README.md and fuzzharness.h.
#include "fuzzharness.h"

#include <cpl_error.h>

#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    CPLSetErrorHandler(CPLQuietErrorHandler);  // messages outside the loader's own collector
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::runMapInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                             QStringLiteral(ATLAS_SOURCE_DIR "/tests/fixtures/balkans_ne_style"));
    return 0;
}
