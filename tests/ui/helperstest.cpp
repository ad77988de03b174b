// The small UI-free helpers behind the window: source links, chart series, nearby events,
// frame dates, export viewports, the throttle.
#include "guifixture.h"

#include "exportsettings.h"
#include "frameexporter.h"
#include "recognitiontimeline.h"
#include "sourcecitation.h"
#include "statedetailshtml.h"
#include "throttle.h"
#include "timelineseries.h"

namespace atlas::test {
namespace {

TEST(SourceCitation, SplitsCitationAndUrl)
{
    const SourceCitation c = parseSource(QStringLiteral("B92, 2008-02-18, Kosovo recognition: Afghanistan first, France, U.S. follow, "
                                                        "https://www.b92.net/eng/news/politics.php?yyyy=2008&mm=02"));
    EXPECT_EQ(c.text, QStringLiteral("B92, 2008-02-18, Kosovo recognition: Afghanistan first, France, U.S. follow"));
    EXPECT_EQ(c.url, QStringLiteral("https://www.b92.net/eng/news/politics.php?yyyy=2008&mm=02"));
    const SourceCitation bare = parseSource(QStringLiteral(" https://franceintheus.org/spip.php?article852 "));
    EXPECT_EQ(bare.text, QStringLiteral("franceintheus.org"));
    EXPECT_EQ(bare.url, QStringLiteral("https://franceintheus.org/spip.php?article852"));
    const SourceCitation plain = parseSource(QStringLiteral("Official Gazette, 2009-01-01, Decree 12"));
    EXPECT_TRUE(plain.url.isEmpty());
    EXPECT_EQ(plain.text, QStringLiteral("Official Gazette, 2009-01-01, Decree 12"));
}

TEST(SourceCitation, LinksKeepPercentEscapes)
{
    const QString html = sourceLinksHtml({QStringLiteral("https://example.org/wiki/Albania%E2%80%93Kosovo"), QStringLiteral("Paper, 2010-01-01, Title")});
    EXPECT_TRUE(html.contains(QStringLiteral("href='https://example.org/wiki/Albania%E2%80%93Kosovo'"))) << html.toStdString();
    EXPECT_TRUE(html.contains(QStringLiteral("[2] Paper, 2010-01-01, Title")));
}

TEST(TimelineSeries, StepsMatchTheTimeline)
{
    const RecognitionTimeline &timeline = shippedDocument()->timeline();
    const QList<CountPoint> steps = unCountSteps(timeline, day("2008-02-17"), today());
    ASSERT_GT(steps.size(), 50);
    EXPECT_EQ(steps.first().date, day("2008-02-17"));
    for (const CountPoint &p : steps) {
        EXPECT_EQ(p.recognizing, timeline.unMemberCounts(p.date)[Status::Recognizes]);
        EXPECT_EQ(p.withdrawalClaimed, timeline.unMemberCounts(p.date)[Status::WithdrawalClaimed]);
    }
    EXPECT_TRUE(std::is_sorted(steps.cbegin(), steps.cend(), [](const CountPoint &a, const CountPoint &b) { return a.date < b.date; }));
}

TEST(TimelineSeries, EventsNearAreTheClosestInDateOrder)
{
    const RecognitionDataset &data = shippedDocument()->dataset();
    const QDate date = day("2012-06-01");
    const QList<RecognitionEvent> near = eventsNear(data, date, 6);
    ASSERT_EQ(near.size(), 6);
    qint64 worst = 0;
    for (const RecognitionEvent &e : near)
        worst = std::max(worst, std::abs(e.date.daysTo(date)));
    for (const RecognitionEvent &e : data.events) {
        if (std::abs(e.date.daysTo(date)) < worst) {
            EXPECT_TRUE(std::any_of(near.cbegin(), near.cend(), [&e](const RecognitionEvent &n) { return n.line == e.line; }));
        }
    }
    EXPECT_TRUE(std::is_sorted(near.cbegin(), near.cend(), [](const auto &a, const auto &b) { return a.date < b.date; }));
    EXPECT_EQ(eventsNear(data, day("2008-02-17"), 3).first().date, data.events.first().date);
}

TEST(FrameDates, EventsAndMonths)
{
    const QList<QDate> changes{day("2008-02-18"), day("2008-03-01"), day("2009-01-01")};
    EXPECT_EQ(frameDates({FrameStep::EventDates, day("2008-02-20"), day("2008-12-31"), {}}, changes), QList<QDate>{day("2008-03-01")});
    EXPECT_EQ(frameDates({FrameStep::Months, day("2008-11-30"), day("2009-01-01"), {}}, changes),
              (QList<QDate>{day("2008-11-30"), day("2008-12-01"), day("2009-01-01")}));
    EXPECT_EQ(frameFileName(day("2013-02-17")), QStringLiteral("kosovo-recognition-2013-02-17.png"));
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

TEST(ThrottleTest, RunsAtMostOncePerIntervalAndEndsOnTheLatest)
{
    int runs = 0;
    Throttle throttle(100, [&runs] { ++runs; });
    throttle.request();
    EXPECT_EQ(runs, 1);  // idle: immediately
    for (int i = 0; i < 20; ++i)
        throttle.request();
    EXPECT_EQ(runs, 1);
    EXPECT_TRUE(waitFor([&runs] { return runs == 2; }, 500));
    settle(150);
    EXPECT_EQ(runs, 2);
}

} // namespace
} // namespace atlas::test
