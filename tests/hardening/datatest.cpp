// Broken dataset files (tests/fixtures/bad/dataset/): each gives file:line: field: message, and only
// damage that leaves the data unambiguous is accepted, with a warning. Extends
// tests/fixturessettest.cpp and tests/csvtest.cpp without repeating their cases.
#include "datasetreader.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

using namespace atlas;
using namespace atlas::test;

namespace {

struct BrokenData {
    const char *fixture;   // CASE.FILE.csv in tests/fixtures/bad/dataset/
    bool loads;            // accepted with a warning
    const char *expected;  // "FILE.csv:LINE: field: message" (part of), after the folder
};

std::ostream &operator<<(std::ostream &os, const BrokenData &d) { return os << d.fixture; }

class BrokenDataTest : public ::testing::TestWithParam<BrokenData> {};

} // namespace

TEST_P(BrokenDataTest, IsLocatedByFileLineAndField)
{
    const DatasetCopy data(QString::fromLatin1(GetParam().fixture));
    const Result<RecognitionDataset> r = readDataset(data.path());
    ASSERT_EQ(r.ok(), GetParam().loads) << joinProblems(r.errors).toStdString();
    const QString text = joinProblems(GetParam().loads ? r.warnings : r.errors);
    const QString expected = data.path() + QLatin1Char('/') + QString::fromUtf8(GetParam().expected);
    EXPECT_NE(text.indexOf(expected), -1) << "expected: " << expected.toStdString() << "\ngot: " << text.left(2000).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, BrokenDataTest,
    ::testing::Values(
        BrokenData{"truncated_line.events.csv", false, "events.csv:6: expected 8 fields, found 5"},
        BrokenData{"truncated_last_field.key_dates.csv", true,
                   "key_dates.csv:2: the file does not end with a line break; is its last line complete?"},
        BrokenData{"garbage_line.states.csv", false, "states.csv:10: expected 3 fields, found 1"},
        BrokenData{"impossible_date.memberships.csv", false, "memberships.csv:5: joined: '2008-02-30' is not a valid date"},
        BrokenData{"unknown_code.positions.csv", false, "positions.csv:11: iso_a3: unknown state code 'QQQ'"},
        BrokenData{"empty.events.csv", false, "events.csv: file is empty (expected a header row)"},
        BrokenData{"random_bytes.events.csv", false, "events.csv:2: contains a NUL byte (not a text file?)"},
        BrokenData{"invalid_utf8.states.csv", false, "states.csv:5: name: invalid UTF-8"},
        BrokenData{"duplicated.events.csv", false, "events.csv:21: repeats the header row"},
        BrokenData{"duplicated_rows.memberships.csv", false, "memberships.csv:21: joined: AFG in UN overlaps the membership on line 2"},
        BrokenData{"overlap.memberships.csv", false, "memberships.csv:3: joined: FRA in EU overlaps the membership on line 2"},
        BrokenData{"long_field.events.csv", false, "events.csv:4: note: is 1048576 characters long (at most 20000)"},
        BrokenData{"quote_left_open.key_dates.csv", false, "key_dates.csv:3: label: spans lines 3-5; is a quote left open?"}));

TEST(BrokenData, TruncatedLastFieldKeepsTheRowsThatAreThere)
{
    const DatasetCopy data(QStringLiteral("truncated_last_field.key_dates.csv"));
    const Result<RecognitionDataset> r = readDataset(data.path());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value.keyDates.size(), 1);
    EXPECT_EQ(r.warnings.size(), 1) << joinProblems(r.warnings).toStdString();
}

TEST(BrokenData, AOneMegabyteLineWithoutCommasIsAFieldCountError)
{
    const DatasetCopy data;
    QFile shipped(data.file(QStringLiteral("states.csv")));
    ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
    data.write(QStringLiteral("states.csv"), shipped.readAll() + QByteArray(1 << 20, 'x') + '\n');
    const Result<RecognitionDataset> r = readDataset(data.path());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.errors.first().toString().indexOf(QStringLiteral("expected 3 fields, found 1")), -1);
    EXPECT_LT(r.errors.first().toString().size(), 400);  // the line itself is not quoted back
}

TEST(BrokenData, ManyStatesLoadInLinearTime)
{
    // The reader once rebuilt its code index per row: quadratic, minutes for 100k rows. The bound
    // is relative, so it holds on any machine: 8 times the rows may take at most 24 times as long
    // (linear reading gives about 8, quadratic about 64).
    const auto loadSeconds = [](int rows) {
        QByteArray states = "iso_a3,name,kind\nXKX,Kosovo,subject\n";
        for (int i = 0; i < rows; ++i)
            states += "S" + QByteArray::number(i) + ",State " + QByteArray::number(i) + ",other\n";
        const DatasetCopy data;
        data.write(QStringLiteral("states.csv"), states);
        QElapsedTimer timer;
        timer.start();
        const Result<RecognitionDataset> r = readDataset(data.path());
        const double seconds = timer.nsecsElapsed() / 1e9;
        EXPECT_FALSE(r.ok());  // the shipped events name states that are gone
        EXPECT_EQ(r.value.states.size(), rows + 1);
        EXPECT_EQ(r.value.indexOf(QStringLiteral("S%1").arg(rows - 1)), rows);
        return seconds;
    };
    loadSeconds(2000);  // warm up: first file system and allocator costs
    const double small = loadSeconds(12500), large = loadSeconds(100000);
    EXPECT_LT(large, 24 * std::max(small, 1e-3)) << "12.5k rows: " << small << " s, 100k rows: " << large << " s";
}

TEST(BrokenData, MissingFolderAndFolderInPlaceOfAFile)
{
    const Result<RecognitionDataset> missing = readDataset(QStringLiteral("/nonexistent/atlas-data"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.errors.first().toString(), QStringLiteral("/nonexistent/atlas-data: dataset folder does not exist"));
    const DatasetCopy data;
    QFile::remove(data.file(QStringLiteral("events.csv")));
    ASSERT_TRUE(QDir(data.path()).mkdir(QStringLiteral("events.csv")));
    const Result<RecognitionDataset> folder = readDataset(data.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_NE(folder.errors.first().toString().indexOf(QStringLiteral("events.csv: cannot read file: it is a folder")), -1);
}

TEST(BrokenData, AFileOfNoiseGivesAShortList)
{
    // Every line wrong: the list stops at 50 so that the CLI and the reload dialog stay usable.
    QByteArray noise = "iso_a3,name,kind\n";
    for (int i = 0; i < 20000; ++i)
        noise += "x\n";
    const DatasetCopy data;
    data.write(QStringLiteral("states.csv"), noise);
    const Result<RecognitionDataset> r = readDataset(data.path());
    ASSERT_EQ(r.errors.size(), 51);
    EXPECT_EQ(r.errors.last().toString(), data.file(QStringLiteral("states.csv")) + QStringLiteral(":52: stopped after 50 errors in this file"));
}
