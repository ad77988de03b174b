// libFuzzer target: the tour reader (CSV parser, row checks against the shipped dataset and the
// region presets) on arbitrary bytes. See README.md and fuzzharness.h.
#include "fuzzharness.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::runTourInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                              QStringLiteral(ATLAS_SOURCE_DIR "/resources/data"));
    return 0;
}
