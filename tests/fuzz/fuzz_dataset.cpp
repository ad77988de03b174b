// libFuzzer target: the dataset reader (CSV parser, row checks, cross-file checks, timeline and
// reports) on arbitrary bytes. See README.md and fuzzharness.h.
#include "fuzzharness.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {
std::unique_ptr<QTemporaryDir> datasetDir;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // tmpfs when there is one: each run writes a file.
    const QString base = QFile::exists(QStringLiteral("/dev/shm")) ? QStringLiteral("/dev/shm/atlas-fuzz-XXXXXX")
                                                                   : QString();
    datasetDir = base.isEmpty() ? std::make_unique<QTemporaryDir>() : std::make_unique<QTemporaryDir>(base);
    if (!datasetDir->isValid()
        || !atlas::fuzz::makeFuzzDataset(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data"), datasetDir->path())) {
        std::fprintf(stderr, "fuzz_dataset: cannot prepare the dataset copy\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    atlas::fuzz::runDatasetInput(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), datasetDir->path());
    return 0;
}
