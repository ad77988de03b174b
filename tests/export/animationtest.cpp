// Animations: GIF frames and delays (read back with giflib), MP4/WebM stream properties (ffprobe),
// the hold at the end, odd sizes rounded up for video, and failed writes leaving nothing behind.
#include "animationexporter.h"
#include "frameexporter.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gif_lib.h>

#include <csignal>

#include <sys/resource.h>

#include <gtest/gtest.h>

namespace atlas::test {
namespace {

ExportRequest balkans(QSize size)
{
    return regionExportRequest(*shippedMap(), *regionPreset(QStringLiteral("balkans")), size);
}

// Seven dates: 17 Feb 2008 and monthly to 17 Aug, then 20 Aug.
QList<QDate> dates()
{
    return frameDates({FrameStep::Months, day("2008-02-17"), day("2008-08-20"), {}}, {});
}

AnimationRun animate(const QString &path, AnimationFormat format, QSize size, AnimationSettings settings = {})
{
    const AnimationExporter exporter(shippedDocument(), shippedMap(), balkans(size));
    return exporter.run(path, format, dates(), settings, [](int, int) { return true; });
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// ffprobe's view of the first video stream and the container, as JSON; empty when not installed.
QJsonObject probe(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                        QStringLiteral("-show_streams"), QStringLiteral("-show_format"),
                                        QStringLiteral("-of"), QStringLiteral("json"), path});
    p.waitForFinished(60000);
    const QJsonObject all = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QJsonObject out = all[QStringLiteral("streams")].toArray().first().toObject();
    out[QStringLiteral("format")] = all[QStringLiteral("format")];
    return out;
}

TEST(Animation, FormatsByExtension)
{
    EXPECT_EQ(animationFormatForPath(QStringLiteral("a.GIF")), AnimationFormat::Gif);
    EXPECT_EQ(animationFormatForPath(QStringLiteral("a.mp4")), AnimationFormat::Mp4);
    EXPECT_EQ(animationFormatForPath(QStringLiteral("a.WebM")), AnimationFormat::WebM);
    EXPECT_EQ(animationFormatForPath(QStringLiteral("a.avi")), std::nullopt);
    EXPECT_EQ(animationFormatForPath(QStringLiteral("a")), std::nullopt);
    EXPECT_EQ(encodableSize(AnimationFormat::Mp4, QSize(321, 181)), QSize(322, 182));
    EXPECT_EQ(encodableSize(AnimationFormat::Gif, QSize(321, 181)), QSize(321, 181));
}

TEST(Animation, GifFramesDelaysAndHoldReadBackWithGiflib)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.gif"));
    AnimationSettings settings;
    settings.fps = 3;          // 33.3 hundredths: rounded to 33
    settings.holdSeconds = 1;  // 3 more frames of the last date
    const AnimationRun run = animate(path, AnimationFormat::Gif, QSize(320, 200), settings);
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.frames, 8 + 3);
    int err = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(path).constData(), &err);
    ASSERT_NE(gif, nullptr);
    ASSERT_EQ(DGifSlurp(gif), GIF_OK);
    EXPECT_EQ(gif->SWidth, 320);
    EXPECT_EQ(gif->SHeight, 200);
    EXPECT_EQ(gif->ImageCount, 11);
    for (int i = 0; i < gif->ImageCount; ++i) {
        GraphicsControlBlock gcb{};
        ASSERT_EQ(DGifSavedExtensionToGCB(gif, i, &gcb), GIF_OK);
        EXPECT_EQ(gcb.DelayTime, 33) << i;
    }
    ASSERT_NE(gif->SColorMap, nullptr);
    EXPECT_EQ(gif->SColorMap->ColorCount, 256);
    // The theme's colours are in the palette exactly: no dithering, flat fills stay flat.
    const QColor blue = MapTheme::light().statusColour(Status::Recognizes);
    bool found = false;
    for (int i = 0; i < 256; ++i) {
        const GifColorType c = gif->SColorMap->Colors[i];
        found = found || (c.Red == blue.red() && c.Green == blue.green() && c.Blue == blue.blue());
    }
    EXPECT_TRUE(found);
    DGifCloseFile(gif, &err);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("a.gif")});
}

TEST(Animation, Mp4IsH264HighBt709ConstantRateWithTheHold)
{
    if (!animationFormatAvailable(AnimationFormat::Mp4))
        GTEST_SKIP() << "built without FFmpeg";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.mp4"));
    const AnimationRun run = animate(path, AnimationFormat::Mp4, QSize(321, 181));  // odd: rounded up
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.frames, 8 + 8);  // 4 fps, 2 s hold
    ASSERT_EQ(run.notes.size(), 1);
    EXPECT_TRUE(run.notes.first().contains(QStringLiteral("322x182")));
    const QJsonObject s = probe(path);
    if (s.isEmpty())
        GTEST_SKIP() << "ffprobe is not installed";
    EXPECT_EQ(s[QStringLiteral("codec_name")].toString(), QStringLiteral("h264"));
    EXPECT_EQ(s[QStringLiteral("profile")].toString(), QStringLiteral("High"));
    EXPECT_LE(s[QStringLiteral("level")].toInt(), 42);
    EXPECT_EQ(s[QStringLiteral("pix_fmt")].toString(), QStringLiteral("yuv420p"));
    EXPECT_EQ(s[QStringLiteral("color_space")].toString(), QStringLiteral("bt709"));
    EXPECT_EQ(s[QStringLiteral("color_primaries")].toString(), QStringLiteral("bt709"));
    EXPECT_EQ(s[QStringLiteral("width")].toInt(), 322);
    EXPECT_EQ(s[QStringLiteral("height")].toInt(), 182);
    EXPECT_EQ(s[QStringLiteral("r_frame_rate")].toString(), QStringLiteral("4/1"));
    EXPECT_EQ(s[QStringLiteral("avg_frame_rate")].toString(), QStringLiteral("4/1"));
    EXPECT_EQ(s[QStringLiteral("nb_read_frames")].toString(), QStringLiteral("16"));
    EXPECT_NEAR(s[QStringLiteral("format")].toObject()[QStringLiteral("duration")].toString().toDouble(), 4.0, 0.01);
    const QJsonObject tags = s[QStringLiteral("format")].toObject()[QStringLiteral("tags")].toObject();
    EXPECT_TRUE(tags[QStringLiteral("title")].toString().startsWith(QStringLiteral("Recognition of Kosovo")));
    // +faststart: the moov box precedes the media data.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray head = f.read(4096);
    EXPECT_GE(head.indexOf("moov"), 0);
    EXPECT_TRUE(head.indexOf("mdat") < 0 || head.indexOf("moov") < head.indexOf("mdat"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("a.mp4")});
}

TEST(Animation, WebmIsVp9WithEveryFrame)
{
    if (!animationFormatAvailable(AnimationFormat::WebM))
        GTEST_SKIP() << "built without FFmpeg";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.webm"));
    AnimationSettings settings;
    settings.fps = 5;
    settings.holdSeconds = 0;
    const AnimationRun run = animate(path, AnimationFormat::WebM, QSize(320, 200), settings);
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    const QJsonObject s = probe(path);
    if (s.isEmpty())
        GTEST_SKIP() << "ffprobe is not installed";
    EXPECT_EQ(s[QStringLiteral("codec_name")].toString(), QStringLiteral("vp9"));
    EXPECT_EQ(s[QStringLiteral("pix_fmt")].toString(), QStringLiteral("yuv420p"));
    EXPECT_EQ(s[QStringLiteral("color_space")].toString(), QStringLiteral("bt709"));
    EXPECT_EQ(s[QStringLiteral("nb_read_frames")].toString(), QStringLiteral("8"));
    EXPECT_NEAR(s[QStringLiteral("format")].toObject()[QStringLiteral("duration")].toString().toDouble(), 1.6, 0.05);
}

TEST(Animation, UnwritableFolderLeavesNothing)
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (const char *name : {"file/a.gif", "file/a.mp4"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const auto format = animationFormatForPath(path);
        if (!animationFormatAvailable(*format))
            continue;
        const AnimationRun run = animate(path, *format, QSize(160, 100));
        EXPECT_FALSE(run.error.isEmpty()) << name;
        EXPECT_TRUE(run.error.contains(QStringLiteral("cannot write"))) << run.error.toStdString();
    }
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("file")});
}

TEST(Animation, FileSizeLimitMidWriteLeavesNothing)
{
    for (const char *name : {"a.gif", "a.mp4", "a.webm"}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString::fromLatin1(name));
        const auto format = animationFormatForPath(path);
        if (!animationFormatAvailable(*format))
            continue;
        rlimit saved{};
        getrlimit(RLIMIT_FSIZE, &saved);
        const auto handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 3000;  // fails part-way, as a full disk would
        ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
        const AnimationRun run = animate(path, *format, QSize(320, 200));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, handler);
        EXPECT_FALSE(run.error.isEmpty()) << name;
        EXPECT_TRUE(entries(dir.path()).isEmpty()) << name << ": " << entries(dir.path()).join(QLatin1Char(' ')).toStdString();
    }
}

TEST(Animation, CancelLeavesNothing)
{
    QTemporaryDir dir;
    for (const char *name : {"a.gif", "a.mp4"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const auto format = animationFormatForPath(path);
        if (!animationFormatAvailable(*format))
            continue;
        const AnimationExporter exporter(shippedDocument(), shippedMap(), balkans(QSize(160, 100)));
        const AnimationRun run = exporter.run(path, *format, dates(), {}, [](int done, int) { return done < 3; });
        EXPECT_TRUE(run.cancelled) << name;
    }
    EXPECT_TRUE(entries(dir.path()).isEmpty()) << entries(dir.path()).join(QLatin1Char(' ')).toStdString();
}

} // namespace
} // namespace atlas::test
