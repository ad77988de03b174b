// Every input in tests/fuzz/regressions/ (what the fuzzers once failed on) and the committed seed
// corpora, run through the fuzz targets' own harness (tests/fuzz/fuzzharness.h). The harness
// aborts on a broken invariant, so a regression fails this test in the normal suite, sanitizers
// or not.
#include "fuzzharness.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

QStringList inputs(const QString &kind)
{
    QStringList out;
    for (const char *folder : {"tests/fuzz/regressions/", "tests/fuzz/corpus/"}) {
        const QDir dir(sourcePath(QLatin1String(folder) + kind));
        for (const QString &name : dir.entryList(QDir::Files))
            out << dir.filePath(name);
    }
    return out;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

} // namespace

TEST(FuzzRegression, DatasetInputs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(fuzz::makeFuzzDataset(sourcePath(QStringLiteral("resources/data")), dir.path()));
    const QStringList files = inputs(QStringLiteral("dataset"));
    EXPECT_GE(files.size(), 10);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        fuzz::runDatasetInput(bytesOf(file), dir.path());
    }
}

TEST(FuzzRegression, MapInputs)
{
    const QStringList files = inputs(QStringLiteral("map"));
    EXPECT_GE(files.size(), 4);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        fuzz::runMapInput(bytesOf(file), QStringLiteral(ATLAS_FIXTURE_DIR "/balkans_ne_style"));
    }
}

TEST(FuzzRegression, TourInputs)
{
    const QStringList files = inputs(QStringLiteral("tour"));
    EXPECT_GE(files.size(), 2);
    for (const QString &file : files) {
        SCOPED_TRACE(file.toStdString());
        fuzz::runTourInput(bytesOf(file), sourcePath(QStringLiteral("resources/data")));
    }
}
