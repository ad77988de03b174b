// --animate --tour's exporter: each shipped chapter held for its frames with the caption band
// under the map, in the chosen language; cancel leaves nothing.
#include "animationexporter.h"
#include "atlasdocument.h"
#include "recognitiondataset.h"
#include "regionpresets.h"
#include "testsupport.h"
#include "tourreader.h"
#include "tourvideo.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gif_lib.h>

#include <gtest/gtest.h>

namespace atlas::test {
namespace {

QList<TourChapter> shippedTour()
{
    const Result<QList<TourChapter>> tour =
        readTour(shippedTourPath(shippedDataDir()), {&shippedDocument()->dataset(), regionIds(), today()});
    EXPECT_TRUE(tour.errors.isEmpty());
    return tour.value;
}

TourVideoExporter exporterAt(QSize size)
{
    return TourVideoExporter(shippedDocument(), ProjectionKind::EqualEarth,
                             regionExportRequest(*shippedMap(), *regionPreset(QStringLiteral("world")), size));
}

// The first row, from the bottom up, that is not the band's colour: the top edge of the band is
// where the map's rows end.
int bandTop(const QImage &frame, QRgb band)
{
    for (int y = frame.height() - 1; y >= 0; --y)
        if (frame.pixel(2, y) != band)
            return y + 1;
    return 0;
}

int textPixels(const QImage &frame, int fromRow, const QColor &text)
{
    int n = 0;
    for (int y = fromRow; y < frame.height(); ++y)
        for (int x = 0; x < frame.width(); ++x)
            n += qGray(frame.pixel(x, y)) < qGray(text.rgb()) + 40;
    return n;
}

TEST(TourVideo, EachChapterIsTheMapAboveItsCaptionBand)
{
    const QList<TourChapter> tour = shippedTour();
    ASSERT_GE(tour.size(), 10);
    const TourVideoExporter exporter = exporterAt(QSize(640, 360));
    const QImage first = exporter.renderChapter(tour.first(), int(tour.size()), NameLanguage::English);
    ASSERT_EQ(first.size(), QSize(640, 360));
    const MapTheme theme = MapTheme::light();
    const QRgb band = first.pixel(2, first.height() - 2);
    const int top = bandTop(first, band);
    EXPECT_GT(top, 360 / 2) << "the map keeps most of the frame";
    EXPECT_LT(top, 360 - 40) << "a band tall enough for a heading and a caption";
    EXPECT_GT(textPixels(first, top, theme.text), 200) << "heading and caption are drawn in the band";
    // Another chapter shows another date and region: the map part differs.
    const QImage last = exporter.renderChapter(tour.last(), int(tour.size()), NameLanguage::English);
    EXPECT_NE(first.copy(0, 0, 640, top), last.copy(0, 0, 640, top));
}

TEST(TourVideo, CaptionsFollowTheLanguage)
{
    const QList<TourChapter> tour = shippedTour();
    ASSERT_FALSE(tour.isEmpty());
    ASSERT_NE(tour.first().caption(NameLanguage::Albanian), tour.first().caption(NameLanguage::English));
    const TourVideoExporter exporter = exporterAt(QSize(640, 360));
    const QImage en = exporter.renderChapter(tour.first(), int(tour.size()), NameLanguage::English);
    const QImage sq = exporter.renderChapter(tour.first(), int(tour.size()), NameLanguage::Albanian);
    const int top = bandTop(en, en.pixel(2, en.height() - 2));
    EXPECT_NE(en.copy(0, top, 640, 360 - top), sq.copy(0, top, 640, 360 - top));
}

TEST(TourVideo, GifHoldsEachChapterItsFramesAndCancelLeavesNothing)
{
    QList<TourChapter> tour = shippedTour();
    tour = tour.mid(0, 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tour.gif"));
    TourVideoSettings settings;
    settings.speed = {2, 1.0};  // 2 frames/s, the last chapter 1 s longer
    settings.chapterSeconds = 1.5;  // 3 frames each
    EXPECT_EQ(TourVideoExporter::framesPerChapter(settings), 3);
    const TourVideoExporter exporter = exporterAt(QSize(320, 180));
    QList<int> asked;
    const AnimationRun run = exporter.run(path, AnimationFormat::Gif, tour, settings, [&asked](int done, int) {
        asked << done;
        return true;
    });
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.frames, 3 * 3 + 2);
    EXPECT_EQ(asked.last(), run.frames);
    int err = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(path).constData(), &err);
    ASSERT_NE(gif, nullptr);
    ASSERT_EQ(DGifSlurp(gif), GIF_OK);
    EXPECT_EQ(gif->ImageCount, 11);
    DGifCloseFile(gif, &err);

    const QString cancelled = dir.filePath(QStringLiteral("cancelled.gif"));
    const AnimationRun stopped = exporter.run(cancelled, AnimationFormat::Gif, tour, settings, [](int done, int) { return done < 4; });
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("tour.gif")});
}

} // namespace
} // namespace atlas::test
