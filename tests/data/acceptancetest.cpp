// The seed article's published figures, reproduced by the shipped dataset within the sources'
// own disagreement (see resources/data/SOURCES.md for the counting rules).
#include "recognitiontimeline.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QUrl>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

// The count the seed's sources (Kosovo's foreign ministry, 2013-2016) publish: states that
// recognised, with withdrawal claims not subtracted.
int recognisedNotReversed(const char *date)
{
    const GroupTally t = shippedAtlas().timeline().tally(QStringLiteral("UN"), day(date));
    return t.recognizing + t.withdrawalClaimed;
}

// Position of a state's recognition in the order of recognitions (1-based).
int rankOfRecognition(const QString &code)
{
    int rank = 0;
    const RecognitionDataset &data = shippedAtlas().dataset();
    for (const RecognitionEvent &e : data.events) {
        const StateInfo *s = data.state(e.code);
        if (e.kind != EventKind::Recognition || !s || s->kind != StateKind::UnMember)
            continue;
        ++rank;
        if (e.code == code)
            return rank;
    }
    return -1;
}

} // namespace

TEST(SeedFigures, FiftyThreeAtTheEndOf2008)
{
    EXPECT_NEAR(recognisedNotReversed("2008-12-31"), 53, 1);
}

TEST(SeedFigures, NinetyEightAtTheFifthAnniversary)
{
    EXPECT_NEAR(recognisedNotReversed("2013-02-17"), 98, 2);
}

TEST(SeedFigures, EgyptOn26June2013AsAboutTheHundredth)
{
    EXPECT_EQ(shippedAtlas().timeline().status(stateIndex(QStringLiteral("EGY")), day("2013-06-26")), Status::Recognizes);
    EXPECT_NEAR(rankOfRecognition(QStringLiteral("EGY")), 100, 1);
}

TEST(SeedFigures, HundredAndElevenByTheEndOf2016)
{
    EXPECT_NEAR(recognisedNotReversed("2016-12-31"), 111, 3);
}

TEST(SeedFigures, EuAndNatoAtTheFifthAnniversary)
{
    const RecognitionTimeline &t = shippedAtlas().timeline();
    const GroupTally eu = t.tally(QStringLiteral("EU"), day("2013-02-17"));
    const GroupTally nato = t.tally(QStringLiteral("NATO"), day("2013-02-17"));
    EXPECT_EQ(eu.members, 27);
    EXPECT_EQ(eu.recognizing, 22);
    EXPECT_EQ(nato.members, 28);
    EXPECT_EQ(nato.recognizing, 24);
    for (const char *code : {"ESP", "GRC", "ROU", "SVK", "CYP"})
        EXPECT_EQ(t.status(stateIndex(QString::fromLatin1(code)), day("2013-02-17")), Status::DoesNotRecognize) << code;
}

TEST(SeedFigures, TwentyThreeOfTwentyEightEuMembersOnNewYear2014)
{
    const GroupTally eu = shippedAtlas().timeline().tally(QStringLiteral("EU"), day("2014-01-01"));
    EXPECT_EQ(eu.members, 28);
    EXPECT_EQ(eu.recognizing, 23);
}

TEST(DatasetRules, EveryUnMemberHasAPositionWithASource)
{
    const RecognitionDataset &data = shippedAtlas().dataset();
    for (const StateInfo &s : data.states) {
        if (s.kind != StateKind::UnMember)
            continue;
        ASSERT_TRUE(data.positions.contains(s.code)) << s.code.toStdString();
        EXPECT_FALSE(data.positions[s.code].sources.isEmpty()) << s.code.toStdString();
        EXPECT_GE(data.positions[s.code].text.size(), 80) << s.code.toStdString() << ": too short to say anything";
    }
    EXPECT_EQ(std::count_if(data.states.begin(), data.states.end(),
                            [](const StateInfo &s) { return s.kind == StateKind::UnMember; }),
              193);
}

TEST(DatasetRules, EverySourceIsAUrlOrADatedCitation)
{
    static const QRegularExpression dated(QStringLiteral("\\b(19|20)\\d\\d\\b"));
    const RecognitionDataset &data = shippedAtlas().dataset();
    QStringList all;
    for (const RecognitionEvent &e : data.events)
        all += e.sources;
    for (const StatedPosition &p : data.positions)
        all += p.sources;
    for (const QString &source : all) {
        const bool isUrl = source.startsWith(QLatin1String("http")) && QUrl(source).isValid();
        EXPECT_TRUE(isUrl || dated.match(source).hasMatch()) << source.toStdString();
    }
}

TEST(DatasetRules, DisputedEventsSayWhoDisputesThem)
{
    for (const RecognitionEvent &e : shippedAtlas().dataset().events) {
        if (e.disputed) {
            EXPECT_GE(e.note.size(), 40) << e.code.toStdString() << " " << e.date.toString(Qt::ISODate).toStdString();
        }
    }
}
