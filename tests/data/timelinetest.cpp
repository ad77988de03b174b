// Status transitions and group tallies on the shipped dataset, including membership changes.
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

Status statusOf(const char *code, const char *date)
{
    return shippedAtlas().timeline().status(stateIndex(QString::fromLatin1(code)), day(date));
}

GroupTally tally(const char *group, const char *date)
{
    return shippedAtlas().timeline().tally(QString::fromLatin1(group), day(date));
}

struct Transition {
    const char *code;
    const char *before;
    Status statusBefore;
    const char *after;
    Status statusAfter;
};

class StatusTransition : public ::testing::TestWithParam<Transition> {};

} // namespace

TEST_P(StatusTransition, ChangesOnTheRecordedDay)
{
    const Transition t = GetParam();
    EXPECT_EQ(statusOf(t.code, t.before), t.statusBefore) << t.code << " on " << t.before;
    EXPECT_EQ(statusOf(t.code, t.after), t.statusAfter) << t.code << " on " << t.after;
}

INSTANTIATE_TEST_SUITE_P(
    Shipped, StatusTransition,
    ::testing::Values(
        Transition{"USA", "2008-02-17", Status::DoesNotRecognize, "2008-02-18", Status::Recognizes},
        Transition{"EGY", "2013-06-25", Status::DoesNotRecognize, "2013-06-26", Status::Recognizes},
        Transition{"SUR", "2017-10-26", Status::Recognizes, "2017-10-27", Status::WithdrawalClaimed},
        // Guinea-Bissau: claimed withdrawal in Nov 2017, reconfirmed in Feb 2018.
        Transition{"GNB", "2017-12-01", Status::WithdrawalClaimed, "2018-02-02", Status::Recognizes},
        // São Tomé: the president's annulment in Jan 2013 counts like a withdrawal claim.
        Transition{"STP", "2012-12-31", Status::Recognizes, "2013-01-07", Status::WithdrawalClaimed},
        // Nigeria: a recognition announced by Kosovo and denied by Nigeria is never counted.
        Transition{"NGA", "2011-09-11", Status::DoesNotRecognize, "2011-09-12", Status::DoesNotRecognize},
        Transition{"SRB", "2008-02-17", Status::DoesNotRecognize, "2026-11-29", Status::DoesNotRecognize},
        Transition{"XKX", "2008-02-17", Status::Self, "2026-11-29", Status::Self}));

TEST(Timeline, SinceIsTheDateOfTheLastChange)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    EXPECT_EQ(t.since(stateIndex(QStringLiteral("SUR")), day("2020-01-01")), day("2017-10-27"));
    EXPECT_EQ(t.since(stateIndex(QStringLiteral("SUR")), day("2017-01-01")), day("2016-07-08"));
    EXPECT_FALSE(t.since(stateIndex(QStringLiteral("ESP")), day("2020-01-01")).isValid());
}

TEST(Timeline, EuMembershipFollowsCroatiaAndBrexit)
{
    EXPECT_EQ(tally("EU", "2013-06-30").members, 27);
    EXPECT_EQ(tally("EU", "2013-07-01").members, 28);
    EXPECT_EQ(tally("EU", "2013-07-01").recognizing, 23);  // Croatia recognised in 2008
    EXPECT_EQ(tally("EU", "2020-01-31").members, 28);      // last day of UK membership
    EXPECT_EQ(tally("EU", "2020-02-01").members, 27);
    EXPECT_EQ(tally("EU", "2020-02-01").recognizing, 22);
}

TEST(Timeline, UnMembershipGrowsWithSouthSudan)
{
    EXPECT_EQ(tally("UN", "2011-07-13").members, 192);
    EXPECT_EQ(tally("UN", "2011-07-14").members, 193);
}

TEST(Timeline, NatoEnlargementsAfter2008)
{
    EXPECT_EQ(tally("NATO", "2009-03-31").members, 26);
    EXPECT_EQ(tally("NATO", "2009-04-01").members, 28);
    EXPECT_EQ(tally("NATO", "2017-06-05").members, 29);
    EXPECT_EQ(tally("NATO", "2020-03-27").members, 30);
    EXPECT_EQ(tally("NATO", "2023-04-04").members, 31);
    EXPECT_EQ(tally("NATO", "2024-03-07").members, 32);
    EXPECT_EQ(tally("NATO", "2024-03-07").recognizing, 28);  // all but Greece, Romania, Slovakia, Spain
}

TEST(Timeline, CountsPerStatusAddUpToUnMembership)
{
    for (const char *date : {"2008-02-17", "2012-01-01", "2019-06-01", "2026-11-29"}) {
        const StatusCounts c = shippedAtlas().timeline().unMemberCounts(day(date));
        EXPECT_EQ(c[Status::Recognizes] + c[Status::WithdrawalClaimed] + c[Status::DoesNotRecognize] + c[Status::Self],
                  tally("UN", date).members)
            << date;
        EXPECT_EQ(c[Status::Self], 0) << "Kosovo is not a UN member";
    }
}

TEST(Timeline, ChangeDatesAreSortedUniqueAndStartAfterTheDeclaration)
{
    const QList<QDate> dates = shippedAtlas().timeline().changeDates();
    ASSERT_GT(dates.size(), 100);
    EXPECT_GE(dates.first(), day("2008-02-17"));
    for (int i = 1; i < dates.size(); ++i)
        EXPECT_LT(dates[i - 1], dates[i]);
}
