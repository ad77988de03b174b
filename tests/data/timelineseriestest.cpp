// The step series behind the charts and the "events near this date" list, on the shipped data.
#include "recognitiontimeline.h"
#include "timelineseries.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace atlas::test {
namespace {

TEST(TimelineSeries, StepsMatchTheTimeline)
{
    const RecognitionTimeline &timeline = shippedAtlas().timeline();
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
    const RecognitionDataset &data = shippedAtlas().dataset();
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

} // namespace
} // namespace atlas::test
