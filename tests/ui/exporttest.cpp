// Exports: PNG equal to the view, scaled exports of the same region, CSV, frame series and errors.
#include "guifixture.h"

#include "animationexportdialog.h"
#include "exportcontroller.h"
#include "frameexporter.h"
#include "chartspanel.h"
#include "mapview.h"

#include <QDir>
#include <QImageReader>
#include <QSignalSpy>
#include <QStatusBar>
#include <QFile>
#include <QTemporaryDir>

namespace atlas::test {
namespace {

using Export = WindowTest;

// Share of pixels that differ by more than `tolerance` in any channel.
double differingShare(const QImage &a, const QImage &b, int tolerance = 2)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            differing += std::abs(qRed(p[col]) - qRed(q[col])) > tolerance || std::abs(qGreen(p[col]) - qGreen(q[col])) > tolerance
                         || std::abs(qBlue(p[col]) - qBlue(q[col])) > tolerance;
    }
    return double(differing) / (double(x.width()) * x.height());
}

TEST_F(Export, SameSizePngEqualsTheView)
{
    window = openWindow(day("2017-11-01"));
    window->selectState(stateIndex("SUR"));
    window->mapView()->showRegion(QStringLiteral("americas"));
    window->chartsPanel()->setFocus();  // the map's keyboard-focus frame is not part of the map
    window->mapView()->repaint();
    const QImage view = window->mapView()->grab().toImage();
    ExportSettings settings;
    settings.size = window->mapView()->viewport().pixels();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("view.png"));
    const WriteResult written = window->exporter()->writeMap(path, settings);
    ASSERT_TRUE(written.ok) << written.error.toStdString();
    const QImage png(path);
    ASSERT_EQ(png.size(), view.size());
    EXPECT_LT(differingShare(png, view), 0.001);
}

TEST_F(Export, LargerExportShowsTheSameRegionScaled)
{
    window = openWindow(day("2013-01-01"));
    window->mapView()->showRegion(QStringLiteral("europe"));
    ExportSettings settings;
    settings.size = window->mapView()->viewport().pixels() * 2;
    const QImage big = window->exporter()->renderView(settings);
    ASSERT_EQ(big.size(), settings.size);
    for (const auto &[lon, lat, code] : {std::tuple{2.5, 46.5, "FRA"}, {-3.7, 40.0, "ESP"}, {10.0, 51.0, "DEU"}}) {
        const QPointF at = mapPixel(*window, lon, lat) * 2;
        EXPECT_EQ(big.pixelColor(at.toPoint()), statusColour(*window, code, day("2013-01-01"))) << code;
    }
}

TEST_F(Export, StatusTableCsvAtTheSliderDate)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.csv"));
    ASSERT_TRUE(window->exporter()->writeStatusCsv(path, window->date()).ok);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    EXPECT_EQ(lines.first(), QByteArray("iso_a3,name,status,since,source"));
    EXPECT_GE(lines.size(), 200);
    EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(),
                            [](const QByteArray &l) { return l.startsWith("FRA,France,recognizes,2008-02-18,"); }));
}

TEST_F(Export, CsvToAnUnwritablePlaceFailsWithoutAFile)
{
    window = openWindow(day("2013-01-01"));
    const WriteResult r = window->exporter()->writeStatusCsv(QStringLiteral("/proc/atlas-test/status.csv"), window->date());
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QStringLiteral("status.csv")));
}

TEST_F(Export, FramesOnePerMonth)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    const FrameRequest request{FrameStep::Months, day("2010-01-15"), day("2010-04-20"), dir.filePath(QStringLiteral("frames"))};
    ExportSettings settings;
    settings.size = QSize(320, 180);
    QList<int> progress;
    const FrameRun run = window->exporter()->writeFrames(request, settings, [&progress](int done, int) {
        progress << done;
        return true;
    });
    EXPECT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.written, 5);  // 15 Jan, Feb, Mar, Apr, then the last day 20 April
    const QStringList files = QDir(request.folder).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("0001.png"), QStringLiteral("0002.png"), QStringLiteral("0003.png"),
                                  QStringLiteral("0004.png"), QStringLiteral("0005.png"), QStringLiteral("frames.csv")}));
    EXPECT_EQ(QImage(QDir(request.folder).filePath(files.first())).size(), QSize(320, 180));
    EXPECT_EQ(progress.last(), 5);
}

TEST_F(Export, FramesPerEventDateAndCancel)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    const FrameRequest request{FrameStep::EventDates, day("2008-02-17"), day("2008-12-31"), dir.path()};
    ExportSettings settings;
    settings.size = QSize(320, 180);
    const FrameRun run = window->exporter()->writeFrames(request, settings, [](int done, int) { return done < 2; });
    EXPECT_TRUE(run.cancelled);
    EXPECT_EQ(run.written, 0);
    // A cancelled series leaves no new file in its folder (nor a staging folder beside it).
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_F(Export, FramesIntoAnUnwritableFolderFailCleanly)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const FrameRequest request{FrameStep::Months, day("2010-01-01"), day("2010-03-01"), blocker.fileName() + QStringLiteral("/frames")};
    const FrameRun run = window->exporter()->writeFrames(request, ExportSettings(), [](int, int) { return true; });
    EXPECT_FALSE(run.error.isEmpty());
    EXPECT_EQ(run.written, 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 1);  // only the blocker
}

} // namespace
} // namespace atlas::test

// The dialogs are only built here, never exec()ed: their values must round-trip.
#include "appsettings.h"
#include "exportdialog.h"
#include "frameexportdialog.h"
#include "outputnames.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

namespace atlas::test {
namespace {

TEST(ExportDialogs, ExportDialogKeepsSettingsAndOffersTheWindowSize)
{
    ExportSettings s;
    s.size = QSize(1000, 500);  // not a preset: custom
    s.legend = false;
    ExportDialog dialog(s, QSize(1149, 599));
    EXPECT_EQ(dialog.settings().size, QSize(1000, 500));
    EXPECT_FALSE(dialog.settings().legend);
    EXPECT_TRUE(dialog.settings().title);
    auto *preset = dialog.findChild<QComboBox *>();
    ASSERT_TRUE(preset);
    preset->setCurrentIndex(2);
    EXPECT_EQ(dialog.settings().size, QSize(3840, 2160));
    preset->setCurrentIndex(3);
    EXPECT_EQ(dialog.settings().size, QSize(1149, 599));
}

TEST(ExportDialogs, FrameDialogOrdersTheDates)
{
    const SeriesRange initial{FrameStep::Months, day("2012-01-01"), day("2010-01-01"), QSize(640, 360)};
    FrameExportDialog dialog(initial, QStringLiteral("/tmp/frames"), day("2008-02-17"), today());
    const FrameRequest r = dialog.request();
    EXPECT_EQ(r.step, FrameStep::Months);
    EXPECT_EQ(r.from, day("2010-01-01"));
    EXPECT_EQ(r.to, day("2012-01-01"));
    EXPECT_EQ(r.folder, QStringLiteral("/tmp/frames"));
    EXPECT_EQ(dialog.range().size, QSize(640, 360));
}

// The frames dialog offers what --frames offers: every --step and a --size.
TEST(ExportDialogs, FrameDialogOffersEveryStepAndASize)
{
    FrameExportDialog dialog(SeriesRange{}, QStringLiteral("/tmp/frames"), day("2008-02-17"), today());
    auto *step = dialog.findChild<QComboBox *>();
    ASSERT_TRUE(step);
    ASSERT_EQ(step->count(), 5);
    step->setCurrentIndex(2);
    EXPECT_EQ(dialog.request().step, FrameStep::Weeks);
    const QList<QSpinBox *> sides = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(sides.size(), 2);
    sides[0]->setValue(800);
    sides[1]->setValue(450);
    EXPECT_EQ(dialog.range().size, QSize(800, 450));
}

// A range that ended on the day it was chosen comes back ending "today"; any other end day and
// the folder come back as they were; a filled folder is offered under the next free name.
TEST(ExportDialogs, SeriesChoicesAreRememberedAndARangeToTodayFollowsToday)
{
    QSettings().clear();
    SeriesSettings saved;
    saved.frames = {FrameStep::Weeks, day("2010-01-01"), day("2026-11-30"), QSize(800, 450)};
    saved.framesFolder = QStringLiteral("/tmp/kosovo-frames");
    saved.animation = {FrameStep::Years, day("2009-01-01"), day("2015-06-01"), QSize(640, 360)};
    saved.format = AnimationFormat::WebM;
    saved.speed = {8, 1.5};
    saved.animationPath = QStringLiteral("/tmp/story.webm");
    saveSeriesSettings(saved, day("2026-11-30"));
    const SeriesSettings loaded = loadSeriesSettings();
    EXPECT_EQ(loaded.frames.step, FrameStep::Weeks);
    EXPECT_EQ(loaded.frames.from, day("2010-01-01"));
    EXPECT_FALSE(loaded.frames.to.isValid()) << "ended on the day it was saved: follows today";
    EXPECT_EQ(loaded.frames.size, QSize(800, 450));
    EXPECT_EQ(loaded.framesFolder, QStringLiteral("/tmp/kosovo-frames"));
    EXPECT_EQ(loaded.animation.to, day("2015-06-01"));
    EXPECT_EQ(loaded.animation.step, FrameStep::Years);
    EXPECT_EQ(loaded.format, AnimationFormat::WebM);
    EXPECT_EQ(loaded.speed.fps, 8);
    EXPECT_DOUBLE_EQ(loaded.speed.holdSeconds, 1.5);
    EXPECT_EQ(loaded.animationPath, QStringLiteral("/tmp/story.webm"));
    FrameExportDialog dialog(loaded.frames, loaded.framesFolder, day("2008-02-17"), today());
    EXPECT_EQ(dialog.request().to, today());
    QSettings().clear();
}

// File > Export Frames through its real dialog: the size typed there is the frames' size, and the
// next time the dialog offers the same range and size and, since that folder is now full, the
// next free folder name.
TEST_F(Export, FramesDialogWritesAtItsSizeAndIsOfferedAgain)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    SeriesSettings series;
    series.frames = {FrameStep::Years, day("2008-02-17"), day("2010-02-17"), QSize(320, 180)};
    series.framesFolder = dir.filePath(QStringLiteral("frames"));
    saveSeriesSettings(series, today());
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        auto *dialog = qobject_cast<FrameExportDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        dialog->findChildren<QSpinBox *>().value(0)->setValue(400);
        dialog->accept();
    });
    window->exporter()->exportFrames();
    ASSERT_TRUE(shown);
    const QImage first(dir.filePath(QStringLiteral("frames/0001.png")));
    EXPECT_EQ(first.size(), QSize(400, 180));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("frames/0003.png"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("frames/0004.png"))));

    SeriesRange offered;
    QString offeredFolder;
    QTimer::singleShot(0, [&] {
        if (auto *dialog = qobject_cast<FrameExportDialog *>(QApplication::activeModalWidget())) {
            offered = dialog->range();
            offeredFolder = dialog->folder();
            dialog->reject();
        }
    });
    window->exporter()->exportFrames();
    EXPECT_EQ(offered.size, QSize(400, 180));
    EXPECT_EQ(offered.step, FrameStep::Years);
    EXPECT_EQ(offered.to, day("2010-02-17"));
    EXPECT_EQ(offeredFolder, dir.filePath(QStringLiteral("frames-2")));
}

TEST(ExportDialogs, AFilledFramesFolderIsOfferedUnderTheNextFreeName)
{
    QTemporaryDir dir;
    const QString frames = dir.filePath(QStringLiteral("frames"));
    EXPECT_EQ(unusedFolderName(frames), frames) << "new";
    ASSERT_TRUE(QDir().mkpath(frames));
    EXPECT_EQ(unusedFolderName(frames), frames) << "empty";
    QFile(frames + QStringLiteral("/0001.png")).open(QIODevice::WriteOnly);
    EXPECT_EQ(unusedFolderName(frames), frames + QStringLiteral("-2"));
    ASSERT_TRUE(QDir().mkpath(frames + QStringLiteral("-2/x")));
    EXPECT_EQ(unusedFolderName(frames + QStringLiteral("-2")), frames + QStringLiteral("-3"));
}

} // namespace
} // namespace atlas::test

#include <QClipboard>
#include <QGuiApplication>

namespace atlas::test {
namespace {

TEST_F(Export, CopyPutsTheViewOnTheClipboard)
{
    window = openWindow(day("2013-01-01"));
    window->exporter()->copyMap();
    const QImage copied = QGuiApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), window->mapView()->viewport().pixels());
    EXPECT_EQ(copied.pixelColor(mapPixel(*window, 2.5, 46.5).toPoint()), statusColour(*window, "FRA", day("2013-01-01")));
}

TEST_F(Export, AnimationFromTheWindowAndTheStatusBarSaysSo)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    AnimationRequest request;
    request.format = AnimationFormat::Gif;
    request.range.step = FrameStep::Months;
    request.range.from = day("2008-02-17");
    request.range.to = day("2008-05-01");
    request.range.size = QSize(240, 135);
    request.speed.holdSeconds = 0.5;
    request.path = dir.filePath(QStringLiteral("a.gif"));
    QSignalSpy written(window->exporter(), &ExportController::fileWritten);
    QList<int> progress;
    const AnimationRun run = window->exporter()->writeAnimation(request, ExportSettings(), [&progress](int done, int) {
        progress << done;
        return true;
    });
    ASSERT_TRUE(run.error.isEmpty()) << run.error.toStdString();
    EXPECT_EQ(run.frames, 4 + 2);
    EXPECT_EQ(progress.last(), 6);
    QImageReader reader(request.path);
    EXPECT_EQ(reader.imageCount(), 6);
    EXPECT_EQ(reader.size(), QSize(240, 135));
    ASSERT_EQ(written.count(), 1);
    EXPECT_TRUE(written.first().first().toString().contains(QStringLiteral("a.gif")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("a.gif")));
}

TEST_F(Export, CancelledAnimationLeavesNothingAndSaysNothing)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    AnimationRequest request;
    request.range.from = day("2008-02-17");
    request.range.to = day("2009-02-17");
    request.range.size = QSize(160, 90);
    request.path = dir.filePath(QStringLiteral("a.gif"));
    QSignalSpy written(window->exporter(), &ExportController::fileWritten);
    const AnimationRun run = window->exporter()->writeAnimation(request, ExportSettings(), [](int done, int) { return done < 2; });
    EXPECT_TRUE(run.cancelled);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_EQ(written.count(), 0);
}

TEST_F(Export, AnimationDialogKeepsTheExtensionWithTheFormat)
{
    AnimationRequest initial;
    initial.range.from = day("2008-02-17");
    initial.range.to = day("2020-01-01");
    initial.path = QStringLiteral("/tmp/kosovo.gif");
    AnimationExportDialog dialog(initial, day("2008-02-17"), day("2026-01-01"));
    AnimationRequest r = dialog.request();
    EXPECT_EQ(r.format, AnimationFormat::Gif);
    EXPECT_EQ(r.range.step, FrameStep::Months);
    EXPECT_EQ(r.range.size, QSize(1280, 720));
    EXPECT_EQ(r.speed.fps, 4);
    EXPECT_DOUBLE_EQ(r.speed.holdSeconds, 2.0);
    EXPECT_EQ(r.path, QStringLiteral("/tmp/kosovo.gif"));
}

TEST_F(Export, StatusBarReportsCsvWrites)
{
    window = openWindow(day("2013-01-01"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("status.csv"));
    ASSERT_TRUE(window->exporter()->writeStatusCsv(path, day("2013-01-01")).ok);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("status.csv")));
}

} // namespace
} // namespace atlas::test
