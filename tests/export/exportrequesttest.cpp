// The export pipeline's values: frame dates, the window's export viewport, the request the
// command line and the window build, default file names.
#include "exportrequest.h"
#include "frameexporter.h"
#include "outputnames.h"
#include "regionpresets.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace atlas::test {
namespace {

// First `from`, one per step after it, always `to` last (the --frames and window rules).
TEST(FrameDates, EventsAndMonths)
{
    const QList<QDate> changes{day("2008-02-18"), day("2008-03-01"), day("2008-03-01"), day("2009-01-01")};
    EXPECT_EQ(frameDates({FrameStep::EventDates, day("2008-02-20"), day("2008-12-31"), {}}, changes),
              (QList<QDate>{day("2008-02-20"), day("2008-03-01"), day("2008-12-31")}));
    EXPECT_EQ(frameDates({FrameStep::Months, day("2008-11-30"), day("2009-01-01"), {}}, changes),
              (QList<QDate>{day("2008-11-30"), day("2008-12-30"), day("2009-01-01")}));
}

TEST(FrameDates, MonthsKeepTheDayClampedToTheMonthsEnd)
{
    EXPECT_EQ(frameDates({FrameStep::Months, day("2008-01-31"), day("2008-04-30"), {}}, {}),
              (QList<QDate>{day("2008-01-31"), day("2008-02-29"), day("2008-03-31"), day("2008-04-30")}));
    EXPECT_EQ(frameDates({FrameStep::Months, day("2008-02-17"), day("2008-04-20"), {}}, {}),
              (QList<QDate>{day("2008-02-17"), day("2008-03-17"), day("2008-04-17"), day("2008-04-20")}));
}

TEST(FrameDates, DaysWeeksYearsAndSingleDay)
{
    EXPECT_EQ(frameDates({FrameStep::Days, day("2008-02-27"), day("2008-03-01"), {}}, {}),
              (QList<QDate>{day("2008-02-27"), day("2008-02-28"), day("2008-02-29"), day("2008-03-01")}));
    EXPECT_EQ(frameDates({FrameStep::Weeks, day("2008-02-17"), day("2008-03-03"), {}}, {}),
              (QList<QDate>{day("2008-02-17"), day("2008-02-24"), day("2008-03-02"), day("2008-03-03")}));
    EXPECT_EQ(frameDates({FrameStep::Years, day("2008-02-29"), day("2010-01-01"), {}}, {}),
              (QList<QDate>{day("2008-02-29"), day("2009-02-28"), day("2010-01-01")}));
    EXPECT_EQ(frameDates({FrameStep::Months, day("2010-01-01"), day("2010-01-01"), {}}, {}), QList<QDate>{day("2010-01-01")});
    EXPECT_TRUE(frameDates({FrameStep::Months, day("2010-01-02"), day("2010-01-01"), {}}, {}).isEmpty());
}

TEST(FrameDates, StepWordsAndFileNames)
{
    for (const char *w : {"event", "day", "week", "month", "year"})
        EXPECT_EQ(frameStepWord(*frameStepFromWord(QString::fromLatin1(w))), QString::fromLatin1(w));
    EXPECT_EQ(frameStepFromWord(QStringLiteral("fortnight")), std::nullopt);
    EXPECT_EQ(frameFileName(1, 200), QStringLiteral("0001.png"));
    EXPECT_EQ(frameFileName(12345, 12345), QStringLiteral("12345.png"));
    EXPECT_EQ(frameTableHeader().join(QLatin1Char(',')),
              QStringLiteral("frame,file,date,recognizing,withdrawal_claimed,does_not_recognize,counting"));
}

TEST(ExportViewport, KeepsCentreAndScalesByWidth)
{
    const MapViewport view(QPointF(1000, -500), 20000, QSize(800, 600));
    const MapViewport big = exportViewport(view, QSize(1600, 900));
    EXPECT_EQ(big.centre(), view.centre());
    EXPECT_DOUBLE_EQ(big.metresPerPixel(), 10000);
    EXPECT_EQ(big.pixels(), QSize(1600, 900));
    EXPECT_DOUBLE_EQ(big.visibleWorld().width(), view.visibleWorld().width());
}

TEST(OutputNames, DatedNamesFollowTheSubject)
{
    EXPECT_EQ(datedFileName(shippedAtlas().subject(), day("2013-02-17"), QStringLiteral("png")),
              QStringLiteral("kosovo-recognition-2013-02-17.png"));
    DatasetSubject other = shippedAtlas().subject();
    other.name = QStringLiteral("Côte d'Ivoire / Test");
    EXPECT_EQ(datedFileName(other, day("2020-01-31"), QStringLiteral("csv")), QStringLiteral("c-te-d-ivoire-test-recognition-2020-01-31.csv"));
}

TEST(ExportRequest, RegionRequestFitsThePresetAndRenderOptionsCarryEveryChoice)
{
    const ExportRequest r = regionExportRequest(*shippedMap(), *regionPreset(QStringLiteral("balkans")), QSize(1200, 800));
    EXPECT_EQ(r.viewport.pixels(), QSize(1200, 800));
    const QRectF area = regionWorldArea(*regionPreset(QStringLiteral("balkans")), *shippedMap());
    EXPECT_TRUE(r.viewport.visibleWorld().contains(area.center()));
    EXPECT_LT(r.viewport.visibleWorld().width(), shippedMap()->worldBounds().width() / 4);
    ExportRequest chosen = r;
    chosen.date = day("2013-02-17");
    chosen.theme = MapTheme::dark();
    chosen.legend = false;
    chosen.sourceLine = false;
    chosen.selectedCode = QStringLiteral("XKX");
    const RenderOptions o = renderOptions(chosen);
    EXPECT_EQ(o.date, day("2013-02-17"));
    EXPECT_EQ(o.theme.id, QStringLiteral("dark"));
    EXPECT_FALSE(o.legend);
    EXPECT_TRUE(o.title);
    EXPECT_FALSE(o.sourceLine);
    EXPECT_EQ(o.selectedCode, QStringLiteral("XKX"));
    EXPECT_TRUE(o.hoveredCode.isEmpty());
}

TEST(ExportRequest, ViewRequestKeepsTheViewButNotTheHover)
{
    RenderOptions view;
    view.date = day("2019-11-11");
    view.hoveredCode = QStringLiteral("FRA");
    view.selectedCode = QStringLiteral("SRB");
    ExportSettings settings;
    settings.size = QSize(640, 480);
    settings.title = false;
    const ExportRequest r = viewExportRequest(MapViewport(QPointF(0, 0), 5000, QSize(320, 240)), view, settings);
    EXPECT_EQ(r.viewport.pixels(), QSize(640, 480));
    EXPECT_DOUBLE_EQ(r.viewport.metresPerPixel(), 2500);
    EXPECT_EQ(r.date, view.date);
    EXPECT_EQ(r.selectedCode, QStringLiteral("SRB"));
    EXPECT_FALSE(r.title);
    EXPECT_TRUE(renderOptions(r).hoveredCode.isEmpty());
}

} // namespace
} // namespace atlas::test
