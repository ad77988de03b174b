// Frame export never leaves a partial file: cancelled between frames, the frames written are
// whole PNGs and nothing else is in the folder; a write failure names the file and leaves none.
#include "atlasdocument.h"
#include "frameexporter.h"
#include "testsupport.h"
#include "regionpresets.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

FrameRun exportFrames(const QString &folder, const std::function<bool(int, int)> &progress)
{
    const ExportRequest frame = regionExportRequest(*shippedMap(), *regionPreset(QStringLiteral("balkans")), QSize(320, 200));
    const FrameExporter exporter(shippedDocument(), shippedMap(), frame);
    const FrameRequest request{FrameStep::Months, QDate(2008, 2, 17), QDate(2008, 12, 31), folder};
    return exporter.run(request, frameDates(request, {}), progress);
}

} // namespace

TEST(FrameExport, CancelledRunLeavesOnlyWholeFrames)
{
    QTemporaryDir dir;
    const FrameRun run = exportFrames(dir.path(), [](int done, int) { return done < 3; });
    EXPECT_TRUE(run.cancelled);
    EXPECT_TRUE(run.error.isEmpty());
    EXPECT_EQ(run.written, 3);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    ASSERT_EQ(files.size(), 3) << files.join(QLatin1Char(' ')).toStdString();
    for (const QString &name : files) {
        EXPECT_TRUE(name.endsWith(QLatin1String(".png"))) << name.toStdString();
        EXPECT_EQ(QImage(QDir(dir.path()).filePath(name)).size(), QSize(320, 200)) << name.toStdString();
    }
}

TEST(FrameExport, WriteFailureNamesTheFrameAndLeavesNoPartialFile)
{
    QTemporaryDir dir;
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    const auto handler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 2000;  // smaller than any frame: every write fails part-way, as on a full disk
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
    const FrameRun run = exportFrames(dir.path(), [](int, int) { return true; });
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, handler);
    EXPECT_EQ(run.written, 0);
    EXPECT_NE(run.error.indexOf(QStringLiteral("kosovo-recognition-2008-02-17.png: cannot write")), -1) << run.error.toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(FrameExport, UnwritableFolderIsRefusedUpFront)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const FrameRun run = exportFrames(dir.filePath(QStringLiteral("file/frames")), [](int, int) { return true; });
    EXPECT_EQ(run.written, 0);
    EXPECT_NE(run.error.indexOf(QStringLiteral("cannot write to this folder")), -1) << run.error.toStdString();
}
