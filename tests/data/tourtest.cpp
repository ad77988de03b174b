// The guided tour's file: the shipped tour reads cleanly and tells the story in order, captions
// fall back to English, and every kind of damage is named by file, line and field.
#include "regionpresets.h"
#include "testsupport.h"
#include "tourreader.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

TourContext shippedContext()
{
    return {&shippedAtlas().dataset(), regionIds(), today()};
}

const QByteArray kHeader = "chapter,date,region,emphasis,source,caption_en,caption_sq,caption_sr,caption_sr_Latn\n";

struct BadTour {
    const char *name;
    const char *rows;  // after the header
    const char *error; // what the first error must contain; @FILE is the file name
};

std::ostream &operator<<(std::ostream &os, const BadTour &b) { return os << b.name; }

class TourBadRow : public ::testing::TestWithParam<BadTour> {};

} // namespace

TEST(Tour, ShippedTourTellsTheStoryInOrder)
{
    const auto tour = readTour(shippedTourPath(shippedDataDir()), shippedContext());
    ASSERT_TRUE(tour.ok()) << joinProblems(tour.errors).toStdString();
    EXPECT_TRUE(tour.warnings.isEmpty()) << joinProblems(tour.warnings).toStdString();
    ASSERT_GE(tour.value.size(), 10);
    EXPECT_EQ(tour.value.first().date.year(), 2008);
    EXPECT_TRUE(tour.value.last().isToday);
    EXPECT_EQ(tour.value.last().date, today());
    for (int i = 0; i < tour.value.size(); ++i) {
        const TourChapter &c = tour.value[i];
        EXPECT_EQ(c.number, i + 1);
        if (i > 0) {
            EXPECT_GE(c.date, tour.value[i - 1].date) << "chapter " << c.number;
        }
        EXPECT_FALSE(c.sources.isEmpty());
        for (const NameLanguage language : {NameLanguage::English, NameLanguage::Albanian, NameLanguage::Serbian,
                                            NameLanguage::SerbianLatin})
            EXPECT_FALSE(c.caption(language).isEmpty()) << "chapter " << c.number;
    }
    // The milestones the classroom needs: the ICJ opinion, the Brussels agreement, Washington.
    QList<QDate> dates;
    for (const TourChapter &c : tour.value)
        dates << c.date;
    for (const char *milestone : {"2010-07-22", "2013-04-19", "2020-09-04", "2023-01-04"})
        EXPECT_TRUE(dates.contains(day(milestone))) << milestone;
}

TEST(Tour, AnEmptyLanguageFallsBackToEnglish)
{
    const QByteArray bytes = kHeader + "1,2010-07-22,world,SRB,https://www.icj-cij.org/case/141,The court gives its opinion.,,Суд даје мишљење.,\n";
    const auto tour = parseTour(bytes, QStringLiteral("mine.csv"), shippedContext());
    ASSERT_TRUE(tour.ok()) << joinProblems(tour.errors).toStdString();
    const TourChapter &c = tour.value.first();
    EXPECT_EQ(c.caption(NameLanguage::Albanian), QStringLiteral("The court gives its opinion."));
    EXPECT_EQ(c.caption(NameLanguage::Serbian), QStringLiteral("Суд даје мишљење."));
    EXPECT_EQ(c.caption(NameLanguage::SerbianLatin), QStringLiteral("The court gives its opinion."));
    EXPECT_EQ(c.emphasis, QStringList{QStringLiteral("SRB")});
    EXPECT_EQ(c.region, QStringLiteral("world"));
}

TEST_P(TourBadRow, IsNamedByFileLineAndField)
{
    const auto tour = parseTour(kHeader + GetParam().rows, QStringLiteral("teacher.csv"), shippedContext());
    ASSERT_FALSE(tour.ok());
    EXPECT_TRUE(tour.value.isEmpty()) << "a tour with errors gives no chapters";
    const QString first = tour.errors.first().toString();
    EXPECT_NE(first.indexOf(QString::fromUtf8(GetParam().error)), -1) << first.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Tour, TourBadRow,
    ::testing::Values(
        BadTour{"BadDate", "1,2010-02-30,world,,https://example.org,Text.,,,\n", "teacher.csv:2: date: '2010-02-30' is not a valid date"},
        BadTour{"BeforeTheFirstDay", "1,2001-01-01,world,,https://example.org,Text.,,,\n", "teacher.csv:2: date: 2001-01-01 is outside 2008-02-17"},
        BadTour{"UnknownRegion", "1,2010-01-01,mars,,https://example.org,Text.,,,\n", "teacher.csv:2: region: 'mars' is not one of world"},
        BadTour{"UnknownState", "1,2010-01-01,world,FRA;XYZ,https://example.org,Text.,,,\n", "teacher.csv:2: emphasis: unknown state code 'XYZ'"},
        BadTour{"NoSource", "1,2010-01-01,world,,,Text.,,,\n", "teacher.csv:2: source: every fact needs at least one source"},
        BadTour{"NoEnglishCaption", "1,2010-01-01,world,,https://example.org,,Tekst.,,\n", "teacher.csv:2: caption_en:"},
        BadTour{"ChaptersOutOfOrder", "1,2010-01-01,world,,https://example.org,A.,,,\n3,2011-01-01,world,,https://example.org,B.,,,\n",
                "teacher.csv:3: chapter: must be 2"},
        BadTour{"WrongFieldCount", "1,2010-01-01,world\n", "teacher.csv:2: expected 9 fields, found 3"},
        BadTour{"NoChapters", "", "teacher.csv: a tour needs at least one chapter"}),
    [](const ::testing::TestParamInfo<BadTour> &p) { return std::string(p.param.name); });

TEST(Tour, TooLongACaptionAndAMissingFileAreNamed)
{
    const QByteArray longRow = "1,2010-01-01,world,,https://example.org," + QByteArray(kMaxCaptionChars + 1, 'x') + ",,,\n";
    const auto tooLong = parseTour(kHeader + longRow, QStringLiteral("t.csv"), shippedContext());
    ASSERT_FALSE(tooLong.ok());
    EXPECT_NE(tooLong.errors.first().toString().indexOf(QStringLiteral("t.csv:2: caption_en: is 421 characters long")), -1)
        << tooLong.errors.first().toString().toStdString();
    const auto missing = readTour(QStringLiteral("/nonexistent/tour.csv"), shippedContext());
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errors.first().toString().startsWith(QStringLiteral("/nonexistent/tour.csv: cannot read file: ")))
        << missing.errors.first().toString().toStdString();
}
