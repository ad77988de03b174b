// Frame export never leaves a partial series: cancelled between frames or failed part-way, no new
// file remains in the folder; a write failure names the frame's file.
#include "atlasdocument.h"
#include "frameexporter.h"
#include "testsupport.h"
#include "regionpresets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

TEST(FrameExport, CancelledRunLeavesNoNewFile)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    const FrameRun run = exportFrames(folder, [](int done, int) { return done < 3; });
    EXPECT_TRUE(run.cancelled);
    EXPECT_TRUE(run.error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST(FrameExport, CompleteRunWritesNumberedFramesAndTheirTable)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    const FrameRun run = exportFrames(folder, [](int, int) { return true; });
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.written, 12);  // 17 Feb .. 17 Dec monthly, then 31 Dec
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 13);
    EXPECT_EQ(files.first(), QStringLiteral("0001.png"));
    EXPECT_EQ(files.last(), QStringLiteral("frames.csv"));
    EXPECT_EQ(QImage(QDir(folder).filePath(QStringLiteral("0012.png"))).size(), QSize(320, 200));
    QFile csv(QDir(folder).filePath(QStringLiteral("frames.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    EXPECT_EQ(lines[0], "frame,file,date,recognizing,withdrawal_claimed,does_not_recognize,counting");
    EXPECT_TRUE(lines[1].startsWith("1,0001.png,2008-02-17,")) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(",net"));
    EXPECT_TRUE(lines[12].startsWith("12,0012.png,2008-12-31,")) << lines[12].toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot) == QStringList{QStringLiteral("frames")});
}

TEST(FrameExport, NonEmptyFolderIsRefused)
{
    QTemporaryDir dir;
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();
    const FrameRun run = exportFrames(dir.path(), [](int, int) { return true; });
    EXPECT_NE(run.error.indexOf(QStringLiteral("not empty")), -1) << run.error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
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
    EXPECT_NE(run.error.indexOf(QDir::toNativeSeparators(dir.path()) + QStringLiteral("/0001.png: cannot write")), -1)
        << run.error.toStdString();
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
